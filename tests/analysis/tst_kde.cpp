// SPDX-License-Identifier: GPL-3.0-or-later
// Quartic kernel density: kernel constants (QGIS 3.22 qgskde.cpp and the normalised
// biweight), a value worked by hand, mass conservation, and exact vs fast agreement.
#include "kerneldensity.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace phenomap;

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
};

QTEST_GUILESS_MAIN(TestKde)
#include "tst_kde.moc"
