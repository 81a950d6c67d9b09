// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneindex.h"

#include "sqlite.h"

#include <QtEndian>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <vector>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace phenomap {
namespace {

using Point = bg::model::d2::point_xy<double>;
using Polygon = bg::model::polygon<Point>; // clockwise, closed (bg::correct() enforces it)
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Point>;
using Entry = std::pair<Box, std::size_t>; // box of one polygon part -> index into parts

/// Minimal ISO WKB reader for Polygon / MultiPolygon (2D, Z, M, ZM; either byte order).
class WkbPolygonReader
{
public:
    WkbPolygonReader(const QByteArray &wkb)
        : m_p(reinterpret_cast<const unsigned char *>(wkb.constData())), m_end(m_p + wkb.size()) {}

    bool read(MultiPolygon &out)
    {
        bool little = false;
        quint32 base = 0;
        int dims = 2;
        if (!readHeader(little, base, dims))
            return false;
        if (base == 3) {
            Polygon poly;
            if (!readPolygonBody(little, dims, poly))
                return false;
            out.push_back(std::move(poly));
        } else if (base == 6) {
            quint32 parts = 0;
            if (!readU32(little, parts))
                return false;
            for (quint32 i = 0; i < parts; ++i) {
                bool partLittle = false;
                quint32 partBase = 0;
                int partDims = 2;
                if (!readHeader(partLittle, partBase, partDims) || partBase != 3)
                    return false;
                Polygon poly;
                if (!readPolygonBody(partLittle, partDims, poly))
                    return false;
                out.push_back(std::move(poly));
            }
        } else {
            return false;
        }
        return m_p == m_end;
    }

private:
    bool readHeader(bool &little, quint32 &base, int &dims)
    {
        if (m_p >= m_end)
            return false;
        const unsigned char order = *m_p++;
        if (order > 1)
            return false;
        little = order == 1;
        quint32 type = 0;
        if (!readU32(little, type))
            return false;
        dims = 2;
        base = type;
        if (type >= 3000) { dims = 4; base = type - 3000; }
        else if (type >= 1000) { dims = 3; base = type % 1000; }
        return true;
    }
    bool readU32(bool little, quint32 &out)
    {
        if (m_end - m_p < 4)
            return false;
        out = little ? qFromLittleEndian<quint32>(m_p) : qFromBigEndian<quint32>(m_p);
        m_p += 4;
        return true;
    }
    bool readDouble(bool little, double &out)
    {
        if (m_end - m_p < 8)
            return false;
        const quint64 bits = little ? qFromLittleEndian<quint64>(m_p) : qFromBigEndian<quint64>(m_p);
        std::memcpy(&out, &bits, sizeof out);
        m_p += 8;
        return std::isfinite(out);
    }
    bool readRing(bool little, int dims, bg::model::ring<Point> &ring)
    {
        quint32 n = 0;
        if (!readU32(little, n) || quint64(n) * quint64(dims) * 8 > quint64(m_end - m_p))
            return false;
        ring.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            double x = 0, y = 0;
            if (!readDouble(little, x) || !readDouble(little, y))
                return false;
            m_p += 8 * (dims - 2); // Z and M are not used; the size was checked above
            ring.emplace_back(x, y);
        }
        return n >= 3;
    }
    bool readPolygonBody(bool little, int dims, Polygon &poly)
    {
        quint32 rings = 0;
        if (!readU32(little, rings) || rings == 0)
            return false;
        if (!readRing(little, dims, poly.outer()))
            return false;
        for (quint32 r = 1; r < rings; ++r) {
            poly.inners().emplace_back();
            if (!readRing(little, dims, poly.inners().back()))
                return false;
        }
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
};

/// The box of an outer ring (it encloses the holes). Computed by hand: Boost 1.74's envelope of a
/// multi-geometry trips GCC's -Wmaybe-uninitialized.
Box ringBox(const bg::model::ring<Point> &ring)
{
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    for (const Point &p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return Box(Point(minX, minY), Point(maxX, maxY));
}

Box unite(const Box &a, const Box &b)
{
    return Box(Point(std::min(a.min_corner().x(), b.min_corner().x()), std::min(a.min_corner().y(), b.min_corner().y())),
               Point(std::max(a.max_corner().x(), b.max_corner().x()), std::max(a.max_corner().y(), b.max_corner().y())));
}

/// Crossing-number point-in-polygon over the edges of all rings (outer and holes), with the
/// edges bucketed into horizontal bands so a lookup only visits the few edges of its band
/// instead of every vertex of a detailed UrbIS boundary. Points on an edge count as inside.
class PreparedPolygon
{
public:
    explicit PreparedPolygon(const Polygon &polygon)
    {
        std::vector<Edge> edges;
        auto addRing = [&](const bg::model::ring<Point> &ring) {
            for (std::size_t i = 1; i < ring.size(); ++i)
                edges.push_back({ring[i - 1].x(), ring[i - 1].y(), ring[i].x(), ring[i].y()});
        };
        addRing(polygon.outer());
        for (const auto &inner : polygon.inners())
            addRing(inner);
        const Box box = ringBox(polygon.outer());
        m_minY = box.min_corner().y();
        const double height = std::max(box.max_corner().y() - m_minY, 1e-9);
        m_bands = int(std::clamp<std::size_t>(edges.size() / 4, 1, 2048));
        m_bandHeight = height / m_bands;
        std::vector<std::vector<Edge>> bands(static_cast<std::size_t>(m_bands));
        for (const Edge &e : edges) {
            const int b0 = band(std::min(e.y1, e.y2)), b1 = band(std::max(e.y1, e.y2));
            for (int b = b0; b <= b1; ++b)
                bands[std::size_t(b)].push_back(e);
        }
        m_start.reserve(bands.size() + 1);
        for (const auto &b : bands) {
            m_start.push_back(quint32(m_edges.size()));
            m_edges.insert(m_edges.end(), b.begin(), b.end());
        }
        m_start.push_back(quint32(m_edges.size()));
    }

    bool covers(double x, double y) const
    {
        const int b = band(y);
        bool inside = false;
        for (quint32 i = m_start[std::size_t(b)]; i < m_start[std::size_t(b) + 1]; ++i) {
            const Edge &e = m_edges[i];
            const double cross = (e.x2 - e.x1) * (y - e.y1) - (e.y2 - e.y1) * (x - e.x1);
            if (cross == 0 && x >= std::min(e.x1, e.x2) && x <= std::max(e.x1, e.x2) && y >= std::min(e.y1, e.y2)
                && y <= std::max(e.y1, e.y2))
                return true; // on the boundary
            if ((e.y1 > y) != (e.y2 > y) && x < e.x1 + (y - e.y1) * (e.x2 - e.x1) / (e.y2 - e.y1))
                inside = !inside;
        }
        return inside;
    }

private:
    struct Edge
    {
        double x1, y1, x2, y2;
    };
    int band(double y) const { return std::clamp(int((y - m_minY) / m_bandHeight), 0, m_bands - 1); }

    double m_minY = 0, m_bandHeight = 1;
    int m_bands = 1;
    std::vector<quint32> m_start;
    std::vector<Edge> m_edges;
};

struct Segment
{
    double x1, y1, x2, y2;
};

/// A uniform grid over a layer's extent, at most kMaxSide cells a side. A cell that no polygon
/// edge comes near (within a margin far above rounding error) lies wholly inside or wholly outside
/// every polygon, so every point of it has the answer of its centre; the grid stores that answer
/// (0 = no zone, k = zone k - 1) and marks the other cells kBoundary, where the exact test runs.
class LookupGrid
{
public:
    static constexpr quint16 kBoundary = 0xffff;
    static constexpr int kMaxSide = 1024;

    /// `zoneAt(x, y)` is the exact lookup, returning a zone index or -1.
    template <typename ZoneAt>
    void build(const Box &extent, const std::vector<Segment> &edges, std::size_t zoneCount, ZoneAt zoneAt)
    {
        m_cells.clear();
        const double width = extent.max_corner().x() - extent.min_corner().x();
        const double height = extent.max_corner().y() - extent.min_corner().y();
        const double cell = std::max(width, height) / kMaxSide;
        if (zoneCount >= kBoundary || !(cell > 0) || !std::isfinite(cell))
            return; // every lookup takes the exact path
        m_x0 = extent.min_corner().x();
        m_y0 = extent.min_corner().y();
        m_inv = 1.0 / cell;
        m_colCount = std::min(kMaxSide, int(width * m_inv)) + 1;
        m_rowCount = std::min(kMaxSide, int(height * m_inv)) + 1;
        m_cols = m_colCount;
        m_rows = m_rowCount;
        m_cells.assign(std::size_t(m_colCount) * std::size_t(m_rowCount), 0);
        const double scale = std::max({std::abs(m_x0), std::abs(m_y0), std::abs(extent.max_corner().x()),
                                       std::abs(extent.max_corner().y())});
        const double margin = std::max(cell * 1e-3, scale * 1e-9);
        for (const Segment &e : edges)
            markEdge(e, cell, margin);
        for (int row = 0; row < m_rowCount; ++row) {
            quint16 *line = m_cells.data() + std::size_t(row) * std::size_t(m_colCount);
            for (int col = 0; col < m_colCount;) {
                if (line[col] == kBoundary) {
                    ++col;
                    continue;
                }
                // A run of untouched cells: their union meets no edge, so one answer holds for all.
                const int zone = zoneAt(m_x0 + (col + 0.5) * cell, m_y0 + (row + 0.5) * cell);
                const quint16 value = zone < 0 ? 0 : quint16(zone + 1);
                while (col < m_colCount && line[col] != kBoundary)
                    line[col++] = value;
            }
        }
    }

    /// The cell's value, kBoundary for cells crossed by an edge and for points off the grid.
    quint16 at(double x, double y) const
    {
        const double fx = (x - m_x0) * m_inv, fy = (y - m_y0) * m_inv;
        if (!(fx >= 0 && fx < m_cols && fy >= 0 && fy < m_rows)) // also false for NaN
            return kBoundary;
        return m_cells[std::size_t(int(fy)) * std::size_t(m_colCount) + std::size_t(int(fx))];
    }

private:
    int column(double x) const { return std::clamp(int(std::floor((x - m_x0) * m_inv)), 0, m_colCount - 1); }
    int rowOf(double y) const { return std::clamp(int(std::floor((y - m_y0) * m_inv)), 0, m_rowCount - 1); }

    void markEdge(const Segment &e, double cell, double margin)
    {
        const int c0 = column(std::min(e.x1, e.x2) - margin), c1 = column(std::max(e.x1, e.x2) + margin);
        const int r0 = rowOf(std::min(e.y1, e.y2) - margin), r1 = rowOf(std::max(e.y1, e.y2) + margin);
        const bool small = c1 - c0 <= 1 && r1 - r0 <= 1;
        const double dx = e.x2 - e.x1, dy = e.y2 - e.y1;
        auto side = [&](double px, double py) { return dx * (py - e.y1) - dy * (px - e.x1); };
        for (int r = r0; r <= r1; ++r) {
            const double ya = m_y0 + r * cell - margin, yb = m_y0 + (r + 1) * cell + margin;
            for (int c = c0; c <= c1; ++c) {
                quint16 &v = m_cells[std::size_t(r) * std::size_t(m_colCount) + std::size_t(c)];
                if (v == kBoundary)
                    continue;
                if (!small) {
                    // The boxes overlap; the edge misses the cell only if its line leaves every
                    // corner of the widened cell strictly on one side.
                    const double xa = m_x0 + c * cell - margin, xb = m_x0 + (c + 1) * cell + margin;
                    const double s1 = side(xa, ya), s2 = side(xb, ya), s3 = side(xa, yb), s4 = side(xb, yb);
                    if ((s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0))
                        continue;
                }
                v = kBoundary;
            }
        }
    }

    double m_x0 = 0, m_y0 = 0, m_inv = 0, m_cols = 0, m_rows = 0;
    int m_colCount = 0, m_rowCount = 0;
    std::vector<quint16> m_cells;
};

Envelope toEnvelope(const Box &b)
{
    return Envelope{b.min_corner().x(), b.max_corner().x(), b.min_corner().y(), b.max_corner().y()};
}

} // namespace

struct ZoneIndex::Data
{
    struct Part
    {
        PreparedPolygon polygon;
        int zone; // index into codes
    };
    std::vector<int> codes;        // ascending
    std::vector<Box> zoneBoxes;    // per code
    std::vector<double> zoneAreas; // per code
    std::vector<Part> parts;
    bgi::rtree<Entry, bgi::rstar<16>> tree;
    LookupGrid grid;

    /// The zone index of the first part (in part order) covering the point, -1 when none.
    int exactZone(double x, double y) const
    {
        // Candidates in ascending part order, so that a point on a shared boundary always gets
        // the same answer whatever the R-tree's internal order.
        const Point p(x, y);
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (auto it = tree.qbegin(bgi::intersects(p)); it != tree.qend(); ++it) {
            if (it->second < best && parts[it->second].polygon.covers(x, y))
                best = it->second;
        }
        return best == std::numeric_limits<std::size_t>::max() ? -1 : parts[best].zone;
    }
};

ZoneIndex::ZoneIndex() = default;
ZoneIndex::~ZoneIndex() = default;
ZoneIndex::ZoneIndex(ZoneIndex &&) noexcept = default;
ZoneIndex &ZoneIndex::operator=(ZoneIndex &&) noexcept = default;

ZoneIndex ZoneIndex::load(Database &db, const QString &layer)
{
    QList<std::pair<int, QByteArray>> input;
    Statement st = db.prepare("SELECT code, geom FROM zones WHERE layer = ? AND geom IS NOT NULL ORDER BY fid");
    st.bind(1, layer);
    while (st.step()) {
        bool ok = false;
        const int code = st.text(0).trimmed().toInt(&ok);
        if (!ok || code == 0)
            continue;
        const QByteArray wkb = gpkg::wkbFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
        if (wkb.isNull())
            continue;
        MultiPolygon probe;
        if (!WkbPolygonReader(wkb).read(probe))
            continue;
        input.append({code, wkb});
    }
    ZoneIndex index;
    index.build(input);
    return index;
}

bool ZoneIndex::build(const QList<std::pair<int, QByteArray>> &codeAndWkb)
{
    std::map<int, MultiPolygon> byCode; // a code may come in several rows: merge the parts
    for (const auto &[code, wkb] : codeAndWkb) {
        MultiPolygon mp;
        if (!WkbPolygonReader(wkb).read(mp))
            return false;
        MultiPolygon &target = byCode[code];
        for (Polygon &p : mp)
            target.push_back(std::move(p));
    }
    auto data = std::make_unique<Data>();
    std::vector<Entry> entries;
    std::vector<Segment> edges;
    auto addEdges = [&edges](const bg::model::ring<Point> &ring) {
        for (std::size_t i = 1; i < ring.size(); ++i)
            edges.push_back({ring[i - 1].x(), ring[i - 1].y(), ring[i].x(), ring[i].y()});
    };
    for (auto &[code, mp] : byCode) {
        if (mp.empty())
            continue;
        bg::correct(mp); // orientation and closure as the polygon type declares
        const int zone = int(data->codes.size());
        data->codes.push_back(code);
        data->zoneAreas.push_back(bg::area(mp));
        std::optional<Box> zoneBox;
        for (Polygon &p : mp) {
            const Box box = ringBox(p.outer());
            zoneBox = zoneBox ? unite(*zoneBox, box) : box;
            entries.emplace_back(box, data->parts.size());
            addEdges(p.outer());
            for (const auto &inner : p.inners())
                addEdges(inner);
            data->parts.push_back({PreparedPolygon(p), zone});
        }
        data->zoneBoxes.push_back(*zoneBox);
    }
    data->tree = bgi::rtree<Entry, bgi::rstar<16>>(entries.begin(), entries.end()); // packed bulk load
    if (!data->zoneBoxes.empty()) {
        Box all = data->zoneBoxes.front();
        for (const Box &b : data->zoneBoxes)
            all = unite(all, b);
        const Data &d = *data;
        data->grid.build(all, edges, data->codes.size(), [&d](double x, double y) { return d.exactZone(x, y); });
    }
    m_data = std::move(data);
    return true;
}

int ZoneIndex::zoneAt(double x, double y) const
{
    if (!m_data)
        return 0;
    const quint16 cell = m_data->grid.at(x, y);
    if (cell != LookupGrid::kBoundary)
        return cell == 0 ? 0 : m_data->codes[cell - 1u];
    return zoneAtExact(x, y);
}

int ZoneIndex::zoneAtExact(double x, double y) const
{
    if (!m_data || !std::isfinite(x) || !std::isfinite(y))
        return 0;
    const int zone = m_data->exactZone(x, y);
    return zone < 0 ? 0 : m_data->codes[std::size_t(zone)];
}

bool ZoneIndex::answeredByGrid(double x, double y) const
{
    return m_data && m_data->grid.at(x, y) != LookupGrid::kBoundary;
}

QList<int> ZoneIndex::codes() const
{
    return m_data ? QList<int>(m_data->codes.begin(), m_data->codes.end()) : QList<int>();
}

std::optional<Envelope> ZoneIndex::bounds(int code) const
{
    if (!m_data)
        return std::nullopt;
    const auto it = std::lower_bound(m_data->codes.begin(), m_data->codes.end(), code);
    if (it == m_data->codes.end() || *it != code)
        return std::nullopt;
    return toEnvelope(m_data->zoneBoxes[std::size_t(it - m_data->codes.begin())]);
}

std::optional<Envelope> ZoneIndex::extent() const
{
    if (!m_data || m_data->zoneBoxes.empty())
        return std::nullopt;
    Box all = m_data->zoneBoxes.front();
    for (const Box &b : m_data->zoneBoxes)
        all = unite(all, b);
    return toEnvelope(all);
}

double ZoneIndex::area(int code) const
{
    if (!m_data)
        return 0;
    const auto it = std::lower_bound(m_data->codes.begin(), m_data->codes.end(), code);
    return it == m_data->codes.end() || *it != code ? 0.0 : m_data->zoneAreas[std::size_t(it - m_data->codes.begin())];
}

bool ZoneIndex::isEmpty() const
{
    return !m_data || m_data->codes.empty();
}

int ZoneIndex::size() const
{
    return m_data ? int(m_data->codes.size()) : 0;
}

} // namespace phenomap
