// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gpkggeometry.h"

#include <QString>

#include <vector>

namespace phenomap {

class Feedback;

/// Quartic (biweight) kernel density surfaces, the "heat map" of crime analysis.
/// Why two algorithms: the exact one (every point adds K(d) to every cell centre within the
/// bandwidth h, as QGIS's heat map does) costs O(N (h/c)^2); the fast one exploits that, along
/// one raster row, a point's kernel (1 - (dx^2 + dy^2)/h^2)^2 is a polynomial of degree 4 in the
/// column index over one interval, accumulated with difference arrays per block of columns, so a
/// point costs O(h/c). Both give the same numbers (to rounding), so the fast one can stand in
/// for the reference.
///
/// Scaling of the kernel K(d) = k (1 - (d/h)^2)^2 for d <= h:
///  - Density: k = 3 / (pi h^2); the surface is in points per square metre and integrates to the
///    total weight.
///  - QgisScaled: k = 116 / (5 pi h^2) * 15 / 16, the constant of QGIS 3.22's heat map
///    (qgskde.cpp, "Scaled" output), i.e. 7.25 times Density.
///  - Raw: k = 1 (QGIS "Raw").
class KernelDensity
{
public:
    enum class Scaling { Density, QgisScaled, Raw };

    /// A north-up raster: row 0 is the top; cell (col, row) has its centre at
    /// (originX + (col + 0.5) c, originY - (row + 0.5) c).
    struct Raster
    {
        double originX = 0, originY = 0; ///< top-left corner
        double cellSize = 1;
        int columns = 0, rows = 0;
        std::vector<double> values;      ///< row-major
        double centreX(int col) const { return originX + (col + 0.5) * cellSize; }
        double centreY(int row) const { return originY - (row + 0.5) * cellSize; }
        double &at(int col, int row) { return values[std::size_t(row) * std::size_t(columns) + std::size_t(col)]; }
        double sum() const;
    };

    /// A zeroed raster covering `extent` (columns = ceil(width / c), at least 1).
    static Raster makeRaster(const Envelope &extent, double cellSize);
    /// The raster QGIS's heat map creates for points with this extent: the extent grown by the
    /// radius, ceil(size / pixel) + 1 columns and rows, origin at (minX, maxY).
    static Raster qgisRaster(const Envelope &pointExtent, double radius, double pixelSize);

    /// K(d) for one distance.
    static double kernel(double distance, double bandwidth, Scaling scaling);
    /// Adds every point's kernel to the raster, point by point (the reference algorithm).
    /// weights may be null (weight 1). NaN points are skipped.
    static void exact(Raster &raster, const std::vector<double> &x, const std::vector<double> &y,
                      const std::vector<double> *weights, double bandwidth, Scaling scaling = Scaling::Density,
                      Feedback *feedback = nullptr);
    /// Same result via per-row polynomial difference arrays.
    static void fast(Raster &raster, const std::vector<double> &x, const std::vector<double> &y,
                     const std::vector<double> *weights, double bandwidth, Scaling scaling = Scaling::Density,
                     Feedback *feedback = nullptr);

    static QString scalingName(Scaling s); ///< "density", "qgis-scaled", "raw"
};

} // namespace phenomap
