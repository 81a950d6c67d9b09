// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerpanel.h"

#include "layerlistmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace phenomap {

LayerPanel::LayerPanel(QWidget *parent) : QWidget(parent)
{
    m_view = new QListView(this);
    m_view->setAccessibleName(tr("Map layers"));
    m_view->setToolTip(tr("Check a layer to show it; select it to set its opacity"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_opacityLabel = new QLabel(tr("&Opacity:"), this);
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setPageStep(10);
    m_opacity->setAccessibleName(tr("Opacity of the selected layer"));
    m_opacity->setToolTip(tr("Opacity of the selected layer, from transparent to opaque"));
    m_opacityLabel->setBuddy(m_opacity);
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(m_opacityLabel);
    opacityRow->addWidget(m_opacity, 1);

    m_densityBox = new QGroupBox(tr("Density surface"), this);
    m_bandwidth = new QDoubleSpinBox(m_densityBox);
    m_bandwidth->setRange(50, 5000);
    m_bandwidth->setSingleStep(50);
    m_bandwidth->setDecimals(0);
    m_bandwidth->setSuffix(tr(" m"));
    m_bandwidth->setValue(300);
    m_bandwidth->setAccessibleName(tr("Kernel radius"));
    m_bandwidth->setToolTip(tr("Radius of the quartic kernel: how far each incident spreads"));
    m_cellSize = new QDoubleSpinBox(m_densityBox);
    m_cellSize->setRange(10, 1000);
    m_cellSize->setSingleStep(10);
    m_cellSize->setDecimals(0);
    m_cellSize->setSuffix(tr(" m"));
    m_cellSize->setValue(50);
    m_cellSize->setAccessibleName(tr("Cell size"));
    m_cellSize->setToolTip(tr("Side of a cell of the density surface"));
    auto *form = new QFormLayout(m_densityBox);
    form->addRow(tr("&Radius:"), m_bandwidth);
    form->addRow(tr("C&ell size:"), m_cellSize);

    m_colouring = new QComboBox(this);
    m_colouring->setObjectName(QStringLiteral("pointColouring"));
    m_colouring->addItem(tr("Phenomenon"), QStringLiteral("phenomenon"));
    m_colouring->addItem(tr("Modus operandi"), QStringLiteral("mo"));
    m_colouring->setAccessibleName(tr("Colour incident points by"));
    m_colouring->setToolTip(tr("Colour each point by its phenomenon, or by its modus operandi in shades of the "
                               "phenomenon's colour"));
    auto *colouringLabel = new QLabel(tr("&Colour points by:"), this);
    colouringLabel->setBuddy(m_colouring);
    m_binShape = new QComboBox(this);
    m_binShape->setObjectName(QStringLiteral("binShape"));
    m_binShape->addItem(tr("Squares"), QStringLiteral("square"));
    m_binShape->addItem(tr("Hexagons"), QStringLiteral("hex"));
    m_binShape->setAccessibleName(tr("Shape of the cells incidents are counted in when zoomed out"));
    m_binShape->setToolTip(tr("Zoomed out, incidents are counted in square or hexagonal cells of the same area"));
    auto *binLabel = new QLabel(tr("Cell s&hape:"), this);
    binLabel->setBuddy(m_binShape);
    // One row each: side by side they are wider than the dock in French and Dutch.
    auto *colouringRow = new QFormLayout;
    colouringRow->addRow(colouringLabel, m_colouring);
    colouringRow->addRow(binLabel, m_binShape);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(opacityRow);
    layout->addLayout(colouringRow);
    layout->addWidget(m_densityBox);
    connect(m_colouring, &QComboBox::activated, this, [this] { Q_EMIT pointColouringChanged(pointColouring()); });
    connect(m_binShape, &QComboBox::activated, this, [this] { Q_EMIT binShapeChanged(binShape()); });

    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        const QModelIndex current = m_view->currentIndex();
        if (m_model && current.isValid())
            m_model->setData(current, value / 100.0, LayerListModel::OpacityRole);
    });
    const auto emitDensity = [this] { Q_EMIT densityParametersChanged(m_bandwidth->value(), m_cellSize->value()); };
    connect(m_bandwidth, &QDoubleSpinBox::editingFinished, this, emitDensity);
    connect(m_cellSize, &QDoubleSpinBox::editingFinished, this, emitDensity);
    syncOpacity();
}

void LayerPanel::setModel(LayerListModel *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerPanel::syncOpacity);
    connect(model, &QAbstractItemModel::modelReset, this, &LayerPanel::syncOpacity);
    connect(model, &QAbstractItemModel::dataChanged, this, &LayerPanel::syncOpacity);
    syncOpacity();
}

void LayerPanel::selectLayer(const QString &id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

QString LayerPanel::currentLayer() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(LayerListModel::IdRole).toString() : QString();
}

double LayerPanel::densityBandwidth() const { return m_bandwidth->value(); }
double LayerPanel::densityCellSize() const { return m_cellSize->value(); }

void LayerPanel::setDensityParameters(double bandwidth, double cellSize)
{
    const QSignalBlocker a(m_bandwidth), b(m_cellSize);
    m_bandwidth->setValue(bandwidth);
    m_cellSize->setValue(cellSize);
}

void LayerPanel::syncOpacity()
{
    const QModelIndex current = m_view->currentIndex();
    const bool enabled = m_model && current.isValid();
    m_opacity->setEnabled(enabled);
    m_opacityLabel->setEnabled(enabled);
    const QSignalBlocker block(m_opacity);
    m_opacity->setValue(enabled ? int(std::lround(current.data(LayerListModel::OpacityRole).toDouble() * 100)) : 100);
}

QString LayerPanel::pointColouring() const
{
    return m_colouring->currentData().toString();
}

void LayerPanel::setPointColouring(const QString &code)
{
    m_colouring->setCurrentIndex(std::max(0, m_colouring->findData(code)));
}

QString LayerPanel::binShape() const
{
    return m_binShape->currentData().toString();
}

void LayerPanel::setBinShape(const QString &code)
{
    m_binShape->setCurrentIndex(std::max(0, m_binShape->findData(code)));
}

} // namespace phenomap
