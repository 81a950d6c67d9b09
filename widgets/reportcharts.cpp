// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include "reportrenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace phenomap {
namespace {

const QColor kInk(0x20, 0x24, 0x2a);

struct ChartCode
{
    PictureChart chart;
    const char *code;
};
constexpr ChartCode kCodes[] = {{PictureChart::Time, "time"},
                                {PictureChart::WeekHour, "weekhour"},
                                {PictureChart::Zones, "zones"},
                                {PictureChart::Mo, "mo"}};

/// Draws the heading and returns the height it used.
double heading(QPainter &painter, const QRectF &target, const QString &text)
{
    const QFont f = PictureRenderer::font(11, true);
    const QFontMetricsF fm(f, painter.device());
    painter.setFont(f);
    painter.setPen(kInk);
    painter.drawText(QPointF(target.left(), target.top() + fm.ascent()), text);
    return fm.height() + 6;
}

} // namespace

QString pictureChartCode(PictureChart chart)
{
    for (const ChartCode &c : kCodes)
        if (c.chart == chart)
            return QLatin1String(c.code);
    return QStringLiteral("time");
}

std::optional<PictureChart> pictureChartFromCode(const QString &code)
{
    for (const ChartCode &c : kCodes)
        if (code == QLatin1String(c.code))
            return c.chart;
    return std::nullopt;
}

namespace reportcharts {

void paintWeekHour(QPainter &painter, const QRectF &target, const WeekHourMatrix &matrix, const QString &language)
{
    painter.save();
    const double top = target.top() + heading(painter, target, reportText(ReportText::WeekHour, language));
    const QFont small = PictureRenderer::font(7);
    const QFontMetricsF sm(small, painter.device());
    painter.setFont(small);
    const QLocale locale = reportLocale(language);
    double labelWidth = 0;
    for (int d = 1; d <= 7; ++d)
        labelWidth = std::max(labelWidth, sm.horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    const QRectF grid(target.left() + labelWidth + 6, top, target.width() - labelWidth - 8,
                      target.bottom() - top - sm.height() - 4);
    if (grid.width() < 48 || grid.height() < 14) {
        painter.restore();
        return;
    }
    const double cw = grid.width() / 24, ch = grid.height() / 7, maximum = std::max(matrix.maximum(), 1e-9);
    for (int d = 0; d < 7; ++d) {
        painter.setPen(kInk);
        painter.drawText(QRectF(target.left(), grid.top() + d * ch, labelWidth, ch), Qt::AlignVCenter | Qt::AlignLeft,
                         locale.dayName(d + 1, QLocale::ShortFormat)); // Qt: 1 = Monday
        for (int h = 0; h < 24; ++h) {
            const double share = matrix.at(d, h) / maximum;
            // From a very light to a dark blue, so the busiest hours stand out in grey print too.
            const QColor fill = QColor::fromRgbF(float(0.94 - 0.78 * share), float(0.96 - 0.62 * share),
                                                 float(0.99 - 0.35 * share));
            painter.fillRect(QRectF(grid.left() + h * cw, grid.top() + d * ch, cw - 0.6, ch - 0.6), fill);
        }
    }
    painter.setPen(kInk);
    for (int h = 0; h < 24; h += 3)
        painter.drawText(QRectF(grid.left() + h * cw, grid.bottom() + 2, cw * 3, sm.height()),
                         Qt::AlignLeft | Qt::AlignTop, QStringLiteral("%1h").arg(h));
    painter.restore();
}

void paintZones(QPainter &painter, const QRectF &target, const QList<std::pair<QString, quint32>> &zones,
                const QColor &colour, const QString &language)
{
    painter.save();
    const double top = target.top() + heading(painter, target, reportText(ReportText::TopMunicipalities, language));
    const QFont body = PictureRenderer::font(8);
    const QFontMetricsF bm(body, painter.device());
    painter.setFont(body);
    if (zones.isEmpty()) {
        painter.drawText(QPointF(target.left(), top + bm.ascent()), reportText(ReportText::NoIncidents, language));
        painter.restore();
        return;
    }
    const QLocale locale = reportLocale(language);
    double nameWidth = 0, countWidth = 0;
    quint32 maximum = 1;
    for (const auto &[name, n] : zones) {
        nameWidth = std::max(nameWidth, bm.horizontalAdvance(name));
        countWidth = std::max(countWidth, bm.horizontalAdvance(locale.toString(n)));
        maximum = std::max(maximum, n);
    }
    nameWidth = std::min(nameWidth, target.width() * 0.4);
    const double row = std::min(bm.height() * 1.6, (target.bottom() - top) / double(zones.size()));
    const double barLeft = target.left() + nameWidth + 8, barSpace = target.right() - barLeft - countWidth - 8;
    if (row < bm.height() * 0.8 || barSpace < 20) {
        painter.restore();
        return;
    }
    double y = top;
    for (const auto &[name, n] : zones) {
        painter.setPen(kInk);
        painter.drawText(QRectF(target.left(), y, nameWidth, row), Qt::AlignVCenter | Qt::AlignLeft,
                         bm.elidedText(name, Qt::ElideRight, nameWidth));
        const double w = barSpace * double(n) / double(maximum);
        painter.fillRect(QRectF(barLeft, y + row * 0.18, std::max(1.0, w), row * 0.64), colour);
        painter.drawText(QRectF(barLeft + w + 4, y, countWidth + 4, row), Qt::AlignVCenter | Qt::AlignLeft,
                         locale.toString(n));
        y += row;
    }
    painter.restore();
}

QColor moColour(std::size_t index)
{
    static const QColor colours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x00, 0x00)};
    return colours[index % std::size(colours)];
}

QColor otherMoColour()
{
    return QColor(0xbb, 0xbb, 0xbb);
}

void paintMoByZone(QPainter &painter, const QRectF &target, const QList<MoRow> &rows, const QStringList &moLabels,
                   const QString &language)
{
    painter.save();
    double top = target.top() + heading(painter, target, reportText(ReportText::MoByZone, language));
    const QFont body = PictureRenderer::font(8), small = PictureRenderer::font(7);
    const QFontMetricsF bm(body, painter.device()), sm(small, painter.device());
    painter.setFont(body);
    if (rows.isEmpty()) {
        painter.setPen(kInk);
        painter.drawText(QPointF(target.left(), top + bm.ascent()), reportText(ReportText::NoMo, language));
        painter.restore();
        return;
    }
    // The legend first, in as many lines as it needs: a swatch and the MO's name each.
    QStringList names = moLabels;
    names << reportText(ReportText::OtherMo, language);
    painter.setFont(small);
    double x = target.left();
    const double swatch = sm.height() * 0.8;
    for (int i = 0; i < names.size(); ++i) {
        const double w = swatch + 4 + std::min(sm.horizontalAdvance(names[i]), target.width() * 0.45) + 10;
        if (x + w > target.right() && x > target.left()) {
            x = target.left();
            top += sm.height() * 1.2;
        }
        painter.fillRect(QRectF(x, top + (sm.height() - swatch) / 2, swatch, swatch),
                         i < moLabels.size() ? moColour(std::size_t(i)) : otherMoColour());
        painter.setPen(kInk);
        painter.drawText(QRectF(x + swatch + 4, top, w - swatch - 14, sm.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         sm.elidedText(names[i], Qt::ElideRight, w - swatch - 14));
        x += w;
    }
    top += sm.height() * 1.6;
    painter.setFont(body);
    const QLocale locale = reportLocale(language);
    double nameWidth = 0, countWidth = 0;
    quint64 maximum = 1;
    for (const MoRow &row : rows) {
        nameWidth = std::max(nameWidth, bm.horizontalAdvance(row.zone));
        quint64 sum = 0;
        for (quint32 n : row.counts)
            sum += n;
        countWidth = std::max(countWidth, bm.horizontalAdvance(locale.toString(sum)));
        maximum = std::max(maximum, sum);
    }
    nameWidth = std::min(nameWidth, target.width() * 0.35);
    const double height = std::min(bm.height() * 1.6, (target.bottom() - top) / double(rows.size()));
    const double barLeft = target.left() + nameWidth + 8, barSpace = target.right() - barLeft - countWidth - 8;
    if (height < bm.height() * 0.8 || barSpace < 20) {
        painter.restore();
        return;
    }
    double y = top;
    for (const MoRow &row : rows) {
        painter.setPen(kInk);
        painter.drawText(QRectF(target.left(), y, nameWidth, height), Qt::AlignVCenter | Qt::AlignLeft,
                         bm.elidedText(row.zone, Qt::ElideRight, nameWidth));
        double left = barLeft;
        quint64 sum = 0;
        for (std::size_t m = 0; m < row.counts.size(); ++m) {
            const double w = barSpace * double(row.counts[m]) / double(maximum);
            const QColor colour = m < std::size_t(moLabels.size()) ? moColour(m) : otherMoColour();
            if (w > 0)
                painter.fillRect(QRectF(left, y + height * 0.18, w, height * 0.64), colour);
            left += w;
            sum += row.counts[m];
        }
        painter.drawText(QRectF(left + 4, y, countWidth + 4, height), Qt::AlignVCenter | Qt::AlignLeft,
                         locale.toString(sum));
        y += height;
    }
    painter.restore();
}

} // namespace reportcharts
} // namespace phenomap
