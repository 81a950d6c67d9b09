// SPDX-License-Identifier: GPL-3.0-or-later
// Small-count suppression: no published count in 1..k-1, and no hidden count recoverable from
// the published cells and totals (checked by exhaustive enumeration on small tables).
#include "cellsuppression.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

using namespace phenomap;

namespace {

/// Every non-negative integer completion of the hidden entries consistent with the published
/// ones and with all line sums; returns for each hidden entry the set of values it takes.
/// Hidden cells are enumerated (each up to a published total of its row or column); hidden
/// totals then follow from the cells.
std::map<int, std::set<qint64>> feasibleValues(const CellSuppression &s)
{
    const int R = s.rows(), C = s.columns();
    const int W = C + 1;
    std::vector<qint64> v((R + 1) * W, 0);
    std::vector<int> hiddenCells;
    std::vector<qint64> bounds;
    qint64 grand = 0;
    for (int r = 0; r < R; ++r)
        for (int c = 0; c < C; ++c)
            grand += s.value(r, c);
    for (int r = 0; r < R; ++r)
        for (int c = 0; c < C; ++c) {
            v[r * W + c] = s.value(r, c);
            if (s.hidden(r, c)) {
                qint64 b = s.hidden(R, C) ? grand * 2 : s.value(R, C);
                if (!s.hidden(r, C))
                    b = std::min(b, s.value(r, C));
                if (!s.hidden(R, c))
                    b = std::min(b, s.value(R, c));
                hiddenCells.push_back(r * W + c);
                bounds.push_back(b);
            }
        }
    std::map<int, std::set<qint64>> out;
    const auto check = [&]() {
        // Recompute the totals from the cells and compare with what is published.
        std::vector<qint64> t = v;
        for (int r = 0; r <= R; ++r)
            t[r * W + C] = 0;
        for (int c = 0; c < C; ++c)
            t[R * W + c] = 0;
        for (int r = 0; r < R; ++r)
            for (int c = 0; c < C; ++c) {
                t[r * W + C] += v[r * W + c];
                t[R * W + c] += v[r * W + c];
                t[R * W + C] += v[r * W + c];
            }
        for (int r = 0; r <= R; ++r)
            for (int c = 0; c <= C; ++c)
                if ((r == R || c == C) && !s.hidden(r, c) && t[r * W + c] != s.value(r, c))
                    return;
        for (int r = 0; r <= R; ++r)
            for (int c = 0; c <= C; ++c)
                if (s.hidden(r, c))
                    out[r * W + c].insert(t[r * W + c]);
    };
    std::function<void(std::size_t)> rec = [&](std::size_t i) {
        if (i == hiddenCells.size())
            return check();
        for (qint64 x = 0; x <= bounds[i]; ++x) {
            v[hiddenCells[i]] = x;
            rec(i + 1);
        }
    };
    rec(0);
    return out;
}

} // namespace

class TestCellSuppression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primaryAndTotals()
    {
        // Row 0 has one small cell: a second one in that row must go, and its column too.
        const CellSuppression s({{3, 10, 20}, {8, 12, 30}, {9, 15, 0}}, 5);
        QCOMPARE(s.state(0, 0), CellSuppression::State::Primary);
        QVERIFY(s.primaryCount() == 1);
        QVERIFY(s.secondaryCount() >= 3);
        // Row 0: the smallest other non-zero cell (10) is the secondary choice.
        QCOMPARE(s.state(0, 1), CellSuppression::State::Secondary);
        for (int r = 0; r <= s.rows(); ++r) {
            int hiddenInRow = 0;
            for (int c = 0; c <= s.columns(); ++c)
                hiddenInRow += s.hidden(r, c);
            QVERIFY(hiddenInRow != 1);
        }
        for (int c = 0; c <= s.columns(); ++c) {
            int hiddenInColumn = 0;
            for (int r = 0; r <= s.rows(); ++r)
                hiddenInColumn += s.hidden(r, c);
            QVERIFY(hiddenInColumn != 1);
        }
    }

    void zerosArePublishedAndDeterministic()
    {
        const QList<QList<qint64>> t = {{0, 0, 7}, {0, 9, 6}};
        const CellSuppression a(t, 5), b(t, 5);
        for (int r = 0; r <= a.rows(); ++r)
            for (int c = 0; c <= a.columns(); ++c)
                QCOMPARE(a.state(r, c), b.state(r, c));
        QVERIFY(!a.hidden(0, 0));
        QCOMPARE(a.secondaryCount(), 0);
    }

    void singleColumnTableHidesTheTotal()
    {
        // One phenomenon: each row total equals its cell, so a hidden cell needs a hidden total.
        const CellSuppression s({{2}, {10}, {11}}, 5);
        QVERIFY(s.hidden(0, 0));
        QVERIFY(s.hidden(0, 1));
    }

    void noHiddenValueIsDeterminedBruteForce()
    {
        QRandomGenerator rng(20260612);
        int tables = 0, withSuppression = 0;
        while (tables < 60) {
            const int R = 2 + int(rng.bounded(2)), C = 2 + int(rng.bounded(2));
            QList<QList<qint64>> t(R, QList<qint64>(C));
            for (auto &row : t)
                for (auto &x : row)
                    x = rng.bounded(4) == 0 ? 0 : qint64(rng.bounded(9));
            const CellSuppression s(t, 5);
            // Exhaustive search is exponential in hidden cells; keep it small.
            int hidden = 0, hiddenCells = 0;
            for (int r = 0; r <= R; ++r)
                for (int c = 0; c <= C; ++c) {
                    hidden += s.hidden(r, c);
                    hiddenCells += r < R && c < C && s.hidden(r, c);
                }
            if (hiddenCells > 4)
                continue;
            ++tables;
            for (int r = 0; r <= R; ++r)
                for (int c = 0; c <= C; ++c) {
                    const bool published = !s.hidden(r, c);
                    QVERIFY(!published || s.value(r, c) == 0 || s.value(r, c) >= 5);
                }
            if (hidden == 0)
                continue;
            ++withSuppression;
            const auto feasible = feasibleValues(s);
            for (const auto &[index, values] : feasible)
                QVERIFY2(
                    values.size() >= 2,
                    qPrintable(
                        QStringLiteral("entry %1 of a %2x%3 table is determined").arg(index).arg(R).arg(C)));
        }
        QVERIFY(withSuppression > 10);
    }
};

QTEST_GUILESS_MAIN(TestCellSuppression)
#include "tst_cellsuppression.moc"
