// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethcontroller.h"

#include "choroplethpalette.h"
#include "mapcanvas.h"
#include "projectcontroller.h"

#include <algorithm>
#include <cmath>
#include <exception>

namespace phenomap {

namespace {

/// The value diverging colours are centred on: no change, an even share, else the median.
double centreFor(ZoneMeasure measure, std::vector<double> values)
{
    if (measure == ZoneMeasure::Change)
        return 0;
    if (measure == ZoneMeasure::LocationQuotient)
        return 1;
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
    return values[values.size() / 2];
}

int decimalsFor(ZoneMeasure measure, const std::vector<double> &bounds)
{
    switch (measure) {
    case ZoneMeasure::Count:
        return std::all_of(bounds.begin(), bounds.end(), [](double b) { return b == std::floor(b); }) ? 0 : 1;
    case ZoneMeasure::RatePer1000:
    case ZoneMeasure::LocationQuotient:
        return 2;
    case ZoneMeasure::PerKm2:
    case ZoneMeasure::Change:
        return 1;
    }
    return 1;
}

} // namespace

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
    Choropleth out;
    const std::vector<double> values = statistics.values();
    const ClassBreaks breaks = computeClassBreaks(values, settings.classes, settings.method);
    if (breaksOut)
        *breaksOut = breaks;
    if (!settings.enabled || statistics.zones.empty())
        return out;
    out.layer = settings.layer;
    out.bounds = breaks.bounds;
    out.colours = classColours(settings.palette, breaks.bounds, centreFor(statistics.measure, values));
    out.title = ChoroplethPanel::measureTitle(statistics.measure);
    out.decimals = decimalsFor(statistics.measure, breaks.bounds);
    out.opacity = settings.opacity;
    for (const ZoneStatistic &zone : statistics.zones) {
        const int cls = breaks.classOf(zone.value);
        if (cls >= 0 && cls < out.colours.size())
            out.fills.insert(zone.zone.code, out.colours[cls]);
        else
            out.showNoData = true;
    }
    return out;
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
