// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

#include <vector>

namespace phenomap {

/// Colour-blind-safe palettes for choropleths. The sequential ones vary mostly in lightness (read
/// the same with every common colour-vision deficiency and in greyscale); the diverging one runs
/// from blue to orange, a pair deuteranopes and protanopes tell apart, through a light neutral.
enum class ChoroplethPalette {
    Blues,
    Oranges,
    Viridis,    ///< dark violet -> blue -> green -> yellow, perceptually even
    BlueOrange, ///< diverging, for changes and quotients around a centre value
};

bool isDiverging(ChoroplethPalette palette);

/// `classes` colours from light (low) to dark (high); for Viridis from dark to light. The
/// diverging palette gives its colours from blue through neutral to orange.
QList<QColor> sequentialColours(ChoroplethPalette palette, int classes);

/// Colours for class bounds (classCount + 1 values) around `centre`: a class below the centre
/// is blue, above it orange, deeper as its middle lies further from the centre; a class around
/// the centre is neutral. Sequential palettes ignore the centre.
QList<QColor> classColours(ChoroplethPalette palette, const std::vector<double> &bounds, double centre);

} // namespace phenomap
