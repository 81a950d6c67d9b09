// SPDX-License-Identifier: GPL-3.0-or-later
#include "kerneldensity.h"

#include "feedback.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace phenomap {
namespace {

constexpr int kBlock = 16; // columns per polynomial block (keeps the powers of j small)

double constantOf(double h, KernelDensity::Scaling s)
{
    switch (s) {
    case KernelDensity::Scaling::Density: return 3.0 / (std::numbers::pi * h * h);
    case KernelDensity::Scaling::QgisScaled: return 116.0 / (5.0 * std::numbers::pi * h * h) * (15.0 / 16.0);
    case KernelDensity::Scaling::Raw: return 1.0;
    }
    return 1.0;
}

void checkCancel(Feedback *feedback, std::size_t i, std::size_t n)
{
    if (feedback && (i & 4095) == 0) {
        if (feedback->isCanceled())
            throw Canceled();
        feedback->setProgress(100.0 * double(i) / double(std::max<std::size_t>(1, n)));
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
                         const std::vector<double> *weights, double h, Scaling scaling, Feedback *feedback)
{
    if (!(h > 0))
        throw std::invalid_argument("KernelDensity: bandwidth must be > 0");
    const double k = constantOf(h, scaling), c = raster.cellSize, B = 1.0 / (h * h);
    const std::size_t cols = std::size_t(raster.columns);
    // Five difference arrays (coefficients of j^0..j^4, j = column index within its block).
    std::vector<std::array<double, 5>> diff(cols * std::size_t(raster.rows) + 1, std::array<double, 5>{});
    for (std::size_t i = 0; i < x.size(); ++i) {
        checkCancel(feedback, i, x.size());
        const double px = x[i], py = y[i], w = (weights ? (*weights)[i] : 1.0) * k;
        if (!std::isfinite(px) || !std::isfinite(py))
            continue;
        const int r0 = std::max(0, int(std::ceil((raster.originY - py - h) / c - 0.5)));
        const int r1 = std::min(raster.rows - 1, int(std::floor((raster.originY - py + h) / c - 0.5)));
        for (int r = r0; r <= r1; ++r) {
            const double dy = raster.centreY(r) - py;
            const double L2 = h * h - dy * dy;
            if (L2 < 0)
                continue;
            const double L = std::sqrt(L2);
            const int c0 = std::max(0, int(std::ceil((px - L - raster.originX) / c - 0.5)));
            const int c1 = std::min(raster.columns - 1, int(std::floor((px + L - raster.originX) / c - 0.5)));
            if (c0 > c1)
                continue;
            const double A = 1.0 - dy * dy * B;
            std::array<double, 5> *row = diff.data() + std::size_t(r) * cols;
            for (int bs = (c0 / kBlock) * kBlock; bs <= c1; bs += kBlock) {
                // (A - B (c j + e)^2)^2 as a polynomial in j, with e = block start centre - px.
                const double e = raster.centreX(bs) - px;
                const double e2 = e * e, AB = A * B, B2 = B * B;
                const std::array<double, 5> a{w * (A * A - 2 * AB * e2 + B2 * e2 * e2),
                                              w * (-4 * AB * c * e + 4 * B2 * c * e2 * e),
                                              w * (-2 * AB * c * c + 6 * B2 * c * c * e2),
                                              w * (4 * B2 * c * c * c * e),
                                              w * (B2 * c * c * c * c)};
                const int from = std::max(c0, bs), to = std::min(c1, bs + kBlock - 1);
                for (int p = 0; p < 5; ++p)
                    row[from][std::size_t(p)] += a[std::size_t(p)];
                if (to + 1 < bs + kBlock && to + 1 < raster.columns)
                    for (int p = 0; p < 5; ++p)
                        row[to + 1][std::size_t(p)] -= a[std::size_t(p)];
            }
        }
    }
    for (int r = 0; r < raster.rows; ++r) {
        const std::array<double, 5> *row = diff.data() + std::size_t(r) * cols;
        double *out = raster.values.data() + std::size_t(r) * cols;
        for (int bs = 0; bs < raster.columns; bs += kBlock) {
            std::array<double, 5> s{};
            for (int j = 0; j < kBlock && bs + j < raster.columns; ++j) {
                for (int p = 0; p < 5; ++p)
                    s[std::size_t(p)] += row[bs + j][std::size_t(p)];
                const double jd = j;
                out[bs + j] += s[0] + jd * (s[1] + jd * (s[2] + jd * (s[3] + jd * s[4])));
            }
        }
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
