// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QPainterPath>

#include <utility>
#include <vector>

namespace phenomap {

class ZoneLayer;

/// The path with every ring simplified (Douglas-Peucker) so that no point of a ring moves more
/// than `tolerance`; rings left with fewer than three points are dropped. A path with curves,
/// or a tolerance <= 0, is returned as it is.
QPainterPath simplifiedPath(const QPainterPath &path, double tolerance);

/// A zone layer's outlines at the detail a scale can show, for raster devices. Why: the UrbIS
/// outlines have tens of thousands of vertices, most of them closer than a pixel when the whole
/// region is on screen, and antialiased filling and stroking cost grows with the vertices. The
/// paths for a scale are simplified to a quarter of a pixel at most (tolerances are powers of two
/// metres, so a level serves every scale up to twice its own), computed once and kept until
/// clear(). Each level also holds its outlines as line segments: Qt strokes a pen wider than a
/// pixel along a whole path far more slowly than segment by segment.
class ZoneLod
{
public:
    static constexpr double kMaxPixelError = 0.25;
    static constexpr double kMinTolerance = 0.5; ///< metres; finer scales draw the original paths
    static constexpr std::size_t kMaxLevels = 4;

    struct Level
    {
        double tolerance = 0;                      ///< metres; 0 = the original paths
        std::vector<QPainterPath> paths;           ///< in shape order
        std::vector<std::vector<QLineF>> segments; ///< every ring's edges, in shape order
    };

    /// The tolerance in metres used at a scale, 0 when the original paths are drawn.
    static double toleranceFor(double metresPerPixel);
    /// The layer's outlines for a scale.
    const Level &level(const ZoneLayer &layer, double metresPerPixel);
    void clear() { m_levels.clear(); }

private:
    std::vector<Level> m_levels; ///< most recently used first
};

} // namespace phenomap
