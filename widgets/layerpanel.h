// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListView;
class QSlider;

namespace phenomap {

class LayerListModel;

/// The layer panel: every map layer with a check box for its visibility, an opacity slider for
/// the chosen layer, and the radius and cell size of the density surface. It only edits the
/// LayerListModel; the controller recomputes the density when its parameters change.
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);

    void setModel(LayerListModel *model);
    QListView *view() const { return m_view; }
    QSlider *opacitySlider() const { return m_opacity; }
    /// Selects the layer with this id (the opacity slider then acts on it).
    void selectLayer(const QString &id);
    QString currentLayer() const;

    double densityBandwidth() const;
    double densityCellSize() const;
    void setDensityParameters(double bandwidth, double cellSize);
    /// How incident points are coloured: "phenomenon" or "mo".
    QString pointColouring() const;
    void setPointColouring(const QString &code);
    QComboBox *pointColouringCombo() const { return m_colouring; }
    /// The shape of the cells incidents are counted in when zoomed out: "square" or "hex".
    QString binShape() const;
    void setBinShape(const QString &code);
    QComboBox *binShapeCombo() const { return m_binShape; }

Q_SIGNALS:
    /// Radius or cell size of the density surface changed (metres).
    void densityParametersChanged(double bandwidth, double cellSize);
    /// The analyst chose how points are coloured ("phenomenon" or "mo").
    void pointColouringChanged(const QString &code);
    /// The analyst chose square or hexagonal cells ("square" or "hex").
    void binShapeChanged(const QString &code);

private:
    void syncOpacity();

    LayerListModel *m_model = nullptr;
    QListView *m_view;
    QLabel *m_opacityLabel;
    QSlider *m_opacity;
    QGroupBox *m_densityBox;
    QDoubleSpinBox *m_bandwidth, *m_cellSize;
    QComboBox *m_colouring, *m_binShape;
};

} // namespace phenomap
