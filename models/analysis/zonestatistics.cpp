// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonestatistics.h"

#include "gridzones.h"

#include "project.h"
#include "sqlite.h"
#include "zoneindex.h"

#include <QHash>

namespace phenomap {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isPoliceZones(const QString &layer)
{
    return layer == QLatin1String("police_zones");
}

bool isEngineLayer(const QString &layer)
{
    return isPoliceZones(layer) || layer == QLatin1String("municipalities");
}

/// Counts the filtered points of each zone of a stored layer the engine does not assign
/// (an imported one): one point-in-polygon lookup per point, zone-only incidents not counted.
QHash<int, quint32> indexCounts(const ZoneIndex &index, const IncidentColumns &columns, const FilterResult &result)
{
    QHash<int, quint32> counts;
    for (const quint32 row : result.rows) {
        const float x = columns.x[row], y = columns.y[row];
        if (std::isnan(x) || std::isnan(y))
            continue;
        if (const int code = index.zoneAt(x, y); code != 0)
            ++counts[code];
    }
    return counts;
}

QHash<int, quint32> countsFor(const IncidentColumns &columns, const FilterResult &result,
                              const QString &layer)
{
    return isPoliceZones(layer) ? policeZoneCounts(columns, result) : municipalityCounts(columns, result);
}

quint32 countOf(const QHash<int, quint32> &counts, const QString &code)
{
    bool ok = false;
    const int key = code.toInt(&ok);
    return ok ? counts.value(key, 0) : 0;
}

} // namespace

std::vector<double> ZoneStatistics::values() const
{
    std::vector<double> out;
    for (const ZoneStatistic &z : zones)
        if (z.hasValue())
            out.push_back(z.value);
    return out;
}

std::vector<ZoneInfo> loadZoneInfo(Database &db, const QString &layer)
{
    std::vector<ZoneInfo> out;
    Statement st = db.prepare("SELECT code, population, area_km2 FROM zones WHERE layer = ? ORDER BY code");
    st.bind(1, layer);
    while (st.step()) {
        ZoneInfo z;
        z.code = st.text(0);
        z.population = st.isNull(1) ? 0 : std::max<qint64>(0, st.int64(1));
        z.areaKm2 = st.isNull(2) ? 0 : std::max(0.0, st.real(2));
        out.push_back(z);
    }
    return out;
}

std::pair<qint64, qint64> previousPeriod(const Engine &engine, const Filter &filter)
{
    const auto [first, last] = engine.timeRange();
    qint64 from = filter.fromUtc, to = filter.toUtc;
    if (from == 0)
        from = first;
    if (to == 0)
        to = last + 60; // the window is exclusive; the columns hold whole minutes
    if (engine.columns().size() == 0 || to <= from)
        return {0, 0};
    return {from - (to - from), from};
}

const Grid &ZoneGeometryCache::grid(Database &db, const GridLayer &spec)
{
    if (m_gridSpec != spec) {
        m_grid = regionGrid(db, spec);
        m_gridSpec = spec;
    }
    return m_grid;
}

const ZoneIndex &ZoneGeometryCache::index(Database &db, const QString &layer)
{
    if (!m_index || m_indexLayer != layer) {
        m_index = std::make_unique<ZoneIndex>(ZoneIndex::load(db, layer));
        m_indexLayer = layer;
    }
    return *m_index;
}

void ZoneGeometryCache::clear()
{
    m_gridSpec.reset();
    m_grid = Grid();
    m_indexLayer.clear();
    m_index.reset();
}

ZoneStatistics computeZoneStatistics(Project &project, const Engine &engine, const Filter &filter,
                                     const FilterResult &result, const QString &layer, ZoneMeasure measure,
                                     ZoneGeometryCache *cache)
{
    ZoneStatistics out;
    out.measure = measure;
    const std::optional<GridLayer> gridLayer = parseGridLayer(layer);
    const IncidentColumns &columns = engine.columns();
    ZoneGeometryCache local;
    ZoneGeometryCache &geometry = cache ? *cache : local;
    const Grid *grid = gridLayer ? &geometry.grid(project.db(), *gridLayer) : nullptr;
    const ZoneIndex *index = nullptr;
    if (!gridLayer && !isEngineLayer(layer)) {
        index = &geometry.index(project.db(), layer);
        if (index->isEmpty())
            return out;
    }
    // Counts by zone code: the engine's municipality or police zone, the zone of an imported
    // layer that holds the point, or the grid cell of the point.
    const auto countsFor = [&](const FilterResult &r) {
        if (index)
            return indexCounts(*index, columns, r);
        if (!gridLayer)
            return phenomap::countsFor(columns, r, layer);
        QHash<int, quint32> counts;
        const std::vector<double> perCell = grid->count(columns.x.data(), columns.y.data(), columns.size(), &r.rows);
        for (std::size_t i = 0; i < perCell.size(); ++i)
            if (perCell[i] > 0)
                counts.insert(int(i), quint32(perCell[i]));
        return counts;
    };
    const QHash<int, quint32> counts = countsFor(result);

    QHash<int, quint32> other;
    if (measure == ZoneMeasure::Change) {
        const auto [from, to] = previousPeriod(engine, filter);
        out.previousFromUtc = from;
        out.previousToUtc = to;
        if (to > from) {
            Filter previous = filter;
            previous.fromUtc = from;
            previous.toUtc = to;
            other = countsFor(engine.apply(project, previous));
        }
    } else if (measure == ZoneMeasure::LocationQuotient) {
        Filter base = filter;
        base.phenomenonIds.clear();
        base.moIds.clear();
        other = base == filter ? counts : countsFor(engine.apply(project, base));
    }

    double total = 0, baseTotal = 0;
    std::vector<ZoneInfo> zones;
    if (gridLayer) {
        for (int i = 0; i < grid->cellCount(); ++i)
            zones.push_back({QString::number(i), 0, grid->cellArea() / 1e6, grid->polygon(i)});
    } else {
        zones = loadZoneInfo(project.db(), layer);
    }
    for (const ZoneInfo &zone : zones) {
        ZoneStatistic s;
        s.zone = zone;
        s.count = countOf(counts, zone.code);
        if (measure == ZoneMeasure::Change)
            s.previousCount = countOf(other, zone.code);
        if (measure == ZoneMeasure::LocationQuotient)
            s.baseCount = countOf(other, zone.code);
        total += s.count;
        baseTotal += s.baseCount;
        out.zones.push_back(s);
    }

    for (ZoneStatistic &s : out.zones) {
        const double count = s.count;
        switch (measure) {
        case ZoneMeasure::Count:
            s.value = count;
            break;
        case ZoneMeasure::RatePer1000:
            s.value = s.zone.population > 0 ? count * 1000.0 / double(s.zone.population) : kNaN;
            break;
        case ZoneMeasure::PerKm2:
            s.value = s.zone.areaKm2 > 0 ? count / s.zone.areaKm2 : kNaN;
            break;
        case ZoneMeasure::Change:
            // No change from nothing to nothing; from nothing to something has no percentage.
            if (s.previousCount > 0)
                s.value = 100.0 * (count - double(s.previousCount)) / double(s.previousCount);
            else
                s.value = s.count == 0 ? 0.0 : kNaN;
            break;
        case ZoneMeasure::LocationQuotient:
            s.value = s.baseCount > 0 && total > 0 && baseTotal > 0
                          ? (count / double(s.baseCount)) / (total / baseTotal)
                          : kNaN;
            break;
        }
    }
    return out;
}

} // namespace phenomap
