// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "significance.h"

#include <QtGlobal>

#include <vector>

namespace phenomap {

class Feedback;
class SpatialWeights;

/// Local Moran's I (Anselin 1995, LISA): where are the clusters (high-high, low-low) and the
/// outliers (high-low, low-high)?
/// Why conditional permutation with per-unit random streams: the analytical LISA moments are
/// unreliable for skewed counts, so inference is by permutation (unit i held fixed, its k_i
/// neighbour values drawn without replacement from the other n-1 units), as in esda.Moran_Local.
/// Unit i draws from its own stream (seed, i), so results are identical for any thread count.
/// Values follow esda: z standardised with the population sd, I_i = (n-1) z_i lag_i / sum z^2,
/// folded pseudo p-values.
class LocalMoran
{
public:
    enum Quadrant : quint8 { None = 0, HighHigh = 1, LowHigh = 2, LowLow = 3, HighLow = 4 };

    struct Result
    {
        std::vector<double> I;          ///< local statistic per unit
        std::vector<double> z;          ///< standardised value
        std::vector<double> lag;        ///< spatial lag of z
        std::vector<quint8> quadrant;   ///< Quadrant by the signs of z and lag (as esda's q)
        std::vector<double> pSim;       ///< folded pseudo p-value; NaN for islands
        std::vector<double> pAdjusted;  ///< pSim after the correction
        std::vector<quint8> cluster;    ///< quadrant where pAdjusted <= alpha, else None
        int permutations = 0;
        quint64 seed = 0;
        Significance::Correction correction = Significance::Correction::None;
        double alpha = 0.05;
        int significant() const;        ///< number of units with a cluster
    };

    /// weights are used with their transform as is (esda's default is row-standardised).
    /// Throws Canceled via the feedback; std::invalid_argument when sizes differ or n < 3.
    static Result compute(const std::vector<double> &values, const SpatialWeights &weights, int permutations = 999,
                          quint64 seed = 12345, Significance::Correction correction = Significance::Correction::None,
                          double alpha = 0.05, Feedback *feedback = nullptr, int threads = 0);
};

} // namespace phenomap
