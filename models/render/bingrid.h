// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QtGlobal>

#include <vector>

namespace phenomap {

struct IncidentColumns;

/// A half-open range of grid cells: columns [x0, x1), rows [y0, y1).
struct CellRange
{
    qint64 x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool isEmpty() const { return x1 <= x0 || y1 <= y0; }
};

/// Incident counts per square cell of a world grid whose cells sit on multiples of their side:
/// cell (i, j) covers [i c, (i + 1) c) x [j c, (j + 1) c) in EPSG:31370 metres, and a point
/// (x, y) is in cell (floor(x / c), floor(y / c)). Only a window of cells is held.
class BinGrid
{
public:
    BinGrid() = default;
    /// Counts the rows' points (NaN coordinates skipped) in the cells [ix0, ix0 + columns) x
    /// [iy0, iy0 + rows); points outside the window are not counted.
    static BinGrid count(const IncidentColumns &columns, const std::vector<quint32> &rows, double cell,
                         qint64 ix0, qint64 iy0, qint64 windowColumns, qint64 windowRows);

    double cellSize() const { return m_cell; }
    qint64 firstColumn() const { return m_ix0; }
    qint64 firstRow() const { return m_iy0; }
    qint64 columns() const { return m_columns; }
    qint64 rows() const { return m_rows; }
    /// Count of cell (ix, iy); 0 outside the window.
    quint32 at(qint64 ix, qint64 iy) const
    {
        ix -= m_ix0;
        iy -= m_iy0;
        if (ix < 0 || iy < 0 || ix >= m_columns || iy >= m_rows)
            return 0;
        return m_counts[std::size_t(iy * m_columns + ix)];
    }
    /// Counts of row iy from column ix (firstColumn() <= ix < firstColumn() + columns()).
    const quint32 *rowData(qint64 ix, qint64 iy) const
    {
        return m_counts.data() + std::size_t((iy - m_iy0) * m_columns + (ix - m_ix0));
    }

private:
    double m_cell = 0;
    qint64 m_ix0 = 0, m_iy0 = 0, m_columns = 0, m_rows = 0;
    std::vector<quint32> m_counts;
};

/// The bin grids of the cell sizes a painter has drawn, each over the whole extent of the
/// visible incidents, so a binned frame costs O(visible cells) and not a pass over every
/// incident; panning reuses the grid, zooming to an already seen cell size too. The owner calls
/// clear() whenever the columns or the visible rows change.
class BinCache
{
public:
    /// Larger grids are not kept (the caller counts its window).
    static constexpr qint64 kMaxCells = 4'000'000;
    static constexpr std::size_t kMaxGrids = 6;

    /// The grid of this cell size over every row's point, or null when it would exceed kMaxCells.
    const BinGrid *grid(const IncidentColumns &columns, const std::vector<quint32> &rows, double cell);
    void clear();
    std::size_t size() const { return m_grids.size(); }

private:
    bool m_extentKnown = false;
    bool m_hasPoints = false;
    float m_minX = 0, m_minY = 0, m_maxX = 0, m_maxY = 0;
    std::vector<BinGrid> m_grids; ///< most recently used first
};

} // namespace phenomap
