// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethbuilder.h"

#include "choroplethpalette.h"
#include "zonelayer.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace phenomap {

namespace {

/// The value diverging colours are centred on: no change, an even share, else the median.
double centreFor(ZoneMeasure measure, std::vector<double> values)
{
    if (measure == ZoneMeasure::Change)
        return 0;
    if (measure == ZoneMeasure::LocationQuotient)
        return 1;
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
    return values[values.size() / 2];
}

int decimalsFor(ZoneMeasure measure, const std::vector<double> &bounds)
{
    switch (measure) {
    case ZoneMeasure::Count:
        return std::all_of(bounds.begin(), bounds.end(), [](double b) { return b == std::floor(b); }) ? 0 : 1;
    case ZoneMeasure::RatePer1000:
    case ZoneMeasure::LocationQuotient:
        return 2;
    case ZoneMeasure::PerKm2:
    case ZoneMeasure::Change:
        return 1;
    }
    return 1;
}

} // namespace

std::shared_ptr<const ZoneLayer> choroplethShapes(Database &db, const QString &layer)
{
    if (layer.isEmpty() || layer == QLatin1String("municipalities") || layer == QLatin1String("police_zones") ||
        layer.startsWith(QLatin1String("grid:")))
        return nullptr;
    return std::make_shared<ZoneLayer>(ZoneLayer::load(db, layer));
}

Choropleth buildChoropleth(const ChoroplethSettings &settings, const ZoneStatistics &statistics, const QString &title,
                           ClassBreaks *breaksOut, std::shared_ptr<const ZoneLayer> shapes)
{
    Choropleth out;
    const std::vector<double> values = statistics.values();
    const ClassBreaks breaks = computeClassBreaks(values, settings.classes, settings.method);
    if (breaksOut)
        *breaksOut = breaks;
    if (!settings.enabled || statistics.zones.empty())
        return out;
    out.layer = settings.layer;
    if (!statistics.zones.empty() && !statistics.zones.front().zone.outline.empty()) {
        // A generated grid: its cells become the zones to fill.
        std::vector<ZoneShape> cells;
        cells.reserve(statistics.zones.size());
        for (const ZoneStatistic &zone : statistics.zones) {
            ZoneShape shape;
            shape.code = zone.zone.code;
            QPolygonF polygon;
            for (const QPointF &p : zone.zone.outline)
                polygon << p;
            shape.path.addPolygon(polygon);
            shape.path.closeSubpath();
            shape.bounds = shape.path.boundingRect();
            shape.labelPoint = shape.bounds.center();
            cells.push_back(std::move(shape));
        }
        out.zones = std::make_shared<ZoneLayer>(std::move(cells));
    } else if (shapes) {
        out.zones = std::move(shapes);
        out.outlines = true;
    }
    out.bounds = breaks.bounds;
    out.colours = classColours(settings.palette, breaks.bounds, centreFor(statistics.measure, values));
    out.title = title;
    out.decimals = decimalsFor(statistics.measure, breaks.bounds);
    out.opacity = settings.opacity;
    for (const ZoneStatistic &zone : statistics.zones) {
        const int cls = breaks.classOf(zone.value);
        if (cls >= 0 && cls < out.colours.size())
            out.fills.insert(zone.zone.code, out.colours[cls]);
        else
            out.showNoData = true;
    }
    return out;
}

} // namespace phenomap
