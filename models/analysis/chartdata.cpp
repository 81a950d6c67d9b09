// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"
#include "types.h"

#include "parallelrunner.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <numeric>

namespace phenomap {

namespace {

constexpr quint8 kNoZone = 255;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

const QTimeZone &brussels()
{
    return brusselsTimeZone();
}

QDateTime localTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, brussels());
}

qint64 startOfLocalDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), brussels()).toSecsSinceEpoch();
}

/// Slot (weekday * 24 + hour, Monday = 0) of a local time in seconds since the epoch.
std::size_t slotOfLocal(qint64 local)
{
    const qint64 day = floorDiv(local, kDay);
    const qint64 weekday = day + 3 - floorDiv(day + 3, 7) * 7; // 1970-01-01 was a Thursday
    const qint64 hour = (local - day * kDay) / kHour;
    return std::size_t(weekday * 24 + hour);
}

} // namespace

quint64 TimeSeriesData::total() const
{
    quint64 sum = 0;
    for (const auto &series : counts)
        sum = std::accumulate(series.begin(), series.end(), sum);
    return sum;
}

double WeekHourMatrix::total() const
{
    return std::accumulate(weight.begin(), weight.end(), 0.0);
}

double WeekHourMatrix::maximum() const
{
    return *std::max_element(weight.begin(), weight.end());
}

namespace {

constexpr std::size_t kSlots = 7 * 24;

/// Collects aoristic weights: single slots directly, runs of whole hours as a cyclic difference
/// array and whole weeks as one share for every slot, so that an incident costs the same for a
/// window of two hours or of six days. finish() folds the runs into the matrix.
class WeekHourAccumulator
{
public:
    explicit WeekHourAccumulator(WeekHourMatrix &matrix) : m_matrix(matrix) {}
    void add(std::size_t slot, double w) { m_matrix.weight[slot] += w; }
    /// Adds w to `count` (< kSlots) consecutive slots from `slot`, wrapping after Sunday 23:00.
    void addRun(std::size_t slot, std::size_t count, double w)
    {
        if (count == 0)
            return;
        m_runs[slot] += w;
        const std::size_t end = slot + count;
        if (end <= kSlots) {
            m_runs[end] -= w;
        } else {
            m_runs[0] += w;
            m_runs[end - kSlots] -= w;
        }
    }
    void addEverySlot(double w) { m_everySlot += w; }
    void finish()
    {
        double run = 0;
        for (std::size_t i = 0; i < kSlots; ++i) {
            run += m_runs[i];
            m_matrix.weight[i] += run + m_everySlot;
        }
        m_runs.fill(0);
        m_everySlot = 0;
    }

private:
    WeekHourMatrix &m_matrix;
    std::array<double, kSlots + 1> m_runs{};
    double m_everySlot = 0;
};

/// Spreads [localFrom, localTo) (local seconds, offset constant over the window) by overlap.
void spreadLocal(WeekHourAccumulator &acc, qint64 localFrom, qint64 localTo)
{
    const double perSecond = 1.0 / double(localTo - localFrom);
    qint64 t = localFrom;
    // Whole weeks cover every slot for one hour each.
    if (const qint64 weeks = (localTo - localFrom) / kWeek; weeks > 0) {
        acc.addEverySlot(double(weeks * kHour) * perSecond);
        t += weeks * kWeek;
    }
    if (t >= localTo)
        return;
    // What is left is shorter than a week: a partial first hour, a run of whole hours (fewer
    // than 168, so it wraps at most once) and a partial last hour.
    const std::size_t first = slotOfLocal(t);
    const qint64 firstEnd = (floorDiv(t, kHour) + 1) * kHour;
    if (localTo <= firstEnd) {
        acc.add(first, double(localTo - t) * perSecond);
        return;
    }
    acc.add(first, double(firstEnd - t) * perSecond);
    const qint64 lastStart = floorDiv(localTo, kHour) * kHour;
    const std::size_t whole = std::size_t((lastStart - firstEnd) / kHour);
    const std::size_t next = (first + 1) % kSlots;
    acc.addRun(next, whole, double(kHour) * perSecond);
    if (localTo > lastStart)
        acc.add((next + whole) % kSlots, double(localTo - lastStart) * perSecond);
}

template<typename Offset>
void spread(WeekHourAccumulator &acc, qint64 fromUtc, qint64 toUtc, Offset &&offset)
{
    const int offFrom = offset(fromUtc);
    if (toUtc <= fromUtc) {
        acc.add(slotOfLocal(fromUtc + offFrom), 1.0);
        return;
    }
    // No daylight-saving change inside: same offset at both ends and shorter than the 21 weeks
    // between two changes. Then the whole window shifts by one offset.
    if (toUtc - fromUtc < 21 * kWeek && offset(toUtc) == offFrom)
        return spreadLocal(acc, fromUtc + offFrom, toUtc + offFrom);
    // Otherwise hour by hour: Brussels offsets are whole hours and change on whole UTC hours, so
    // one offset holds until the end of the local hour.
    const double length = double(toUtc - fromUtc);
    for (qint64 t = fromUtc; t < toUtc;) {
        const int off = offset(t);
        const qint64 local = t + off;
        const qint64 end = std::min(toUtc, (floorDiv(local, kHour) + 1) * kHour - off);
        acc.add(slotOfLocal(local), double(end - t) / length);
        t = end;
    }
}

} // namespace

void addAoristic(WeekHourMatrix &matrix, qint64 fromUtc, qint64 toUtc, const UtcOffsetFunction &offset)
{
    WeekHourAccumulator acc(matrix);
    spread(acc, fromUtc, toUtc, offset);
    acc.finish();
}

qint64 ChartData::binStart(qint64 utc, TimeBin bin)
{
    QDate date = localTime(utc).date();
    date = bin == TimeBin::Week ? date.addDays(1 - date.dayOfWeek()) : QDate(date.year(), date.month(), 1);
    return startOfLocalDay(date);
}

qint64 ChartData::nextBinStart(qint64 binStartUtc, TimeBin bin)
{
    const QDate date = localTime(binStartUtc).date();
    return startOfLocalDay(bin == TimeBin::Week ? date.addDays(7) : date.addMonths(1));
}

TimeSeriesData ChartData::timeSeries(const Engine &engine, const FilterResult &result, TimeBin bin,
                                     std::size_t chunk)
{
    chunk = std::max<std::size_t>(1, chunk);
    const IncidentColumns &c = engine.columns();
    TimeSeriesData data;
    data.bin = bin;
    if (result.rows.empty())
        return data;
    qint32 lo = std::numeric_limits<qint32>::max(), hi = std::numeric_limits<qint32>::min();
    for (quint32 row : result.rows) {
        lo = std::min(lo, c.fromMin[row]);
        hi = std::max(hi, c.fromMin[row]);
    }
    for (qint64 edge = binStart(qint64(lo) * 60, bin);; edge = nextBinStart(edge, bin)) {
        data.binEdgesUtc.push_back(edge);
        if (edge > qint64(hi) * 60)
            break;
    }
    const std::size_t bins = data.bins();
    // Counts per chunk of rows (phenomenon-major), added up afterwards: integers, so the order
    // does not matter.
    const std::size_t phenomena = c.phenomenonIds.size();
    const std::size_t chunks = (result.rows.size() + chunk - 1) / chunk;
    std::vector<std::vector<quint32>> partial(chunks);
    ParallelRunner().run(result.rows.size(), chunk, [&](std::size_t begin, std::size_t end) {
        std::vector<quint32> &counts = partial[begin / chunk];
        counts.assign(phenomena * bins, 0);
        for (std::size_t i = begin; i < end; ++i) {
            const quint32 row = result.rows[i];
            const auto it = std::upper_bound(data.binEdgesUtc.begin(), data.binEdgesUtc.end(), c.fromUtc(row));
            ++counts[c.phenomenon[row] * bins + std::size_t(it - data.binEdgesUtc.begin() - 1)];
        }
    });
    std::vector<std::vector<quint32>> perPhenomenon(phenomena, std::vector<quint32>(bins, 0));
    for (const std::vector<quint32> &counts : partial)
        for (std::size_t p = 0; p < phenomena; ++p)
            for (std::size_t b = 0; b < bins; ++b)
                perPhenomenon[p][b] += counts[p * bins + b];
    for (std::size_t p = 0; p < perPhenomenon.size(); ++p) {
        if (p < result.perPhenomenon.size() && result.perPhenomenon[p] > 0) {
            data.phenomenonIds.push_back(c.phenomenonIds[p]);
            data.counts.push_back(std::move(perPhenomenon[p]));
        }
    }
    return data;
}

WeekHourMatrix ChartData::weekHour(const Engine &engine, const FilterResult &result, std::size_t chunk)
{
    chunk = std::max<std::size_t>(1, chunk);
    const IncidentColumns &c = engine.columns();
    WeekHourMatrix matrix;
    if (result.rows.empty())
        return matrix;
    // Inside the loaded range the engine answers offsets from its transitions table, without
    // locks: the chunks can ask it from several threads.
    const auto offset = [&engine](qint64 utc) { return engine.utcOffsetAt(utc); };
    const bool slotsKnown = c.localWeekHour.size() == c.size();
    const std::size_t chunks = (result.rows.size() + chunk - 1) / chunk;
    std::vector<WeekHourMatrix> partial(chunks);
    ParallelRunner().run(result.rows.size(), chunk, [&](std::size_t begin, std::size_t end) {
        WeekHourAccumulator acc(partial[begin / chunk]);
        for (std::size_t i = begin; i < end; ++i) {
            const quint32 row = result.rows[i];
            // An exact time falls in the slot the engine computed when it loaded.
            if (slotsKnown && c.toMin[row] <= c.fromMin[row])
                acc.add(c.localWeekHour[row], 1.0);
            else
                spread(acc, c.fromUtc(row), c.toUtc(row), offset);
        }
        acc.finish();
    });
    for (const WeekHourMatrix &p : partial)
        for (std::size_t s = 0; s < kSlots; ++s)
            matrix.weight[s] += p.weight[s];
    return matrix;
}

SelectionCounts ChartData::selection(const Engine &engine, const FilterResult &result, const std::vector<quint32> &fids,
                                     const TimeSeriesData &time, const std::vector<ZoneCount> &zones)
{
    const IncidentColumns &c = engine.columns();
    SelectionCounts out;
    out.perBin.assign(time.bins(), 0);
    out.perZone.assign(zones.size(), 0);
    const bool sorted = std::is_sorted(result.rows.begin(), result.rows.end());
    const auto visible = [&](quint32 row) {
        return sorted ? std::binary_search(result.rows.begin(), result.rows.end(), row)
                      : std::find(result.rows.begin(), result.rows.end(), row) != result.rows.end();
    };
    const auto offset = [&engine](qint64 utc) { return engine.utcOffsetAt(utc); };
    WeekHourAccumulator acc(out.weekHour);
    for (quint32 fid : fids) {
        const qint64 found = c.rowOfFid(fid);
        if (found < 0 || !visible(quint32(found)))
            continue;
        const auto row = std::size_t(found);
        ++out.count;
        const auto edge = std::upper_bound(time.binEdgesUtc.begin(), time.binEdgesUtc.end(), c.fromUtc(row));
        const auto bin = std::ptrdiff_t(edge - time.binEdgesUtc.begin()) - 1;
        if (bin >= 0 && std::size_t(bin) < out.perBin.size())
            ++out.perBin[std::size_t(bin)];
        const quint8 m = c.municipality[row];
        if (m != kNoZone && m < c.municipalityNis.size()) {
            const int nis = c.municipalityNis[m];
            for (std::size_t z = 0; z < zones.size(); ++z)
                if (zones[z].code == nis)
                    ++out.perZone[z];
        }
        spread(acc, c.fromUtc(row), c.toUtc(row), offset);
    }
    acc.finish();
    return out;
}

std::vector<ZoneCount> ChartData::topMunicipalities(const IncidentColumns &columns, const FilterResult &result,
                                                    int limit)
{
    std::vector<ZoneCount> zones;
    for (std::size_t i = 0; i < result.perMunicipality.size() && i < columns.municipalityNis.size(); ++i)
        if (result.perMunicipality[i] > 0)
            zones.push_back({columns.municipalityNis[i], result.perMunicipality[i]});
    std::sort(zones.begin(), zones.end(), [](const ZoneCount &a, const ZoneCount &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    if (limit >= 0 && zones.size() > std::size_t(limit))
        zones.resize(std::size_t(limit));
    return zones;
}

MoByZone ChartData::moByZone(const IncidentColumns &columns, const FilterResult &result, int zoneLimit, int moLimit)
{
    MoByZone out;
    const std::vector<ZoneCount> top = topMunicipalities(columns, result, zoneLimit);
    std::vector<int> columnOfZone(kNoZone, -1); // municipality dictionary index -> chart column
    for (std::size_t z = 0; z < top.size(); ++z) {
        out.zones.push_back(top[z].code);
        const auto it = std::find(columns.municipalityNis.begin(), columns.municipalityNis.end(), top[z].code);
        columnOfZone[std::size_t(it - columns.municipalityNis.begin())] = int(z);
    }
    const std::size_t zones = top.size();
    std::vector<std::vector<quint32>> perMo(columns.moIds.size(), std::vector<quint32>(zones, 0));
    for (quint32 row : result.rows) {
        const quint8 m = columns.municipality[row];
        if (m == kNoZone || columnOfZone[m] < 0)
            continue;
        for (quint32 k = columns.moOffset[row]; k < columns.moOffset[row + 1]; ++k)
            ++perMo[columns.mo[k]][std::size_t(columnOfZone[m])];
    }
    std::vector<std::pair<quint64, std::size_t>> ranking;
    for (std::size_t m = 0; m < perMo.size(); ++m) {
        const quint64 sum = std::accumulate(perMo[m].begin(), perMo[m].end(), quint64(0));
        if (sum > 0)
            ranking.emplace_back(sum, m);
    }
    std::sort(ranking.begin(), ranking.end(), [&columns](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : columns.moIds[a.second] < columns.moIds[b.second];
    });
    out.otherMo.assign(zones, 0);
    for (std::size_t r = 0; r < ranking.size(); ++r) {
        const std::size_t m = ranking[r].second;
        if (moLimit < 0 || r < std::size_t(moLimit)) {
            out.moIds.push_back(columns.moIds[m]);
            out.counts.push_back(std::move(perMo[m]));
        } else {
            for (std::size_t z = 0; z < zones; ++z)
                out.otherMo[z] += perMo[m][z];
        }
    }
    return out;
}

} // namespace phenomap
