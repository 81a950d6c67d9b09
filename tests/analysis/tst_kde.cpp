// SPDX-License-Identifier: GPL-3.0-or-later
// Quartic kernel density: kernel constants (QGIS 3.22 qgskde.cpp and the normalised
// biweight), a value worked by hand, mass conservation, exact vs fast agreement over many
// bandwidth/cell ratios and edge cases, and fast's independence of the thread count.
#include "feedback.h"
#include "kerneldensity.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace phenomap;

namespace {

/// Largest |a - b| over the raster's cells, relative to the largest value of a.
double maxRelativeDiff(const KernelDensity::Raster &a, const KernelDensity::Raster &b)
{
    double maxV = 0, diff = 0;
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        maxV = std::max(maxV, std::fabs(a.values[i]));
        diff = std::max(diff, std::fabs(a.values[i] - b.values[i]));
    }
    return maxV > 0 ? diff / maxV : diff;
}

} // namespace

class TestKde : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void constants()
    {
        const double h = 300, pi = std::numbers::pi;
        // Normalised 2-D biweight: integral of (1 - r^2/h^2)^2 over the disc = pi h^2 / 3.
        QVERIFY(std::fabs(KernelDensity::kernel(0, h, KernelDensity::Scaling::Density) - 3 / (pi * h * h)) < 1e-18);
        // QGIS 3.22 qgskde.cpp quarticKernel(), OutputScaled: k = 116 / (5 pi h^2), times 15/16.
        const double qgis = 116.0 / (5.0 * pi * h * h) * (15.0 / 16.0);
        QVERIFY(std::fabs(KernelDensity::kernel(0, h, KernelDensity::Scaling::QgisScaled) - qgis) < 1e-18);
        QVERIFY(std::fabs(qgis / (3 / (pi * h * h)) - 7.25) < 1e-12);
        QCOMPARE(KernelDensity::kernel(0, h, KernelDensity::Scaling::Raw), 1.0);
        QCOMPARE(KernelDensity::kernel(150, h, KernelDensity::Scaling::Raw), 0.5625); // (1 - 1/4)^2
        QCOMPARE(KernelDensity::kernel(h, h, KernelDensity::Scaling::Raw), 0.0);
        QCOMPARE(KernelDensity::kernel(h + 1, h, KernelDensity::Scaling::Raw), 0.0);
        // QGIS raster for points spanning 0..100 x 0..50, radius 10, pixel 5:
        // columns = ceil(120 / 5) + 1 = 25, rows = ceil(70 / 5) + 1 = 15, origin (-10, 60).
        const auto r = KernelDensity::qgisRaster(Envelope{0, 100, 0, 50}, 10, 5);
        QCOMPARE(r.columns, 25);
        QCOMPARE(r.rows, 15);
        QCOMPARE(r.originX, -10.0);
        QCOMPARE(r.originY, 60.0);
    }

    void handValue()
    {
        // One point at the centre of cell (5, 5) of a 10 m raster; h = 60 m. The cell 3 to the
        // east is 30 m away: K = 3/(pi 3600) * (1 - 0.25)^2 = 0.5625 * 3 / (3600 pi).
        for (bool fast : {false, true}) {
            auto r = KernelDensity::makeRaster(Envelope{0, 200, 0, 200}, 10);
            const std::vector<double> x{r.centreX(5)}, y{r.centreY(5)};
            if (fast)
                KernelDensity::fast(r, x, y, nullptr, 60);
            else
                KernelDensity::exact(r, x, y, nullptr, 60);
            QVERIFY(std::fabs(r.at(8, 5) - 0.5625 * 3 / (3600 * std::numbers::pi)) < 1e-15);
            QVERIFY(std::fabs(r.at(5, 5) - 3 / (3600 * std::numbers::pi)) < 1e-15);
            QCOMPARE(r.at(11, 5), 0.0); // 60 m: on the edge of the kernel
        }
    }

    void integratesToTotalWeight()
    {
        // 500 points well inside a raster wider than every kernel: sum * cell area ~= N.
        // The midpoint rule on a 10 m grid with h = 250 m is accurate to ~1e-4 relative.
        QRandomGenerator rng(1);
        std::vector<double> x, y;
        for (int i = 0; i < 500; ++i) {
            x.push_back(1000 + rng.bounded(2000.0));
            y.push_back(1000 + rng.bounded(2000.0));
        }
        auto r = KernelDensity::makeRaster(Envelope{0, 4000, 0, 4000}, 10);
        KernelDensity::fast(r, x, y, nullptr, 250);
        QVERIFY2(std::fabs(r.sum() * 100 / 500 - 1) < 1e-3, qPrintable(QString::number(r.sum() * 100 / 500, 'g', 10)));
    }

    void exactAndFastAgree()
    {
        // Clustered and uniform points, some near or beyond the raster edges, with weights.
        QRandomGenerator rng(2);
        std::vector<double> x, y, w;
        for (int i = 0; i < 3000; ++i) {
            const bool cluster = i % 3 == 0;
            x.push_back(cluster ? 1500 + rng.bounded(100.0) : -200 + rng.bounded(3400.0));
            y.push_back(cluster ? 900 + rng.bounded(100.0) : -200 + rng.bounded(2400.0));
            w.push_back(0.25 + rng.bounded(1.0));
        }
        for (double h : {75.0, 300.0}) {
            auto a = KernelDensity::makeRaster(Envelope{0, 3000, 0, 2000}, 25);
            auto b = a;
            KernelDensity::exact(a, x, y, &w, h, KernelDensity::Scaling::QgisScaled);
            KernelDensity::fast(b, x, y, &w, h, KernelDensity::Scaling::QgisScaled);
            double maxV = 0;
            for (double v : a.values)
                maxV = std::max(maxV, v);
            for (std::size_t i = 0; i < a.values.size(); ++i) {
                const double diff = std::fabs(a.values[i] - b.values[i]);
                QVERIFY2(diff <= 1e-9 * maxV, qPrintable(QString::number(diff / maxV)));
                if (a.values[i] > 1e-3 * maxV)
                    QVERIFY(diff <= 1e-6 * a.values[i]);
            }
        }
    }

    void fastMatchesExactAcrossWindows()
    {
        // Bandwidths from under half a cell to many cells, cells not dividing the bandwidth,
        // points on cell centres, on cell edges, beyond every raster edge and far away, NaN.
        QRandomGenerator rng(3);
        std::vector<double> x, y, w;
        for (int i = 0; i < 2000; ++i) {
            x.push_back(-400 + rng.bounded(1800.0));
            y.push_back(-300 + rng.bounded(1300.0));
            w.push_back(0.5 + rng.bounded(2.0));
        }
        for (double v : {0.0, 25.0, 12.5, 1000.0, 700.0}) { // edges and centres of 25 m cells
            x.push_back(v);
            y.push_back(v);
            w.push_back(1.0);
        }
        const double nan = std::numeric_limits<double>::quiet_NaN();
        x.insert(x.end(), {nan, 500.0, 1e12, -1e12, 5e300});
        y.insert(y.end(), {100.0, nan, 100.0, 1e12, 100.0});
        w.insert(w.end(), {1.0, 1.0, 1.0, 1.0, 1.0});
        for (double h : {10.0, 24.9, 25.0, 60.0, 137.5, 300.0, 610.0}) {
            auto a = KernelDensity::makeRaster(Envelope{0, 1000, 0, 700}, 25);
            auto b = a;
            KernelDensity::exact(a, x, y, &w, h, KernelDensity::Scaling::Raw);
            KernelDensity::fast(b, x, y, &w, h, KernelDensity::Scaling::Raw);
            QVERIFY(a.sum() > 0);
            QVERIFY2(maxRelativeDiff(a, b) < 1e-12, qPrintable(QStringLiteral("h %1: %2").arg(h).arg(maxRelativeDiff(a, b))));
        }
    }

    void fastAddsToTheRaster()
    {
        // Like exact(), fast() adds to what the raster holds, and works on a 1 x 1 raster.
        auto r = KernelDensity::makeRaster(Envelope{0, 10, 0, 10}, 10);
        r.values[0] = 2.0;
        KernelDensity::fast(r, {5.0, 8.0}, {5.0, 5.0}, nullptr, 6, KernelDensity::Scaling::Raw);
        QVERIFY(std::fabs(r.values[0] - (2.0 + 1.0 + 0.75 * 0.75)) < 1e-12); // (1 - 9/36)^2
    }

    void fastDoesNotDependOnThreads()
    {
        // Clustered points over a raster of many row bands: every thread count gives the same bits.
        QRandomGenerator rng(4);
        std::vector<double> x, y;
        for (int i = 0; i < 20000; ++i) {
            const bool cluster = i % 2 == 0;
            x.push_back(cluster ? 2000 + rng.bounded(300.0) : rng.bounded(5000.0));
            y.push_back(cluster ? 3000 + rng.bounded(300.0) : rng.bounded(8000.0));
        }
        const auto base = KernelDensity::qgisRaster(Envelope{0, 5000, 0, 8000}, 300, 50);
        auto one = base;
        KernelDensity::fast(one, x, y, nullptr, 300, KernelDensity::Scaling::Raw, nullptr, 1);
        QVERIFY(one.sum() > 0);
        for (int threads : {2, 3, 8}) {
            auto many = base;
            KernelDensity::fast(many, x, y, nullptr, 300, KernelDensity::Scaling::Raw, nullptr, threads);
            QVERIFY2(many.values == one.values, qPrintable(QString::number(threads)));
        }
    }

    void fastCanceledLeavesTheRaster()
    {
        Feedback feedback;
        feedback.cancel();
        auto r = KernelDensity::makeRaster(Envelope{0, 100, 0, 100}, 10);
        QVERIFY_THROWS_EXCEPTION(Canceled, KernelDensity::fast(r, {50.0}, {50.0}, nullptr, 30,
                                                               KernelDensity::Scaling::Raw, &feedback));
        QCOMPARE(r.sum(), 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KernelDensity::fast(r, {50.0}, {50.0}, nullptr, 1e6));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KernelDensity::fast(r, {50.0}, {50.0}, nullptr, 0));
    }
};

QTEST_GUILESS_MAIN(TestKde)
#include "tst_kde.moc"
