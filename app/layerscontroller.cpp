// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerscontroller.h"

#include "pictureoverlays.h"

#include "basemap.h"
#include "engine.h"
#include "kerneldensity.h"
#include "layerlistmodel.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "projectcontroller.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace phenomap {

namespace {
const QString kBasemap = QStringLiteral("basemap");
const QString kDensity = QStringLiteral("density");
} // namespace

LayersController::LayersController(ProjectController *project, MapCanvas *canvas, LayerPanel *panel, QObject *parent)
    : QObject(parent), m_project(project), m_canvas(canvas), m_panel(panel),
      m_model(new LayerListModel(&canvas->mapPainter(), this))
{
    MapPainter &painter = canvas->mapPainter();
    try {
        painter.setOverlay(kBasemap, std::make_shared<BasemapLayer>(Basemap::embedded()));
        m_model->setTitle(kBasemap, tr("Basemap (OpenStreetMap, orientation only)"));
    } catch (const std::exception &e) {
        // The map works without it; say why it is missing.
        qWarning("basemap not loaded: %s", e.what());
    }
    painter.setOverlay(kDensity, std::make_shared<DensityLayer>(DensitySurface{}));
    painter.setOverlayVisible(kDensity, false);
    painter.setOverlayOpacity(kDensity, 0.8);
    m_model->setTitle(kDensity, tr("Density surface"));
    m_model->refresh();

    connect(m_model, &LayerListModel::layersChanged, this, &LayersController::layersChanged);
    connect(project, &ProjectController::filterApplied, this, [this] {
        if (m_canvas && m_canvas->mapPainter().isOverlayVisible(kDensity))
            recomputeDensity();
    });
    connect(&m_watcher, &QFutureWatcher<DensitySurface>::finished, this, [this] {
        if (m_watchedGeneration == m_generation && m_canvas) {
            m_canvas->mapPainter().setOverlay(kDensity, std::make_shared<DensityLayer>(m_watcher.result()));
            m_canvas->update();
            Q_EMIT densityUpdated();
        }
        if (m_pending) {
            m_pending = false;
            recomputeDensity();
        }
    });
    if (panel) {
        panel->setModel(m_model);
        panel->setDensityParameters(m_bandwidth, m_cellSize);
        connect(panel, &LayerPanel::densityParametersChanged, this, &LayersController::setDensityParameters);
        connect(panel, &LayerPanel::pointColouringChanged, this,
                [this](const QString &code) { setPointColouring(pointColouringFromCode(code)); });
        connect(panel, &LayerPanel::binShapeChanged, this, [this](const QString &code) {
            setBinShape(code == QLatin1String("hex") ? BinShape::Hexagon : BinShape::Square);
        });
    }
}

LayersController::~LayersController() { m_watcher.waitForFinished(); }

const DensitySurface &LayersController::densitySurface() const
{
    static const DensitySurface none;
    const auto overlay = m_canvas ? m_canvas->mapPainter().overlay(kDensity) : nullptr;
    const auto *layer = dynamic_cast<const DensityLayer *>(overlay.get());
    return layer ? layer->surface() : none;
}

void LayersController::setOverlay(const QString &id, std::shared_ptr<const MapOverlay> overlay, const QString &title)
{
    if (!m_canvas)
        return;
    m_canvas->mapPainter().setOverlay(id, std::move(overlay));
    m_model->setTitle(id, title);
    m_model->refresh();
    m_canvas->update();
}

void LayersController::setDensityVisible(bool visible)
{
    const int row = m_model->rowOf(kDensity);
    if (row >= 0)
        m_model->setData(m_model->index(row), visible ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void LayersController::setPointColouring(PointColouring colouring)
{
    if (!m_canvas)
        return;
    m_canvas->mapPainter().setPointColouring(colouring);
    if (m_panel)
        m_panel->setPointColouring(pointColouringCode(colouring));
    m_canvas->update();
}

void LayersController::setBinShape(BinShape shape)
{
    if (!m_canvas)
        return;
    m_canvas->mapPainter().setBinShape(shape);
    if (m_panel)
        m_panel->setBinShape(shape == BinShape::Hexagon ? QStringLiteral("hex") : QStringLiteral("square"));
    m_canvas->update();
}

BinShape LayersController::binShape() const
{
    return m_canvas ? m_canvas->mapPainter().binShape() : BinShape::Square;
}

PointColouring LayersController::pointColouring() const
{
    return m_canvas ? m_canvas->mapPainter().pointColouring() : PointColouring::Phenomenon;
}

void LayersController::setDensityParameters(double bandwidth, double cellSize)
{
    if (!(bandwidth > 0) || !(cellSize > 0) || (bandwidth == m_bandwidth && cellSize == m_cellSize))
        return;
    m_bandwidth = bandwidth;
    m_cellSize = cellSize;
    if (m_panel)
        m_panel->setDensityParameters(bandwidth, cellSize);
    if (m_canvas && m_canvas->mapPainter().isOverlayVisible(kDensity))
        recomputeDensity();
}

void LayersController::layersChanged()
{
    if (!m_canvas)
        return;
    if (m_canvas->mapPainter().isOverlayVisible(kDensity) && densitySurface().isEmpty() && !m_watcher.isRunning())
        recomputeDensity();
    m_canvas->update();
}

DensitySurface LayersController::computeDensity(const std::vector<double> &x, const std::vector<double> &y,
                                                QRectF extent, double bandwidth, double cellSize)
{
    return PictureOverlays::density(x, y, extent, bandwidth, cellSize);
}

void LayersController::recomputeDensity()
{
    if (!m_project || !m_canvas)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true; // the running one is stale; start again when it ends
        ++m_generation;
        return;
    }
    const IncidentColumns &columns = m_project->engine().columns();
    const std::vector<quint32> &rows = m_project->result().rows;
    std::vector<double> x, y;
    x.reserve(rows.size());
    y.reserve(rows.size());
    for (quint32 row : rows) {
        if (row < columns.x.size() && std::isfinite(columns.x[row]) && std::isfinite(columns.y[row])) {
            x.push_back(columns.x[row]);
            y.push_back(columns.y[row]);
        }
    }
    QRectF extent = m_canvas->mapPainter().dataExtent();
    const double bandwidth = m_bandwidth, cellSize = m_cellSize;
    m_watchedGeneration = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run([x = std::move(x), y = std::move(y), extent, bandwidth, cellSize] {
        return computeDensity(x, y, extent, bandwidth, cellSize);
    }));
}

} // namespace phenomap
