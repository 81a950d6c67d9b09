// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "significance.h"

#include <QtGlobal>

#include <vector>

namespace phenomap {

class SpatialWeights;

/// Getis-Ord Gi* hot and cold spots.
/// Why Gi*: it is the hot-spot statistic crime analysts are trained on (ArcGIS "Hot Spot
/// Analysis"); a cell is hot when it and its neighbours together hold more incidents than the
/// region's mean predicts. z_i = (sum_j w_ij x_j - xbar W_i) / (S sqrt((n S1_i - W_i^2)/(n-1)))
/// with W_i = sum_j w_ij, S1_i = sum_j w_ij^2, xbar and S (population sd) over all n units, the
/// unit itself included in its neighbourhood (Ord & Getis 1995). For binary weights this equals
/// esda.G_Local(star=True).Zs.
class GetisOrd
{
public:
    struct Result
    {
        std::vector<double> z;          ///< Gi* z-score
        std::vector<double> p;          ///< two-sided normal p-value
        std::vector<double> pAdjusted;  ///< after the correction
        std::vector<qint8> hotCold;     ///< +3/+2/+1 hot at 99/95/90 %, -3/-2/-1 cold, 0 not significant
        Significance::Correction correction = Significance::Correction::None;
    };

    /// `weights` should include each unit itself (SpatialWeights::withSelf()); if it does not,
    /// self is added with weight 1. Throws std::invalid_argument when sizes differ or n < 3.
    static Result compute(const std::vector<double> &values, const SpatialWeights &weights,
                          Significance::Correction correction = Significance::Correction::None);
};

} // namespace phenomap
