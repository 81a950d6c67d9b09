// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapoverlay.h"

#include <QCoreApplication>
#include <QImage>

#include <vector>

namespace phenomap {

/// A density surface ready to draw: a north-up grid of values (incidents per km²) with its
/// georeference. The app computes it (KernelDensity) and hands it over; rendering needs no
/// statistics code.
struct DensitySurface
{
    double originX = 0, originY = 0; ///< top-left corner, EPSG:31370 metres
    double cellSize = 50;            ///< metres
    int columns = 0, rows = 0;
    std::vector<float> values;       ///< row-major, row 0 at the top, incidents per km²
    double bandwidth = 300;          ///< metres, for the legend
    quint32 incidents = 0;           ///< how many points went in, for the legend

    bool isEmpty() const { return columns <= 0 || rows <= 0 || values.empty(); }
    double maximum() const;
};

/// Draws a density surface as a heat map under the incidents: transparent where there is
/// (almost) nothing, then light yellow to dark red, with a legend giving the scale in
/// incidents per km², the bandwidth and the cell size.
class DensityLayer : public MapOverlay
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::DensityLayer)
public:
    explicit DensityLayer(DensitySurface surface);

    const DensitySurface &surface() const { return m_surface; }
    /// Colour of a value at its fraction t = value / maximum of the surface (transparent below 2 %).
    static QColor colourAt(double t);

    OverlayLevel level() const override { return OverlayLevel::UnderIncidents; }
    void paint(QPainter &painter, const MapViewport &viewport, double ui) const override;
    QSizeF legendSize(double ui) const override;
    void paintLegend(QPainter &painter, QPointF topLeft, double ui) const override;

private:
    DensitySurface m_surface;
    QImage m_image; ///< one pixel per cell
    double m_max = 0;
};

} // namespace phenomap
