// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine.h"
#include "grid.h"
#include "gridzones.h"
#include "zoneindex.h"

#include <QPointF>
#include <QString>

#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace phenomap {

class Database;
class Project;

/// What a choropleth shows for each zone.
enum class ZoneMeasure {
    Count,            ///< incidents of the current filter
    RatePer1000,      ///< incidents per 1,000 inhabitants
    PerKm2,           ///< incidents per square kilometre
    Change,           ///< percent change against the previous period of the same length
    LocationQuotient, ///< (share of the selection in the zone) / (share of the selection in the region)
};

/// The attributes of a zone the measures need, from the project's `zones` table.
struct ZoneInfo
{
    QString code;
    qint64 population = 0; ///< 0 when unknown
    double areaKm2 = 0;    ///< 0 when unknown
    std::vector<QPointF> outline; ///< a generated grid cell's corners (EPSG:31370); empty for stored zones
};

/// One zone's counts and the value of the measure (NaN when it has none, e.g. no population).
struct ZoneStatistic
{
    ZoneInfo zone;
    quint32 count = 0;         ///< incidents of the filter
    quint32 previousCount = 0; ///< same filter, previous period (Change only)
    quint32 baseCount = 0;     ///< filter without its phenomenon and MO restriction (LocationQuotient only)
    double value = std::numeric_limits<double>::quiet_NaN();
    bool hasValue() const { return std::isfinite(value); }
};

/// Per-zone statistics of a zone layer for a filter.
struct ZoneStatistics
{
    ZoneMeasure measure = ZoneMeasure::Count;
    std::vector<ZoneStatistic> zones;              ///< every zone of the layer, in code order
    qint64 previousFromUtc = 0, previousToUtc = 0; ///< the previous period used by Change, [from, to)
    /// The values of the zones that have one (the input of the class breaks).
    std::vector<double> values() const;
};

/// Zone geometry a choropleth needs on every filter change but that depends only on the project:
/// the generated grid over the region (clipping its cells to the region costs far more than
/// counting a million points in them) and the ZoneIndex of an imported layer. Owned by whoever
/// refreshes the choropleth; clear() it when the project or its zone layers change.
class ZoneGeometryCache
{
public:
    /// The grid of `spec` over the project's region, built on the first call for that spec.
    const Grid &grid(Database &db, const GridLayer &spec);
    /// The point-in-polygon index of `layer`, loaded on the first call for that layer.
    const ZoneIndex &index(Database &db, const QString &layer);
    void clear();

private:
    std::optional<GridLayer> m_gridSpec;
    Grid m_grid;
    QString m_indexLayer;
    std::unique_ptr<ZoneIndex> m_index;
};

/// The zones of one layer (e.g. "municipalities", "police_zones"), ordered by code; throws SqliteError.
std::vector<ZoneInfo> loadZoneInfo(Database &db, const QString &layer);

/// The previous period of the same length as the filter's time window [from, to); an open end of
/// the window is closed at the first or last incident of the engine. {0, 0} when there is no data.
std::pair<qint64, qint64> previousPeriod(const Engine &engine, const Filter &filter);

/// Computes a measure for each zone of `layer`: "municipalities" or "police_zones" (the layers the
/// engine assigns incidents to), a generated grid over the region ("grid:square:500",
/// "grid:hex:250": cells numbered from 0, with their outlines and areas, no population), or any
/// other layer of the project's `zones` table (an imported one: each point is looked up in a
/// ZoneIndex of its polygons; zone-only incidents are not counted); a layer with no zones gives
/// none. Change applies the filter a
/// second time with its window shifted back by its length (an incident whose time window
/// overlaps both periods counts in both, as in the filter); LocationQuotient applies the filter
/// a second time without its phenomenon and MO restriction and compares each zone's share with
/// the share over all zones of the layer.
/// `cache`, when given, keeps the grid or index for the next call.
ZoneStatistics computeZoneStatistics(Project &project, const Engine &engine, const Filter &filter,
                                     const FilterResult &result, const QString &layer, ZoneMeasure measure,
                                     ZoneGeometryCache *cache = nullptr);

} // namespace phenomap
