// SPDX-License-Identifier: GPL-3.0-or-later
#include "kerneldensity.h"

#include "feedback.h"
#include "parallelrunner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>

namespace phenomap {
namespace {

double constantOf(double h, KernelDensity::Scaling s)
{
    switch (s) {
    case KernelDensity::Scaling::Density: return 3.0 / (std::numbers::pi * h * h);
    case KernelDensity::Scaling::QgisScaled: return 116.0 / (5.0 * std::numbers::pi * h * h) * (15.0 / 16.0);
    case KernelDensity::Scaling::Raw: return 1.0;
    }
    return 1.0;
}

void checkCancel(Feedback *feedback, std::size_t i, std::size_t n, double upTo = 100.0)
{
    if (feedback && (i & 4095) == 0) {
        if (feedback->isCanceled())
            throw Canceled();
        feedback->setProgress(upTo * double(i) / double(std::max<std::size_t>(1, n)));
    }
}

/// fast()'s kernels, added to a padded copy of the raster. A point's kernel lies in a square
/// window of `window` cells from its top-left cell; the margin keeps every window that touches
/// the raster inside the grid (and rows are padded to whole vectors), so no index is checked.
/// In the window, u = 1 - (dx^2 + dy^2)/h^2 splits into A(row) - X(column), so a point costs
/// one multiply-add per cell after 2 x window squares.
struct Stamper
{
    static constexpr int kLanes = 8; // doubles in the widest vector
    double k = 1, h = 1, invH2 = 1, cell = 1, invCell = 1, originX = 0, originY = 0; // origin of the padded grid
    int window = 1, paddedWindow = kLanes, margin = 2, columns = 0, rows = 0;
    std::size_t stride = 0;

    /// The padded column and row of the point's window; false when it misses the raster.
    bool place(double px, double py, int &col, int &row) const
    {
        if (!std::isfinite(px) || !std::isfinite(py))
            return false;
        const double fc = std::floor((px - h - originX) * invCell - 0.5);
        const double fr = std::floor((originY - py - h) * invCell - 0.5);
        if (!(fc > margin - window && fc < margin + columns && fr > margin - window && fr < margin + rows))
            return false;
        col = int(fc);
        row = int(fr);
        return true;
    }
};

// The loop over points is built for AVX-512, AVX2 and plain x86-64, chosen at load time.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define PHENOMAP_KDE_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define PHENOMAP_KDE_CLONES
#endif

/// out[i] += w (a - X[i])^2 where a > X[i], for i < width (a multiple of Stamper::kLanes).
inline void addRow(double *__restrict out, const double *__restrict X, double a, double w, int width)
{
    for (int b = 0; b < width; b += Stamper::kLanes) {
        for (int i = b; i < b + Stamper::kLanes; ++i) {
            const double u = std::max(a - X[i], 0.0);
            out[i] += w * u * u;
        }
    }
}

/// Adds the kernels of n points (weights pw, or 1 when null) to grid. X and A are scratch of
/// paddedWindow and window doubles.
PHENOMAP_KDE_CLONES
void addPoints(const Stamper &s, double *grid, const double *px, const double *py, const double *pw, std::size_t n,
               double *X, double *A)
{
    constexpr int lanes = Stamper::kLanes;
    for (std::size_t p = 0; p < n; ++p) {
        int col = 0, row = 0;
        if (!s.place(px[p], py[p], col, row))
            continue;
        const double x0 = s.originX + (col + 0.5) * s.cell - px[p];
        for (int b = 0; b < s.paddedWindow; b += lanes) {
            for (int i = b; i < b + lanes; ++i) {
                const double dx = x0 + i * s.cell;
                X[i] = i < s.window ? dx * dx * s.invH2 : 2.0; // 2: outside every kernel
            }
        }
        for (int j = 0; j < s.window; ++j) {
            const double dy = s.originY - (row + j + 0.5) * s.cell - py[p];
            A[j] = 1.0 - dy * dy * s.invH2;
        }
        const double w = (pw ? pw[p] : 1.0) * s.k;
        double *out = grid + std::size_t(row) * s.stride + std::size_t(col);
        for (int j = 0; j < s.window; ++j, out += s.stride) {
            const double a = A[j];
            if (a <= 0)
                continue;
            addRow(out, X, a, w, s.paddedWindow);
        }
    }
}

} // namespace

double KernelDensity::Raster::sum() const
{
    double s = 0;
    for (double v : values)
        s += v;
    return s;
}

KernelDensity::Raster KernelDensity::makeRaster(const Envelope &extent, double cellSize)
{
    if (!(cellSize > 0))
        throw std::invalid_argument("KernelDensity: cell size must be > 0");
    Raster r;
    r.originX = extent.minX;
    r.originY = extent.maxY;
    r.cellSize = cellSize;
    r.columns = std::max(1, int(std::ceil((extent.maxX - extent.minX) / cellSize)));
    r.rows = std::max(1, int(std::ceil((extent.maxY - extent.minY) / cellSize)));
    r.values.assign(std::size_t(r.columns) * std::size_t(r.rows), 0.0);
    return r;
}

KernelDensity::Raster KernelDensity::qgisRaster(const Envelope &e, double radius, double pixelSize)
{
    Raster r;
    r.originX = e.minX - radius;
    r.originY = e.maxY + radius;
    r.cellSize = pixelSize;
    r.columns = std::max(1, int(std::ceil((e.maxX - e.minX + 2 * radius) / pixelSize) + 1));
    r.rows = std::max(1, int(std::ceil((e.maxY - e.minY + 2 * radius) / pixelSize) + 1));
    r.values.assign(std::size_t(r.columns) * std::size_t(r.rows), 0.0);
    return r;
}

double KernelDensity::kernel(double d, double h, Scaling s)
{
    if (!(d <= h))
        return 0.0;
    const double u = 1.0 - (d / h) * (d / h);
    return constantOf(h, s) * u * u;
}

void KernelDensity::exact(Raster &raster, const std::vector<double> &x, const std::vector<double> &y,
                          const std::vector<double> *weights, double h, Scaling scaling, Feedback *feedback)
{
    if (!(h > 0))
        throw std::invalid_argument("KernelDensity: bandwidth must be > 0");
    const double k = constantOf(h, scaling), c = raster.cellSize, h2 = h * h;
    for (std::size_t i = 0; i < x.size(); ++i) {
        checkCancel(feedback, i, x.size());
        const double px = x[i], py = y[i], w = weights ? (*weights)[i] : 1.0;
        if (!std::isfinite(px) || !std::isfinite(py))
            continue;
        // Far points are skipped before any cell index is computed (which would not fit an int).
        const double left = (px - h - raster.originX) / c, top = (raster.originY - py - h) / c;
        if (!(left < raster.columns && left + 2 * h / c >= -1 && top < raster.rows && top + 2 * h / c >= -1))
            continue;
        const int c0 = std::max(0, int(std::floor((px - h - raster.originX) / c)));
        const int c1 = std::min(raster.columns - 1, int(std::floor((px + h - raster.originX) / c)));
        const int r0 = std::max(0, int(std::floor((raster.originY - py - h) / c)));
        const int r1 = std::min(raster.rows - 1, int(std::floor((raster.originY - py + h) / c)));
        for (int r = r0; r <= r1; ++r) {
            const double dy = raster.centreY(r) - py;
            double *row = raster.values.data() + std::size_t(r) * std::size_t(raster.columns);
            for (int col = c0; col <= c1; ++col) {
                const double dx = raster.centreX(col) - px;
                const double d2 = dx * dx + dy * dy;
                if (d2 <= h2) {
                    const double u = 1.0 - d2 / h2;
                    row[col] += w * k * u * u;
                }
            }
        }
    }
}

void KernelDensity::fast(Raster &raster, const std::vector<double> &x, const std::vector<double> &y,
                         const std::vector<double> *weights, double h, Scaling scaling, Feedback *feedback,
                         int threads)
{
    if (!(h > 0))
        throw std::invalid_argument("KernelDensity: bandwidth must be > 0");
    const double c = raster.cellSize;
    const double spanCells = std::floor(2 * h / c);
    if (!(spanCells < 4096))
        throw std::invalid_argument("KernelDensity: bandwidth must be below 2048 cells");
    Stamper s;
    s.k = constantOf(h, scaling);
    s.h = h;
    s.invH2 = 1.0 / (h * h);
    s.cell = c;
    s.invCell = 1.0 / c;
    s.window = int(spanCells) + 3; // one cell of slack for rounding in place()
    s.paddedWindow = (s.window + Stamper::kLanes - 1) / Stamper::kLanes * Stamper::kLanes;
    s.margin = s.window + 1;
    s.columns = raster.columns;
    s.rows = raster.rows;
    s.stride = std::size_t(raster.columns) + 2 * std::size_t(s.margin) + std::size_t(s.paddedWindow - s.window);
    s.originX = raster.originX - s.margin * c; // of the padded grid
    s.originY = raster.originY + s.margin * c;
    std::vector<double> grid(s.stride * (std::size_t(raster.rows) + 2 * std::size_t(s.margin)), 0.0);
    const int paddedRows = raster.rows + 2 * s.margin;

    // Bucket the points by band of their first row (counting sort, stable): a band is at least
    // one window high, so a point writes into its own band and the next one only.
    const int bandRows = std::max(s.window, 16);
    const int bands = (paddedRows + bandRows - 1) / bandRows;
    std::vector<std::size_t> start(std::size_t(bands) + 1, 0);
    for (std::size_t i = 0; i < x.size(); ++i) {
        checkCancel(feedback, i, x.size(), 5.0);
        int col = 0, row = 0;
        if (s.place(x[i], y[i], col, row))
            ++start[std::size_t(row / bandRows) + 1];
    }
    for (int b = 0; b < bands; ++b)
        start[std::size_t(b) + 1] += start[std::size_t(b)];
    // The points are copied in band order: a band then reads its points from contiguous memory.
    std::vector<double> bx(start.back()), by(start.back()), bw(weights ? start.back() : 0);
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < x.size(); ++i) {
        checkCancel(feedback, i, x.size(), 10.0);
        int col = 0, row = 0;
        if (!s.place(x[i], y[i], col, row))
            continue;
        const std::size_t j = next[std::size_t(row / bandRows)]++;
        bx[j] = x[i];
        by[j] = y[i];
        if (weights)
            bw[j] = (*weights)[i];
    }

    // Even bands, then odd bands: the bands of one phase never write the same rows, so they run
    // in parallel, and every cell sums its points in the same order whatever the thread count.
    const ParallelRunner runner(threads, feedback);
    for (int phase = 0; phase < 2; ++phase) {
        const std::size_t count = std::size_t((bands - phase + 1) / 2);
        runner.run(count, 1, [&](std::size_t from, std::size_t to) {
            std::vector<double> X(std::size_t(s.paddedWindow)), A(std::size_t(s.window));
            for (std::size_t k = from; k < to; ++k) {
                const std::size_t band = 2 * k + std::size_t(phase);
                const std::size_t first = start[band], n = start[band + 1] - first;
                addPoints(s, grid.data(), bx.data() + first, by.data() + first, weights ? bw.data() + first : nullptr,
                          n, X.data(), A.data());
            }
        }, 10.0 + 45.0 * phase, 55.0 + 45.0 * phase);
    }

    for (int r = 0; r < raster.rows; ++r) {
        const double *in = grid.data() + (std::size_t(r) + std::size_t(s.margin)) * s.stride + std::size_t(s.margin);
        double *out = raster.values.data() + std::size_t(r) * std::size_t(raster.columns);
        for (int col = 0; col < raster.columns; ++col)
            out[col] += in[col];
    }
}

QString KernelDensity::scalingName(Scaling s)
{
    switch (s) {
    case Scaling::Density: return QStringLiteral("density");
    case Scaling::QgisScaled: return QStringLiteral("qgis-scaled");
    case Scaling::Raw: return QStringLiteral("raw");
    }
    return QStringLiteral("density");
}

} // namespace phenomap
