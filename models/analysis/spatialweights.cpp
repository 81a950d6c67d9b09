// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialweights.h"

#include "grid.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace phenomap {
namespace {
using BPoint = bg::model::d2::point_xy<double>;
using BBox = bg::model::box<BPoint>;
using Entry = std::pair<BPoint, quint32>;
using Tree = bgi::rtree<Entry, bgi::rstar<16>>;

Tree pointTree(const std::vector<QPointF> &points)
{
    std::vector<Entry> entries;
    entries.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i)
        entries.emplace_back(BPoint(points[i].x(), points[i].y()), quint32(i));
    return Tree(entries.begin(), entries.end()); // packing constructor
}
} // namespace

void SpatialWeights::build(const std::vector<std::vector<int>> &neighbours)
{
    m_offsets.assign(neighbours.size() + 1, 0);
    m_neighbours.clear();
    for (std::size_t i = 0; i < neighbours.size(); ++i) {
        std::vector<int> row = neighbours[i];
        std::sort(row.begin(), row.end());
        row.erase(std::unique(row.begin(), row.end()), row.end());
        for (int j : row) {
            if (j < 0 || std::size_t(j) >= neighbours.size())
                throw std::out_of_range("SpatialWeights: neighbour index out of range");
            if (std::size_t(j) != i || m_self)
                m_neighbours.push_back(quint32(j));
        }
        m_offsets[i + 1] = m_neighbours.size();
    }
    applyTransform();
}

SpatialWeights SpatialWeights::fromNeighbours(const std::vector<std::vector<int>> &neighbours, Kind kind)
{
    SpatialWeights w;
    w.m_kind = kind;
    w.build(neighbours);
    return w;
}

void SpatialWeights::setTransform(Transform transform)
{
    m_transform = transform;
    applyTransform();
}

void SpatialWeights::applyTransform()
{
    m_weights.assign(m_neighbours.size(), 1.0);
    if (m_transform == Transform::RowStandardised)
        for (int i = 0; i < size(); ++i) {
            const double k = double(cardinality(i));
            for (std::size_t e = rowBegin(i); e < rowEnd(i); ++e)
                m_weights[e] = 1.0 / k;
        }
}

SpatialWeights SpatialWeights::withSelf() const
{
    std::vector<std::vector<int>> lists = neighbourLists();
    for (std::size_t i = 0; i < lists.size(); ++i)
        lists[i].push_back(int(i));
    SpatialWeights w;
    w.m_kind = m_kind;
    w.m_transform = m_transform;
    w.m_self = true;
    w.build(lists);
    return w;
}

std::vector<std::vector<int>> SpatialWeights::neighbourLists() const
{
    std::vector<std::vector<int>> lists(static_cast<std::size_t>(size()));
    for (int i = 0; i < size(); ++i)
        for (std::size_t e = rowBegin(i); e < rowEnd(i); ++e)
            lists[std::size_t(i)].push_back(int(m_neighbours[e]));
    return lists;
}

int SpatialWeights::maxCardinality() const
{
    int m = 0;
    for (int i = 0; i < size(); ++i)
        m = std::max(m, cardinality(i));
    return m;
}

int SpatialWeights::islands() const
{
    int count = 0;
    for (int i = 0; i < size(); ++i) {
        int k = cardinality(i);
        if (m_self)
            --k;
        if (k <= 0)
            ++count;
    }
    return count;
}

double SpatialWeights::weightOf(int i, int j) const
{
    const auto b = m_neighbours.begin() + std::ptrdiff_t(rowBegin(i)), e = m_neighbours.begin() + std::ptrdiff_t(rowEnd(i));
    const auto it = std::lower_bound(b, e, quint32(j));
    return it != e && *it == quint32(j) ? m_weights[std::size_t(it - m_neighbours.begin())] : 0.0;
}

double SpatialWeights::s0() const
{
    double s = 0;
    for (double w : m_weights)
        s += w;
    return s;
}

double SpatialWeights::s1() const
{
    // Pairs present both ways contribute (w_ij + w_ji)^2 once per direction; a pair present one
    // way only contributes w_ij^2 for (i,j) and again for the absent (j,i).
    double s = 0;
    for (int i = 0; i < size(); ++i)
        for (std::size_t e = rowBegin(i); e < rowEnd(i); ++e) {
            const int j = int(m_neighbours[e]);
            const double wij = m_weights[e], wji = weightOf(j, i);
            if (wji != 0.0 || j == i)
                s += (wij + wji) * (wij + wji);
            else
                s += 2 * wij * wij;
        }
    return s / 2;
}

double SpatialWeights::s2() const
{
    std::vector<double> rowSum(std::size_t(size()), 0.0), colSum(std::size_t(size()), 0.0);
    for (int i = 0; i < size(); ++i)
        for (std::size_t e = rowBegin(i); e < rowEnd(i); ++e) {
            rowSum[std::size_t(i)] += m_weights[e];
            colSum[m_neighbours[e]] += m_weights[e];
        }
    double s = 0;
    for (std::size_t i = 0; i < rowSum.size(); ++i)
        s += (rowSum[i] + colSum[i]) * (rowSum[i] + colSum[i]);
    return s;
}

std::vector<double> SpatialWeights::lag(const std::vector<double> &values) const
{
    std::vector<double> out(std::size_t(size()), 0.0);
    for (int i = 0; i < size(); ++i) {
        double s = 0;
        for (std::size_t e = rowBegin(i); e < rowEnd(i); ++e)
            s += m_weights[e] * values[m_neighbours[e]];
        out[std::size_t(i)] = s;
    }
    return out;
}

SpatialWeights SpatialWeights::gridContiguity(const Grid &grid, bool queen)
{
    std::vector<std::vector<int>> lists(static_cast<std::size_t>(grid.cellCount()));
    for (int i = 0; i < grid.cellCount(); ++i)
        lists[std::size_t(i)] = grid.neighbours(i, queen);
    return fromNeighbours(lists, queen ? Kind::Queen : Kind::Rook);
}

SpatialWeights SpatialWeights::gridDistanceBand(const Grid &grid, double band, bool includeSelf)
{
    // The centre-to-centre distance of two lattice positions depends only on their offset (and,
    // for hexagons, on the parity of the first row), so the neighbourhood is a fixed stencil.
    // Offsets are sorted by (row, column) offset, so each row of the result comes out sorted.
    const double tol = band * (1 + 1e-12);
    const int reach = int(std::ceil(band / grid.cellSize())) + 2;
    std::vector<std::pair<int, int>> stencil[2]; // (dr, dc)
    for (int parity = 0; parity < 2; ++parity) {
        const int base = 2 * reach + parity; // a row of this parity far from row 0
        const QPointF o = grid.latticeCentre(reach, base);
        for (int dr = -2 * reach; dr <= 2 * reach; ++dr)
            for (int dc = -reach; dc <= reach; ++dc) {
                if (dr == 0 && dc == 0 && !includeSelf)
                    continue;
                const QPointF p = grid.latticeCentre(reach + dc, base + dr);
                if (std::hypot(p.x() - o.x(), p.y() - o.y()) <= tol)
                    stencil[parity].emplace_back(dr, dc);
            }
    }
    SpatialWeights w;
    w.m_kind = Kind::DistanceBand;
    w.m_self = includeSelf;
    w.m_offsets.assign(std::size_t(grid.cellCount()) + 1, 0);
    w.m_neighbours.reserve(std::size_t(grid.cellCount()) * stencil[0].size());
    for (int i = 0; i < grid.cellCount(); ++i) {
        const int c = grid.columnOf(i), r = grid.rowOf(i);
        // Active cells are numbered in lattice order, so (dr, dc) order gives ascending ids.
        for (const auto &[dr, dc] : stencil[grid.shape() == Grid::Shape::Hexagon ? (r & 1) : 0]) {
            const int n = grid.cellAtLattice(c + dc, r + dr);
            if (n >= 0)
                w.m_neighbours.push_back(quint32(n));
        }
        w.m_offsets[std::size_t(i) + 1] = w.m_neighbours.size();
    }
    w.applyTransform();
    return w;
}

SpatialWeights SpatialWeights::distanceBand(const std::vector<QPointF> &points, double band)
{
    const Tree tree = pointTree(points);
    const double tol2 = band * band * (1 + 1e-12);
    std::vector<std::vector<int>> lists(points.size());
    std::vector<Entry> hits;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF p = points[i];
        hits.clear();
        tree.query(bgi::intersects(BBox(BPoint(p.x() - band, p.y() - band), BPoint(p.x() + band, p.y() + band))),
                   std::back_inserter(hits));
        for (const Entry &h : hits) {
            const double dx = h.first.x() - p.x(), dy = h.first.y() - p.y();
            if (h.second != i && dx * dx + dy * dy <= tol2)
                lists[i].push_back(int(h.second));
        }
    }
    return fromNeighbours(lists, Kind::DistanceBand);
}

SpatialWeights SpatialWeights::kNearest(const std::vector<QPointF> &points, int k)
{
    if (k < 1)
        throw std::invalid_argument("SpatialWeights::kNearest: k must be >= 1");
    const Tree tree = pointTree(points);
    std::vector<std::vector<int>> lists(points.size());
    std::vector<Entry> hits;
    std::vector<std::pair<double, quint32>> ranked;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF p = points[i];
        // Take k + 1 (self) plus a margin, then extend while the k-th distance is tied.
        std::size_t want = std::size_t(k) + 4;
        for (;;) {
            hits.clear();
            tree.query(bgi::nearest(BPoint(p.x(), p.y()), unsigned(want)), std::back_inserter(hits));
            ranked.clear();
            for (const Entry &h : hits)
                if (h.second != i)
                    ranked.emplace_back(std::hypot(h.first.x() - p.x(), h.first.y() - p.y()), h.second);
            std::sort(ranked.begin(), ranked.end());
            if (ranked.size() <= std::size_t(k) || hits.size() < want || ranked.back().first > ranked[std::size_t(k) - 1].first)
                break;
            want *= 2;
        }
        for (std::size_t j = 0; j < std::min(ranked.size(), std::size_t(k)); ++j)
            lists[i].push_back(int(ranked[j].second));
    }
    return fromNeighbours(lists, Kind::KNearest);
}

QString SpatialWeights::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Queen: return QStringLiteral("queen");
    case Kind::Rook: return QStringLiteral("rook");
    case Kind::DistanceBand: return QStringLiteral("distance");
    case Kind::KNearest: return QStringLiteral("knn");
    case Kind::Custom: break;
    }
    return QStringLiteral("custom");
}

SpatialWeights::Kind SpatialWeights::kindFromName(const QString &name, bool *ok)
{
    for (Kind k : {Kind::Queen, Kind::Rook, Kind::DistanceBand, Kind::KNearest, Kind::Custom})
        if (kindName(k) == name) {
            if (ok)
                *ok = true;
            return k;
        }
    if (ok)
        *ok = false;
    return Kind::Custom;
}

} // namespace phenomap
