// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gpkggeometry.h"

#include <QByteArray>
#include <QList>
#include <QPointF>

#include <cstdint>
#include <vector>

namespace phenomap {

/// A regular square or hexagonal grid over an extent, whose cells incidents are counted in.
/// Why: hot-spot statistics on administrative zones suffer from their unequal sizes (the
/// modifiable areal unit problem); a regular grid of a chosen size (100-500 m) is the standard
/// unit of crime hot-spot mapping. The grid is a lattice of columns x rows covering the extent;
/// cells can be restricted to those touching the region, and active cells are numbered 0..n-1.
///
/// Square cells: column c, row r covers [minX + c*s, minX + (c+1)*s) x [minY + r*s, ...).
/// Hexagonal cells are pointy-topped, rows dy = s*sqrt(3)/2 apart, odd rows shifted right by s/2;
/// the cell size s is the distance between neighbouring centres (the hexagon's flat-to-flat
/// width), so a hexagon has area s^2*sqrt(3)/2. A point belongs to the nearest centre.
class Grid
{
public:
    enum class Shape { Square, Hexagon };

    Grid() = default;
    /// A lattice covering `extent` with every cell active. cellSize must be > 0.
    Grid(Shape shape, double cellSize, const Envelope &extent);

    Shape shape() const { return m_shape; }
    double cellSize() const { return m_size; }
    double originX() const { return m_x0; }
    double originY() const { return m_y0; }
    int columns() const { return m_cols; }
    int rows() const { return m_rows; }
    /// Number of active cells.
    int cellCount() const { return int(m_cellLattice.size()); }
    /// Area of one cell in square metres.
    double cellArea() const;

    /// Keeps only lattice cells where keep[row * columns + col] is true; renumbers active cells.
    void setMask(const std::vector<bool> &keep);
    /// Keeps only the cells whose polygon intersects one of the (ISO WKB) polygons.
    /// Returns false when a WKB is malformed (the grid is then unchanged).
    bool keepIntersecting(const QList<QByteArray> &wkbPolygons);

    /// Active cell holding the point, or -1 when outside the grid or masked.
    int cellAt(double x, double y) const;
    /// Active cell at a lattice position, or -1.
    int cellAtLattice(int col, int row) const;
    int columnOf(int cell) const { return int(m_cellLattice[std::size_t(cell)] % quint32(m_cols)); }
    int rowOf(int cell) const { return int(m_cellLattice[std::size_t(cell)] / quint32(m_cols)); }
    /// Centre of a lattice position / of an active cell.
    QPointF latticeCentre(int col, int row) const;
    QPointF centroid(int cell) const { return latticeCentre(columnOf(cell), rowOf(cell)); }
    /// Centres of all active cells, in cell order.
    std::vector<QPointF> centroids() const;
    /// The cell's outline (4 or 6 vertices, counter-clockwise, not repeated at the end).
    std::vector<QPointF> polygon(int cell) const;
    /// The cell's outline as ISO WKB Polygon (little-endian), for display and export.
    QByteArray polygonWkb(int cell) const;

    /// Lattice neighbours of a cell that are active: rook = shared edge, queen = shared edge or
    /// corner. On a hexagonal grid both are the 6 cells sharing an edge.
    std::vector<int> neighbours(int cell, bool queen) const;

    /// Counts points per active cell. `rows` optionally restricts to a subset of point indexes;
    /// `weights` (indexed like x/y) optionally gives each point a weight (e.g. aoristic
    /// fractions). NaN coordinates and points outside the active cells are skipped.
    std::vector<double> count(const float *x, const float *y, std::size_t n, const std::vector<quint32> *rows = nullptr,
                              const std::vector<float> *weights = nullptr) const;
    /// Same with double coordinates.
    std::vector<double> count(const std::vector<double> &x, const std::vector<double> &y,
                              const std::vector<float> *weights = nullptr) const;

private:
    int latticeAt(double x, double y) const;
    double rowStep() const;
    void renumber(const std::vector<bool> &keep);

    Shape m_shape = Shape::Square;
    double m_size = 0;
    double m_x0 = 0, m_y0 = 0;  ///< centre of lattice (0,0) for hexagons, lower-left corner for squares
    int m_cols = 0, m_rows = 0;
    std::vector<quint32> m_cellLattice; ///< active cell -> lattice index (row * cols + col)
    std::vector<qint32> m_latticeCell;  ///< lattice index -> active cell or -1
};

} // namespace phenomap
