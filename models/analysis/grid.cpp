// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid.h"

#include "wkbreader.h"

#include <QtEndian>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace phenomap {
namespace {
constexpr double kSqrt3 = 1.7320508075688772;
}

Grid::Grid(Shape shape, double cellSize, const Envelope &extent)
    : m_shape(shape), m_size(cellSize)
{
    if (!(cellSize > 0) || !(extent.maxX >= extent.minX) || !(extent.maxY >= extent.minY))
        throw std::invalid_argument("Grid: invalid cell size or extent");
    const double w = extent.maxX - extent.minX, h = extent.maxY - extent.minY;
    if (shape == Shape::Square) {
        m_x0 = extent.minX;
        m_y0 = extent.minY;
        m_cols = std::max(1, int(std::ceil(w / cellSize)));
        m_rows = std::max(1, int(std::ceil(h / cellSize)));
    } else {
        // Centre (0,0) on the lower-left corner; one spare column and row cover the far edges.
        m_x0 = extent.minX;
        m_y0 = extent.minY;
        m_cols = int(std::ceil(w / cellSize)) + 2;
        m_rows = int(std::ceil(h / rowStep())) + 2;
    }
    if (double(m_cols) * double(m_rows) > 2.0e8)
        throw std::invalid_argument("Grid: too many cells");
    renumber(std::vector<bool>(std::size_t(m_cols) * std::size_t(m_rows), true));
}

double Grid::rowStep() const
{
    return m_shape == Shape::Square ? m_size : m_size * kSqrt3 / 2;
}

double Grid::cellArea() const
{
    return m_shape == Shape::Square ? m_size * m_size : m_size * m_size * kSqrt3 / 2;
}

void Grid::renumber(const std::vector<bool> &keep)
{
    m_cellLattice.clear();
    m_latticeCell.assign(keep.size(), -1);
    for (std::size_t i = 0; i < keep.size(); ++i)
        if (keep[i]) {
            m_latticeCell[i] = qint32(m_cellLattice.size());
            m_cellLattice.push_back(quint32(i));
        }
}

void Grid::setMask(const std::vector<bool> &keep)
{
    if (keep.size() != std::size_t(m_cols) * std::size_t(m_rows))
        throw std::invalid_argument("Grid::setMask: wrong mask size");
    renumber(keep);
}

bool Grid::keepIntersecting(const QList<QByteArray> &wkbPolygons)
{
    using Box = bg::model::box<analysis::Point>;
    std::vector<analysis::Polygon> parts;
    for (const QByteArray &wkb : wkbPolygons) {
        analysis::MultiPolygon mp;
        if (!WkbReader::readMultiPolygon(wkb, mp))
            return false;
        for (auto &p : mp)
            parts.push_back(std::move(p));
    }
    std::vector<std::pair<Box, std::size_t>> boxes;
    for (std::size_t i = 0; i < parts.size(); ++i)
        boxes.emplace_back(bg::return_envelope<Box>(parts[i]), i);
    bgi::rtree<std::pair<Box, std::size_t>, bgi::quadratic<16>> tree(boxes.begin(), boxes.end());

    std::vector<bool> keep(std::size_t(m_cols) * std::size_t(m_rows), false);
    std::vector<std::pair<Box, std::size_t>> hits;
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c) {
            const std::size_t lattice = std::size_t(r) * std::size_t(m_cols) + std::size_t(c);
            if (m_latticeCell[lattice] < 0)
                continue;
            const std::vector<QPointF> outline = polygon(m_latticeCell[lattice]);
            analysis::Polygon cellPoly;
            for (auto it = outline.rbegin(); it != outline.rend(); ++it) // clockwise for Boost
                cellPoly.outer().emplace_back(it->x(), it->y());
            cellPoly.outer().push_back(cellPoly.outer().front());
            hits.clear();
            tree.query(bgi::intersects(bg::return_envelope<Box>(cellPoly)), std::back_inserter(hits));
            for (const auto &h : hits)
                if (bg::intersects(cellPoly, parts[h.second])) {
                    keep[lattice] = true;
                    break;
                }
        }
    renumber(keep);
    return true;
}

int Grid::latticeAt(double x, double y) const
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return -1;
    if (m_shape == Shape::Square) {
        const double fx = (x - m_x0) / m_size, fy = (y - m_y0) / m_size;
        int c = int(std::floor(fx)), r = int(std::floor(fy));
        // The far edges of the extent belong to the last column / row.
        if (c == m_cols && fx <= m_cols + 1e-9)
            c = m_cols - 1;
        if (r == m_rows && fy <= m_rows + 1e-9)
            r = m_rows - 1;
        if (c < 0 || r < 0 || c >= m_cols || r >= m_rows)
            return -1;
        return r * m_cols + c;
    }
    // Hexagon: the nearest lattice centre among the two candidate rows (Voronoi of the lattice).
    const double dy = rowStep();
    const int r0 = int(std::floor((y - m_y0) / dy));
    double best = 1e300;
    int bestIndex = -1;
    for (int r = r0; r <= r0 + 1; ++r) {
        if (r < 0 || r >= m_rows)
            continue;
        const double shift = (r & 1) ? m_size / 2 : 0;
        const double fc = (x - m_x0 - shift) / m_size;
        for (int c = int(std::floor(fc)); c <= int(std::floor(fc)) + 1; ++c) {
            if (c < 0 || c >= m_cols)
                continue;
            const double cx = m_x0 + shift + c * m_size, cy = m_y0 + r * dy;
            const double d = (x - cx) * (x - cx) + (y - cy) * (y - cy);
            if (d < best) {
                best = d;
                bestIndex = r * m_cols + c;
            }
        }
    }
    // A point beyond the lattice border has its true nearest centre outside the lattice.
    if (bestIndex >= 0 && best > m_size * m_size / 3 * (1 + 1e-9))
        return -1;
    return bestIndex;
}

int Grid::cellAt(double x, double y) const
{
    const int l = latticeAt(x, y);
    return l < 0 ? -1 : m_latticeCell[std::size_t(l)];
}

int Grid::cellAtLattice(int col, int row) const
{
    if (col < 0 || row < 0 || col >= m_cols || row >= m_rows)
        return -1;
    return m_latticeCell[std::size_t(row) * std::size_t(m_cols) + std::size_t(col)];
}

QPointF Grid::latticeCentre(int col, int row) const
{
    if (m_shape == Shape::Square)
        return {m_x0 + (col + 0.5) * m_size, m_y0 + (row + 0.5) * m_size};
    return {m_x0 + ((row & 1) ? m_size / 2 : 0) + col * m_size, m_y0 + row * rowStep()};
}

std::vector<QPointF> Grid::centroids() const
{
    std::vector<QPointF> out;
    out.reserve(m_cellLattice.size());
    for (int i = 0; i < cellCount(); ++i)
        out.push_back(centroid(i));
    return out;
}

std::vector<QPointF> Grid::polygon(int cell) const
{
    const QPointF c = centroid(cell);
    if (m_shape == Shape::Square) {
        const double h = m_size / 2;
        return {{c.x() - h, c.y() - h}, {c.x() + h, c.y() - h}, {c.x() + h, c.y() + h}, {c.x() - h, c.y() + h}};
    }
    // Pointy-topped: vertices at 30 + 60k degrees, circumradius s / sqrt(3).
    const double R = m_size / kSqrt3, hw = m_size / 2;
    return {{c.x(), c.y() - R}, {c.x() + hw, c.y() - R / 2}, {c.x() + hw, c.y() + R / 2},
            {c.x(), c.y() + R}, {c.x() - hw, c.y() + R / 2}, {c.x() - hw, c.y() - R / 2}};
}

QByteArray Grid::polygonWkb(int cell) const
{
    const std::vector<QPointF> ring = polygon(cell);
    QByteArray out;
    auto u32 = [&](quint32 v) { const quint32 le = qToLittleEndian(v); out.append(reinterpret_cast<const char *>(&le), 4); };
    auto f64 = [&](double v) { const double le = qToLittleEndian(v); out.append(reinterpret_cast<const char *>(&le), 8); };
    out.append(char(1));
    u32(3);
    u32(1);
    u32(quint32(ring.size() + 1));
    for (const QPointF &p : ring) {
        f64(p.x());
        f64(p.y());
    }
    f64(ring.front().x());
    f64(ring.front().y());
    return out;
}

std::vector<int> Grid::neighbours(int cell, bool queen) const
{
    const int c = columnOf(cell), r = rowOf(cell);
    std::vector<int> out;
    auto add = [&](int dc, int dr) {
        const int n = cellAtLattice(c + dc, r + dr);
        if (n >= 0)
            out.push_back(n);
    };
    if (m_shape == Shape::Square) {
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc)
                if ((dr != 0 || dc != 0) && (queen || dr == 0 || dc == 0))
                    add(dc, dr);
    } else {
        const int s = (r & 1) ? 0 : -1; // odd rows are shifted right
        add(-1, 0);
        add(1, 0);
        add(s, -1);
        add(s + 1, -1);
        add(s, 1);
        add(s + 1, 1);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<double> Grid::count(const float *x, const float *y, std::size_t n, const std::vector<quint32> *rows,
                                const std::vector<float> *weights) const
{
    std::vector<double> out(m_cellLattice.size(), 0.0);
    auto one = [&](std::size_t i) {
        const int cell = cellAt(x[i], y[i]);
        if (cell >= 0)
            out[std::size_t(cell)] += weights ? double((*weights)[i]) : 1.0;
    };
    if (rows) {
        for (quint32 i : *rows)
            if (i < n)
                one(i);
    } else {
        for (std::size_t i = 0; i < n; ++i)
            one(i);
    }
    return out;
}

std::vector<double> Grid::count(const std::vector<double> &x, const std::vector<double> &y,
                                const std::vector<float> *weights) const
{
    std::vector<double> out(m_cellLattice.size(), 0.0);
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
        const int cell = cellAt(x[i], y[i]);
        if (cell >= 0)
            out[std::size_t(cell)] += weights ? double((*weights)[i]) : 1.0;
    }
    return out;
}

} // namespace phenomap
