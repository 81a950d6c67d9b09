// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethpalette.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace phenomap {

namespace {

// Anchor colours chosen for this project: each sequential ramp falls steadily in lightness.
constexpr QRgb kBlues[] = {0xeaf2fb, 0xa9cbe8, 0x5795cb, 0x2462a4, 0x0b3a73};
constexpr QRgb kOranges[] = {0xfef0df, 0xfcc98d, 0xf08a35, 0xc8570f, 0x823004};
constexpr QRgb kViridis[] = {0x46105f, 0x3f4a8a, 0x2a7b8e, 0x25a784, 0x6ccd5a, 0xf1e521};
constexpr QRgb kBlueOrange[] = {0x1d4f8f, 0x6f9fd0, 0xf1efe9, 0xf3a866, 0xa8500e};

std::span<const QRgb> anchors(ChoroplethPalette palette)
{
    switch (palette) {
    case ChoroplethPalette::Blues:
        return kBlues;
    case ChoroplethPalette::Oranges:
        return kOranges;
    case ChoroplethPalette::Viridis:
        return kViridis;
    case ChoroplethPalette::BlueOrange:
        return kBlueOrange;
    }
    return kBlues;
}

/// Piecewise-linear interpolation between the anchors, t in [0, 1].
QColor ramp(std::span<const QRgb> stops, double t)
{
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const std::size_t i = std::min(stops.size() - 2, std::size_t(t));
    const double f = t - double(i);
    const QColor a = QColor::fromRgb(stops[i]), b = QColor::fromRgb(stops[i + 1]);
    const auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

} // namespace

bool isDiverging(ChoroplethPalette palette)
{
    return palette == ChoroplethPalette::BlueOrange;
}

QList<QColor> sequentialColours(ChoroplethPalette palette, int classes)
{
    QList<QColor> out;
    const auto stops = anchors(palette);
    for (int i = 0; i < classes; ++i) {
        // One class takes the middle of the ramp; more spread from a light to a dark end.
        const double t = classes == 1 ? 0.5 : 0.08 + 0.92 * double(i) / double(classes - 1);
        out.append(
            ramp(stops, palette == ChoroplethPalette::BlueOrange ? double(i) / std::max(1, classes - 1) : t));
    }
    return out;
}

QList<QColor> classColours(ChoroplethPalette palette, const std::vector<double> &bounds, double centre)
{
    const int classes = bounds.empty() ? 0 : int(bounds.size()) - 1;
    if (!isDiverging(palette))
        return sequentialColours(palette, classes);
    // The class whose middle lies furthest from the centre gets the deepest colour of its side.
    std::vector<double> offset;
    double reach = 0;
    for (int i = 0; i < classes; ++i) {
        const double lo = bounds[std::size_t(i)], hi = bounds[std::size_t(i) + 1];
        offset.push_back(lo < centre && centre < hi ? 0.0 : (lo + hi) / 2 - centre);
        reach = std::max(reach, std::abs(offset.back()));
    }
    QList<QColor> out;
    for (double d : offset)
        out.append(ramp(anchors(palette), reach > 0 ? 0.5 + 0.5 * d / reach : 0.5));
    return out;
}

} // namespace phenomap
