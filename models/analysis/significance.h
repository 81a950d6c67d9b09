// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace phenomap {

/// p-values and multiple-testing corrections shared by the local statistics.
/// Why: a map of 16,000 local tests at 5 % shows ~800 "significant" cells by chance alone; the
/// analyst chooses between no correction, Bonferroni (family-wise) and Benjamini-Hochberg
/// (false discovery rate), and the choice is recorded with the result.
class Significance
{
public:
    enum class Correction { None, Bonferroni, Fdr };

    /// Standard normal cumulative distribution function.
    static double normalCdf(double z);
    /// Two-sided p-value of a standard normal z-score: 2 * (1 - Phi(|z|)).
    static double twoSidedP(double z);
    /// Adjusted p-values: unchanged (None), min(1, m p) (Bonferroni) or Benjamini-Hochberg
    /// q-values q_(i) = min_{j >= i} m p_(j) / j (Fdr). A test is significant at level alpha when
    /// its adjusted p-value is <= alpha (for Fdr exactly the BH step-up rule). NaN p-values are
    /// kept as NaN and do not count in m.
    static std::vector<double> adjust(const std::vector<double> &p, Correction correction);

    static QString correctionName(Correction c); ///< "none", "bonferroni", "fdr"
    static Correction correctionFromName(const QString &name, bool *ok = nullptr);
};

} // namespace phenomap
