// SPDX-License-Identifier: GPL-3.0-or-later
// Timing program for the speed targets (not a test, not built by CMake, not in ctest).
// Build by reusing tst_runanalysis's compile and link flags from build-stats, e.g.:
//   cd build-stats && ninja -t commands tst_runanalysis | grep -E 'tst_runanalysis.cpp|-o tests/tst_runanalysis '
// and substitute this file / an output name. Run: ./bench_analysis [incidents for Gi*]
#include "demogenerator.h"
#include "getisord.h"
#include "globalmoran.h"
#include "gpkggeometry.h"
#include "grid.h"
#include "kerneldensity.h"
#include "knoxtest.h"
#include "localmoran.h"
#include "project.h"
#include "spatialweights.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace phenomap;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int nGi = argc > 1 ? atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    QElapsedTimer t;

    // Region: the 19 municipalities of a fresh project.
    Project::CreateOptions o;
    o.title = QStringLiteral("bench");
    auto project = Project::create(dir.filePath(QStringLiteral("b.gpkg")), o);
    QList<QByteArray> region;
    std::optional<Envelope> ext;
    Statement st = project->db().prepare("SELECT geom FROM zones WHERE layer = 'municipalities'");
    while (st.step()) {
        const char *b = static_cast<const char *>(st.blobData(0));
        region << gpkg::wkbFromBlob(b, st.blobSize(0));
        const auto e = gpkg::envelopeFromBlob(b, st.blobSize(0));
        ext = ext ? Envelope{std::min(ext->minX, e->minX), std::max(ext->maxX, e->maxX), std::min(ext->minY, e->minY),
                             std::max(ext->maxY, e->maxY)}
                  : *e;
    }
    t.start();
    Grid grid(Grid::Shape::Square, 100, *ext);
    const int lattice = grid.cellCount();
    grid.keepIntersecting(region);
    std::printf("grid 100 m: %d lattice cells, %d touching the region; build+clip %.1f ms (one-off)\n", lattice,
                grid.cellCount(), t.nsecsElapsed() / 1e6);

    // 1,000,000 synthetic incidents: 60 % in 40 Gaussian clusters, 40 % uniform over the extent.
    QRandomGenerator rng(1);
    std::vector<float> x(static_cast<std::size_t>(nGi)), y(static_cast<std::size_t>(nGi));
    std::vector<std::pair<double, double>> centres;
    for (int c = 0; c < 40; ++c)
        centres.emplace_back(ext->minX + rng.bounded(ext->maxX - ext->minX), ext->minY + rng.bounded(ext->maxY - ext->minY));
    for (int i = 0; i < nGi; ++i) {
        if (i % 5 < 3) {
            const auto &c = centres[std::size_t(i % 40)];
            const double u1 = rng.generateDouble() + 1e-12, u2 = rng.generateDouble();
            const double r = 250 * std::sqrt(-2 * std::log(u1));
            x[std::size_t(i)] = float(c.first + r * std::cos(2 * M_PI * u2));
            y[std::size_t(i)] = float(c.second + r * std::sin(2 * M_PI * u2));
        } else {
            x[std::size_t(i)] = float(ext->minX + rng.bounded(ext->maxX - ext->minX));
            y[std::size_t(i)] = float(ext->minY + rng.bounded(ext->maxY - ext->minY));
        }
    }
    for (int rep = 0; rep < 3; ++rep) {
        t.restart();
        const std::vector<double> counts = grid.count(x.data(), y.data(), x.size());
        const qint64 tCount = t.nsecsElapsed();
        const SpatialWeights w = SpatialWeights::gridDistanceBand(grid, 300, true);
        const qint64 tW = t.nsecsElapsed();
        const GetisOrd::Result g = GetisOrd::compute(counts, w);
        const qint64 tG = t.nsecsElapsed();
        int hot = 0;
        for (qint8 h : g.hotCold)
            hot += h > 0;
        std::printf("Gi* %d incidents, 300 m band (%zu links): count %.1f ms + weights %.1f ms + Gi* %.1f ms = %.1f ms (%d hot)\n",
                    nGi, w.nonZero(), tCount / 1e6, (tW - tCount) / 1e6, (tG - tW) / 1e6, tG / 1e6, hot);
    }
    const std::vector<double> counts = grid.count(x.data(), y.data(), x.size());
    for (bool band : {false, true}) {
        SpatialWeights w = band ? SpatialWeights::gridDistanceBand(grid, 300) : SpatialWeights::gridContiguity(grid, true);
        w.setTransform(SpatialWeights::Transform::RowStandardised);
        for (int threads : {1, 2}) {
            t.restart();
            const std::clock_t c0 = std::clock();
            const LocalMoran::Result r = LocalMoran::compute(counts, w, 999, 12345, Significance::Correction::None, 0.05,
                                                             nullptr, threads);
            std::printf("LISA 999 perms, %s, %d thread(s): %.0f ms wall, %.0f ms CPU (%d significant)\n", band ? "300 m band" : "queen",
                        threads, t.nsecsElapsed() / 1e6, (std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC, r.significant());
        }
        t.restart();
        const GlobalMoran::Result m = GlobalMoran::compute(counts, w, 999, 12345, nullptr, 2);
        std::printf("Moran 999 perms, %s, 2 threads: %.0f ms (I = %.4f)\n", band ? "300 m band" : "queen",
                    t.nsecsElapsed() / 1e6, m.I);
    }

    // Knox on the synthetic demo's 20,000 incidents (hot spots, realistic rhythms).
    const QString demo = dir.filePath(QStringLiteral("demo.gpkg"));
    DemoOptions d;
    d.incidents = 20000;
    generateDemo(demo, d);
    auto dp = Project::open(demo, Project::OpenMode::ReadOnly);
    std::vector<double> kx, ky, kt;
    Statement ks = dp->db().prepare("SELECT geom, occurred_from FROM incidents WHERE geom IS NOT NULL");
    while (ks.step()) {
        const auto p = gpkg::pointFromBlob(static_cast<const char *>(ks.blobData(0)), ks.blobSize(0));
        if (!p)
            continue;
        kx.push_back(p->first);
        ky.push_back(p->second);
        kt.push_back(double(ks.int64(1)));
    }
    for (int threads : {1, 2}) {
        KnoxTest::Options ko;
        ko.threads = threads;
        t.restart();
        const std::clock_t c0 = std::clock();
        const KnoxTest::Result k = KnoxTest::compute(kx, ky, kt, ko);
        std::printf("Knox 999 perms, %lld incidents with a point, bands 0-500 m x 0-28 days, %lld close pairs, %d thread(s): %.0f ms wall, %.0f ms CPU"
                    " (ratio at 0-100 m / 0-7 d: %.2f, p %.3f)\n",
                    k.incidents, k.closePairs, threads, t.nsecsElapsed() / 1e6, (std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC, k.ratio[0], k.p[0]);
    }

    // KDE: 1,000,000 points, 50 m cells, 300 m radius, exact vs fast.
    std::vector<double> dx(x.begin(), x.end()), dy(y.begin(), y.end());
    auto a = KernelDensity::makeRaster(*ext, 50);
    auto b = a;
    t.restart();
    KernelDensity::exact(a, dx, dy, nullptr, 300);
    const qint64 tExact = t.nsecsElapsed();
    t.restart();
    KernelDensity::fast(b, dx, dy, nullptr, 300);
    const qint64 tFast = t.nsecsElapsed();
    double maxDiff = 0, maxV = 0;
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        maxDiff = std::max(maxDiff, std::fabs(a.values[i] - b.values[i]));
        maxV = std::max(maxV, a.values[i]);
    }
    std::printf("KDE %d pts, %dx%d cells of 50 m, h 300 m: exact %.0f ms, fast %.0f ms, max diff %.2g of max\n", nGi,
                a.columns, a.rows, tExact / 1e6, tFast / 1e6, maxDiff / maxV);
    return 0;
}
