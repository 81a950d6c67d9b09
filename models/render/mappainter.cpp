// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"

#include "engine.h"
#include "mapdrawing.h"
#include "taxonomy.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace phenomap {

using mapdrawing::isRaster;
using mapdrawing::mapFont;
using mapdrawing::rampColour;

namespace {

double uiScale(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    return device ? std::max(0.5, device->logicalDpiY() / 96.0) : 1.0;
}


/// Text with a light halo, readable over any fill.
void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font,
                  const QColor &colour, double halo)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.setPen(QPen(QColor(255, 255, 255, 220), halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
}



/// A round length for a scale bar or a grid: 1, 2, 2.5 or 5 times a power of ten, >= value.
double niceAtLeast(double value)
{
    const double p = std::pow(10.0, std::floor(std::log10(std::max(value, 1e-9))));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * p >= value)
            return m * p;
    }
    return 10 * p;
}

double niceAtMost(double value)
{
    const double p = std::pow(10.0, std::floor(std::log10(std::max(value, 1e-9))));
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * p <= value)
            return m * p;
    }
    return p;
}

QString formatDistance(double metres)
{
    if (metres >= 1000)
        return MapPainter::tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 3));
    return MapPainter::tr("%1 m").arg(QLocale().toString(metres, 'g', 4));
}

} // namespace

namespace mapdrawing {

QFont mapFont(double pixelSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

bool isRaster(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

/// Light yellow -> orange -> dark red, for t in [0, 1].
QColor rampColour(double t)
{
    static const QColor stops[] = {QColor(0xff, 0xf0, 0xa8), QColor(0xf6, 0x9a, 0x3a), QColor(0xb3, 0x1b, 0x2c)};
    t = std::clamp(t, 0.0, 1.0) * 2;
    const int i = std::min(1, int(t));
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace mapdrawing

MapPainter::MapPainter() = default;

void MapPainter::setStyle(const Style &style)
{
    m_style = style;
    m_sprites.clear();
    m_labelImages.clear();
}

void MapPainter::setMunicipalities(ZoneLayer layer)
{
    m_municipalities = std::move(layer);
    m_municipalityLod.clear();
}

void MapPainter::setPoliceZones(ZoneLayer layer)
{
    m_policeZones = std::move(layer);
    m_policeZoneLod.clear();
}

void MapPainter::setIncidents(const IncidentColumns *columns, std::vector<quint32> rows)
{
    m_columns = columns;
    m_rows = columns ? std::move(rows) : std::vector<quint32>();
    m_bins.clear();
    m_hexBins.clear();
}

void MapPainter::setTaxonomy(const QList<TaxonomyNode> &nodes)
{
    m_colours.clear();
    for (const TaxonomyNode &node : nodes) {
        const QColor colour(node.colour);
        if (node.parentId == 0 && colour.isValid())
            m_colours.insert(node.id, colour);
    }
    m_moColours = moShades(nodes);
}

QColor MapPainter::moColour(qint64 moId) const
{
    return m_moColours.value(moId, m_style.fallbackPoint);
}

void MapPainter::setPhenomenonColour(qint64 phenomenonId, const QColor &colour)
{
    m_colours.insert(phenomenonId, colour);
}

QColor MapPainter::phenomenonColour(qint64 phenomenonId) const
{
    return m_colours.value(phenomenonId, m_style.fallbackPoint);
}

QString MapPainter::urbisAttribution(const QString &language)
{
    // Legal mentions required by the Brussels UrbIS Open Data licence: fixed wording, not tr().
    if (language == QLatin1String("fr"))
        return QStringLiteral("Réalisé au moyen de Brussels UrbIS®© - Distribution & Copyright CIRB");
    if (language == QLatin1String("nl"))
        return QStringLiteral("Verwezenlijkt door middel van Brussels UrbIS®© - Distributie & Copyright CIBG");
    return QStringLiteral("Realized by means of Brussels UrbIS®© - Distribution & Copyright CIRB");
}

QRectF MapPainter::dataExtent() const
{
    QRectF extent = m_municipalities.extent();
    if (!m_policeZones.isEmpty())
        extent = extent.isNull() ? m_policeZones.extent() : extent.united(m_policeZones.extent());
    if (!extent.isNull() || !m_columns)
        return extent;
    float minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (std::size_t i = 0; i < m_columns->size(); ++i) {
        const float x = m_columns->x[i], y = m_columns->y[i];
        if (std::isnan(x) || std::isnan(y))
            continue;
        minX = std::min(minX, x), maxX = std::max(maxX, x);
        minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    if (minX > maxX)
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY)).adjusted(-250, -250, 250, 250);
}

double MapPainter::pointRadius(const MapViewport &viewport) const
{
    // Smaller dots when zoomed out, so a dense region stays a pattern and not a carpet.
    return m_style.pointRadius * std::clamp(std::sqrt(10.0 / viewport.metresPerPixel()), 0.6, 1.0);
}

double MapPainter::binCellMetres(const MapViewport &viewport) const
{
    return niceAtLeast(m_style.binCellPixels * viewport.metresPerPixel());
}

QImage MapPainter::render(const MapViewport &viewport) const
{
    QImage image(viewport.pixelSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_style.background);
    QPainter painter(&image);
    paint(painter, viewport);
    painter.end();
    return image;
}

void MapPainter::paint(QPainter &painter, const MapViewport &viewport) const
{
    if (!viewport.isValid())
        return;
    const double ui = uiScale(painter);
    painter.save();
    const QRectF frame(QPointF(0, 0), QSizeF(viewport.pixelSize()));
    painter.setClipRect(frame);
    painter.fillRect(frame, m_style.background);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    drawZones(painter, viewport, ui, ZonePass::Land);
    drawOverlays(painter, viewport, ui, OverlayLevel::Basemap);
    drawZones(painter, viewport, ui, ZonePass::Choropleth);
    drawOverlays(painter, viewport, ui, OverlayLevel::UnderIncidents);
    const bool incidents = m_columns && !m_rows.empty() && m_incidentLayer.visible && m_incidentLayer.opacity > 0;
    if (incidents) {
        painter.setOpacity(m_incidentLayer.opacity);
        if (isBinned(viewport))
            drawBins(painter, viewport, ui);
        else
            drawPoints(painter, viewport, ui);
        painter.setOpacity(1.0);
    }
    // Boundaries go over the points so the zones stay readable under dense data.
    drawZones(painter, viewport, ui, ZonePass::Outline);
    if (incidents)
        drawSelection(painter, viewport, ui);
    drawOverlays(painter, viewport, ui, OverlayLevel::OverIncidents);
    if (m_labelLayer.visible && m_labelLayer.opacity > 0) {
        painter.setOpacity(m_labelLayer.opacity);
        drawLabels(painter, viewport, ui);
        painter.setOpacity(1.0);
    }
    ChoroplethLayer::paintLegend(painter, m_choropleth, viewport.pixelSize(), ui);
    drawOverlayLegends(painter, viewport, ui);
    drawScaleBar(painter, viewport, ui);
    drawAttribution(painter, viewport, ui);
    if (m_synthetic)
        drawSyntheticBanner(painter, viewport, ui);
    painter.restore();
}

void MapPainter::drawZones(QPainter &painter, const MapViewport &viewport, double ui, ZonePass pass) const
{
    const QRectF visible = viewport.worldExtent();
    // Raster devices draw outlines simplified to the scale, and wide outlines segment by
    // segment (square caps close the joints); vector devices get every vertex and real joins.
    const bool raster = isRaster(painter);
    const auto drawLayer = [&](const ZoneLayer &layer, bool segments) {
        ZoneLod &lod = &layer == &m_municipalities ? m_municipalityLod : m_policeZoneLod;
        const ZoneLod::Level *level = raster ? &lod.level(layer, viewport.metresPerPixel()) : nullptr;
        for (std::size_t i = 0; i < layer.shapes().size(); ++i) {
            const ZoneShape &zone = layer.shapes()[i];
            if (!zone.bounds.intersects(visible))
                continue;
            if (!level)
                painter.drawPath(zone.path);
            else if (segments)
                painter.drawLines(level->segments[i].data(), int(level->segments[i].size()));
            else
                painter.drawPath(level->paths[i]);
        }
    };
    painter.save();
    painter.setTransform(viewport.worldToPixel(), true);
    if (pass == ZonePass::Land) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.land);
        drawLayer(m_municipalities.isEmpty() ? m_policeZones : m_municipalities, false);
        painter.restore();
        return;
    }
    if (pass == ZonePass::Choropleth) {
        if (m_choropleth.isEnabled() && m_choropleth.zones) {
            ChoroplethLayer::paintFill(painter, *m_choropleth.zones, nullptr, visible, m_choropleth);
        } else if (m_choropleth.isEnabled()) {
            const bool police = m_choropleth.layer == QLatin1String("police_zones");
            const ZoneLayer &layer = police ? m_policeZones : m_municipalities;
            ZoneLod &lod = police ? m_policeZoneLod : m_municipalityLod;
            ChoroplethLayer::paintFill(painter, layer, raster ? &lod.level(layer, viewport.metresPerPixel()).paths : nullptr,
                                       visible, m_choropleth);
        }
        painter.restore();
        return;
    }
    painter.setBrush(Qt::NoBrush);

    QPen municipalityPen(m_style.municipalityOutline, 0.9 * ui);
    municipalityPen.setCosmetic(true);
    municipalityPen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(municipalityPen);
    if (m_municipalityLayer.visible && m_municipalityLayer.opacity > 0) {
        painter.setOpacity(m_municipalityLayer.opacity);
        drawLayer(m_municipalities, municipalityPen.widthF() > 1.0);
    }

    QPen zonePen(m_style.policeZoneOutline, 2.0 * ui);
    zonePen.setCosmetic(true);
    zonePen.setJoinStyle(Qt::RoundJoin);
    if (raster)
        zonePen.setCapStyle(Qt::SquareCap);
    painter.setPen(zonePen);
    if (m_policeZoneLayer.visible && m_policeZoneLayer.opacity > 0) {
        painter.setOpacity(m_policeZoneLayer.opacity);
        drawLayer(m_policeZones, zonePen.widthF() > 1.0);
    }
    painter.restore();
}

void MapPainter::drawLabels(QPainter &painter, const MapViewport &viewport, double ui) const
{
    if (viewport.metresPerPixel() > m_style.labelMaxMetresPerPixel || m_municipalities.isEmpty())
        return;
    std::vector<const ZoneShape *> order;
    for (const ZoneShape &zone : m_municipalities.shapes())
        order.push_back(&zone);
    std::stable_sort(order.begin(), order.end(),
                     [](const ZoneShape *a, const ZoneShape *b) { return a->population > b->population; });

    const QFont font = mapFont(11.5 * ui);
    const QFontMetricsF metrics(font);
    const QRectF frame(QPointF(0, 0), QSizeF(viewport.pixelSize()));
    const bool raster = isRaster(painter);
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QList<QRectF> placed;
    painter.save();
    for (const ZoneShape *zone : order) {
        const QString text = zone->name(m_language);
        const QPointF at = viewport.toPixel(zone->labelPoint);
        const double w = metrics.horizontalAdvance(text);
        QRectF box(at.x() - w / 2, at.y() - metrics.height() / 2, w, metrics.height());
        if (!frame.contains(box))
            continue;
        const QRectF padded = box.adjusted(-4 * ui, -2 * ui, 4 * ui, 2 * ui);
        if (std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &r) { return r.intersects(padded); }))
            continue;
        placed.append(padded);
        // Whole pixels, so the cached label image lands exactly where the text would be drawn.
        const QPointF topLeft(std::round(box.left()), std::round(box.top()));
        if (raster) {
            const QImage &image = labelImage(text, font, 3.0 * ui, dpr);
            const double pad = std::ceil(3.0 * ui);
            painter.drawImage(topLeft - QPointF(pad, pad), image);
        } else {
            drawHaloText(painter, topLeft + QPointF(0, metrics.ascent()), text, font, m_style.label, 3.0 * ui);
        }
    }
    painter.restore();
}

const QImage &MapPainter::labelImage(const QString &text, const QFont &font, double halo, qreal dpr) const
{
    const QString key = text + QLatin1Char('\x1f') + QString::number(font.pixelSize()) + QLatin1Char('/')
                      + QString::number(halo) + QLatin1Char('/') + QString::number(dpr);
    auto it = m_labelImages.constFind(key);
    if (it != m_labelImages.constEnd())
        return *it;
    if (m_labelImages.size() > 512)
        m_labelImages.clear();
    const QFontMetricsF metrics(font);
    const double pad = std::ceil(halo);
    const QSizeF size(metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + 2 * pad);
    QImage image((size * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    drawHaloText(p, QPointF(pad, pad + metrics.ascent()), text, font, m_style.label, halo);
    p.end();
    return *m_labelImages.insert(key, image);
}

const QImage &MapPainter::sprite(QRgb colour, int radius) const
{
    const quint64 key = (quint64(colour) << 8) | quint64(radius & 0xff);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const int side = 2 * radius + 3;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(255, 255, 255, 235), 1.0));
    p.setBrush(QColor::fromRgb(colour));
    // Centred on the middle of pixel (radius + 1), which is thus fully the phenomenon colour.
    p.drawEllipse(QPointF(radius + 1.5, radius + 1.5), radius + 0.5, radius + 0.5);
    p.end();
    return *m_sprites.insert(key, image);
}

void MapPainter::drawPoints(QPainter &painter, const MapViewport &viewport, double ui) const
{
    const IncidentColumns &c = *m_columns;
    std::vector<QRgb> colours(c.phenomenonIds.size());
    for (std::size_t i = 0; i < colours.size(); ++i)
        colours[i] = phenomenonColour(c.phenomenonIds[i]).rgb();
    const QRgb fallback = m_style.fallbackPoint.rgb();
    const bool byMo = m_pointColouring == PointColouring::Mo;
    std::vector<QRgb> moColours(byMo ? c.moIds.size() : 0);
    for (std::size_t i = 0; i < moColours.size(); ++i)
        moColours[i] = moColour(c.moIds[i]).rgb();
    const auto colourOf = [&](quint32 row) -> QRgb {
        if (byMo && row + 1 < c.moOffset.size() && c.moOffset[row] < c.moOffset[row + 1]) {
            const quint8 m = c.mo[c.moOffset[row]];
            if (m < moColours.size())
                return moColours[m];
        }
        const quint8 ph = c.phenomenon[row];
        return ph < colours.size() ? colours[ph] : fallback;
    };
    const double mpp = viewport.metresPerPixel();
    const double cx = viewport.centre().x(), cy = viewport.centre().y();

    if (!isRaster(painter)) {
        // Vector devices (PDF, SVG, printer): real circles, crisp at any zoom of the document.
        painter.save();
        painter.setPen(QPen(QColor(255, 255, 255, 235), 0.8 * ui));
        const double r = pointRadius(viewport) * ui;
        const double w2 = viewport.pixelSize().width() / 2.0, h2 = viewport.pixelSize().height() / 2.0;
        for (quint32 row : m_rows) {
            const double x = c.x[row], y = c.y[row];
            if (std::isnan(x) || std::isnan(y))
                continue;
            const QPointF p((x - cx) / mpp + w2, h2 - (y - cy) / mpp);
            painter.setBrush(QColor::fromRgb(colourOf(row)));
            painter.drawEllipse(p, r, r);
        }
        painter.restore();
        return;
    }

    // Raster devices: one transparent layer, sprites blended with direct pixel writes.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSize size = (QSizeF(viewport.pixelSize()) * dpr).toSize();
    QImage layer(size, QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    const int radius = std::max(1, int(std::lround(pointRadius(viewport) * ui * dpr)));
    const double scale = dpr / mpp;
    const double w2 = size.width() / 2.0, h2 = size.height() / 2.0;
    const int width = size.width(), height = size.height();
    auto *bits = reinterpret_cast<QRgb *>(layer.bits());
    const qsizetype stride = layer.bytesPerLine() / 4;
    const QImage *last = nullptr;
    QRgb lastColour = 0;
    for (quint32 row : m_rows) {
        const float fx = c.x[row], fy = c.y[row];
        if (std::isnan(fx) || std::isnan(fy))
            continue;
        const int px = int(std::floor((fx - cx) * scale + w2));
        const int py = int(std::floor(h2 - (fy - cy) * scale));
        const int side = 2 * radius + 3;
        const int x0 = px - radius - 1, y0 = py - radius - 1;
        if (x0 + side <= 0 || y0 + side <= 0 || x0 >= width || y0 >= height)
            continue;
        const QRgb colour = colourOf(row);
        if (!last || colour != lastColour) {
            last = &sprite(colour, radius);
            lastColour = colour;
        }
        for (int sy = std::max(0, -y0); sy < side && y0 + sy < height; ++sy) {
            const QRgb *src = reinterpret_cast<const QRgb *>(last->constScanLine(sy));
            QRgb *dst = bits + (y0 + sy) * stride;
            for (int sx = std::max(0, -x0); sx < side && x0 + sx < width; ++sx) {
                const QRgb s = src[sx];
                const uint a = qAlpha(s);
                if (a == 255) {
                    dst[x0 + sx] = s;
                } else if (a != 0) {
                    const QRgb d = dst[x0 + sx];
                    const uint k = 255 - a;
                    dst[x0 + sx] = qRgba(qRed(s) + qRed(d) * k / 255, qGreen(s) + qGreen(d) * k / 255,
                                         qBlue(s) + qBlue(d) * k / 255, a + qAlpha(d) * k / 255);
                }
            }
        }
    }
    layer.setDevicePixelRatio(dpr);
    painter.drawImage(QPointF(0, 0), layer);
}

void MapPainter::drawSelection(QPainter &painter, const MapViewport &viewport, double ui) const
{
    if (m_selection.isEmpty())
        return;
    const IncidentColumns &c = *m_columns;
    painter.save();
    painter.setBrush(Qt::NoBrush);
    const double r = (pointRadius(viewport) + 3.5) * ui;
    for (quint32 row : m_rows) {
        if (!m_selection.contains(c.fid[row]) || std::isnan(c.x[row]) || std::isnan(c.y[row]))
            continue;
        const QPointF p = viewport.toPixel(QPointF(c.x[row], c.y[row]));
        painter.setPen(QPen(QColor(255, 255, 255, 230), 4.5 * ui));
        painter.drawEllipse(p, r, r);
        painter.setPen(QPen(m_style.selection, 2.5 * ui));
        painter.drawEllipse(p, r, r);
    }
    painter.restore();
}

void MapPainter::drawScaleBar(QPainter &painter, const MapViewport &viewport, double ui) const
{
    const double metres = niceAtMost(110 * ui * viewport.metresPerPixel());
    const double length = metres / viewport.metresPerPixel();
    const QFont font = mapFont(10.5 * ui);
    const QFontMetricsF fm(font);
    const QString text = formatDistance(metres);
    const double margin = 10 * ui;
    const double h = viewport.pixelSize().height();
    const QRectF plate(margin, h - margin - fm.height() - 14 * ui,
                       std::max(length, fm.horizontalAdvance(text)) + 12 * ui, fm.height() + 14 * ui);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(plate, 3 * ui, 3 * ui);
    const double x0 = plate.left() + 6 * ui, y = plate.bottom() - 5 * ui;
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5 * ui, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x0, y), QPointF(x0 + length, y));
    painter.drawLine(QPointF(x0, y), QPointF(x0, y - 5 * ui));
    painter.drawLine(QPointF(x0 + length, y), QPointF(x0 + length, y - 5 * ui));
    painter.setFont(font);
    painter.drawText(QPointF(x0, plate.top() + 3 * ui + fm.ascent()), text);
    painter.restore();
}

void MapPainter::drawAttribution(QPainter &painter, const MapViewport &viewport, double ui) const
{
    QString text = urbisAttribution(m_language);
    for (const OverlayEntry &entry : m_overlays) {
        const QString mention = entry.visible ? entry.overlay->attribution(m_language) : QString();
        if (!mention.isEmpty() && !text.contains(mention))
            text += QStringLiteral(" · ") + mention;
    }
    const QFont font = mapFont(10 * ui);
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text) + 10 * ui, fm.height() + 4 * ui);
    const QRectF plate(QPointF(viewport.pixelSize().width() - size.width(), viewport.pixelSize().height() - size.height()),
                       size);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(plate);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.setFont(font);
    painter.drawText(plate, Qt::AlignCenter, text);
    painter.restore();
}

void MapPainter::drawSyntheticBanner(QPainter &painter, const MapViewport &viewport, double ui) const
{
    const QString text = tr("SYNTHETIC DATA");
    QFont font = mapFont(13 * ui, true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.5 * ui);
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text) + 28 * ui, fm.height() + 10 * ui);
    const QRectF plate(QPointF((viewport.pixelSize().width() - size.width()) / 2, 8 * ui), size);
    painter.save();
    painter.setPen(QPen(QColor(255, 255, 255, 220), 1.0 * ui));
    painter.setBrush(QColor(0xb4, 0x23, 0x18, 230));
    painter.drawRoundedRect(plate, 4 * ui, 4 * ui);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(plate, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace phenomap
