// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine.h"

#include <QtGlobal>

#include <array>
#include <functional>
#include <vector>

namespace phenomap {

/// Incident counts per time bin (Brussels local weeks from Monday, or calendar months), one
/// series per phenomenon. An incident counts once, in the bin of its occurred_from, like the
/// engine's perTimeBin, so the bars add up to the filter's total.
struct TimeSeriesData
{
    TimeBin bin = TimeBin::Month;
    std::vector<qint64> binEdgesUtc;            ///< bins()+1 edges (seconds UTC): bin i is [edge i, edge i+1)
    std::vector<qint64> phenomenonIds;          ///< one series per phenomenon with incidents, in dictionary order
    std::vector<std::vector<quint32>> counts;   ///< counts[series][bin]

    std::size_t bins() const { return binEdgesUtc.empty() ? 0 : binEdgesUtc.size() - 1; }
    quint64 total() const;
};

/// Aoristic hour-by-weekday matrix (Brussels local time, Monday = day 0): an incident known only
/// to lie in [occurred_from, occurred_to) is spread over that window, each hour slot receiving the
/// share of the window it overlaps; an incident with an exact time adds 1 to its slot. The
/// weights of one incident sum to 1, so total() equals the number of incidents.
struct WeekHourMatrix
{
    std::array<double, 7 * 24> weight{};

    double at(int day, int hour) const { return weight[std::size_t(day * 24 + hour)]; }
    double total() const;
    double maximum() const;
};

/// UTC offset in seconds of Europe/Brussels at a UTC instant (seconds).
using UtcOffsetFunction = std::function<int(qint64 utcSeconds)>;

/// Adds one incident with the window [fromUtc, toUtc) (seconds; toUtc <= fromUtc means an exact
/// time) to `matrix`. Offsets are taken once per UTC hour: Brussels changes offset on whole hours.
void addAoristic(WeekHourMatrix &matrix, qint64 fromUtc, qint64 toUtc, const UtcOffsetFunction &offset);

/// Incidents (or weighted counts) of one zone.
struct ZoneCount
{
    int code = 0;       ///< NIS code of the municipality
    quint32 count = 0;
};

/// MO counts for the busiest municipalities: counts[mo][zone]; an incident counts once per MO.
struct MoByZone
{
    std::vector<int> zones;                     ///< NIS codes, busiest first
    std::vector<qint64> moIds;                  ///< the most frequent MO over those zones, most frequent first
    std::vector<std::vector<quint32>> counts;   ///< counts[mo][zone]
    std::vector<quint32> otherMo;               ///< per zone: MO links not among moIds
};

/// The selected incidents (map or table) as the charts highlight them: only those the filter
/// shows, counted in the bins and zones of the charts they are drawn over.
struct SelectionCounts
{
    quint32 count = 0;               ///< selected incidents among the visible ones
    std::vector<quint32> perBin;     ///< per bin of the time series
    std::vector<quint32> perZone;    ///< per entry of the top-municipalities list
    WeekHourMatrix weekHour;         ///< aoristic weights, as the matrix
};

/// The four chart data sets of the analyst's screen, computed from the engine and one result.
class ChartData
{
public:
    /// Rows per chunk of the parallel passes below. Chunks, not threads, group the partial sums,
    /// so results do not depend on the number of threads.
    static constexpr std::size_t kDefaultChunk = std::size_t(1) << 17;
    /// Incidents per bin and phenomenon over the span of the visible incidents.
    static TimeSeriesData timeSeries(const Engine &engine, const FilterResult &result, TimeBin bin,
                                     std::size_t chunk = kDefaultChunk);
    /// Aoristic hour-by-weekday weights of the visible incidents.
    static WeekHourMatrix weekHour(const Engine &engine, const FilterResult &result,
                                   std::size_t chunk = kDefaultChunk);
    /// Municipalities by visible incidents, most first (ties by code), at most `limit`.
    static std::vector<ZoneCount> topMunicipalities(const IncidentColumns &columns, const FilterResult &result,
                                                    int limit);
    /// MO breakdown of the `zoneLimit` busiest municipalities, with the `moLimit` most frequent MO.
    static MoByZone moByZone(const IncidentColumns &columns, const FilterResult &result, int zoneLimit, int moLimit);
    /// Counts of the selected incidents (fids) that `result` shows, over the bins of `time` and
    /// the municipalities of `zones` (both computed from the same result).
    static SelectionCounts selection(const Engine &engine, const FilterResult &result, const std::vector<quint32> &fids,
                                     const TimeSeriesData &time, const std::vector<ZoneCount> &zones);
    /// Start of the Brussels local bin (week from Monday 00:00, or month from the 1st) holding `utc`.
    static qint64 binStart(qint64 utc, TimeBin bin);
    /// Start of the bin after the one starting at `binStartUtc`.
    static qint64 nextBinStart(qint64 binStartUtc, TimeBin bin);
};

} // namespace phenomap
