// SPDX-License-Identifier: GPL-3.0-or-later
#include "significance.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace phenomap {

double Significance::normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double Significance::twoSidedP(double z)
{
    if (std::isnan(z))
        return std::nan("");
    return std::min(1.0, std::erfc(std::fabs(z) / std::sqrt(2.0)));
}

std::vector<double> Significance::adjust(const std::vector<double> &p, Correction correction)
{
    std::vector<double> out = p;
    std::vector<std::size_t> valid;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (!std::isnan(p[i]))
            valid.push_back(i);
    const double m = double(valid.size());
    switch (correction) {
    case Correction::None:
        break;
    case Correction::Bonferroni:
        for (std::size_t i : valid)
            out[i] = std::min(1.0, p[i] * m);
        break;
    case Correction::Fdr: {
        std::stable_sort(valid.begin(), valid.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
        double running = 1.0;
        for (std::size_t r = valid.size(); r-- > 0;) {
            running = std::min(running, p[valid[r]] * m / double(r + 1));
            out[valid[r]] = running;
        }
        break;
    }
    }
    return out;
}

QString Significance::correctionName(Correction c)
{
    switch (c) {
    case Correction::None: return QStringLiteral("none");
    case Correction::Bonferroni: return QStringLiteral("bonferroni");
    case Correction::Fdr: return QStringLiteral("fdr");
    }
    return QStringLiteral("none");
}

Significance::Correction Significance::correctionFromName(const QString &name, bool *ok)
{
    for (Correction c : {Correction::None, Correction::Bonferroni, Correction::Fdr})
        if (correctionName(c) == name) {
            if (ok)
                *ok = true;
            return c;
        }
    if (ok)
        *ok = false;
    return Correction::None;
}

} // namespace phenomap
