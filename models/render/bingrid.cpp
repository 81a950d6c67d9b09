// SPDX-License-Identifier: GPL-3.0-or-later
#include "bingrid.h"

#include "engine.h"

#include <algorithm>
#include <cmath>

namespace phenomap {

BinGrid BinGrid::count(const IncidentColumns &c, const std::vector<quint32> &rows, double cell, qint64 ix0,
                       qint64 iy0, qint64 windowColumns, qint64 windowRows)
{
    BinGrid g;
    g.m_cell = cell;
    g.m_ix0 = ix0;
    g.m_iy0 = iy0;
    g.m_columns = std::max<qint64>(0, windowColumns);
    g.m_rows = std::max<qint64>(0, windowRows);
    g.m_counts.assign(std::size_t(g.m_columns * g.m_rows), 0);
    for (quint32 row : rows) {
        const double x = c.x[row], y = c.y[row];
        if (std::isnan(x) || std::isnan(y))
            continue;
        // Compared as doubles: a wild coordinate must not overflow the integer conversion.
        const double fx = std::floor(x / cell) - double(ix0), fy = std::floor(y / cell) - double(iy0);
        if (!(fx >= 0 && fy >= 0 && fx < double(g.m_columns) && fy < double(g.m_rows)))
            continue;
        ++g.m_counts[std::size_t(qint64(fy) * g.m_columns + qint64(fx))];
    }
    return g;
}

const BinGrid *BinCache::grid(const IncidentColumns &c, const std::vector<quint32> &rows, double cell)
{
    for (std::size_t i = 0; i < m_grids.size(); ++i) {
        if (m_grids[i].cellSize() == cell) {
            std::rotate(m_grids.begin(), m_grids.begin() + qsizetype(i), m_grids.begin() + qsizetype(i) + 1);
            return &m_grids.front();
        }
    }
    if (!m_extentKnown) {
        m_extentKnown = true;
        m_hasPoints = false;
        for (quint32 row : rows) {
            const float x = c.x[row], y = c.y[row];
            if (std::isnan(x) || std::isnan(y))
                continue;
            if (!m_hasPoints) {
                m_minX = m_maxX = x;
                m_minY = m_maxY = y;
                m_hasPoints = true;
            }
            m_minX = std::min(m_minX, x), m_maxX = std::max(m_maxX, x);
            m_minY = std::min(m_minY, y), m_maxY = std::max(m_maxY, y);
        }
    }
    // floor(v / cell) grows with v, so the extent's cells bound every point's cell.
    qint64 ix0 = 0, iy0 = 0, cols = 0, rowsN = 0;
    if (m_hasPoints) {
        const double fx0 = std::floor(double(m_minX) / cell), fx1 = std::floor(double(m_maxX) / cell);
        const double fy0 = std::floor(double(m_minY) / cell), fy1 = std::floor(double(m_maxY) / cell);
        constexpr double kLimit = 1e15; // cell indexes far inside qint64
        if (!((fx1 - fx0 + 1) * (fy1 - fy0 + 1) <= double(kMaxCells)) || !(std::fabs(fx0) < kLimit) ||
            !(std::fabs(fx1) < kLimit) || !(std::fabs(fy0) < kLimit) || !(std::fabs(fy1) < kLimit))
            return nullptr;
        ix0 = qint64(fx0), iy0 = qint64(fy0);
        cols = qint64(fx1) - ix0 + 1, rowsN = qint64(fy1) - iy0 + 1;
    }
    if (m_grids.size() >= kMaxGrids)
        m_grids.pop_back();
    m_grids.insert(m_grids.begin(), BinGrid::count(c, rows, cell, ix0, iy0, cols, rowsN));
    return &m_grids.front();
}

void BinCache::clear()
{
    m_grids.clear();
    m_extentKnown = false;
    m_hasPoints = false;
}

} // namespace phenomap
