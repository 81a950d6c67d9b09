// SPDX-License-Identifier: GPL-3.0-or-later
// Knox near-repeat test on hand-made incident sets whose observed and expected tables can be
// worked out by hand, and against the exact permutation expectation on random data.
#include "feedback.h"
#include "knoxtest.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace phenomap;

class TestKnox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handWorked()
    {
        // A (0,0) day 0, B (50,0) day 3, C (1000,0) day 1, D (1040,0) day 20.
        // Bands: distance [0,100] + beyond, time [0,7] days + beyond.
        // Pairs: AB d=50 dt=3 -> (close, close); CD d=40 dt=19 -> (close, beyond);
        // AC dt=1, BC dt=2 -> (far, close); AD dt=20, BD dt=17 -> (far, beyond).
        // Observed = [[1, 1], [2, 2]].
        // Permuting the 4 times: the close pairs AB and CD always get complementary time pairs,
        // {0,3}/{1,20}, {0,1}/{3,20} or {0,20}/{3,1}: exactly one of them is within 7 days, in
        // every permutation. So every simulated table equals the observed one: expected = observed,
        // ratio 1 and p = (999 + 1) / (999 + 1) = 1.
        const std::vector<double> x{0, 50, 1000, 1040}, y{0, 0, 0, 0};
        const std::vector<double> t{0, 3 * 86400., 1 * 86400., 20 * 86400.};
        KnoxTest::Options o;
        o.distanceEdges = {0, 100};
        o.timeEdges = {0, 7};
        const KnoxTest::Result r = KnoxTest::compute(x, y, t, o);
        QCOMPARE(r.rows, 2);
        QCOMPARE(r.columns, 2);
        QCOMPARE(r.closePairs, qint64(2));
        QCOMPARE(r.observed, (std::vector<qint64>{1, 1, 2, 2}));
        for (int c = 0; c < 4; ++c) {
            QCOMPARE(r.expected[std::size_t(c)], double(r.observed[std::size_t(c)]));
            QCOMPARE(r.ratio[std::size_t(c)], 1.0);
            QCOMPARE(r.p[std::size_t(c)], 1.0);
        }
        QCOMPARE(r.rowLabels, (QStringList{QStringLiteral("0 to 100 m"), QStringLiteral("More than 100 m")}));
        QCOMPARE(r.columnLabels, (QStringList{QStringLiteral("0 to 7 days"), QStringLiteral("More than 7 days")}));
    }

    void sameLocationBandAndEdges()
    {
        // Edges {0, 0, 100}: band 0 = same place (d = 0), band 1 = (0, 100]. Two incidents at the
        // same address on the same day and a third 60 m away 10 days later.
        // Pairs: (0,1) d=0 dt=0; (0,2), (1,2) d=60 dt=10.
        const std::vector<double> x{5, 5, 65}, y{5, 5, 5}, t{0, 3600, 10 * 86400. + 3600};
        KnoxTest::Options o;
        o.distanceEdges = {0, 0, 100};
        o.timeEdges = {0, 7, 14};
        o.permutations = 99;
        const KnoxTest::Result r = KnoxTest::compute(x, y, t, o);
        QCOMPARE(r.rows, 3);
        QCOMPARE(r.columns, 3);
        QCOMPARE(r.observedAt(0, 0), qint64(1));
        QCOMPARE(r.observedAt(1, 1), qint64(2));
        QCOMPARE(r.rowLabels.first(), QStringLiteral("Same location"));
        // A bad edge list is refused.
        o.distanceEdges = {0, 100, 50};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KnoxTest::compute(x, y, t, o));
        // More than 8 time bands is refused (the counting kernel is unrolled per band count).
        o.distanceEdges = {0, 100};
        o.timeEdges = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KnoxTest::compute(x, y, t, o));
        o.timeEdges = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        QCOMPARE(KnoxTest::compute(x, y, t, o).columns, 9);
    }

    void expectationMatchesExact()
    {
        // Under random permutation of times, a close pair's two times are a uniformly random pair
        // of distinct incidents, so E[count(d, t)] = close(d) * pairs(t) / C(n, 2) exactly, where
        // pairs(t) counts all incident pairs whose time difference falls in band t.
        QRandomGenerator rng(11);
        const int n = 400;
        std::vector<double> x(n), y(n), t(n);
        for (int i = 0; i < n; ++i) {
            x[i] = rng.bounded(2000.0);
            y[i] = rng.bounded(2000.0);
            t[i] = rng.bounded(365.0) * 86400;
        }
        KnoxTest::Options o;
        o.distanceEdges = {0, 100, 200};
        o.timeEdges = {0, 7, 14};
        o.permutations = 999;
        const KnoxTest::Result r = KnoxTest::compute(x, y, t, o);
        std::vector<qint64> close(2, 0), pairs(3, 0);
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                const double d = std::hypot(x[i] - x[j], y[i] - y[j]), dt = std::fabs(t[i] - t[j]) / 86400;
                if (d <= 200)
                    ++close[d <= 100 ? 0 : 1];
                ++pairs[dt <= 7 ? 0 : dt <= 14 ? 1 : 2];
            }
        const double total = n * (n - 1) / 2.0;
        for (int d = 0; d < 2; ++d)
            for (int c = 0; c < 3; ++c) {
                const double exact = close[std::size_t(d)] * double(pairs[std::size_t(c)]) / total;
                // Monte Carlo mean of 999 hypergeometric-like counts: well within 5 % here.
                QVERIFY2(std::fabs(r.at(r.expected, d, c) - exact) < 0.05 * exact + 0.5,
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(d).arg(c).arg(r.at(r.expected, d, c)).arg(exact)));
            }
        // Observed counts by brute force.
        qint64 obs00 = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if (std::hypot(x[i] - x[j], y[i] - y[j]) <= 100 && std::fabs(t[i] - t[j]) <= 7 * 86400)
                    ++obs00;
        QCOMPARE(r.observedAt(0, 0), obs00);
        // Column sums of the full table = all pairs per time band.
        for (int c = 0; c < 3; ++c) {
            qint64 sum = 0;
            for (int d = 0; d < 3; ++d)
                sum += r.observedAt(d, c);
            QCOMPARE(sum, pairs[std::size_t(c)]);
        }
    }

    void permutationStreamIsStable()
    {
        // The permutation stream is part of the recipe: permutation r shuffles the times (in the
        // test's internal spatial order) with Fisher-Yates on Xoshiro256(seed, r), whatever the
        // thread count or the way permutations are batched. These sums and p-values were
        // produced by the first (pair-by-pair) implementation; a faster kernel must give them
        // bit for bit. 37 permutations: not a multiple of any batch width.
        QRandomGenerator rng(7);
        const int n = 1500;
        std::vector<double> x(n), y(n), t(n);
        for (int i = 0; i < n; ++i) {
            const bool cluster = i % 3 == 0;
            x[i] = cluster ? 500 + rng.bounded(150.0) : rng.bounded(3000.0);
            y[i] = cluster ? 500 + rng.bounded(150.0) : rng.bounded(3000.0);
            t[i] = std::floor(rng.bounded(200.0) * 86400);
        }
        x[5] = x[6];
        y[5] = y[6];
        t[5] = t[6];
        KnoxTest::Options o;
        o.distanceEdges = {0, 0, 100, 200, 350};
        o.timeEdges = {0, 0, 7, 14, 30};
        o.permutations = 37;
        o.seed = 2024;
        for (int threads : {1, 2}) {
            o.threads = threads;
            const KnoxTest::Result r = KnoxTest::compute(x, y, t, o);
            std::vector<qint64> expectedSums, pCounts;
            for (std::size_t c = 0; c < r.observed.size(); ++c) {
                expectedSums.push_back(std::llround(r.expected[c] * 37));
                pCounts.push_back(std::llround(r.p[c] * 38));
            }
            QCOMPARE(r.observed, (std::vector<qint64>{1, 0, 0, 0, 0, 0, 6194, 6110, 12604, 66262, 0, 3300, 3229, 6750, 34978,
                                                      0, 1593, 1504, 3401, 16904, 0, 66188, 64719, 136855, 693658}));
            QCOMPARE(expectedSums, (std::vector<qint64>{0, 1, 1, 3, 32, 4, 231858, 227003, 480007, 2434418, 0, 122895, 119581,
                                                        254144, 1288889, 0, 59717, 58554, 123771, 623832, 33, 2444704,
                                                        2390655, 5047645, 25689503}));
            QCOMPARE(pCounts, (std::vector<qint64>{1, 38, 38, 38, 38, 38, 31, 25, 35, 4, 38, 27, 18, 30, 7, 38, 25, 36, 8, 13,
                                                   38, 7, 9, 4, 37}));
        }
    }

    void reproducibleAndCancelable()
    {
        QRandomGenerator rng(3);
        std::vector<double> x(300), y(300), t(300);
        for (int i = 0; i < 300; ++i) {
            x[i] = rng.bounded(1000.0);
            y[i] = rng.bounded(1000.0);
            t[i] = rng.bounded(60.0) * 86400;
        }
        KnoxTest::Options o;
        o.threads = 1;
        const KnoxTest::Result a = KnoxTest::compute(x, y, t, o);
        o.threads = 2;
        const KnoxTest::Result b = KnoxTest::compute(x, y, t, o);
        o.seed = 99;
        const KnoxTest::Result c = KnoxTest::compute(x, y, t, o);
        QVERIFY(a.p == b.p && a.expected == b.expected);
        QVERIFY(a.expected != c.expected);
        Feedback feedback;
        feedback.cancel();
        QVERIFY_THROWS_EXCEPTION(Canceled, KnoxTest::compute(x, y, t, o, &feedback));
    }
};

QTEST_GUILESS_MAIN(TestKnox)
#include "tst_knox.moc"
