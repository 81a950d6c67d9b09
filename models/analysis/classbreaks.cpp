// SPDX-License-Identifier: GPL-3.0-or-later
#include "classbreaks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace phenomap {

namespace {

constexpr int kMaxClasses = 32;

/// The finite values, sorted ascending.
std::vector<double> sortedFinite(const std::vector<double> &values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            out.push_back(v);
    std::sort(out.begin(), out.end());
    return out;
}

/// Distinct values of a sorted vector and how often each occurs.
void distinctWithWeights(const std::vector<double> &sorted, std::vector<double> &distinct,
                         std::vector<double> &weight)
{
    for (double v : sorted) {
        if (!distinct.empty() && distinct.back() == v) {
            weight.back() += 1;
        } else {
            distinct.push_back(v);
            weight.push_back(1);
        }
    }
}

int clampClasses(int classes)
{
    return std::clamp(classes, 1, kMaxClasses);
}

/// Prefix sums for the within-class deviation of distinct values [s, e), centred on the mean to
/// keep the subtraction Q - S^2/W accurate.
class SegmentCost
{
public:
    SegmentCost(const std::vector<double> &distinct, const std::vector<double> &weight)
        : m_w(distinct.size() + 1, 0), m_s(distinct.size() + 1, 0), m_q(distinct.size() + 1, 0)
    {
        double total = 0, count = 0;
        for (std::size_t i = 0; i < distinct.size(); ++i)
            total += distinct[i] * weight[i], count += weight[i];
        const double mean = count > 0 ? total / count : 0;
        for (std::size_t i = 0; i < distinct.size(); ++i) {
            const double x = distinct[i] - mean;
            m_w[i + 1] = m_w[i] + weight[i];
            m_s[i + 1] = m_s[i] + weight[i] * x;
            m_q[i + 1] = m_q[i] + weight[i] * x * x;
        }
    }
    double operator()(std::size_t s, std::size_t e) const
    {
        const double w = m_w[e] - m_w[s];
        if (w <= 0)
            return 0;
        const double sum = m_s[e] - m_s[s];
        return std::max(0.0, (m_q[e] - m_q[s]) - sum * sum / w);
    }

private:
    std::vector<double> m_w, m_s, m_q;
};

/// One row of the DP: cur[i] = min over s of prev[s] + cost(s, i), for i in [lo, hi], knowing the
/// best s lies in [optLo, optHi]; the smallest best s is kept, which is monotone in i.
struct DpRow
{
    const SegmentCost &cost;
    const std::vector<double> &prev;
    std::vector<double> &cur;
    std::vector<std::size_t> &arg;
    std::size_t minSplit;

    void solve(std::size_t lo, std::size_t hi, std::size_t optLo, std::size_t optHi)
    {
        if (lo > hi)
            return;
        const std::size_t mid = lo + (hi - lo) / 2;
        double best = std::numeric_limits<double>::infinity();
        std::size_t bestS = std::max(optLo, minSplit);
        for (std::size_t s = std::max(optLo, minSplit); s <= std::min(optHi, mid - 1); ++s) {
            const double c = prev[s] + cost(s, mid);
            if (c < best) {
                best = c;
                bestS = s;
            }
        }
        cur[mid] = best;
        arg[mid] = bestS;
        if (mid > lo)
            solve(lo, mid - 1, optLo, bestS);
        solve(mid + 1, hi, bestS, optHi);
    }
};

} // namespace

int ClassBreaks::classOf(double value) const
{
    if (bounds.empty() || !std::isfinite(value) || value < bounds.front() || value > bounds.back())
        return -1;
    const auto it = std::lower_bound(bounds.begin() + 1, bounds.end(), value);
    return std::max(0, int(it - bounds.begin()) - 1);
}

ClassBreaks quantileBreaks(const std::vector<double> &values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    ClassBreaks out;
    if (sorted.empty())
        return out;
    const std::size_t n = sorted.size();
    const std::size_t k = std::size_t(clampClasses(classes));
    out.bounds.push_back(sorted.front());
    for (std::size_t i = 1; i <= k; ++i) {
        // Upper limit of class i: the value at rank ceil(i n / k) (1-based), so class i ends
        // after about i/k of the values. Coinciding limits (ties) merge their classes.
        const std::size_t rank = (i * n + k - 1) / k;
        const double upper = sorted[rank - 1];
        if (out.bounds.size() == 1 || upper > out.bounds.back())
            out.bounds.push_back(upper);
    }
    return out;
}

ClassBreaks naturalBreaks(const std::vector<double> &values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    ClassBreaks out;
    if (sorted.empty())
        return out;
    std::vector<double> distinct, weight;
    distinctWithWeights(sorted, distinct, weight);
    const std::size_t m = distinct.size();
    const std::size_t k = std::min(m, std::size_t(clampClasses(classes)));
    const SegmentCost cost(distinct, weight);

    // best[j][i]: least deviation of distinct values [0, i) in j + 1 classes; split[j][i]: where
    // its last class starts.
    std::vector<std::vector<double>> best(
        k, std::vector<double>(m + 1, std::numeric_limits<double>::infinity()));
    std::vector<std::vector<std::size_t>> split(k, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = 1; i <= m; ++i)
        best[0][i] = cost(0, i);
    for (std::size_t j = 1; j < k; ++j) {
        DpRow row{cost, best[j - 1], best[j], split[j], j};
        row.solve(j + 1, m, j, m - 1);
    }
    std::vector<double> uppers;
    std::size_t end = m;
    for (std::size_t j = k; j-- > 0;) {
        uppers.push_back(distinct[end - 1]);
        end = split[j][end];
    }
    out.bounds.push_back(distinct.front());
    out.bounds.insert(out.bounds.end(), uppers.rbegin(), uppers.rend());
    return out;
}

ClassBreaks equalIntervalBreaks(const std::vector<double> &values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    ClassBreaks out;
    if (sorted.empty())
        return out;
    const double lo = sorted.front(), hi = sorted.back();
    std::vector<double> distinct, weight;
    distinctWithWeights(sorted, distinct, weight);
    const int k = std::min(int(distinct.size()), clampClasses(classes));
    out.bounds.push_back(lo);
    if (lo == hi) {
        out.bounds.push_back(hi);
        return out;
    }
    for (int i = 1; i < k; ++i)
        out.bounds.push_back(lo + (hi - lo) * i / k);
    out.bounds.push_back(hi);
    return out;
}

ClassBreaks computeClassBreaks(const std::vector<double> &values, int classes, ClassMethod method)
{
    switch (method) {
    case ClassMethod::Quantile:
        return quantileBreaks(values, classes);
    case ClassMethod::NaturalBreaks:
        return naturalBreaks(values, classes);
    case ClassMethod::EqualInterval:
        return equalIntervalBreaks(values, classes);
    }
    return {};
}

double withinClassDeviation(const std::vector<double> &values, const ClassBreaks &breaks)
{
    const int k = breaks.classCount();
    std::vector<double> sum(std::size_t(std::max(k, 0)), 0), count(sum.size(), 0);
    for (double v : values) {
        const int c = breaks.classOf(v);
        if (c >= 0)
            sum[std::size_t(c)] += v, count[std::size_t(c)] += 1;
    }
    double total = 0;
    for (double v : values) {
        const int c = breaks.classOf(v);
        if (c >= 0) {
            const double d = v - sum[std::size_t(c)] / count[std::size_t(c)];
            total += d * d;
        }
    }
    return total;
}

} // namespace phenomap
