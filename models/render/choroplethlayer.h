// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;

namespace phenomap {

class ZoneLayer;

/// What a choropleth shows, ready to draw: the painter only looks colours up by zone code, so it
/// needs neither the statistics nor the class breaks code (the app layer computes them).
struct Choropleth
{
    QString layer;                ///< "municipalities", "police_zones", a grid or an imported layer; empty = none
    /// The zones to fill when they are not one of the painter's layers (a grid, an imported layer).
    std::shared_ptr<const ZoneLayer> zones;
    /// Stroke the zones' boundaries too: an imported layer has no boundary layer of its own.
    bool outlines = false;
    QHash<QString, QColor> fills; ///< zone code -> class colour; a zone absent here has no value
    std::vector<double> bounds;   ///< class limits: class i is (bounds[i], bounds[i + 1]], see ClassBreaks
    QList<QColor> colours;        ///< colour of each class
    QString title;                ///< legend title naming the measure
    int decimals = 0;             ///< decimals of the numbers in the legend
    bool showNoData = false;      ///< some zone has no value: the legend explains its colour
    double opacity = 0.75;        ///< of the fill, over the land colour and under the incidents

    bool isEnabled() const { return !layer.isEmpty() && !colours.isEmpty(); }
};

/// Where each part of a choropleth legend goes, in logical pixels of the map.
struct ChoroplethLegendLayout
{
    QRectF plate;
    QFont titleFont, font;
    QPointF titleBaseline;
    QList<QRectF> swatches; ///< one per class, then one for "no data" when shown
    QStringList labels;     ///< beside each swatch
};

/// Draws a choropleth: the class colours filling the zones of a layer, and its legend in the
/// top-right corner of the map.
class ChoroplethLayer
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ChoroplethLayer)
public:
    /// Fill of a zone without a value.
    static QColor noDataColour() { return QColor(0xc8, 0xc8, 0xc8); }
    /// "lo – hi" with the locale's digits and decimal separator.
    static QString classLabel(double lo, double hi, int decimals);

    /// Fills the zones of `layer` with their class colours at the choropleth's opacity. The
    /// painter must already map world metres; `paths` (in shape order) replaces the shapes' own
    /// paths when given (simplified outlines for a raster device).
    static void paintFill(QPainter &painter, const ZoneLayer &layer, const std::vector<QPainterPath> *paths,
                          const QRectF &visibleWorld, const Choropleth &choropleth);

    static ChoroplethLegendLayout legendLayout(const Choropleth &choropleth, QSize mapSize, double ui);
    static void paintLegend(QPainter &painter, const Choropleth &choropleth, QSize mapSize, double ui);
};

} // namespace phenomap
