// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QtGlobal>

#include <unordered_map>
#include <vector>

namespace phenomap {

struct IncidentColumns;

/// Incident counts per cell of a world grid of pointy-top hexagons of the same area as a square
/// cell of side `cell` (so switching square/hexagon keeps the counts comparable). Cells are axial
/// coordinates (q, r): centre x = size (sqrt 3 q + sqrt 3 / 2 r), y = size 3/2 r, with the
/// hexagons' circumradius size = cell / sqrt(3 sqrt 3 / 2). A point goes to the hexagon whose
/// centre is nearest (cube rounding).
class HexBins
{
public:
    HexBins() = default;
    /// Counts the rows' points (NaN coordinates skipped).
    static HexBins count(const IncidentColumns &columns, const std::vector<quint32> &rows, double cell);

    double cellSize() const { return m_cell; }
    double radius() const { return m_size; }
    /// The hexagon holding a world point.
    std::pair<qint64, qint64> cellOf(double x, double y) const;
    QPointF centre(qint64 q, qint64 r) const;
    /// The hexagon's corners, world metres, pointy top.
    QPolygonF polygon(qint64 q, qint64 r) const;
    quint32 at(qint64 q, qint64 r) const;
    /// Every non-empty cell: (q, r, count).
    struct Cell
    {
        qint64 q, r;
        quint32 count;
    };
    const std::vector<Cell> &cells() const { return m_cells; }

private:
    static qint64 key(qint64 q, qint64 r) { return (q << 32) ^ (r & 0xffffffff); }
    double m_cell = 0, m_size = 0;
    std::vector<Cell> m_cells;
    std::unordered_map<qint64, std::size_t> m_index;
};

/// The hexagon counts of the cell sizes a painter drew, kept until the incidents change.
class HexBinCache
{
public:
    static constexpr std::size_t kMaxGrids = 6;
    const HexBins &bins(const IncidentColumns &columns, const std::vector<quint32> &rows, double cell);
    void clear() { m_bins.clear(); }

private:
    std::vector<HexBins> m_bins; ///< most recently used first
};

} // namespace phenomap
