// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethlayer.h"

#include "mapdrawing.h"
#include "zonelayer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace phenomap {

QString ChoroplethLayer::classLabel(double lo, double hi, int decimals)
{
    const QLocale locale;
    return tr("%1 – %2", "legend class: from – to")
        .arg(locale.toString(lo, 'f', decimals), locale.toString(hi, 'f', decimals));
}

void ChoroplethLayer::paintFill(QPainter &painter, const ZoneLayer &layer,
                                const std::vector<QPainterPath> *paths, const QRectF &visibleWorld,
                                const Choropleth &choropleth)
{
    if (!choropleth.isEnabled())
        return;
    painter.save();
    painter.setPen(Qt::NoPen);
    const double layerOpacity = painter.opacity();
    painter.setOpacity(layerOpacity * std::clamp(choropleth.opacity, 0.0, 1.0));
    const QColor noData = noDataColour();
    for (std::size_t i = 0; i < layer.shapes().size(); ++i) {
        const ZoneShape &zone = layer.shapes()[i];
        if (!zone.bounds.intersects(visibleWorld))
            continue;
        painter.setBrush(choropleth.fills.value(zone.code, noData));
        painter.drawPath(paths && i < paths->size() ? (*paths)[i] : zone.path);
    }
    if (choropleth.outlines) {
        // The layer's opacity, not the fill's, so the zones read under the incidents.
        painter.setOpacity(layerOpacity);
        QPen pen(QColor(60, 60, 70, 200), 1.2);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const ZoneShape &zone : layer.shapes())
            if (zone.bounds.intersects(visibleWorld))
                painter.drawPath(zone.path);
    }
    painter.restore();
}

ChoroplethLegendLayout ChoroplethLayer::legendLayout(const Choropleth &choropleth, QSize mapSize, double ui)
{
    ChoroplethLegendLayout out;
    out.titleFont = mapdrawing::mapFont(11.5 * ui, true);
    out.font = mapdrawing::mapFont(10.5 * ui);
    const QFontMetricsF titleMetrics(out.titleFont), metrics(out.font);
    const int classes = int(choropleth.colours.size());
    for (int i = 0; i < classes; ++i) {
        const double lo = i < int(choropleth.bounds.size()) ? choropleth.bounds[std::size_t(i)] : 0;
        const double hi = i + 1 < int(choropleth.bounds.size()) ? choropleth.bounds[std::size_t(i) + 1] : lo;
        out.labels.append(classLabel(lo, hi, choropleth.decimals));
    }
    if (choropleth.showNoData)
        out.labels.append(tr("No data"));

    const double pad = 8 * ui, swatch = 14 * ui, gap = 6 * ui,
                 row = std::max(swatch + 3 * ui, metrics.height() + 2 * ui);
    double labelWidth = 0;
    for (const QString &label : std::as_const(out.labels))
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const double width =
        std::max(titleMetrics.horizontalAdvance(choropleth.title), swatch + gap + labelWidth) + 2 * pad;
    const double height =
        pad + titleMetrics.height() + 4 * ui + row * double(out.labels.size()) + pad - 3 * ui;
    const double margin = 10 * ui;
    out.plate = QRectF(mapSize.width() - margin - width, margin, width, height);
    out.titleBaseline = QPointF(out.plate.left() + pad, out.plate.top() + pad + titleMetrics.ascent());
    double y = out.plate.top() + pad + titleMetrics.height() + 4 * ui;
    for (qsizetype i = 0; i < out.labels.size(); ++i, y += row)
        out.swatches.append(QRectF(out.plate.left() + pad, y + (row - swatch) / 2, swatch, swatch));
    return out;
}

void ChoroplethLayer::paintLegend(QPainter &painter, const Choropleth &choropleth, QSize mapSize, double ui)
{
    if (!choropleth.isEnabled())
        return;
    const ChoroplethLegendLayout layout = legendLayout(choropleth, mapSize, ui);
    painter.save();
    painter.setPen(QPen(QColor(0x9a, 0xa1, 0xab), 1.0));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(layout.plate, 4 * ui, 4 * ui);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.setFont(layout.titleFont);
    painter.drawText(layout.titleBaseline, choropleth.title);
    painter.setFont(layout.font);
    const QFontMetricsF metrics(layout.font);
    for (qsizetype i = 0; i < layout.swatches.size(); ++i) {
        const QRectF &box = layout.swatches[i];
        // Swatches are opaque, so the legend reads the same whatever the fill opacity.
        const QColor colour = i < choropleth.colours.size() ? choropleth.colours[i] : noDataColour();
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.8 * ui));
        painter.setBrush(colour);
        painter.drawRect(box);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        const QPointF baseline(box.right() + 6 * ui,
                               box.center().y() + (metrics.ascent() - metrics.descent()) / 2);
        painter.drawText(baseline, layout.labels[i]);
    }
    painter.restore();
}

} // namespace phenomap
