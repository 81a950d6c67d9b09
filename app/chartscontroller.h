// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace phenomap {

class ChartsPanel;
class FilterPanel;
class ProjectController;

/// Feeds the charts panel from every applied filter and turns clicks on chart elements into
/// filter changes: a period or a phenomenon through the filter panel (so it stays in step), a
/// municipality or an hour-by-weekday cell as a restriction added to the current filter.
class ChartsController : public QObject
{
    Q_OBJECT
public:
    ChartsController(ProjectController *project, FilterPanel *filterPanel, ChartsPanel *panel,
                     QObject *parent = nullptr);

    /// Recomputes every chart from the project's current result. While the panel is hidden
    /// (its dock closed, or not the current tab) in a shown window it only notes that the
    /// charts are stale, and recomputes when the panel shows: a filter change then costs the
    /// map and the table nothing for charts nobody sees.
    void refresh();
    /// True when the charts wait for the panel to show to be recomputed.
    bool isStale() const { return m_stale; }

    static constexpr int kTopZones = 10;   ///< bars of the top-municipalities chart
    static constexpr int kMoZones = 8;     ///< municipalities of the MO chart
    static constexpr int kMoPerChart = 6;  ///< MO shown before "other"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The current selection over the given chart data (of the current result).
    SelectionCounts selectionCounts(const TimeSeriesData &time, const std::vector<ZoneCount> &zones) const;
    void selectionChanged();
    void loadZoneNames();
    void restrictToZone(int nis);
    void restrictToWeekHour(int day, int hour);

    QPointer<ProjectController> m_project;
    QPointer<FilterPanel> m_filterPanel;
    QPointer<ChartsPanel> m_panel;
    QHash<int, QString> m_zoneNames;
    bool m_stale = false;
};

} // namespace phenomap
