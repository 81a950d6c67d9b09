// SPDX-License-Identifier: GPL-3.0-or-later
#include "knoxtest.h"

#include "feedback.h"
#include "parallelrunner.h"
#include "xoshiro256.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace phenomap {
namespace {

void checkEdges(const std::vector<double> &e, const char *what)
{
    if (e.size() < 2 || e[0] != 0)
        throw std::invalid_argument(std::string("KnoxTest: ") + what + " edges must start at 0 and have 2+ values");
    for (std::size_t b = 1; b + 1 < e.size(); ++b)
        if (!(e[b + 1] > e[b]))
            throw std::invalid_argument(std::string("KnoxTest: ") + what + " edges must increase");
    if (e[1] < 0)
        throw std::invalid_argument(std::string("KnoxTest: ") + what + " edges must be >= 0");
}

/// Band of a value: first b with v <= e_{b+1}; bands() when beyond the last edge.
inline int bandOf(const std::vector<double> &e, double v)
{
    const auto it = std::lower_bound(e.begin() + 1, e.end(), v);
    return int(it - (e.begin() + 1));
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QStringList labels(const std::vector<double> &e, bool distance)
{
    QStringList out;
    for (std::size_t b = 0; b + 1 < e.size(); ++b) {
        if (e[b + 1] == 0)
            out << (distance ? QCoreApplication::translate("phenomap::KnoxTest", "Same location")
                             : QCoreApplication::translate("phenomap::KnoxTest", "Same day"));
        else
            out << (distance ? QCoreApplication::translate("phenomap::KnoxTest", "%1 to %2 m")
                             : QCoreApplication::translate("phenomap::KnoxTest", "%1 to %2 days"))
                       .arg(number(e[b]), number(e[b + 1]));
    }
    out << (distance ? QCoreApplication::translate("phenomap::KnoxTest", "More than %1 m")
                     : QCoreApplication::translate("phenomap::KnoxTest", "More than %1 days"))
               .arg(number(e.back()));
    return out;
}

} // namespace

KnoxTest::Result KnoxTest::compute(const std::vector<double> &xIn, const std::vector<double> &yIn,
                                   const std::vector<double> &tIn, const Options &options, Feedback *feedback)
{
    if (xIn.size() != yIn.size() || xIn.size() != tIn.size())
        throw std::invalid_argument("KnoxTest: x, y and t differ in size");
    checkEdges(options.distanceEdges, "distance");
    checkEdges(options.timeEdges, "time");
    const std::vector<double> &de = options.distanceEdges, &te = options.timeEdges;
    const int dBands = int(de.size()) - 1, tBands = int(te.size()) - 1;
    const int rows = dBands + 1, cols = tBands + 1;
    const double maxD = de.back();

    // Valid points, renumbered in spatial-hash order so that close pairs are close in memory.
    const double cell = std::max(maxD, 1e-6);
    std::vector<quint32> idx;
    for (std::size_t i = 0; i < xIn.size(); ++i)
        if (std::isfinite(xIn[i]) && std::isfinite(yIn[i]) && std::isfinite(tIn[i]))
            idx.push_back(quint32(i));
    const std::size_t n = idx.size();
    double minX = 0, minY = 0;
    if (n > 0) {
        minX = xIn[idx[0]];
        minY = yIn[idx[0]];
        for (quint32 i : idx) {
            minX = std::min(minX, xIn[i]);
            minY = std::min(minY, yIn[i]);
        }
    }
    auto cellOf = [&](quint32 i) {
        return std::pair<qint64, qint64>(qint64(std::floor((xIn[i] - minX) / cell)), qint64(std::floor((yIn[i] - minY) / cell)));
    };
    std::stable_sort(idx.begin(), idx.end(), [&](quint32 a, quint32 b) { return cellOf(a) < cellOf(b); });
    // Times as whole seconds from the earliest one (exact comparisons; 4 bytes keep the
    // permuted times in cache); a band edge of E days holds dt <= floor(E * 86400) seconds.
    double minT = 0, maxTime = 0;
    for (std::size_t k = 0; k < n; ++k) {
        minT = k == 0 ? tIn[idx[k]] : std::min(minT, tIn[idx[k]]);
        maxTime = k == 0 ? tIn[idx[k]] : std::max(maxTime, tIn[idx[k]]);
    }
    if (maxTime - minT >= 2147483647.0)
        throw std::invalid_argument("KnoxTest: incident times span more than 68 years");
    if (n >= (1u << 28) || dBands > 16)
        throw std::invalid_argument("KnoxTest: too many incidents or distance bands");
    std::vector<double> x(n), y(n);
    std::vector<qint32> t(n);
    std::vector<std::pair<qint64, qint64>> key(n);
    for (std::size_t k = 0; k < n; ++k) {
        x[k] = xIn[idx[k]];
        y[k] = yIn[idx[k]];
        t[k] = qint32(std::floor(tIn[idx[k]] - minT));
        key[k] = cellOf(idx[k]);
    }
    std::vector<qint64> teSec; // time edges e_1.. in seconds
    for (std::size_t b = 1; b < te.size(); ++b)
        teSec.push_back(qint64(std::floor(te[b] * 86400.0)));
    const qint64 maxTSec = teSec.back();

    // Close pairs, once, as compressed rows: for unit i, entries [offset[i], offset[i+1]) hold
    // j (low 28 bits) and the distance band (high 4 bits) of each j > i within maxD.
    std::vector<quint32> packed;
    std::vector<std::size_t> offset(n + 1, 0);
    std::vector<quint32> row;
    const double maxD2 = maxD * maxD;
    for (std::size_t i = 0; i < n; ++i) {
        row.clear();
        for (qint64 dy = -1; dy <= 1; ++dy)
            for (qint64 dx = -1; dx <= 1; ++dx) {
                const std::pair<qint64, qint64> k{key[i].first + dx, key[i].second + dy};
                auto lo = std::lower_bound(key.begin(), key.end(), k);
                for (std::size_t j = std::size_t(lo - key.begin()); j < n && key[j] == k; ++j) {
                    if (j <= i)
                        continue;
                    const double d2 = (x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j]);
                    if (d2 <= maxD2)
                        row.push_back(quint32(j) | quint32(bandOf(de, std::sqrt(d2))) << 28);
                }
            }
        std::sort(row.begin(), row.end(), [](quint32 a, quint32 b) { return (a & 0x0fffffffu) < (b & 0x0fffffffu); });
        packed.insert(packed.end(), row.begin(), row.end());
        offset[i + 1] = packed.size();
        if (feedback && (i & 1023) == 0 && feedback->isCanceled())
            throw Canceled();
    }
    std::vector<qint64> closePerBand(std::size_t(dBands), 0);
    for (quint32 u : packed)
        ++closePerBand[u >> 28];

    // Pairs per time band over all pairs (permutation invariant): two pointers on sorted times.
    std::vector<qint32> sortedT = t;
    std::sort(sortedT.begin(), sortedT.end());
    std::vector<qint64> upTo(std::size_t(tBands), 0); // pairs with dt <= te[b + 1]
    for (int b = 0; b < tBands; ++b) {
        const qint64 edge = teSec[std::size_t(b)];
        std::size_t lo = 0;
        qint64 count = 0;
        for (std::size_t j = 0; j < n; ++j) {
            while (qint64(sortedT[j]) - sortedT[lo] > edge)
                ++lo;
            count += qint64(j - lo);
        }
        upTo[std::size_t(b)] = count;
    }
    const qint64 totalPairs = qint64(n) * qint64(n > 0 ? n - 1 : 0) / 2;
    std::vector<qint64> perTimeBand(std::size_t(cols), 0);
    for (int b = 0; b < tBands; ++b)
        perTimeBand[std::size_t(b)] = upTo[std::size_t(b)] - (b > 0 ? upTo[std::size_t(b) - 1] : 0);
    perTimeBand[std::size_t(tBands)] = totalPairs - (tBands > 0 ? upTo[std::size_t(tBands) - 1] : 0);

    const std::size_t cells = std::size_t(rows * cols);
    auto tabulate = [&](const std::vector<qint32> &times, qint64 *table) {
        std::fill(table, table + cells, 0);
        const qint32 *tp = times.data();
        for (std::size_t i = 0; i < n; ++i) {
            const qint64 ti = tp[i];
            for (std::size_t e = offset[i]; e < offset[i + 1]; ++e) {
                const quint32 u = packed[e];
                const qint64 dt = std::abs(ti - qint64(tp[u & 0x0fffffffu]));
                if (dt <= maxTSec) {
                    int tb = 0;
                    while (dt > teSec[std::size_t(tb)])
                        ++tb;
                    ++table[(u >> 28) * quint32(cols) + quint32(tb)];
                }
            }
        }
        for (int r = 0; r < dBands; ++r) { // pairs beyond the last time edge
            qint64 within = 0;
            for (int c = 0; c < tBands; ++c)
                within += table[r * cols + c];
            table[r * cols + tBands] = closePerBand[std::size_t(r)] - within;
        }
        for (int c = 0; c < cols; ++c) { // the beyond-distance row
            qint64 within = 0;
            for (int r = 0; r < dBands; ++r)
                within += table[r * cols + c];
            table[dBands * cols + c] = perTimeBand[std::size_t(c)] - within;
        }
    };

    Result res;
    res.options = options;
    res.incidents = qint64(n);
    res.closePairs = qint64(packed.size());
    res.rows = rows;
    res.columns = cols;
    res.observed.assign(cells, 0);
    tabulate(t, res.observed.data());
    res.rowLabels = labels(de, true);
    res.columnLabels = labels(te, false);

    const int R = std::max(0, options.permutations);
    std::vector<qint64> sims(std::size_t(R) * cells, 0);
    ParallelRunner(options.threads, feedback).run(std::size_t(R), 4, [&](std::size_t begin, std::size_t end) {
        std::vector<qint32> tp(n);
        for (std::size_t r = begin; r < end; ++r) {
            tp = t;
            Xoshiro256 rng(options.seed, r);
            for (std::size_t i = n; i-- > 1;)
                std::swap(tp[i], tp[rng.bounded(quint32(i + 1))]);
            tabulate(tp, sims.data() + r * cells);
        }
    });

    res.expected.assign(cells, 0.0);
    res.ratio.assign(cells, std::nan(""));
    res.p.assign(cells, std::nan(""));
    for (std::size_t c = 0; c < cells; ++c) {
        qint64 sum = 0, atLeast = 0;
        for (int r = 0; r < R; ++r) {
            const qint64 s = sims[std::size_t(r) * cells + c];
            sum += s;
            atLeast += s >= res.observed[c] ? 1 : 0;
        }
        if (R > 0) {
            res.expected[c] = double(sum) / R;
            res.p[c] = double(atLeast + 1) / double(R + 1);
        }
        if (res.expected[c] > 0)
            res.ratio[c] = double(res.observed[c]) / res.expected[c];
    }
    return res;
}

QJsonObject KnoxTest::Result::toJson() const
{
    auto doubles = [](const std::vector<double> &v) {
        QJsonArray a;
        for (double d : v)
            a.append(std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null));
        return a;
    };
    QJsonArray table;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const std::size_t k = std::size_t(r * columns + c);
            table.append(QJsonObject{{QStringLiteral("row"), r},
                                     {QStringLiteral("column"), c},
                                     {QStringLiteral("observed"), observed[k]},
                                     {QStringLiteral("expected"), expected[k]},
                                     {QStringLiteral("ratio"), std::isfinite(ratio[k]) ? QJsonValue(ratio[k]) : QJsonValue()},
                                     {QStringLiteral("p"), std::isfinite(p[k]) ? QJsonValue(p[k]) : QJsonValue()}});
        }
    return QJsonObject{{QStringLiteral("incidents"), incidents},
                       {QStringLiteral("closePairs"), closePairs},
                       {QStringLiteral("distanceEdges"), doubles(options.distanceEdges)},
                       {QStringLiteral("timeEdges"), doubles(options.timeEdges)},
                       {QStringLiteral("rowLabels"), QJsonArray::fromStringList(rowLabels)},
                       {QStringLiteral("columnLabels"), QJsonArray::fromStringList(columnLabels)},
                       {QStringLiteral("cells"), table}};
}

} // namespace phenomap
