// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gpkggeometry.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace phenomap {

class Database;

/// Point-in-zone lookup for one zone layer of a project (e.g. "municipalities", "police_zones").
/// Assigning tens of thousands of incidents to zones must not cost a SQL query or a full polygon
/// scan each, so the polygons are held in memory as Boost.Geometry multi-polygons behind a
/// bounding-box R-tree; only the few candidates whose box holds the point get the exact test
/// (which honours holes, such as zone 5339's hole around the detached part of Saint-Gilles),
/// and that test only visits the polygon edges of the point's horizontal band.
/// A uniform lookup grid over the layer answers most points without any polygon test: a cell
/// that no polygon edge touches lies wholly inside the same zones, so it stores its answer, and
/// only points in cells crossed by a boundary take the exact path (same answer, by construction).
/// Immutable after load(), so one index may be queried from several threads.
class ZoneIndex
{
public:
    ZoneIndex();
    ~ZoneIndex();
    ZoneIndex(ZoneIndex &&) noexcept;
    ZoneIndex &operator=(ZoneIndex &&) noexcept;
    ZoneIndex(const ZoneIndex &) = delete;
    ZoneIndex &operator=(const ZoneIndex &) = delete;

    /// Reads every polygon of `layer` from the project's `zones` table. Zones whose code is not
    /// an integer or whose geometry cannot be decoded are skipped. Throws SqliteError.
    static ZoneIndex load(Database &db, const QString &layer);
    /// Builds an index from ISO WKB (Polygon or MultiPolygon, either byte order) per code;
    /// returns false (and leaves the index unchanged) if any WKB is malformed.
    bool build(const QList<std::pair<int, QByteArray>> &codeAndWkb);

    /// The code (NIS code for municipalities, zone number for police zones) of the zone that
    /// covers the EPSG:31370 point, or 0 when no zone does. Boundary points belong to a zone.
    int zoneAt(double x, double y) const;
    /// The same answer as zoneAt() by the exact polygon test alone, without the lookup grid.
    int zoneAtExact(double x, double y) const;
    /// True when the lookup grid answers for this point without a polygon test.
    bool answeredByGrid(double x, double y) const;
    /// Zone codes in ascending order.
    QList<int> codes() const;
    /// The bounding box of one zone, nullopt for an unknown code.
    std::optional<Envelope> bounds(int code) const;
    /// The bounding box of the whole layer, nullopt when empty.
    std::optional<Envelope> extent() const;
    /// Planar area of one zone in square metres (0 for an unknown code).
    double area(int code) const;
    bool isEmpty() const;
    int size() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace phenomap
