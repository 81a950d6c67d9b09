// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultlayer.h"

#include "mapdrawing.h"

#include <QFontMetricsF>
#include <QHash>
#include <QJsonArray>
#include <QPainter>

#include <cmath>

namespace phenomap {
namespace {

QString metres(double v)
{
    return QString::number(v, 'g', 6);
}

/// Square or pointy-topped hexagon around a centre, as Grid::polygon draws it.
QPainterPath cellPath(QPointF c, double size, bool hexagon)
{
    QPainterPath path;
    if (!hexagon) {
        path.addRect(QRectF(c.x() - size / 2, c.y() - size / 2, size, size));
        return path;
    }
    const double r = size / std::sqrt(3.0), hw = size / 2;
    path.moveTo(c.x(), c.y() - r);
    path.lineTo(c.x() + hw, c.y() - r / 2);
    path.lineTo(c.x() + hw, c.y() + r / 2);
    path.lineTo(c.x(), c.y() + r);
    path.lineTo(c.x() - hw, c.y() + r / 2);
    path.lineTo(c.x() - hw, c.y() - r / 2);
    path.closeSubpath();
    return path;
}

} // namespace

struct ResultLayer::Layout
{
    QFont titleFont, font;
    QSizeF size;
    double pad = 0, line = 0, swatch = 0;
};

QColor ResultLayer::hotColdColour(int hotCold)
{
    switch (hotCold) {
    case 3: return QColor(0xb2, 0x18, 0x2b);
    case 2: return QColor(0xef, 0x8a, 0x62);
    case 1: return QColor(0xfd, 0xdb, 0xc7);
    case -1: return QColor(0xd1, 0xe5, 0xf0);
    case -2: return QColor(0x67, 0xa9, 0xcf);
    case -3: return QColor(0x21, 0x66, 0xac);
    default: return QColor(0xf7, 0xf7, 0xf7);
    }
}

QColor ResultLayer::lisaColour(int quadrant)
{
    switch (quadrant) {
    case 1: return QColor(0xff, 0x00, 0x00); // high-high
    case 2: return QColor(0xa7, 0xad, 0xf9); // low-high
    case 3: return QColor(0x00, 0x00, 0xff); // low-low
    case 4: return QColor(0xf4, 0xad, 0xa8); // high-low
    default: return QColor(0xee, 0xee, 0xee);
    }
}

std::shared_ptr<ResultLayer> ResultLayer::fromOutput(const QJsonObject &output, const ZoneLayer *zones)
{
    const QJsonObject record = output.value(QStringLiteral("record")).toObject();
    const QJsonObject result = output.value(QStringLiteral("result")).toObject();
    const QJsonObject units = output.value(QStringLiteral("units")).toObject();
    const QString method = record.value(QStringLiteral("method")).toString();
    const bool gi = method == QLatin1String("gi"), lisa = method == QLatin1String("lisa");
    if (!gi && !lisa)
        return nullptr;
    std::shared_ptr<ResultLayer> layer(new ResultLayer);

    // Geometry of the units.
    const QString unit = record.value(QStringLiteral("unit")).toString();
    if (unit == QLatin1String("zones")) {
        if (!zones)
            return nullptr;
        QHash<QString, const ZoneShape *> byCode;
        for (const ZoneShape &s : zones->shapes())
            byCode.insert(s.code, &s);
        for (const QJsonValue &code : units.value(QStringLiteral("codes")).toArray()) {
            const ZoneShape *s = byCode.value(code.toString());
            layer->m_shapes.push_back(s ? s->path : QPainterPath());
        }
    } else {
        const double size = record.value(QStringLiteral("cellSize")).toDouble();
        const bool hexagon = record.value(QStringLiteral("gridShape")).toString() == QLatin1String("hexagon");
        const QJsonArray xs = units.value(QStringLiteral("x")).toArray(), ys = units.value(QStringLiteral("y")).toArray();
        if (!(size > 0) || xs.size() != ys.size())
            return nullptr;
        for (qsizetype i = 0; i < xs.size(); ++i)
            layer->m_shapes.push_back(cellPath(QPointF(xs[i].toDouble(), ys[i].toDouble()), size, hexagon));
    }
    for (const QPainterPath &p : layer->m_shapes)
        layer->m_extent = layer->m_extent.isNull() ? p.boundingRect() : layer->m_extent.united(p.boundingRect());

    // Classes.
    const QJsonArray cls = result.value(gi ? QStringLiteral("hotCold") : QStringLiteral("cluster")).toArray();
    if (cls.size() != qsizetype(layer->m_shapes.size()))
        return nullptr;
    if (gi) {
        layer->m_classes = {{hotColdColour(3), tr("Hot spot, 99 % confidence")},
                            {hotColdColour(2), tr("Hot spot, 95 % confidence")},
                            {hotColdColour(1), tr("Hot spot, 90 % confidence")},
                            {hotColdColour(-1), tr("Cold spot, 90 % confidence")},
                            {hotColdColour(-2), tr("Cold spot, 95 % confidence")},
                            {hotColdColour(-3), tr("Cold spot, 99 % confidence")}};
        for (const QJsonValue &v : cls) {
            const int h = v.toInt();
            layer->m_classOf.push_back(h > 0 && h <= 3 ? 3 - h : h < 0 && h >= -3 ? 2 - h : -1);
        }
    } else {
        layer->m_classes = {{lisaColour(1), tr("High-high cluster")},
                            {lisaColour(3), tr("Low-low cluster")},
                            {lisaColour(4), tr("High-low outlier")},
                            {lisaColour(2), tr("Low-high outlier")}};
        for (const QJsonValue &v : cls) {
            const int q = v.toInt();
            layer->m_classOf.push_back(q == 1 ? 0 : q == 3 ? 1 : q == 4 ? 2 : q == 2 ? 3 : -1);
        }
    }

    // Legend: the method, then the key parameters.
    layer->m_title = gi ? tr("Hot spots (Getis-Ord Gi*)") : tr("Clusters (Local Moran, LISA)");
    QStringList parts;
    if (unit == QLatin1String("zones"))
        parts << tr("zones: %1").arg(record.value(QStringLiteral("regionLayer")).toString());
    else if (record.value(QStringLiteral("gridShape")).toString() == QLatin1String("hexagon"))
        parts << tr("%1 m hexagons").arg(metres(record.value(QStringLiteral("cellSize")).toDouble()));
    else
        parts << tr("%1 m squares").arg(metres(record.value(QStringLiteral("cellSize")).toDouble()));
    const QString weights = record.value(QStringLiteral("weights")).toString();
    if (weights == QLatin1String("distance"))
        parts << tr("%1 m band").arg(metres(record.value(QStringLiteral("band")).toDouble()));
    else if (weights == QLatin1String("knn"))
        parts << tr("%1 nearest").arg(record.value(QStringLiteral("k")).toInt());
    else if (weights == QLatin1String("rook"))
        parts << tr("rook contiguity");
    else
        parts << tr("queen contiguity");
    if (lisa)
        parts << tr("%1 permutations, seed %2")
                     .arg(record.value(QStringLiteral("permutations")).toInt())
                     .arg(record.value(QStringLiteral("seed")).toVariant().toString());
    const QString correction = record.value(QStringLiteral("correction")).toString();
    if (correction == QLatin1String("fdr"))
        parts << tr("FDR corrected");
    else if (correction == QLatin1String("bonferroni"))
        parts << tr("Bonferroni corrected");
    if (lisa)
        parts << tr("alpha %1").arg(record.value(QStringLiteral("alpha")).toDouble());
    layer->m_subtitle = parts.join(QStringLiteral(", "));
    return layer;
}

void ResultLayer::paint(QPainter &painter, const MapViewport &viewport, double ui) const
{
    const QTransform toPixel = viewport.worldToPixel();
    const QRectF visible = viewport.worldExtent();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // adjacent cells without seams
    for (std::size_t i = 0; i < m_shapes.size(); ++i) {
        const int c = m_classOf[i];
        if (c < 0 || m_shapes[i].isEmpty() || !m_shapes[i].boundingRect().intersects(visible))
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_classes[std::size_t(c)].colour);
        painter.drawPath(toPixel.map(m_shapes[i]));
    }
    Q_UNUSED(ui);
    painter.restore();
}

ResultLayer::Layout ResultLayer::layout(double ui) const
{
    Layout l;
    l.titleFont = mapdrawing::mapFont(12 * ui, true);
    l.font = mapdrawing::mapFont(10.5 * ui);
    l.pad = 8 * ui;
    const QFontMetricsF title(l.titleFont), text(l.font);
    l.line = std::max(text.height(), 14 * ui) + 3 * ui;
    l.swatch = 12 * ui;
    double width = std::max(title.horizontalAdvance(m_title), text.horizontalAdvance(m_subtitle));
    for (const Class &c : m_classes)
        width = std::max(width, l.swatch + 6 * ui + text.horizontalAdvance(c.label));
    const double height = title.height() + text.height() + 4 * ui + l.line * double(m_classes.size());
    l.size = QSizeF(width + 2 * l.pad, height + 2 * l.pad);
    return l;
}

QSizeF ResultLayer::legendSize(double ui) const
{
    return layout(ui).size;
}

void ResultLayer::paintLegend(QPainter &painter, QPointF topLeft, double ui) const
{
    const Layout l = layout(ui);
    painter.save();
    painter.setPen(QPen(QColor(0x9a, 0xa1, 0xab), 1.0));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(QRectF(topLeft, l.size), 4 * ui, 4 * ui);
    const QFontMetricsF title(l.titleFont), text(l.font);
    double y = topLeft.y() + l.pad;
    const double x = topLeft.x() + l.pad;
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.setFont(l.titleFont);
    painter.drawText(QPointF(x, y + title.ascent()), m_title);
    y += title.height();
    painter.setFont(l.font);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.drawText(QPointF(x, y + text.ascent()), m_subtitle);
    y += text.height() + 4 * ui;
    for (const Class &c : m_classes) {
        const QRectF box(x, y + (l.line - l.swatch) / 2, l.swatch, l.swatch);
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.8 * ui));
        painter.setBrush(c.colour);
        painter.drawRect(box);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        painter.drawText(QPointF(box.right() + 6 * ui, box.center().y() + (text.ascent() - text.descent()) / 2), c.label);
        y += l.line;
    }
    painter.restore();
}

} // namespace phenomap
