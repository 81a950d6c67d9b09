// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "basemap.h"

#include "annotationlayer.h"
#include "chartdata.h"
#include "pictureoverlays.h"
#include "project.h"
#include "reportcharts.h"
#include "zonelayer.h"

#include <QDate>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace phenomap {

namespace {

/// Month number (year * 12 + month - 1) of a time in minutes since the epoch, UTC.
int monthOfMinutes(qint32 minutes)
{
    const qint64 days = qint64(std::floor(minutes / 1440.0));
    const QDate d = QDate::fromJulianDay(2440588 + days);
    return d.year() * 12 + d.month() - 1;
}

int monthOfSeconds(qint64 seconds)
{
    return monthOfMinutes(qint32(seconds / 60));
}

/// A round step for an axis with about `ticks` intervals up to `max`.
double niceStep(double max, int ticks)
{
    const double raw = std::max(1.0, max / ticks);
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= raw)
            return std::max(1.0, m * p);
    return 10 * p;
}

} // namespace

PictureRenderer::PictureRenderer(Project &project, const Engine &engine, const QString &language)
    : m_project(project), m_engine(engine), m_language(language)
{
    try {
        m_taxonomy = loadTaxonomy(project.db());
        m_painter.setMunicipalities(ZoneLayer::load(project.db(), QStringLiteral("municipalities")));
        m_painter.setPoliceZones(ZoneLayer::load(project.db(), QStringLiteral("police_zones")));
        m_title = project.title();
        m_synthetic = project.isSynthetic();
        m_painter.setOverlay(QStringLiteral("basemap"), std::make_shared<BasemapLayer>(Basemap::embedded()));
    } catch (const std::exception &e) {
        throw ReportError(tr("The map data of %1 could not be read: %2").arg(project.path(), QString::fromUtf8(e.what())));
    }
    m_painter.setTaxonomy(m_taxonomy);
    m_painter.setLanguage(language);
    // The report draws its own banner in the report language.
    m_painter.setSynthetic(false);
}

PictureRenderer::Prepared PictureRenderer::prepare(const SituationPicture &picture) const
{
    return finish(picture, picture.effectiveFilter());
}

PictureRenderer::Prepared PictureRenderer::prepareWindow(const SituationPicture &picture, qint64 fromUtc, qint64 toUtc) const
{
    Filter filter = picture.effectiveFilter();
    filter.fromUtc = fromUtc;
    filter.toUtc = toUtc;
    return finish(picture, filter);
}

PictureRenderer::Prepared PictureRenderer::finish(const SituationPicture &picture, const Filter &filter) const
{
    Prepared p;
    p.picture = picture;
    p.filter = filter;
    try {
        p.result = m_engine.apply(m_project, filter);
    } catch (const std::exception &e) {
        throw ReportError(tr("The filter of the picture “%1” could not be applied: %2")
                              .arg(picture.title, QString::fromUtf8(e.what())));
    }
    const MapExtent &extent = picture.state.extent;
    if (extent.metresPerPixel > 0) {
        const double w = kCanvasWidth * extent.metresPerPixel, h = kCanvasHeight * extent.metresPerPixel;
        p.world = QRectF(extent.centreX - w / 2, extent.centreY - h / 2, w, h);
    } else {
        p.world = m_painter.dataExtent();
    }
    const IncidentColumns &c = m_engine.columns();
    qint64 lo = 0, hi = 0;
    for (quint32 row : p.result.rows) {
        if (std::isnan(c.x[row]) || std::isnan(c.y[row]))
            ++p.notLocated;
        const qint64 f = c.fromUtc(row), t = c.toUtc(row);
        lo = lo == 0 ? f : std::min(lo, f);
        hi = std::max(hi, t);
    }
    p.fromUtc = filter.fromUtc != 0 ? filter.fromUtc : lo;
    p.toUtc = filter.toUtc != 0 ? filter.toUtc : hi;
    return p;
}

SituationPicture PictureRenderer::wholeProjectPicture() const
{
    SituationPicture picture;
    picture.uuid = QStringLiteral("whole-project");
    picture.title = m_title.isEmpty() ? reportText(ReportText::AllIncidents, m_language) : m_title;
    const IncidentColumns &c = m_engine.columns();
    quint8 strictest = quint8(Tlp::Clear);
    for (quint8 t : c.tlp)
        strictest = std::max(strictest, t);
    picture.tlp = Tlp(std::min<quint8>(strictest, quint8(Tlp::Red)));
    picture.narrative = QStringLiteral("<p>%1</p>").arg(reportText(ReportText::AllIncidents, m_language).toHtmlEscaped());
    picture.createdAt = picture.modifiedAt = QDateTime::currentDateTimeUtc();
    return picture;
}

void PictureRenderer::paintMap(QPainter &painter, const QRectF &target, const Prepared &prepared)
{
    painter.save();
    painter.translate(target.topLeft());
    MapViewport viewport;
    viewport.setPixelSize(target.size().toSize());
    viewport.fit(prepared.world.isValid() ? prepared.world : m_painter.dataExtent(), 0.02);
    m_painter.setIncidents(&m_engine.columns(), prepared.result.rows);
    setComputedLayers(prepared);
    applyLayers(prepared.picture.state.layers);
    const QList<Annotation> &annotations = prepared.picture.state.annotations;
    m_painter.setOverlay(AnnotationLayer::overlayId(),
                         annotations.isEmpty() ? nullptr : std::make_shared<AnnotationLayer>(annotations));
    m_painter.paint(painter, viewport);
    m_painter.setIncidents(nullptr, {});
    m_painter.setChoropleth({});
    m_painter.setOverlay(QStringLiteral("density"), nullptr);

    const double ui = std::max(0.5, (painter.device() ? painter.device()->logicalDpiY() : 96) / 96.0);
    const double side = 44 * ui;
    // Top left: the top right holds the map's legends (choropleth, density, statistics).
    paintNorthArrow(painter, QPointF(10 * ui, 10 * ui), side);
    if (m_synthetic) {
        QFont f = font(10, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.2);
        const QFontMetricsF fm(f, painter.device());
        const QString text = reportText(ReportText::SyntheticData, m_language);
        const QSizeF size(fm.horizontalAdvance(text) + 24 * ui, fm.height() + 8 * ui);
        const QRectF plate(QPointF((target.width() - size.width()) / 2, 8 * ui), size);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 1.0 * ui));
        painter.setBrush(QColor(0xb4, 0x23, 0x18, 235));
        painter.drawRoundedRect(plate, 4 * ui, 4 * ui);
        painter.setPen(Qt::white);
        painter.setFont(f);
        painter.drawText(plate, Qt::AlignCenter, text);
    }
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0x5a, 0x62, 0x6e), 0.8 * ui));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(QPointF(0, 0), target.size()));
    painter.restore();
}

void PictureRenderer::setComputedLayers(const Prepared &prepared)
{
    const PictureState &state = prepared.picture.state;
    Choropleth choropleth;
    if (state.choropleth && state.choropleth->enabled) {
        try {
            choropleth = PictureOverlays::choropleth(m_project, m_engine, prepared.filter, prepared.result,
                                                     *state.choropleth, m_language);
        } catch (const std::exception &e) {
            throw ReportError(tr("The choropleth of the picture “%1” could not be computed: %2")
                                  .arg(prepared.picture.title, QString::fromUtf8(e.what())));
        }
    }
    m_painter.setChoropleth(std::move(choropleth));
    const QString density = QStringLiteral("density");
    const auto shown = std::find_if(state.layers.begin(), state.layers.end(),
                                    [&](const LayerState &l) { return l.layer == density && l.visible; });
    if (shown == state.layers.end()) {
        m_painter.setOverlay(density, nullptr);
        return;
    }
    const DensityView parameters = state.density.value_or(DensityView());
    m_painter.setOverlay(density, std::make_shared<DensityLayer>(PictureOverlays::density(
                                      m_engine.columns(), prepared.result.rows, m_painter.dataExtent(),
                                      parameters.bandwidth, parameters.cellSize)));
}

std::vector<std::pair<qint64, quint32>> PictureRenderer::phenomenonCounts(const Prepared &prepared) const
{
    const IncidentColumns &c = m_engine.columns();
    std::vector<std::pair<qint64, quint32>> counts;
    for (std::size_t i = 0; i < prepared.result.perPhenomenon.size() && i < c.phenomenonIds.size(); ++i)
        if (prepared.result.perPhenomenon[i] > 0)
            counts.emplace_back(c.phenomenonIds[i], prepared.result.perPhenomenon[i]);
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return counts;
}

QString PictureRenderer::zoneName(int nis) const
{
    const QString code = QString::number(nis);
    for (const ZoneShape &shape : m_painter.municipalities().shapes())
        if (shape.code == code)
            return shape.name(m_language);
    return code;
}

QString PictureRenderer::phenomenonLabel(qint64 id) const
{
    for (const TaxonomyNode &node : m_taxonomy)
        if (node.id == id)
            return node.label(m_language);
    return QStringLiteral("#%1").arg(id);
}

double PictureRenderer::paintLegend(QPainter &painter, const QRectF &target, const Prepared &prepared) const
{
    const QLocale locale = reportLocale(m_language);
    painter.save();
    const QFont heading = font(11, true), body = font(9);
    const QFontMetricsF hm(heading, painter.device()), bm(body, painter.device());
    double y = target.top();
    painter.setPen(QColor(0x20, 0x24, 0x2a));
    painter.setFont(heading);
    painter.drawText(QPointF(target.left(), y + hm.ascent()), reportText(ReportText::Legend, m_language));
    y += hm.height() + 4;
    painter.setFont(body);
    const double row = std::max(bm.height() * 1.35, 14.0);
    // Points coloured by MO (the incidents layer's style): the MO's shades, then the phenomena of
    // incidents without MO; else the phenomena.
    const bool byMo = std::any_of(prepared.picture.state.layers.begin(), prepared.picture.state.layers.end(),
                                  [](const LayerState &l) {
                                      return l.layer == QLatin1String("incidents")
                                             && colouringOfStyle(l.style) == PointColouring::Mo;
                                  });
    std::vector<std::tuple<qint64, quint32, QColor>> counts;
    if (byMo) {
        counts = PictureOverlays::moLegend(m_engine.columns(), prepared.result.rows, m_painter);
    } else {
        for (const auto &[id, n] : phenomenonCounts(prepared))
            counts.emplace_back(id, n, m_painter.phenomenonColour(id));
    }
    if (counts.empty()) {
        painter.drawText(QPointF(target.left(), y + bm.ascent()), reportText(ReportText::NoIncidents, m_language));
        y += row;
    }
    for (const auto &[id, n, colour] : counts) {
        if (y + row > target.bottom())
            break;
        const double r = bm.height() * 0.32;
        painter.setPen(QPen(Qt::white, 0.8));
        painter.setBrush(colour);
        painter.drawEllipse(QPointF(target.left() + r + 1, y + row / 2), r + 0.5, r + 0.5);
        painter.setPen(QColor(0x20, 0x24, 0x2a));
        const QString count = locale.toString(n);
        const double countWidth = bm.horizontalAdvance(count);
        const QRectF labelRect(target.left() + 2 * r + 8, y, target.width() - 2 * r - 14 - countWidth, row);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         bm.elidedText(phenomenonLabel(id), Qt::ElideRight, labelRect.width()));
        painter.drawText(QRectF(target.right() - countWidth - 2, y, countWidth + 2, row), Qt::AlignVCenter | Qt::AlignRight, count);
        y += row;
    }
    painter.restore();
    return y - target.top();
}

QString PictureRenderer::periodText(const Prepared &prepared) const
{
    if (prepared.fromUtc == 0 && prepared.toUtc == 0)
        return reportText(ReportText::WholePeriod, m_language);
    const QLocale locale = reportLocale(m_language);
    const QTimeZone brussels("Europe/Brussels");
    const QDate from = QDateTime::fromSecsSinceEpoch(prepared.fromUtc, brussels).date();
    // The end is exclusive when it comes from a filter; show the last day covered.
    const QDate to = QDateTime::fromSecsSinceEpoch(std::max(prepared.fromUtc, prepared.toUtc - 1), brussels).date();
    return QStringLiteral("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

double PictureRenderer::paintKeyFigures(QPainter &painter, const QRectF &target, const Prepared &prepared) const
{
    const QLocale locale = reportLocale(m_language);
    painter.save();
    const QFont heading = font(11, true), body = font(9), big = font(20, true);
    const QFontMetricsF hm(heading, painter.device()), bm(body, painter.device()), gm(big, painter.device());
    double y = target.top();
    const QColor ink(0x20, 0x24, 0x2a), muted(0x55, 0x5c, 0x66);
    painter.setPen(ink);
    painter.setFont(heading);
    painter.drawText(QPointF(target.left(), y + hm.ascent()), reportText(ReportText::KeyFigures, m_language));
    y += hm.height() + 4;
    painter.setFont(big);
    painter.drawText(QPointF(target.left(), y + gm.ascent()), locale.toString(qulonglong(prepared.result.total())));
    const double bigWidth = gm.horizontalAdvance(locale.toString(qulonglong(prepared.result.total())));
    painter.setFont(body);
    painter.setPen(muted);
    painter.drawText(QPointF(target.left() + bigWidth + 6, y + gm.ascent()), reportText(ReportText::Total, m_language));
    y += gm.height() + 2;
    auto line = [&](const QString &text) {
        if (y + bm.height() > target.bottom())
            return;
        painter.drawText(QRectF(target.left(), y, target.width(), bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         bm.elidedText(text, Qt::ElideRight, target.width()));
        y += bm.height() * 1.25;
    };
    line(reportField(ReportText::Period, periodText(prepared), m_language));
    if (prepared.notLocated > 0)
        line(QStringLiteral("%1 %2").arg(locale.toString(prepared.notLocated), reportText(ReportText::NotLocated, m_language)));
    y += 6;
    painter.setPen(ink);
    painter.setFont(heading);
    if (y + hm.height() < target.bottom()) {
        painter.drawText(QPointF(target.left(), y + hm.ascent()), reportText(ReportText::TopMunicipalities, m_language));
        y += hm.height() + 2;
    }
    painter.setFont(body);
    const QHash<int, quint32> perNis = municipalityCounts(m_engine.columns(), prepared.result);
    std::vector<std::pair<int, quint32>> top;
    for (auto it = perNis.cbegin(); it != perNis.cend(); ++it)
        top.emplace_back(it.key(), it.value());
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (top.size() > 5)
        top.resize(5);
    int rank = 0;
    for (const auto &[nis, n] : top) {
        QString name = QString::number(nis);
        for (const ZoneShape &zone : m_painter.municipalities().shapes())
            if (zone.code == QString::number(nis))
                name = zone.name(m_language);
        const double share = prepared.result.total() ? 100.0 * n / double(prepared.result.total()) : 0;
        if (y + bm.height() > target.bottom())
            break;
        const QString right = QStringLiteral("%1  (%2 %)").arg(locale.toString(n), locale.toString(share, 'f', 1));
        const double rw = bm.horizontalAdvance(right);
        painter.drawText(QRectF(target.left(), y, target.width() - rw - 6, bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         bm.elidedText(QStringLiteral("%1. %2").arg(++rank).arg(name), Qt::ElideRight, target.width() - rw - 6));
        painter.drawText(QRectF(target.right() - rw, y, rw, bm.height()), Qt::AlignRight | Qt::AlignVCenter, right);
        y += bm.height() * 1.25;
    }
    painter.restore();
    return y - target.top();
}

void PictureRenderer::applyLayers(const QList<LayerState> &layers)
{
    for (const QString &id : m_painter.layerIds()) {
        m_painter.setLayerVisible(id, true);
        m_painter.setLayerOpacity(id, 1.0);
    }
    m_painter.setPointColouring(PointColouring::Phenomenon);
    m_painter.setBinShape(BinShape::Square);
    const QStringList known = m_painter.layerIds();
    for (const LayerState &layer : layers) {
        if (known.contains(layer.layer)) {
            m_painter.setLayerVisible(layer.layer, layer.visible);
            m_painter.setLayerOpacity(layer.layer, layer.opacity);
        }
        if (layer.layer == QLatin1String("incidents")) {
            m_painter.setPointColouring(colouringOfStyle(layer.style));
            m_painter.setBinShape(binShapeOfStyle(layer.style));
        }
    }
}

void PictureRenderer::paintChart(QPainter &painter, const QRectF &target, const Prepared &prepared) const
{
    const auto chart = pictureChartFromCode(prepared.picture.state.chartKind);
    if (chart == PictureChart::WeekHour) {
        reportcharts::paintWeekHour(painter, target, ChartData::weekHour(m_engine, prepared.result), m_language);
        return;
    }
    if (chart == PictureChart::Zones) {
        QList<std::pair<QString, quint32>> zones;
        for (const ZoneCount &zone : ChartData::topMunicipalities(m_engine.columns(), prepared.result, 10))
            zones.append({zoneName(zone.code), zone.count});
        reportcharts::paintZones(painter, target, zones, QColor(0x3d, 0x5a, 0x80), m_language);
        return;
    }
    if (chart == PictureChart::Mo) {
        // As the window's MO chart: the 8 busiest municipalities, their 6 most frequent MO.
        const MoByZone mo = ChartData::moByZone(m_engine.columns(), prepared.result, 8, 6);
        QStringList labels;
        for (qint64 id : mo.moIds)
            labels << phenomenonLabel(id);
        QList<reportcharts::MoRow> rows;
        for (std::size_t z = 0; z < mo.zones.size(); ++z) {
            reportcharts::MoRow row{zoneName(mo.zones[z]), {}};
            for (const auto &counts : mo.counts)
                row.counts.push_back(counts[z]);
            row.counts.push_back(mo.otherMo[z]);
            rows.append(row);
        }
        reportcharts::paintMoByZone(painter, target, rows, labels, m_language);
        return;
    }
    paintTimeChart(painter, target, prepared);
}

void PictureRenderer::paintTimeChart(QPainter &painter, const QRectF &target, const Prepared &prepared) const
{
    const QLocale locale = reportLocale(m_language);
    const IncidentColumns &c = m_engine.columns();
    painter.save();
    const QFont heading = font(11, true), small = font(8);
    const QFontMetricsF hm(heading, painter.device()), sm(small, painter.device());
    const QColor ink(0x20, 0x24, 0x2a), grid(0xd5, 0xd9, 0xde);
    painter.setPen(ink);
    painter.setFont(heading);
    painter.drawText(QPointF(target.left(), target.top() + hm.ascent()), reportText(ReportText::PerMonth, m_language));

    // Months of the period (at most the last 36) and counts per month and phenomenon index.
    if (prepared.result.rows.empty()) {
        painter.setFont(small);
        painter.drawText(QPointF(target.left(), target.top() + hm.height() + sm.height() * 1.5),
                         reportText(ReportText::NoIncidents, m_language));
        painter.restore();
        return;
    }
    int firstMonth = monthOfSeconds(prepared.fromUtc), lastMonth = monthOfSeconds(std::max(prepared.fromUtc, prepared.toUtc - 60));
    lastMonth = std::max(lastMonth, firstMonth);
    firstMonth = std::max(firstMonth, lastMonth - 35);
    const int months = lastMonth - firstMonth + 1;
    const std::size_t kinds = c.phenomenonIds.size();
    std::vector<quint32> counts(std::size_t(months) * kinds, 0);
    for (quint32 row : prepared.result.rows) {
        const int m = monthOfMinutes(c.fromMin[row]) - firstMonth;
        if (m >= 0 && m < months && c.phenomenon[row] < kinds)
            ++counts[std::size_t(m) * kinds + c.phenomenon[row]];
    }
    // Stacking order: the largest phenomena at the bottom, the six largest named, the rest "Other".
    const auto order = phenomenonCounts(prepared);
    std::vector<int> slot(kinds, 6);
    std::vector<std::pair<QString, QColor>> series;
    for (std::size_t i = 0; i < order.size() && i < 6; ++i) {
        for (std::size_t k = 0; k < kinds; ++k)
            if (c.phenomenonIds[k] == order[i].first)
                slot[k] = int(i);
        series.emplace_back(phenomenonLabel(order[i].first), m_painter.phenomenonColour(order[i].first));
    }
    if (order.size() > 6)
        series.emplace_back(reportText(ReportText::Other, m_language), QColor(0xa0, 0xa6, 0xae));
    std::vector<quint32> stacked(std::size_t(months) * 7, 0), totals(std::size_t(months), 0);
    for (int m = 0; m < months; ++m)
        for (std::size_t k = 0; k < kinds; ++k) {
            stacked[std::size_t(m) * 7 + std::size_t(slot[k])] += counts[std::size_t(m) * kinds + k];
            totals[std::size_t(m)] += counts[std::size_t(m) * kinds + k];
        }
    const double maxTotal = std::max<double>(1, *std::max_element(totals.begin(), totals.end()));
    const double step = niceStep(maxTotal, 5);
    const double top = std::ceil(maxTotal / step) * step;

    // Series legend on one or two lines under the heading.
    painter.setFont(small);
    double lx = target.left(), ly = target.top() + hm.height() + 4;
    for (const auto &[label, colour] : series) {
        const double w = sm.horizontalAdvance(label) + sm.height() + 14;
        if (lx + w > target.right()) {
            lx = target.left();
            ly += sm.height() * 1.3;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(lx, ly + sm.height() * 0.2, sm.height() * 0.7, sm.height() * 0.7));
        painter.setPen(ink);
        painter.drawText(QPointF(lx + sm.height(), ly + sm.ascent()), label);
        lx += w;
    }
    const double axisWidth = sm.horizontalAdvance(locale.toString(qint64(top))) + 8;
    const QRectF plot(target.left() + axisWidth, ly + sm.height() * 1.8, target.width() - axisWidth - 4,
                      target.bottom() - (ly + sm.height() * 1.8) - sm.height() * 2.6);
    if (plot.height() < 20 || plot.width() < 40) {
        painter.restore();
        return;
    }
    for (double v = 0; v <= top + 0.5; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        painter.setPen(QPen(grid, 0.6));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        painter.drawText(QRectF(target.left(), y - sm.height() / 2, axisWidth - 4, sm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(qint64(v)));
    }
    const double slotWidth = plot.width() / months;
    const double barWidth = std::min(slotWidth * 0.72, 44.0);
    for (int m = 0; m < months; ++m) {
        double base = plot.bottom();
        const double x = plot.left() + m * slotWidth + (slotWidth - barWidth) / 2;
        for (int s = 0; s < int(series.size()); ++s) {
            const quint32 n = stacked[std::size_t(m) * 7 + std::size_t(s)];
            if (n == 0)
                continue;
            const double h = n / top * plot.height();
            painter.setPen(Qt::NoPen);
            painter.setBrush(series[std::size_t(s)].second);
            painter.drawRect(QRectF(x, base - h, barWidth, h));
            base -= h;
        }
        // Month labels: every month when there is room, else every third; the year under January.
        const int year = (firstMonth + m) / 12, month = (firstMonth + m) % 12 + 1;
        const int every = slotWidth > sm.horizontalAdvance(QStringLiteral("MMM")) + 4 ? 1 : 3;
        painter.setPen(ink);
        if ((month - 1) % every == 0)
            painter.drawText(QRectF(plot.left() + m * slotWidth - 10, plot.bottom() + 2, slotWidth + 20, sm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, locale.monthName(month, QLocale::ShortFormat).left(4));
        if (month == 1 || m == 0)
            painter.drawText(QRectF(plot.left() + m * slotWidth - 10, plot.bottom() + 2 + sm.height(), 60, sm.height()),
                             Qt::AlignLeft | Qt::AlignTop, QString::number(year));
    }
    painter.setPen(QPen(ink, 0.8));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

QColor PictureRenderer::tlpColour(Tlp tlp)
{
    switch (tlp) {
    case Tlp::Red: return QColor(0xff, 0x2b, 0x2b);
    case Tlp::Amber:
    case Tlp::AmberStrict: return QColor(0xff, 0xc0, 0x00);
    case Tlp::Green: return QColor(0x33, 0xff, 0x00);
    case Tlp::Clear: break;
    }
    return QColor(0xff, 0xff, 0xff);
}

QRectF PictureRenderer::paintTlpLabel(QPainter &painter, double rightEdge, double centreY, Tlp tlp, double pointSize)
{
    const QFont f = font(std::max(12.0, pointSize), true);
    const QFontMetricsF fm(f, painter.device());
    const QString text = tlpLabel(tlp); // never translated
    const double pad = fm.height() * 0.35;
    const QRectF plate(rightEdge - fm.horizontalAdvance(text) - 2 * pad, centreY - fm.height() / 2 - pad / 2,
                       fm.horizontalAdvance(text) + 2 * pad, fm.height() + pad);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawRect(plate);
    painter.setPen(tlpColour(tlp));
    painter.setFont(f);
    painter.drawText(plate, Qt::AlignCenter, text);
    painter.restore();
    return plate;
}

void PictureRenderer::paintNorthArrow(QPainter &painter, QPointF topLeft, double size)
{
    painter.save();
    painter.translate(topLeft);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.08, size * 0.08);
    const double cx = size / 2, top = size * 0.36, bottom = size * 0.92, half = size * 0.17;
    QPainterPath left, right;
    left.moveTo(cx, top);
    left.lineTo(cx - half, bottom);
    left.lineTo(cx, bottom - size * 0.14);
    left.closeSubpath();
    right.moveTo(cx, top);
    right.lineTo(cx + half, bottom);
    right.lineTo(cx, bottom - size * 0.14);
    right.closeSubpath();
    const QColor dark(0x26, 0x2b, 0x33);
    painter.setBrush(dark);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(dark, size * 0.025));
    painter.drawPath(right);
    QFont f = font(8, true);
    f.setPixelSize(std::max(6, int(size * 0.28)));
    painter.setFont(f);
    painter.setPen(dark);
    painter.drawText(QRectF(0, size * 0.02, size, size * 0.34), Qt::AlignCenter, QStringLiteral("N"));
    painter.restore();
}

QFont PictureRenderer::font(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace phenomap
