// SPDX-License-Identifier: GPL-3.0-or-later
#include "globalmoran.h"

#include "parallelrunner.h"
#include "significance.h"
#include "spatialweights.h"
#include "xoshiro256.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace phenomap {
namespace {

double crossProduct(const SpatialWeights &w, const std::vector<double> &z)
{
    double s = 0;
    for (int i = 0; i < w.size(); ++i) {
        double lag = 0;
        for (std::size_t e = w.rowBegin(i); e < w.rowEnd(i); ++e)
            lag += w.weight(e) * z[std::size_t(w.neighbour(e))];
        s += z[std::size_t(i)] * lag;
    }
    return s;
}

} // namespace

GlobalMoran::Result GlobalMoran::compute(const std::vector<double> &values, const SpatialWeights &weights,
                                         int permutations, quint64 seed, Feedback *feedback, int threads)
{
    const std::size_t n = values.size();
    if (int(n) != weights.size())
        throw std::invalid_argument("GlobalMoran: values and weights differ in size");
    if (n < 4)
        throw std::invalid_argument("GlobalMoran: at least 4 units are needed");
    Result r;
    r.n = int(n);
    r.permutations = std::max(0, permutations);
    r.seed = seed;
    const double nd = double(n);
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / nd;
    std::vector<double> z(n);
    double m2 = 0, m4 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        z[i] = values[i] - mean;
        m2 += z[i] * z[i];
        m4 += z[i] * z[i] * z[i] * z[i];
    }
    const double s0 = weights.s0(), s1 = weights.s1(), s2 = weights.s2();
    r.I = nd / s0 * crossProduct(weights, z) / m2;
    r.EI = -1.0 / (nd - 1);
    const double ei2 = r.EI * r.EI;

    r.VI_norm = (nd * nd * s1 - nd * s2 + 3 * s0 * s0) / ((nd * nd - 1) * s0 * s0) - ei2;
    r.seI_norm = std::sqrt(r.VI_norm);
    r.z_norm = (r.I - r.EI) / r.seI_norm;
    r.p_norm = Significance::twoSidedP(r.z_norm);

    const double k = (m4 / nd) / ((m2 / nd) * (m2 / nd)); // sample kurtosis
    const double a = nd * ((nd * nd - 3 * nd + 3) * s1 - nd * s2 + 3 * s0 * s0);
    const double b = k * ((nd * nd - nd) * s1 - 2 * nd * s2 + 6 * s0 * s0);
    r.VI_rand = (a - b) / ((nd - 1) * (nd - 2) * (nd - 3) * s0 * s0) - ei2;
    r.seI_rand = std::sqrt(r.VI_rand);
    r.z_rand = (r.I - r.EI) / r.seI_rand;
    r.p_rand = Significance::twoSidedP(r.z_rand);

    if (r.permutations > 0) {
        r.sims.assign(std::size_t(r.permutations), 0.0);
        ParallelRunner(threads, feedback).run(std::size_t(r.permutations), 16, [&](std::size_t begin, std::size_t end) {
            std::vector<double> zp(n);
            for (std::size_t p = begin; p < end; ++p) {
                zp = z;
                Xoshiro256 rng(seed, p);
                for (std::size_t i = n - 1; i > 0; --i) // Fisher-Yates
                    std::swap(zp[i], zp[rng.bounded(quint32(i + 1))]);
                r.sims[p] = nd / s0 * crossProduct(weights, zp) / m2;
            }
        });
        int larger = 0;
        double sum = 0, sum2 = 0;
        for (double s : r.sims) {
            larger += s >= r.I ? 1 : 0;
            sum += s;
        }
        r.EI_sim = sum / r.permutations;
        for (double s : r.sims)
            sum2 += (s - r.EI_sim) * (s - r.EI_sim);
        r.seI_sim = std::sqrt(sum2 / r.permutations);
        r.z_sim = (r.I - r.EI_sim) / r.seI_sim;
        if (r.permutations - larger < larger)
            larger = r.permutations - larger;
        r.p_sim = double(larger + 1) / double(r.permutations + 1);
    }
    return r;
}

QJsonObject GlobalMoran::Result::toJson() const
{
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("I"), I},
                       {QStringLiteral("EI"), EI},
                       {QStringLiteral("VI_norm"), VI_norm},
                       {QStringLiteral("z_norm"), z_norm},
                       {QStringLiteral("p_norm"), p_norm},
                       {QStringLiteral("VI_rand"), VI_rand},
                       {QStringLiteral("z_rand"), z_rand},
                       {QStringLiteral("p_rand"), p_rand},
                       {QStringLiteral("permutations"), permutations},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("EI_sim"), EI_sim},
                       {QStringLiteral("seI_sim"), seI_sim},
                       {QStringLiteral("z_sim"), z_sim},
                       {QStringLiteral("p_sim"), p_sim}};
}

} // namespace phenomap
