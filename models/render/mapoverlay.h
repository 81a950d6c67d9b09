// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapview.h"

#include <QSizeF>
#include <QString>

class QPainter;

namespace phenomap {

/// Where an overlay sits in the map's stack, from bottom to top.
enum class OverlayLevel {
    Basemap,        ///< over the land fill, under the choropleth and everything else (streets, water)
    UnderIncidents, ///< over the basemap, under the incidents (density surfaces, result grids)
    OverIncidents,  ///< over the incidents and the zone outlines (annotations, sketches)
};

/// A layer drawn by MapPainter besides its built-in zones and incidents: the basemap, a density
/// surface, a statistics result, the annotations of a picture. It is a plain value-like object
/// that holds what it draws, so the same overlay serves the screen, a PNG, an SVG and the PDF.
/// Implementations must be safe to paint from any thread that owns the QPainter.
class MapOverlay
{
public:
    virtual ~MapOverlay() = default;

    virtual OverlayLevel level() const = 0;
    /// Draws into (0, 0, viewport.pixelSize()). The painter maps pixels (not world metres); use
    /// viewport.worldToPixel(). `ui` is the size of one logical pixel on this device (1 on screen,
    /// larger on a 300 dpi PDF). MapPainter has already applied the overlay's opacity.
    virtual void paint(QPainter &painter, const MapViewport &viewport, double ui) const = 0;

    /// Size of this overlay's legend plate in logical pixels times `ui`; empty = no legend.
    virtual QSizeF legendSize(double ui) const
    {
        Q_UNUSED(ui);
        return {};
    }
    /// Draws the legend plate with its top-left corner at `topLeft` (MapPainter stacks the
    /// plates in the top-right corner, under the choropleth legend). Always fully opaque.
    virtual void paintLegend(QPainter &painter, QPointF topLeft, double ui) const
    {
        Q_UNUSED(painter);
        Q_UNUSED(topLeft);
        Q_UNUSED(ui);
    }
    /// A mention the map must carry while this overlay is shown (e.g. "© OpenStreetMap
    /// contributors"), in "fr", "nl" or "en"; empty = none.
    virtual QString attribution(const QString &language) const
    {
        Q_UNUSED(language);
        return {};
    }
};

} // namespace phenomap
