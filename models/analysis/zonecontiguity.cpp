// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecontiguity.h"

#include "gpkggeometry.h"
#include "sqlite.h"
#include "wkbreader.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace phenomap {
namespace {
using analysis::Point;
using Box = bg::model::box<Point>;
using Segment = bg::model::segment<Point>;
using SegmentEntry = std::pair<Box, std::pair<Segment, int>>; // envelope -> (segment, zone)

template<typename F>
void forEachRing(const analysis::MultiPolygon &mp, F f)
{
    for (const auto &poly : mp) {
        f(poly.outer());
        for (const auto &inner : poly.inners())
            f(inner);
    }
}
} // namespace

SpatialWeights ZoneContiguity::fromPolygons(const std::vector<analysis::MultiPolygon> &zones, bool queen, double tolerance)
{
    tolerance = std::max(tolerance, 0.0);
    std::vector<SegmentEntry> segments;
    for (int z = 0; z < int(zones.size()); ++z)
        forEachRing(zones[std::size_t(z)], [&](const auto &ring) {
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                const Segment s(ring[i], ring[i + 1]);
                Box b;
                bg::envelope(s, b);
                segments.push_back({b, {s, z}});
            }
        });
    const bgi::rtree<SegmentEntry, bgi::rstar<16>> tree(segments.begin(), segments.end());

    // Contact points per zone pair (lower index first): their bounding box tells corner from edge.
    std::map<std::pair<int, int>, Box> contacts;
    std::vector<SegmentEntry> hits;
    for (int z = 0; z < int(zones.size()); ++z)
        forEachRing(zones[std::size_t(z)], [&](const auto &ring) {
            for (const Point &p : ring) {
                hits.clear();
                const Box query(Point(p.x() - tolerance, p.y() - tolerance), Point(p.x() + tolerance, p.y() + tolerance));
                tree.query(bgi::intersects(query), std::back_inserter(hits));
                for (const SegmentEntry &h : hits) {
                    const int other = h.second.second;
                    if (other == z || bg::comparable_distance(p, h.second.first) > tolerance * tolerance)
                        continue;
                    const auto key = std::minmax(z, other);
                    auto it = contacts.find(key);
                    if (it == contacts.end())
                        contacts.emplace(key, Box(p, p));
                    else
                        bg::expand(it->second, p);
                }
            }
        });

    std::vector<std::vector<int>> lists(zones.size());
    for (const auto &[pair, box] : contacts) {
        const double span = bg::distance(box.min_corner(), box.max_corner());
        if (queen || span > tolerance) {
            lists[std::size_t(pair.first)].push_back(pair.second);
            lists[std::size_t(pair.second)].push_back(pair.first);
        }
    }
    return SpatialWeights::fromNeighbours(lists, queen ? SpatialWeights::Kind::Queen : SpatialWeights::Kind::Rook);
}

SpatialWeights ZoneContiguity::fromWkb(const QList<QByteArray> &zones, bool queen, double tolerance)
{
    std::vector<analysis::MultiPolygon> polys(std::size_t(zones.size()));
    for (int i = 0; i < zones.size(); ++i)
        if (!WkbReader::readMultiPolygon(zones.at(i), polys[std::size_t(i)]))
            throw std::invalid_argument("ZoneContiguity: malformed polygon WKB");
    return fromPolygons(polys, queen, tolerance);
}

SpatialWeights ZoneContiguity::fromZonesTable(Database &db, const QString &layer, bool queen, double tolerance,
                                              QStringList *codes)
{
    Statement st = db.prepare("SELECT code, geom FROM zones WHERE layer = ?1 AND geom IS NOT NULL ORDER BY fid");
    st.bind(1, layer);
    QList<QByteArray> wkbs;
    QStringList names;
    while (st.step()) {
        const QByteArray wkb = gpkg::wkbFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
        if (wkb.isNull())
            continue;
        names << st.text(0);
        wkbs << wkb;
    }
    if (codes)
        *codes = names;
    return fromWkb(wkbs, queen, tolerance);
}

} // namespace phenomap
