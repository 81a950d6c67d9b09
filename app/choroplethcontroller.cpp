// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethcontroller.h"

#include "choroplethbuilder.h"
#include "mapcanvas.h"
#include "projectcontroller.h"

#include <exception>

namespace phenomap {

ChoroplethController::ChoroplethController(ProjectController *project, MapCanvas *canvas,
                                           ChoroplethPanel *panel, QObject *parent)
    : QObject(parent), m_project(project), m_canvas(canvas), m_panel(panel)
{
    connect(project, &ProjectController::filterApplied, this, &ChoroplethController::refresh);
    connect(project, &ProjectController::projectOpened, this, &ChoroplethController::refresh);
    connect(panel, &ChoroplethPanel::settingsChanged, this, &ChoroplethController::refresh);
}

Choropleth ChoroplethController::buildChoropleth(const ChoroplethSettings &settings,
                                                 const ZoneStatistics &statistics, ClassBreaks *breaksOut)
{
    return phenomap::buildChoropleth(settings, statistics, ChoroplethPanel::measureTitle(statistics.measure), breaksOut);
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
                                                 settings.layer, settings.measure);
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
    m_canvas->mapPainter().setChoropleth(buildChoropleth(settings, m_statistics, &m_breaks));
    m_canvas->update();
}

} // namespace phenomap
