// SPDX-License-Identifier: GPL-3.0-or-later
#include "getisord.h"

#include "spatialweights.h"

#include <cmath>
#include <stdexcept>

namespace phenomap {

GetisOrd::Result GetisOrd::compute(const std::vector<double> &values, const SpatialWeights &weights,
                                   Significance::Correction correction)
{
    if (!weights.includesSelf())
        return compute(values, weights.withSelf(), correction);
    const std::size_t n = values.size();
    if (int(n) != weights.size())
        throw std::invalid_argument("GetisOrd: values and weights differ in size");
    if (n < 3)
        throw std::invalid_argument("GetisOrd: at least 3 units are needed");
    const double nd = double(n);
    double sum = 0, sum2 = 0;
    for (double v : values) {
        sum += v;
        sum2 += v * v;
    }
    const double mean = sum / nd;
    const double s = std::sqrt(std::max(0.0, sum2 / nd - mean * mean));

    Result r;
    r.correction = correction;
    r.z.resize(n);
    r.p.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        double lag = 0, wi = 0, s1 = 0;
        for (std::size_t e = weights.rowBegin(int(i)); e < weights.rowEnd(int(i)); ++e) {
            const double w = weights.weight(e);
            lag += w * values[std::size_t(weights.neighbour(e))];
            wi += w;
            s1 += w * w;
        }
        const double den = s * std::sqrt((nd * s1 - wi * wi) / (nd - 1));
        r.z[i] = den > 0 ? (lag - mean * wi) / den : std::nan("");
        r.p[i] = Significance::twoSidedP(r.z[i]);
    }
    r.pAdjusted = Significance::adjust(r.p, correction);
    r.hotCold.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double q = r.pAdjusted[i];
        if (std::isnan(q))
            continue;
        const qint8 level = q <= 0.01 ? 3 : q <= 0.05 ? 2 : q <= 0.10 ? 1 : 0;
        r.hotCold[i] = r.z[i] > 0 ? level : qint8(-level);
    }
    return r;
}

} // namespace phenomap
