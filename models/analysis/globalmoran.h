// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <vector>

namespace phenomap {

class Feedback;
class SpatialWeights;

/// Global Moran's I: is the phenomenon spatially clustered at all?
/// Why these inferences: the analytical moments (Cliff & Ord 1981) under normality and under
/// randomisation, and a seeded permutation pseudo p-value, are the three that PySAL/ESDA and
/// GeoDa report, so an analyst can check a Phenomap figure against the tools reviewers know.
/// Formulas follow esda.Moran (two-tailed analytical p-values, folded pseudo p-value).
class GlobalMoran
{
public:
    struct Result
    {
        int n = 0;
        double I = 0;
        double EI = 0;                       ///< -1 / (n - 1)
        double VI_norm = 0, seI_norm = 0, z_norm = 0, p_norm = 1; ///< under normality, two-tailed
        double VI_rand = 0, seI_rand = 0, z_rand = 0, p_rand = 1; ///< under randomisation, two-tailed
        int permutations = 0;
        quint64 seed = 0;
        double EI_sim = 0, seI_sim = 0, z_sim = 0; ///< mean and sd (ddof 0) of the permuted I
        double p_sim = 1;                    ///< (min(#sim >= I, #sim < I) + 1) / (permutations + 1)
        std::vector<double> sims;            ///< the permuted I values, in permutation order
        QJsonObject toJson() const;          ///< every field except sims
    };

    /// Computes I for `values` (one per unit of `weights`, whose transform is used as is).
    /// permutations = 0 skips the permutation test. Throws Canceled via the feedback and
    /// std::invalid_argument when sizes differ or n < 4.
    static Result compute(const std::vector<double> &values, const SpatialWeights &weights, int permutations = 999,
                          quint64 seed = 12345, Feedback *feedback = nullptr, int threads = 0);
};

} // namespace phenomap
