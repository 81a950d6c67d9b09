// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace phenomap {

/// How a choropleth splits its values into classes.
enum class ClassMethod {
    Quantile,      ///< about the same number of values in each class
    NaturalBreaks, ///< Jenks: least within-class sum of squared deviations (exact, Fisher's optimal
                   ///< partition)
    EqualInterval, ///< classes of equal width between the minimum and the maximum
};

/// Class limits of a choropleth. `bounds` is empty (no class) or holds classCount() + 1 ascending
/// values: class i holds the values v with bounds[i] < v <= bounds[i + 1], and class 0 also holds
/// bounds[0] (the minimum). Every class made by quantile or natural breaks holds at least one
/// value; a single distinct value gives one class with bounds {v, v}.
struct ClassBreaks
{
    std::vector<double> bounds;

    int classCount() const { return bounds.empty() ? 0 : int(bounds.size()) - 1; }
    /// The class of a value, or -1 when it is not finite or outside [bounds.front(), bounds.back()].
    int classOf(double value) const;
    bool operator==(const ClassBreaks &) const = default;
};

/// Class breaks for `classes` classes (clamped to 1..32). Non-finite values are ignored. Never more
/// classes than distinct values: ties always fall in the same class, so quantile breaks that
/// coincide are merged and the result can have fewer classes than asked for. Empty input gives
/// no class.
ClassBreaks computeClassBreaks(const std::vector<double> &values, int classes, ClassMethod method);

ClassBreaks quantileBreaks(const std::vector<double> &values, int classes);
/// Jenks natural breaks as the exact optimum: the partition of the sorted distinct values into
/// contiguous classes with the least total within-class sum of squared deviations, found by
/// dynamic programming (Fisher 1958) in O(k m log m) for m distinct values, using the monotonicity
/// of the optimal split for this cost (divide and conquer over the DP rows).
ClassBreaks naturalBreaks(const std::vector<double> &values, int classes);
ClassBreaks equalIntervalBreaks(const std::vector<double> &values, int classes);

/// Total within-class sum of squared deviations of `values` classified by `breaks` (the quantity
/// natural breaks minimise); values outside every class are ignored.
double withinClassDeviation(const std::vector<double> &values, const ClassBreaks &breaks);

} // namespace phenomap
