// SPDX-License-Identifier: GPL-3.0-or-later
// Choropleth class breaks against hand-worked examples, and natural breaks against an
// independent oracle: brute-force enumeration of every partition of small inputs.
#include "classbreaks.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace phenomap;

namespace {

using Bounds = std::vector<double>;

/// The least within-class sum of squared deviations over every partition of the sorted values
/// into `classes` contiguous groups that never separates equal values: enumerates all choices of
/// cut positions (an independent oracle, exponential, for tiny inputs only).
double bruteForceOptimum(std::vector<double> values, int classes)
{
    std::sort(values.begin(), values.end());
    std::vector<std::size_t> gaps; // a cut after index i is allowed when values differ
    for (std::size_t i = 0; i + 1 < values.size(); ++i)
        if (values[i] != values[i + 1])
            gaps.push_back(i + 1);
    const int cuts = std::min<int>(classes - 1, int(gaps.size()));
    double best = std::numeric_limits<double>::infinity();
    const auto ssd = [&](std::size_t b, std::size_t e) {
        double mean = 0;
        for (std::size_t i = b; i < e; ++i)
            mean += values[i];
        mean /= double(e - b);
        double s = 0;
        for (std::size_t i = b; i < e; ++i)
            s += (values[i] - mean) * (values[i] - mean);
        return s;
    };
    // Every subset of `cuts` gaps, by bit mask.
    for (quint32 mask = 0; mask < (1u << gaps.size()); ++mask) {
        if (std::popcount(mask) != cuts)
            continue;
        double total = 0;
        std::size_t start = 0;
        for (std::size_t g = 0; g < gaps.size(); ++g) {
            if (mask >> g & 1) {
                total += ssd(start, gaps[g]);
                start = gaps[g];
            }
        }
        total += ssd(start, values.size());
        best = std::min(best, total);
    }
    return best;
}

} // namespace

class TestClassBreaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyInput()
    {
        for (ClassMethod m :
             {ClassMethod::Quantile, ClassMethod::NaturalBreaks, ClassMethod::EqualInterval}) {
            QCOMPARE(computeClassBreaks({}, 5, m).classCount(), 0);
            const double nan = std::numeric_limits<double>::quiet_NaN();
            QCOMPARE(computeClassBreaks({nan, INFINITY}, 5, m).classCount(), 0);
            QCOMPARE(computeClassBreaks({}, 5, m).classOf(1.0), -1);
        }
    }

    void singleValue()
    {
        // One distinct value: one class {v, v}, whatever the method and the number asked for.
        for (ClassMethod m :
             {ClassMethod::Quantile, ClassMethod::NaturalBreaks, ClassMethod::EqualInterval}) {
            const ClassBreaks b = computeClassBreaks({4, 4, 4}, 5, m);
            QCOMPARE(b.bounds, (Bounds{4, 4}));
            QCOMPARE(b.classOf(4), 0);
            QCOMPARE(b.classOf(5), -1);
        }
    }

    void fewerDistinctValuesThanClasses()
    {
        // Three distinct values, five classes asked: three classes, one per value.
        const std::vector<double> v{1, 1, 2, 3, 3, 3};
        QCOMPARE(quantileBreaks(v, 5).bounds, (Bounds{1, 1, 2, 3}));
        QCOMPARE(naturalBreaks(v, 5).bounds, (Bounds{1, 1, 2, 3}));
        // Equal interval: min 1, max 3 in 3 classes of width 2/3 (by hand).
        const Bounds e = equalIntervalBreaks(v, 5).bounds;
        QCOMPARE(e.size(), std::size_t(4));
        QCOMPARE(e[1], 1 + 2.0 / 3);
        QCOMPARE(e[2], 1 + 4.0 / 3);
        QCOMPARE(e[3], 3.0);
    }

    void quantileByHand()
    {
        // 1..10 in 5 classes: upper limits at ranks ceil(i*10/5) = 2, 4, 6, 8, 10 (worked by hand).
        std::vector<double> v{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        QCOMPARE(quantileBreaks(v, 5).bounds, (Bounds{1, 2, 4, 6, 8, 10}));
        // In 3 classes: ranks ceil(10/3) = 4, ceil(20/3) = 7, 10 -> values 4, 7, 10: 4 + 3 + 3 values.
        const ClassBreaks b = quantileBreaks(v, 3);
        QCOMPARE(b.bounds, (Bounds{1, 4, 7, 10}));
        QCOMPARE(b.classOf(1), 0);
        QCOMPARE(b.classOf(4), 0);
        QCOMPARE(b.classOf(4.5), 1);
        QCOMPARE(b.classOf(7), 1);
        QCOMPARE(b.classOf(10), 2);
    }

    void quantileTies()
    {
        // Zeros are half the data: 0 0 0 0 1 2 3 9 in 4 classes; ranks 2, 4, 6, 8 give 0, 0, 2, 9;
        // the second 0 merges with the first (ties never split): classes [0], (0,2], (2,9].
        const ClassBreaks b = quantileBreaks({0, 0, 0, 0, 1, 2, 3, 9}, 4);
        QCOMPARE(b.bounds, (Bounds{0, 0, 2, 9}));
        QCOMPARE(b.classOf(0), 0);
        QCOMPARE(b.classOf(1), 1);
        QCOMPARE(b.classOf(3), 2);
    }

    void equalIntervalByHand()
    {
        // Min 0, max 100 in 4 classes: width 25 (by hand).
        QCOMPARE(equalIntervalBreaks({0, 3, 40, 41, 100, 77}, 4).bounds, (Bounds{0, 25, 50, 75, 100}));
    }

    void naturalBreaksByHand()
    {
        // Three well separated groups: the optimum puts each group in its own class. Its deviation
        // is 3 * 2 = 6 (each group of three consecutive integers deviates 1 + 0 + 1), checked
        // against the brute-force oracle.
        const std::vector<double> v{1, 2, 3, 10, 11, 12, 20, 21, 22};
        const ClassBreaks b = naturalBreaks(v, 3);
        QCOMPARE(b.bounds, (Bounds{1, 3, 12, 22}));
        QCOMPARE(withinClassDeviation(v, b), 6.0);
        QCOMPARE(bruteForceOptimum(v, 3), 6.0);
        // Two classes of {1, 2, 4, 5, 6, 9, 10}, by hand over the six possible cuts:
        // {1,2,4,5,6 | 9,10}: 1,2,4,5,6 mean 3.6 -> 6.76+2.56+0.16+1.96+5.76 = 17.2; 9,10 -> 0.5; 17.7
        // {1,2,4,5 | 6,9,10}: 1,2,4,5 mean 3 -> 4+1+1+4 = 10; 6,9,10 mean 25/3 -> 8.667; 18.667
        // {1,2,4,5,6,9 | 10}: mean 4.5 -> 12.25+6.25+0.25+0.25+2.25+20.25 = 41.5
        // the others are larger still, so the optimum is the first, with upper limits 6 and 10.
        const std::vector<double> w{1, 2, 4, 5, 6, 9, 10};
        const ClassBreaks c = naturalBreaks(w, 2);
        QCOMPARE(c.bounds, (Bounds{1, 6, 10}));
        QVERIFY(std::abs(withinClassDeviation(w, c) - 17.7) < 1e-9);
        QVERIFY(std::abs(bruteForceOptimum(w, 2) - 17.7) < 1e-9);
    }

    void naturalBreaksMatchBruteForce()
    {
        // Random small inputs, with many ties: the DP reaches the oracle's optimum every time.
        QRandomGenerator rng(20261128);
        for (int round = 0; round < 300; ++round) {
            const int n = 1 + int(rng.bounded(13));
            std::vector<double> v;
            for (int i = 0; i < n; ++i)
                v.push_back(round % 3 == 0 ? double(rng.bounded(6)) : rng.generateDouble() * 1000 - 200);
            const int k = 1 + int(rng.bounded(6));
            const ClassBreaks b = naturalBreaks(v, k);
            std::vector<double> distinct = v;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            QCOMPARE(b.classCount(), std::min(k, int(distinct.size())));
            const double got = withinClassDeviation(v, b), want = bruteForceOptimum(v, k);
            if (std::abs(got - want) > 1e-7 * std::max(1.0, want))
                QFAIL(qPrintable(QStringLiteral("round %1: %2 vs optimum %3").arg(round).arg(got).arg(want)));
            // Every value is in a class and every class holds a value.
            std::vector<int> perClass(std::size_t(b.classCount()), 0);
            for (double x : v) {
                QVERIFY(b.classOf(x) >= 0);
                ++perClass[std::size_t(b.classOf(x))];
            }
            QVERIFY(std::none_of(perClass.begin(), perClass.end(), [](int c) { return c == 0; }));
        }
    }

    void naturalBreaksLargeInput()
    {
        // A grid layer has thousands of zones: the DP stays fast and its limits ascend.
        QRandomGenerator rng(7);
        std::vector<double> v;
        for (int i = 0; i < 20000; ++i)
            v.push_back(std::floor(std::pow(rng.generateDouble(), 3) * 5000));
        const ClassBreaks b = naturalBreaks(v, 7);
        QCOMPARE(b.classCount(), 7);
        QVERIFY(std::is_sorted(b.bounds.begin(), b.bounds.end()));
        QVERIFY(withinClassDeviation(v, b) <= withinClassDeviation(v, quantileBreaks(v, 7)));
        QVERIFY(withinClassDeviation(v, b) <= withinClassDeviation(v, equalIntervalBreaks(v, 7)));
    }
};

QTEST_APPLESS_MAIN(TestClassBreaks)
#include "tst_classbreaks.moc"
