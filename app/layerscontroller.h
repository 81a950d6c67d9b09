// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "densitylayer.h"
#include "pointcolours.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace phenomap {

class LayerListModel;
class LayerPanel;
class MapCanvas;
class ProjectController;

/// The map's layers: puts the offline basemap and the density surface on the canvas, keeps the
/// layer panel's list in step with the painter, and recomputes the density surface off the GUI
/// thread for every applied filter while it is shown (a stale result is dropped).
class LayersController : public QObject
{
    Q_OBJECT
public:
    LayersController(ProjectController *project, MapCanvas *canvas, LayerPanel *panel, QObject *parent = nullptr);
    ~LayersController() override;

    LayerListModel *model() const { return m_model; }
    /// Shows or hides the density surface (computing it when shown).
    void setDensityVisible(bool visible);
    void setDensityParameters(double bandwidth, double cellSize);
    /// Points by phenomenon or by MO, on the map and in the panel.
    void setPointColouring(PointColouring colouring);
    PointColouring pointColouring() const;
    /// Square or hexagonal cells when zoomed out, on the map and in the panel.
    void setBinShape(BinShape shape);
    BinShape binShape() const;
    double densityBandwidth() const { return m_bandwidth; }
    double densityCellSize() const { return m_cellSize; }
    /// The surface on the map now (empty until computed).
    const DensitySurface &densitySurface() const;
    /// True while a density computation runs.
    bool isComputing() const { return m_watcher.isRunning(); }
    /// Adds or replaces an overlay with its panel title, and lists it.
    void setOverlay(const QString &id, std::shared_ptr<const MapOverlay> overlay, const QString &title);

    /// Computes a density surface of points over an extent grown by the bandwidth (incidents per km²).
    static DensitySurface computeDensity(const std::vector<double> &x, const std::vector<double> &y, QRectF extent,
                                         double bandwidth, double cellSize);

Q_SIGNALS:
    /// A new density surface is on the map.
    void densityUpdated();

private:
    void recomputeDensity();
    void layersChanged();

    QPointer<ProjectController> m_project;
    QPointer<MapCanvas> m_canvas;
    QPointer<LayerPanel> m_panel;
    LayerListModel *m_model;
    QFutureWatcher<DensitySurface> m_watcher;
    quint64 m_generation = 0, m_watchedGeneration = 0;
    bool m_pending = false;
    double m_bandwidth = 300, m_cellSize = 50;
};

} // namespace phenomap
