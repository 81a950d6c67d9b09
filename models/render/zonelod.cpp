// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelod.h"

#include "zonelayer.h"

#include <algorithm>
#include <cmath>

namespace phenomap {

namespace {

/// Squared distance from p to the segment ab.
double segmentDistance2(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = p.x() - (a.x() + t * dx), ey = p.y() - (a.y() + t * dy);
    return ex * ex + ey * ey;
}

/// Douglas-Peucker over points[first..last]: marks in `keep` the points to keep between the two
/// ends (which the caller keeps). Iterative, so a long ring cannot overflow the stack.
void markKept(const std::vector<QPointF> &points, std::size_t first, std::size_t last, double tolerance2,
              std::vector<char> &keep)
{
    std::vector<std::pair<std::size_t, std::size_t>> todo{{first, last}};
    while (!todo.empty()) {
        const auto [a, b] = todo.back();
        todo.pop_back();
        if (b <= a + 1)
            continue;
        double worst = -1;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d2 = segmentDistance2(points[i], points[a], points[b]);
            if (d2 > worst) {
                worst = d2;
                at = i;
            }
        }
        if (worst > tolerance2) {
            keep[at] = 1;
            todo.push_back({a, at});
            todo.push_back({at, b});
        }
    }
}

/// Appends the simplified closed ring to out (nothing when fewer than three points remain).
void addSimplifiedRing(std::vector<QPointF> &ring, double tolerance, QPainterPath &out)
{
    if (ring.size() > 1 && ring.front() == ring.back())
        ring.pop_back();
    const std::size_t n = ring.size();
    if (n < 3)
        return;
    // Split the ring at its first point and the point farthest from it, then simplify each half.
    std::size_t far = 0;
    double farthest = -1;
    for (std::size_t i = 1; i < n; ++i) {
        const double dx = ring[i].x() - ring[0].x(), dy = ring[i].y() - ring[0].y();
        if (dx * dx + dy * dy > farthest) {
            farthest = dx * dx + dy * dy;
            far = i;
        }
    }
    ring.push_back(ring[0]);
    std::vector<char> keep(n + 1, 0);
    keep[0] = keep[far] = 1;
    markKept(ring, 0, far, tolerance * tolerance, keep);
    markKept(ring, far, n, tolerance * tolerance, keep);
    std::vector<QPointF> kept;
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i])
            kept.push_back(ring[i]);
    if (kept.size() < 3)
        return;
    out.moveTo(kept[0]);
    for (std::size_t i = 1; i < kept.size(); ++i)
        out.lineTo(kept[i]);
    out.closeSubpath();
}

} // namespace

QPainterPath simplifiedPath(const QPainterPath &path, double tolerance)
{
    if (!(tolerance > 0))
        return path;
    QPainterPath out;
    out.setFillRule(path.fillRule());
    std::vector<QPointF> ring;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isCurveTo() || e.type == QPainterPath::CurveToDataElement)
            return path;
        if (e.isMoveTo()) {
            addSimplifiedRing(ring, tolerance, out);
            ring.clear();
        }
        ring.push_back(QPointF(e.x, e.y));
    }
    addSimplifiedRing(ring, tolerance, out);
    return out;
}

double ZoneLod::toleranceFor(double metresPerPixel)
{
    const double limit = metresPerPixel * kMaxPixelError;
    if (!(limit >= kMinTolerance) || !std::isfinite(limit))
        return 0.0;
    return std::exp2(std::floor(std::log2(limit)));
}

const ZoneLod::Level &ZoneLod::level(const ZoneLayer &layer, double metresPerPixel)
{
    const double tolerance = toleranceFor(metresPerPixel);
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        if (m_levels[i].tolerance == tolerance && m_levels[i].paths.size() == layer.shapes().size()) {
            std::rotate(m_levels.begin(), m_levels.begin() + qsizetype(i),
                        m_levels.begin() + qsizetype(i) + 1);
            return m_levels.front();
        }
    }
    Level level;
    level.tolerance = tolerance;
    for (const ZoneShape &shape : layer.shapes()) {
        level.paths.push_back(simplifiedPath(shape.path, tolerance));
        std::vector<QLineF> lines;
        for (const QPolygonF &ring : level.paths.back().toSubpathPolygons())
            for (qsizetype i = 1; i < ring.size(); ++i)
                lines.emplace_back(ring[i - 1], ring[i]);
        level.segments.push_back(std::move(lines));
    }
    if (m_levels.size() >= kMaxLevels)
        m_levels.pop_back();
    m_levels.insert(m_levels.begin(), std::move(level));
    return m_levels.front();
}

} // namespace phenomap
