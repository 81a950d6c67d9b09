// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

class QPainter;

namespace phenomap::mapdrawing {

// Helpers shared by the map painter's source files (not a public API).

/// The map's sans-serif font at a pixel size.
QFont mapFont(double pixelSize, bool bold = false);
/// True when the painter draws into pixels (image, screen) rather than a vector document.
bool isRaster(const QPainter &painter);
/// Light yellow -> orange -> dark red, for t in [0, 1].
QColor rampColour(double t);

} // namespace phenomap::mapdrawing
