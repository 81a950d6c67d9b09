// SPDX-License-Identifier: GPL-3.0-or-later
#include "knoxtest.h"

#include "feedback.h"
#include "parallelrunner.h"
#include "xoshiro256.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
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

constexpr int kLanes = 8;        ///< permutations counted per pass over the close pairs
constexpr int kMaxTimeBands = 8; ///< time bands (excluding "beyond"); more would be unreadable anyway
constexpr int kMaxDistanceBands = 16; ///< distance bands (excluding "beyond")

/// 8 x int32 in GCC's portable vector extension: SSE2 pairs on baseline x86-64, one AVX2
/// register in the avx2 clone below.
typedef qint32 Lanes8 __attribute__((vector_size(32)));

/// Adds, for every distance band d and time edge b, the number of close pairs of band d whose
/// time difference is <= edge b, per lane: cumulative[(lane * D + d) * B + b].
template<int B>
__attribute__((always_inline)) inline void countBands(const qint32 *lanes, std::size_t n, std::size_t D,
                                                      const std::size_t *rowStart, const quint32 *pairJ,
                                                      const qint32 *edges, qint64 *cumulative)
{
    Lanes8 edge[B];
    for (int b = 0; b < B; ++b)
        for (int l = 0; l < kLanes; ++l)
            edge[b][l] = edges[b];
    Lanes8 total[kMaxDistanceBands * B] = {}; // on the stack: heap vectors of Lanes8 need not be 32-byte aligned
    for (std::size_t i = 0; i < n; ++i) {
        Lanes8 ti;
        std::memcpy(&ti, lanes + i * kLanes, sizeof ti);
        for (std::size_t d = 0; d < D; ++d) {
            const std::size_t from = rowStart[i * D + d], to = rowStart[i * D + d + 1];
            Lanes8 acc[B] = {};
            for (std::size_t e = from; e < to; ++e) {
                Lanes8 tj;
                std::memcpy(&tj, lanes + std::size_t(pairJ[e]) * kLanes, sizeof tj);
                Lanes8 dt = ti - tj;
                dt = dt < 0 ? -dt : dt;
                for (int b = 0; b < B; ++b)
                    acc[b] -= dt <= edge[b]; // a true comparison is -1
            }
            for (int b = 0; b < B; ++b)
                total[d * std::size_t(B) + std::size_t(b)] += acc[b];
        }
        // One unit adds fewer than n < 2^28 pairs to a 32-bit counter: flush every 4 units.
        if ((i & 3) == 3 || i + 1 == n) {
            for (std::size_t d = 0; d < D; ++d)
                for (int b = 0; b < B; ++b) {
                    Lanes8 &v = total[d * std::size_t(B) + std::size_t(b)];
                    for (int l = 0; l < kLanes; ++l)
                        cumulative[(std::size_t(l) * D + d) * std::size_t(B) + std::size_t(b)] += v[l];
                    v = Lanes8{};
                }
        }
    }
}

__attribute__((target_clones("avx2", "default")))
void countCloseInTime(const qint32 *lanes, std::size_t n, std::size_t D, const std::size_t *rowStart, const quint32 *pairJ,
                      const qint32 *edges, int bands, qint64 *cumulative)
{
    switch (bands) { // checkEdges and compute() keep 1 <= bands <= kMaxTimeBands
    case 1: countBands<1>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    case 2: countBands<2>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    case 3: countBands<3>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    case 4: countBands<4>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    case 5: countBands<5>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    case 6: countBands<6>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    case 7: countBands<7>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    case 8: countBands<8>(lanes, n, D, rowStart, pairJ, edges, cumulative); break;
    default: throw std::invalid_argument("KnoxTest: more than 8 time bands");
    }
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
    if (n >= (1u << 28) || dBands > kMaxDistanceBands)
        throw std::invalid_argument("KnoxTest: too many incidents or distance bands");
    if (tBands > kMaxTimeBands)
        throw std::invalid_argument("KnoxTest: more than 8 time bands");
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

    // Close pairs, once, as compressed rows per (unit, distance band): the j > i within maxD
    // whose distance falls in band d are pairJ[rowStart[i * dBands + d] .. rowStart[i * dBands + d + 1]).
    // Grouping by band lets the permutation kernel keep one band's counters in registers.
    const std::size_t D = std::size_t(dBands);
    std::vector<quint32> pairJ;
    std::vector<std::size_t> rowStart(n * D + 1, 0);
    std::vector<std::vector<quint32>> rowByBand(D);
    const double maxD2 = maxD * maxD;
    for (std::size_t i = 0; i < n; ++i) {
        for (auto &r : rowByBand)
            r.clear();
        for (qint64 dy = -1; dy <= 1; ++dy)
            for (qint64 dx = -1; dx <= 1; ++dx) {
                const std::pair<qint64, qint64> k{key[i].first + dx, key[i].second + dy};
                auto lo = std::lower_bound(key.begin(), key.end(), k);
                for (std::size_t j = std::size_t(lo - key.begin()); j < n && key[j] == k; ++j) {
                    if (j <= i)
                        continue;
                    const double d2 = (x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j]);
                    if (d2 <= maxD2)
                        rowByBand[std::size_t(bandOf(de, std::sqrt(d2)))].push_back(quint32(j));
                }
            }
        for (std::size_t d = 0; d < D; ++d) {
            std::sort(rowByBand[d].begin(), rowByBand[d].end());
            pairJ.insert(pairJ.end(), rowByBand[d].begin(), rowByBand[d].end());
            rowStart[i * D + d + 1] = pairJ.size();
        }
        if (feedback && (i & 1023) == 0 && feedback->isCanceled())
            throw Canceled();
    }
    std::vector<qint64> closePerBand(D, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < D; ++d)
            closePerBand[d] += qint64(rowStart[i * D + d + 1] - rowStart[i * D + d]);

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

    // Tables of up to kLanes time assignments at once: lanes[i * kLanes + l] is the time of unit
    // i in assignment l. A pass over the close pairs then serves kLanes permutations (the pair
    // list is read once, the times of i and j are one vector load each), and the time band of a
    // pair is counted without branches as cumulative counts (dt <= edge b).
    const std::size_t cells = std::size_t(rows * cols);
    std::vector<qint32> edges32(static_cast<std::size_t>(tBands));
    for (int b = 0; b < tBands; ++b)
        edges32[std::size_t(b)] = qint32(std::min<qint64>(teSec[std::size_t(b)], std::numeric_limits<qint32>::max()));
    auto tabulate = [&](const std::vector<qint32> &lanes, int used, qint64 *tables) {
        std::vector<qint64> cumulative(std::size_t(kLanes) * D * std::size_t(tBands), 0); // [lane][d][b]
        countCloseInTime(lanes.data(), n, D, rowStart.data(), pairJ.data(), edges32.data(), tBands, cumulative.data());
        for (int l = 0; l < used; ++l) {
            qint64 *table = tables + std::size_t(l) * cells;
            const qint64 *cum = cumulative.data() + std::size_t(l) * D * std::size_t(tBands);
            for (int r = 0; r < dBands; ++r) {
                for (int c = 0; c < tBands; ++c)
                    table[r * cols + c] = cum[r * tBands + c] - (c > 0 ? cum[r * tBands + c - 1] : 0);
                table[r * cols + tBands] = closePerBand[std::size_t(r)] - (tBands > 0 ? cum[r * tBands + tBands - 1] : 0);
            }
            for (int c = 0; c < cols; ++c) { // the beyond-distance row
                qint64 within = 0;
                for (int r = 0; r < dBands; ++r)
                    within += table[r * cols + c];
                table[dBands * cols + c] = perTimeBand[std::size_t(c)] - within;
            }
        }
    };

    Result res;
    res.options = options;
    res.incidents = qint64(n);
    res.closePairs = qint64(pairJ.size());
    res.rows = rows;
    res.columns = cols;
    res.observed.assign(cells, 0);
    {
        std::vector<qint32> lanes(n * std::size_t(kLanes));
        for (std::size_t i = 0; i < n; ++i)
            std::fill_n(lanes.begin() + std::ptrdiff_t(i * kLanes), kLanes, t[i]);
        tabulate(lanes, 1, res.observed.data());
    }
    res.rowLabels = labels(de, true);
    res.columnLabels = labels(te, false);

    // Permutation r shuffles the times with Fisher-Yates on stream Xoshiro256(seed, r), in the
    // spatial order above: batching r into lanes does not change any permutation.
    const int R = std::max(0, options.permutations);
    std::vector<qint64> sims(std::size_t(R) * cells, 0);
    const std::size_t batches = (std::size_t(R) + kLanes - 1) / kLanes;
    ParallelRunner(options.threads, feedback).run(batches, 1, [&](std::size_t begin, std::size_t end) {
        std::vector<qint32> tp(n), lanes(n * std::size_t(kLanes));
        for (std::size_t batch = begin; batch < end; ++batch) {
            const std::size_t r0 = batch * kLanes;
            const int used = int(std::min<std::size_t>(kLanes, std::size_t(R) - r0));
            for (int l = 0; l < kLanes; ++l) {
                if (l < used) {
                    tp = t;
                    Xoshiro256 rng(options.seed, r0 + std::size_t(l));
                    for (std::size_t i = n; i-- > 1;)
                        std::swap(tp[i], tp[rng.bounded(quint32(i + 1))]);
                } // unused lanes repeat the last permutation; their counts are dropped
                for (std::size_t i = 0; i < n; ++i)
                    lanes[i * kLanes + std::size_t(l)] = tp[i];
            }
            tabulate(lanes, used, sims.data() + r0 * cells);
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
