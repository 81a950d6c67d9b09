// SPDX-License-Identifier: GPL-3.0-or-later
#include "localmoran.h"

#include "parallelrunner.h"
#include "spatialweights.h"
#include "xoshiro256.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace phenomap {

int LocalMoran::Result::significant() const
{
    int count = 0;
    for (quint8 c : cluster)
        count += c != None ? 1 : 0;
    return count;
}

LocalMoran::Result LocalMoran::compute(const std::vector<double> &values, const SpatialWeights &weights, int permutations,
                                       quint64 seed, Significance::Correction correction, double alpha,
                                       Feedback *feedback, int threads)
{
    const std::size_t n = values.size();
    if (int(n) != weights.size())
        throw std::invalid_argument("LocalMoran: values and weights differ in size");
    if (n < 3)
        throw std::invalid_argument("LocalMoran: at least 3 units are needed");
    Result r;
    r.permutations = std::max(0, permutations);
    r.seed = seed;
    r.correction = correction;
    r.alpha = alpha;

    const double nd = double(n);
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / nd;
    double var = 0;
    for (double v : values)
        var += (v - mean) * (v - mean);
    const double sd = std::sqrt(var / nd);
    r.z.resize(n);
    double den = 0;
    for (std::size_t i = 0; i < n; ++i) {
        r.z[i] = sd > 0 ? (values[i] - mean) / sd : 0.0;
        den += r.z[i] * r.z[i];
    }
    if (!(den > 0))
        den = 1; // constant values: every I_i is 0
    r.lag = weights.lag(r.z);
    r.I.resize(n);
    r.quadrant.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        r.I[i] = ((nd - 1) * r.z[i] / den) * r.lag[i]; // same rounding as the permuted values below
        const bool zp = r.z[i] > 0, lp = r.lag[i] > 0;
        r.quadrant[i] = zp ? (lp ? HighHigh : HighLow) : (lp ? LowHigh : LowLow);
    }

    r.pSim.assign(n, std::nan(""));
    const int R = r.permutations;
    if (R > 0) {
        const quint32 nu = quint32(n);
        ParallelRunner(threads, feedback).run(n, 64, [&](std::size_t begin, std::size_t end) {
            std::vector<quint32> stamp(n, 0); // stamp[j] == current: j already drawn in this permutation
            quint32 current = 0;
            for (std::size_t i = begin; i < end; ++i) {
                const int k = weights.cardinality(int(i));
                double selfTerm = 0;
                int drawn = 0;
                for (std::size_t e = weights.rowBegin(int(i)); e < weights.rowEnd(int(i)); ++e)
                    if (std::size_t(weights.neighbour(e)) == i)
                        selfTerm = weights.weight(e) * r.z[i];
                    else
                        ++drawn;
                if (k == 0 || drawn == 0 || std::size_t(drawn) > n - 1)
                    continue; // island: no permutation distribution
                Xoshiro256 rng(seed, i);
                const double factor = (nd - 1) * r.z[i] / den;
                int larger = 0;
                for (int p = 0; p < R; ++p) {
                    ++current;
                    stamp[i] = current;
                    double sum = 0;
                    for (std::size_t e = weights.rowBegin(int(i)); e < weights.rowEnd(int(i)); ++e) {
                        if (std::size_t(weights.neighbour(e)) == i) {
                            sum += selfTerm;
                            continue;
                        }
                        quint32 j;
                        do
                            j = rng.bounded(nu);
                        while (stamp[j] == current);
                        stamp[j] = current;
                        sum += weights.weight(e) * r.z[j];
                    }
                    larger += factor * sum >= r.I[i] ? 1 : 0;
                }
                if (R - larger < larger)
                    larger = R - larger;
                r.pSim[i] = double(larger + 1) / double(R + 1);
            }
        });
    }
    r.pAdjusted = Significance::adjust(r.pSim, correction);
    r.cluster.assign(n, None);
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(r.pAdjusted[i]) && r.pAdjusted[i] <= alpha)
            r.cluster[i] = r.quadrant[i];
    return r;
}

} // namespace phenomap
