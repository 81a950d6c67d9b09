// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gpkggeometry.h"

#include <QString>

#include <vector>

namespace phenomap {

class Feedback;

/// Quartic (biweight) kernel density surfaces, the "heat map" of crime analysis.
/// Both algorithms evaluate the kernel at every cell centre within the bandwidth h of every
/// point with its exact distance, as QGIS's heat map does, so they give the same numbers (to
/// rounding) and the fast one stands in for the reference. exact() is the plain loop. fast()
/// uses that, inside the square window of cells around a point, u = 1 - (dx^2 + dy^2)/h^2 is
/// A(row) - X(column): a point costs one vectorised multiply-add per window cell. Points are
/// bucketed by bands of rows, and bands that cannot overlap run on several threads, with every
/// cell summing its points in the same order whatever the thread count.
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
    /// Same result, vectorised and on `threads` threads (0 = every hardware thread); the
    /// numbers do not depend on the thread count. Throws std::invalid_argument when the
    /// bandwidth spans 4096 cells or more.
    static void fast(Raster &raster, const std::vector<double> &x, const std::vector<double> &y,
                     const std::vector<double> *weights, double bandwidth, Scaling scaling = Scaling::Density,
                     Feedback *feedback = nullptr, int threads = 0);

    static QString scalingName(Scaling s); ///< "density", "qgis-scaled", "raw"
};

} // namespace phenomap
