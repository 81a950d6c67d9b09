// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscontroller.h"
#include "types.h"

#include "chartdata.h"
#include "chartspanel.h"
#include "filterpanel.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"

#include <QDateTime>
#include <QEvent>
#include <QTimeZone>

#include <algorithm>

namespace phenomap {

namespace {

QDate localDate(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, brusselsTimeZone()).date();
}

} // namespace

ChartsController::ChartsController(ProjectController *project, FilterPanel *filterPanel, ChartsPanel *panel,
                                   QObject *parent)
    : QObject(parent), m_project(project), m_filterPanel(filterPanel), m_panel(panel)
{
    connect(project, &ProjectController::projectOpened, this, [this] {
        loadZoneNames();
        refresh();
    });
    connect(project, &ProjectController::filterApplied, this, &ChartsController::refresh);
    connect(project, &ProjectController::selectionChanged, this, &ChartsController::selectionChanged);
    connect(panel, &ChartsPanel::timeBinChanged, this, &ChartsController::refresh);
    connect(panel, &ChartsPanel::periodClicked, this, [this](qint64 fromUtc, qint64 toUtc) {
        if (m_filterPanel)
            m_filterPanel->setPeriod(localDate(fromUtc), localDate(toUtc - 1));
    });
    connect(panel, &ChartsPanel::phenomenonClicked, this, [this](qint64 id) {
        if (m_filterPanel)
            m_filterPanel->showOnlyPhenomenon(id);
    });
    connect(panel, &ChartsPanel::zoneClicked, this, &ChartsController::restrictToZone);
    connect(panel, &ChartsPanel::weekHourClicked, this, &ChartsController::restrictToWeekHour);
    panel->installEventFilter(this);
    if (project->project()) {
        loadZoneNames();
        refresh();
    }
}

bool ChartsController::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: the panel also sends events while it is being destroyed, when it is no
    // longer a ChartsPanel and m_panel must not be looked at.
    if (event->type() == QEvent::Show && m_stale && watched == m_panel)
        refresh();
    return QObject::eventFilter(watched, event);
}

void ChartsController::loadZoneNames()
{
    m_zoneNames.clear();
    if (!m_project || !m_project->project())
        return;
    const QString language = m_project->language();
    try {
        Statement st = m_project->project()->db().prepare(
            "SELECT code, name_fr, name_nl FROM zones WHERE layer = 'municipalities'");
        while (st.step()) {
            const QString fr = st.text(1), nl = st.text(2);
            QString name = language == QLatin1String("nl") ? nl : fr;
            if (language != QLatin1String("fr") && language != QLatin1String("nl") && !nl.isEmpty() && nl != fr)
                name = fr + QLatin1String(" / ") + nl;
            m_zoneNames.insert(st.text(0).toInt(), name.isEmpty() ? st.text(0) : name);
        }
    } catch (const std::exception &) {
        // A project without zone names: the charts fall back to the NIS codes.
    }
}

void ChartsController::refresh()
{
    if (!m_project || !m_panel)
        return;
    if (m_panel->window()->isVisible() && !m_panel->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    ChartsContent content;
    if (m_project->project()) {
        const Engine &engine = m_project->engine();
        const FilterResult &result = m_project->result();
        content.time = ChartData::timeSeries(engine, result, m_panel->timeBin());
        content.weekHour = ChartData::weekHour(engine, result);
        content.zones = ChartData::topMunicipalities(engine.columns(), result, kTopZones);
        content.mo = ChartData::moByZone(engine.columns(), result, kMoZones, kMoPerChart);
        content.selection = selectionCounts(content.time, content.zones);
    }
    for (const TaxonomyNode &node : m_project->taxonomy()) {
        content.labels.insert(node.id, node.label(m_project->language()));
        if (!node.colour.isEmpty())
            content.colours.insert(node.id, QColor(node.colour));
    }
    content.zoneNames = m_zoneNames;
    m_panel->setContent(content);
}

SelectionCounts ChartsController::selectionCounts(const TimeSeriesData &time, const std::vector<ZoneCount> &zones) const
{
    const QSet<quint32> &selected = m_project->selection();
    if (selected.isEmpty() || !m_project->project())
        return {};
    std::vector<quint32> fids(selected.cbegin(), selected.cend());
    std::sort(fids.begin(), fids.end());
    return ChartData::selection(m_project->engine(), m_project->result(), fids, time, zones);
}

void ChartsController::selectionChanged()
{
    if (!m_project || !m_panel)
        return;
    if (m_stale || (m_panel->window()->isVisible() && !m_panel->isVisible())) {
        m_stale = true; // recomputed with the rest when the panel shows
        return;
    }
    m_panel->setSelection(selectionCounts(m_panel->content().time, m_panel->content().zones));
}

void ChartsController::restrictToZone(int nis)
{
    if (!m_project)
        return;
    Filter filter = m_project->currentFilter();
    filter.municipalities = {nis};
    filter.policeZones.clear();
    // Through the panel, so its controls and summary show the restriction.
    if (m_filterPanel)
        m_filterPanel->setFilter(filter);
    else
        m_project->applyFilter(filter);
}

void ChartsController::restrictToWeekHour(int day, int hour)
{
    if (!m_project || day < 0 || day > 6 || hour < 0 || hour > 23)
        return;
    Filter filter = m_project->currentFilter();
    filter.weekdays = quint8(1u << day);
    filter.hours = 1u << hour;
    if (m_filterPanel)
        m_filterPanel->setFilter(filter);
    else
        m_project->applyFilter(filter);
}

} // namespace phenomap
