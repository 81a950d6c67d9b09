// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace phenomap {

/// What part of the world a map shows at which scale, as a plain value: the canvas, the PNG
/// export and the PDF report each hold one, so the same painter code serves them all.
/// World coordinates are EPSG:31370 metres with y pointing north (up); pixels have y down.
class MapViewport
{
public:
    static constexpr double kMinMetresPerPixel = 0.05;
    static constexpr double kMaxMetresPerPixel = 2000.0;

    MapViewport() = default;
    MapViewport(QPointF centre, double metresPerPixel, QSize pixelSize)
        : m_centre(centre), m_mpp(clampScale(metresPerPixel)), m_size(pixelSize) {}

    QPointF centre() const { return m_centre; }               ///< world metres
    double metresPerPixel() const { return m_mpp; }           ///< ground size of one pixel
    QSize pixelSize() const { return m_size; }                ///< device pixels
    bool isValid() const { return !m_size.isEmpty() && m_mpp > 0; }

    void setCentre(QPointF centre) { m_centre = centre; }
    void setMetresPerPixel(double mpp) { m_mpp = clampScale(mpp); }
    void setPixelSize(QSize size) { m_size = size; }

    /// World (EPSG:31370) to pixel transform; y is flipped so north is up.
    QTransform worldToPixel() const
    {
        const double s = 1.0 / m_mpp;
        return QTransform(s, 0, 0, -s, m_size.width() / 2.0 - m_centre.x() * s,
                          m_size.height() / 2.0 + m_centre.y() * s);
    }
    /// Pixel to world transform (the inverse of worldToPixel()).
    QTransform pixelToWorld() const
    {
        return QTransform(m_mpp, 0, 0, -m_mpp, m_centre.x() - m_size.width() / 2.0 * m_mpp,
                          m_centre.y() + m_size.height() / 2.0 * m_mpp);
    }
    QPointF toPixel(QPointF world) const { return worldToPixel().map(world); }
    QPointF toWorld(QPointF pixel) const { return pixelToWorld().map(pixel); }

    /// The world rectangle the viewport shows (normalised: top() is the southern edge).
    QRectF worldExtent() const
    {
        const double w = m_size.width() * m_mpp, h = m_size.height() * m_mpp;
        return QRectF(m_centre.x() - w / 2, m_centre.y() - h / 2, w, h);
    }

    /// Zooms by factor (> 1 zooms in) keeping the world point under pixel fixed.
    void zoomAt(QPointF pixel, double factor)
    {
        if (factor <= 0)
            return;
        const QPointF before = toWorld(pixel);
        m_mpp = clampScale(m_mpp / factor);
        const QPointF after = toWorld(pixel);
        m_centre += before - after;
    }
    /// Zooms around the centre of the viewport.
    void zoom(double factor) { zoomAt(QPointF(m_size.width() / 2.0, m_size.height() / 2.0), factor); }

    /// Moves the map by a pixel offset, as when the user drags it (content follows the mouse).
    void pan(QPointF pixelDelta)
    {
        m_centre += QPointF(-pixelDelta.x() * m_mpp, pixelDelta.y() * m_mpp);
    }

    /// Centres on a world rectangle and picks the scale that shows it whole, with a margin
    /// given as a fraction of the viewport (0.05 = 5 % on each side).
    void fit(const QRectF &world, double margin = 0.04)
    {
        if (!world.isValid() || m_size.isEmpty())
            return;
        m_centre = world.center();
        const double usableW = std::max(1.0, m_size.width() * (1.0 - 2 * margin));
        const double usableH = std::max(1.0, m_size.height() * (1.0 - 2 * margin));
        m_mpp = clampScale(std::max(world.width() / usableW, world.height() / usableH));
    }

    bool operator==(const MapViewport &) const = default;

private:
    static double clampScale(double mpp)
    {
        if (!std::isfinite(mpp))
            return 10.0;
        return std::clamp(mpp, kMinMetresPerPixel, kMaxMetresPerPixel);
    }

    QPointF m_centre{149000.0, 170000.0}; // the middle of the Brussels-Capital Region
    double m_mpp = 20.0;
    QSize m_size{800, 600};
};

} // namespace phenomap
