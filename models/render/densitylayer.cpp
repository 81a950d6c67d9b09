// SPDX-License-Identifier: GPL-3.0-or-later
#include "densitylayer.h"

#include "mapdrawing.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace phenomap {

double DensitySurface::maximum() const
{
    float m = 0;
    for (float v : values)
        m = std::max(m, v);
    return m;
}

QColor DensityLayer::colourAt(double t)
{
    if (!(t >= 0.02))
        return Qt::transparent;
    QColor c = mapdrawing::rampColour(std::min(1.0, t));
    // Faint where low, so the basemap shows through the fringe of a hot spot.
    c.setAlphaF(float(std::min(1.0, 0.35 + 0.65 * std::sqrt(std::min(1.0, t)))));
    return c;
}

DensityLayer::DensityLayer(DensitySurface surface) : m_surface(std::move(surface))
{
    m_max = m_surface.maximum();
    if (m_surface.isEmpty() || m_max <= 0)
        return;
    m_image = QImage(m_surface.columns, m_surface.rows, QImage::Format_ARGB32_Premultiplied);
    // A lookup table of 256 colours keeps 160 000 cells cheap.
    QRgb lut[256];
    for (int i = 0; i < 256; ++i)
        lut[i] = colourAt(i / 255.0).rgba64().toArgb32();
    for (int r = 0; r < m_surface.rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(r));
        const float *row = m_surface.values.data() + std::size_t(r) * std::size_t(m_surface.columns);
        for (int c = 0; c < m_surface.columns; ++c)
            line[c] = qPremultiply(lut[std::clamp(int(std::lround(row[c] / m_max * 255.0)), 0, 255)]);
    }
}

void DensityLayer::paint(QPainter &painter, const MapViewport &viewport, double) const
{
    if (m_image.isNull())
        return;
    const QRectF world(m_surface.originX, m_surface.originY - m_surface.rows * m_surface.cellSize,
                       m_surface.columns * m_surface.cellSize, m_surface.rows * m_surface.cellSize);
    if (!world.intersects(viewport.worldExtent()))
        return;
    const QRectF target = viewport.worldToPixel().mapRect(world);
    painter.save();
    // Smooth when a cell covers several pixels, as a surface should look.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, m_image);
    painter.restore();
}

QSizeF DensityLayer::legendSize(double ui) const
{
    if (m_image.isNull())
        return {};
    return QSizeF(190 * ui, 74 * ui);
}

void DensityLayer::paintLegend(QPainter &painter, QPointF topLeft, double ui) const
{
    const QRectF plate(topLeft, legendSize(ui));
    const double pad = 8 * ui;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0x9a, 0xa1, 0xab), 1.0));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(plate, 4 * ui, 4 * ui);

    const QFont titleFont = mapdrawing::mapFont(11.5 * ui, true), font = mapdrawing::mapFont(10 * ui);
    const QFontMetricsF titleMetrics(titleFont), metrics(font);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.setFont(titleFont);
    double y = plate.top() + pad + titleMetrics.ascent();
    painter.drawText(QPointF(plate.left() + pad, y), tr("Density (incidents per km²)"));

    const QRectF bar(plate.left() + pad, y + titleMetrics.descent() + 4 * ui, plate.width() - 2 * pad, 10 * ui);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i) {
        QColor c = colourAt(std::max(0.02, i / 10.0));
        c.setAlpha(255);
        gradient.setColorAt(i / 10.0, c);
    }
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.8 * ui));
    painter.setBrush(gradient);
    painter.drawRect(bar);

    const QLocale locale;
    painter.setFont(font);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    y = bar.bottom() + 2 * ui + metrics.ascent();
    painter.drawText(QPointF(bar.left(), y), locale.toString(0));
    const QString top = locale.toString(m_max, 'f', m_max < 10 ? 1 : 0);
    painter.drawText(QPointF(bar.right() - metrics.horizontalAdvance(top), y), top);
    y += metrics.height();
    painter.drawText(QPointF(bar.left(), y), tr("radius %1 m, cells %2 m")
                                                 .arg(locale.toString(m_surface.bandwidth, 'f', 0),
                                                      locale.toString(m_surface.cellSize, 'f', 0)));
}

} // namespace phenomap
