// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethcontroller.h"

#include "choroplethbuilder.h"
#include "mapcanvas.h"
#include "project.h"
#include "projectcontroller.h"
#include "zonelayer.h"
#include "zonelayerimport.h"

#include <QSignalBlocker>

#include <exception>

namespace phenomap {

ChoroplethController::ChoroplethController(ProjectController *project, MapCanvas *canvas,
                                           ChoroplethPanel *panel, QObject *parent)
    : QObject(parent), m_project(project), m_canvas(canvas), m_panel(panel)
{
    connect(project, &ProjectController::filterApplied, this, &ChoroplethController::refresh);
    connect(project, &ProjectController::projectOpened, this, [this] { zoneLayersChanged(); });
    connect(panel, &ChoroplethPanel::settingsChanged, this, &ChoroplethController::refresh);
}

Choropleth ChoroplethController::buildChoropleth(const ChoroplethSettings &settings,
                                                 const ZoneStatistics &statistics, ClassBreaks *breaksOut)
{
    return phenomap::buildChoropleth(settings, statistics, ChoroplethPanel::measureTitle(statistics.measure), breaksOut);
}

void ChoroplethController::zoneLayersChanged(const QString &show)
{
    m_shapesLayer.clear();
    m_shapes.reset();
    m_geometry.clear();
    QList<std::pair<QString, QString>> layers;
    if (Project *project = m_project ? m_project->project() : nullptr) {
        try {
            for (const ImportedZoneLayer &l : ZoneLayerImport::list(project->db()))
                layers.append({l.layer, l.title});
        } catch (const std::exception &) {
            // A project without readable zones shows the built-in layers only.
        }
    }
    if (m_panel) {
        const QSignalBlocker block(m_panel);
        m_panel->setImportedLayers(layers);
        if (!show.isEmpty()) {
            ChoroplethSettings settings = m_panel->settings();
            settings.enabled = true;
            settings.layer = show;
            m_panel->setSettings(settings);
        }
    }
    refresh();
}

void ChoroplethController::refresh()
{
    if (!m_canvas || !m_panel || !m_project)
        return;
    const ChoroplethSettings settings = m_panel->settings();
    m_statistics = ZoneStatistics();
    m_breaks = ClassBreaks();
    QString note;
    Project *project = m_project->project();
    if (settings.enabled && project) {
        const Filter &filter = m_project->currentFilter();
        try {
            m_statistics = computeZoneStatistics(*project, m_project->engine(), filter, m_project->result(),
                                                 settings.layer, settings.measure, &m_geometry);
        } catch (const std::exception &e) {
            note = QString::fromUtf8(e.what());
        }
        if (note.isEmpty() && settings.measure == ZoneMeasure::LocationQuotient &&
            filter.phenomenonIds.isEmpty() && filter.moIds.isEmpty())
            note = tr("The location quotient compares the phenomena or MO selected in the filter with all "
                      "incidents: select some to see where they are over-represented.");
        else if (note.isEmpty() && !m_statistics.zones.empty() && m_statistics.values().empty())
            note = tr("No zone has a value for this measure with the current filter.");
    }
    m_panel->setNote(note);
    std::shared_ptr<const ZoneLayer> shapes;
    if (settings.enabled && project && !m_statistics.zones.empty()) {
        if (m_shapesLayer != settings.layer || !m_shapes) {
            m_shapes = choroplethShapes(project->db(), settings.layer);
            m_shapesLayer = settings.layer;
        }
        shapes = m_shapes;
    }
    m_canvas->mapPainter().setChoropleth(phenomap::buildChoropleth(
        settings, m_statistics, ChoroplethPanel::measureTitle(m_statistics.measure), &m_breaks, shapes));
    m_canvas->update();
}

} // namespace phenomap
