// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewstatecontroller.h"

#include "annotationlayer.h"
#include "chartspanel.h"
#include "choroplethpanel.h"
#include "layerlistmodel.h"
#include "layerscontroller.h"
#include "mapcanvas.h"
#include "reportcharts.h"
#include "storyboardcontroller.h"

namespace phenomap {
namespace {

const QString kDensity = QStringLiteral("density");
const QString kIncidents = QStringLiteral("incidents");

} // namespace

ViewStateController::ViewStateController(MapCanvas *canvas, ChartsPanel *charts, LayersController *layers,
                                         StoryboardController *storyboard, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_charts(charts), m_layers(layers)
{
    // The analyst's annotations (AnnotationController) are a layer of their own in the panel.
    const QString annotations = AnnotationLayer::overlayId();
    if (m_layers && canvas)
        if (const auto overlay = canvas->mapPainter().overlay(annotations))
            m_layers->setOverlay(annotations, overlay, tr("Annotations"));
    if (storyboard)
        storyboard->addStateHook([this](PictureState &state) { capture(state); },
                                 [this](const PictureState &state) { restore(state); });
}

void ViewStateController::setChoroplethPanel(ChoroplethPanel *panel)
{
    m_choropleth = panel;
}

void ViewStateController::capture(PictureState &state) const
{
    state.layers.clear();
    if (m_canvas) {
        const MapPainter &painter = m_canvas->mapPainter();
        // The incidents layer's style says how its points are coloured.
        for (const QString &id : painter.layerIds())
            state.layers.append({id, painter.isLayerVisible(id), painter.layerOpacity(id),
                                 id == kIncidents ? incidentStyle(painter.pointColouring(), painter.binShape())
                                                  : QString()});
    }
    if (m_charts)
        state.chartKind = pictureChartCode(PictureChart(int(m_charts->currentChart())));
    if (m_layers)
        state.density = DensityView{m_layers->densityBandwidth(), m_layers->densityCellSize()};
    if (m_choropleth)
        state.choropleth = m_choropleth->settings().toView();
}

void ViewStateController::restore(const PictureState &state)
{
    // Parameters first, so that a density surface shown below is computed with them.
    if (m_layers && state.density)
        m_layers->setDensityParameters(state.density->bandwidth, state.density->cellSize);
    if (m_choropleth && state.choropleth)
        m_choropleth->applySettings(ChoroplethSettings::fromView(*state.choropleth));
    if (m_canvas) {
        MapPainter &painter = m_canvas->mapPainter();
        const QStringList known = painter.layerIds();
        for (const LayerState &layer : state.layers) {
            if (!known.contains(layer.layer))
                continue;
            painter.setLayerOpacity(layer.layer, layer.opacity);
            if (layer.layer == kIncidents && !layer.style.isEmpty()) {
                if (m_layers) {
                    m_layers->setPointColouring(colouringOfStyle(layer.style));
                    m_layers->setBinShape(binShapeOfStyle(layer.style));
                } else {
                    painter.setPointColouring(colouringOfStyle(layer.style));
                    painter.setBinShape(binShapeOfStyle(layer.style));
                }
            }
            if (layer.layer == kDensity && m_layers)
                m_layers->setDensityVisible(layer.visible); // computes the surface when shown
            else
                painter.setLayerVisible(layer.layer, layer.visible);
        }
        if (m_layers)
            m_layers->model()->refresh();
        m_canvas->update();
    }
    if (m_charts)
        if (const auto chart = pictureChartFromCode(state.chartKind))
            m_charts->setCurrentChart(ChartsPanel::Chart(int(*chart)));
}

} // namespace phenomap
