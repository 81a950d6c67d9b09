// SPDX-License-Identifier: GPL-3.0-or-later
// MapPainter's binned view: incidents counted per square or hexagonal cell, drawn as coloured
// cells with their counts.
#include "mappainter.h"

#include "engine.h"
#include "mapdrawing.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace phenomap {

using mapdrawing::isRaster;
using mapdrawing::mapFont;
using mapdrawing::rampColour;

void MapPainter::drawBins(QPainter &painter, const MapViewport &viewport, double ui) const
{
    const double cell = binCellMetres(viewport);
    if (m_binShape == BinShape::Hexagon)
        return drawHexBins(painter, viewport, ui, cell);
    const QRectF visible = viewport.worldExtent();
    const qint64 ix0 = qint64(std::floor(visible.left() / cell)),
                 iy0 = qint64(std::floor(visible.top() / cell));
    const qint64 cols = qint64(std::floor(visible.right() / cell)) - ix0 + 1;
    const qint64 rowsN = qint64(std::floor(visible.bottom() / cell)) - iy0 + 1;
    if (cols <= 0 || rowsN <= 0 || cols * rowsN > 4'000'000)
        return;
    // The counts of every visible incident per cell of this size, kept until the incidents
    // change; when that grid would be too large, only the visible window is counted.
    const BinGrid *grid = m_bins.grid(*m_columns, m_rows, cell);
    BinGrid window;
    if (!grid) {
        window = BinGrid::count(*m_columns, m_rows, cell, ix0, iy0, cols, rowsN);
        grid = &window;
    }
    CellRange cells;
    cells.x0 = std::max(ix0, grid->firstColumn());
    cells.y0 = std::max(iy0, grid->firstRow());
    cells.x1 = std::min(ix0 + cols, grid->firstColumn() + grid->columns());
    cells.y1 = std::min(iy0 + rowsN, grid->firstRow() + grid->rows());
    quint32 maxCount = 0;
    for (qint64 iy = cells.y0; iy < cells.y1; ++iy) {
        const quint32 *counts = grid->rowData(cells.x0, iy);
        for (qint64 ix = 0; ix < cells.x1 - cells.x0; ++ix)
            maxCount = std::max(maxCount, counts[ix]);
    }
    if (maxCount == 0)
        return;
    if (isRaster(painter)) {
        drawBinCells(painter, viewport, ui, *grid, cells, maxCount);
        return;
    }
    // Vector devices: one rectangle and one text per cell.
    const QTransform toPixel = viewport.worldToPixel();
    const double logMax = std::log1p(double(maxCount));
    const double sidePixels = cell / viewport.metresPerPixel();
    const bool withText = sidePixels >= 20 * ui;
    const QFont font = mapFont(std::min(sidePixels * 0.36, 12.0 * ui), true);
    painter.save();
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (qint64 iy = cells.y0; iy < cells.y1; ++iy) {
        for (qint64 ix = cells.x0; ix < cells.x1; ++ix) {
            const quint32 n = grid->at(ix, iy);
            if (n == 0)
                continue;
            const double t = maxCount > 1 ? std::log1p(double(n)) / logMax : 1.0;
            const QRectF box = toPixel.mapRect(QRectF(ix * cell, iy * cell, cell, cell));
            QColor fill = rampColour(t);
            fill.setAlpha(225);
            painter.setPen(QPen(QColor(255, 255, 255, 170), 1.0));
            painter.setBrush(fill);
            painter.drawRect(box);
            if (withText) {
                painter.setPen(t > 0.55 ? QColor(Qt::white) : QColor(0x30, 0x30, 0x30));
                painter.drawText(box, Qt::AlignCenter, QLocale().toString(n));
            }
        }
    }
    painter.restore();
}

void MapPainter::drawBinCells(QPainter &painter, const MapViewport &viewport, double ui, const BinGrid &grid,
                              CellRange cells, quint32 maxCount) const
{
    // Raster devices: the cells are written into one image (edges on whole device pixels, a
    // light one-pixel border inside each cell), blended with one drawImage; counts are
    // pre-laid-out texts.
    const double cell = grid.cellSize();
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSize size = (QSizeF(viewport.pixelSize()) * dpr).toSize();
    const double scale = dpr / viewport.metresPerPixel();
    const double cx = viewport.centre().x(), cy = viewport.centre().y();
    const double w2 = size.width() / 2.0, h2 = size.height() / 2.0;
    const auto edgeX = [&](qint64 i) { return qint64(std::lround((double(i) * cell - cx) * scale + w2)); };
    const auto edgeY = [&](qint64 j) { return qint64(std::lround(h2 - (double(j) * cell - cy) * scale)); };
    // One pixel more on the right and bottom: a cell's border closes it on a side without a neighbour.
    const qint64 left = std::max<qint64>(0, edgeX(cells.x0));
    const qint64 right = std::min<qint64>(size.width(), edgeX(cells.x1) + 1);
    const qint64 top = std::max<qint64>(0, edgeY(cells.y1));
    const qint64 bottom = std::min<qint64>(size.height(), edgeY(cells.y0) + 1);
    if (left >= right || top >= bottom)
        return;
    QImage layer(int(right - left), int(bottom - top), QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    auto *bits = reinterpret_cast<QRgb *>(layer.bits());
    const qsizetype stride = layer.bytesPerLine() / 4;
    const double logMax = std::log1p(double(maxCount));
    const QRgb border = qPremultiply(qRgba(255, 255, 255, 170));
    const auto over = [](QRgb s, QRgb d) { // premultiplied source over destination
        const uint k = 255 - qAlpha(s);
        return qRgba(qRed(s) + qRed(d) * k / 255, qGreen(s) + qGreen(d) * k / 255,
                     qBlue(s) + qBlue(d) * k / 255, qAlpha(s) + qAlpha(d) * k / 255);
    };
    struct Label
    {
        QRectF box; // logical pixels
        quint32 count;
        bool light;
    };
    std::vector<Label> labels;
    const double sidePixels = cell / viewport.metresPerPixel();
    const bool withText = sidePixels >= 20 * ui;
    for (qint64 iy = cells.y0; iy < cells.y1; ++iy) {
        const quint32 *counts = grid.rowData(cells.x0, iy);
        const qint64 y0 = edgeY(iy + 1), y1 = edgeY(iy);
        for (qint64 ix = cells.x0; ix < cells.x1; ++ix) {
            const quint32 n = counts[ix - cells.x0];
            if (n == 0)
                continue;
            const qint64 x0 = edgeX(ix), x1 = edgeX(ix + 1);
            const double t = maxCount > 1 ? std::log1p(double(n)) / logMax : 1.0;
            const QColor colour = rampColour(t);
            const QRgb fill = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), 225));
            const QRgb edge = over(border, fill);
            // A one-pixel line on every cell boundary, as a rectangle outline would draw it: a cell
            // draws its top and left lines, and its right and bottom ones where no cell follows.
            const qint64 xEnd = x1 + (grid.at(ix + 1, iy) == 0 ? 1 : 0);
            const qint64 yEnd = y1 + (grid.at(ix, iy - 1) == 0 ? 1 : 0);
            for (qint64 y = std::max(y0, top); y < std::min(yEnd, bottom); ++y) {
                QRgb *line = bits + (y - top) * stride;
                for (qint64 x = std::max(x0, left); x < std::min(xEnd, right); ++x) {
                    if (x == x1 || y == y1)
                        line[x - left] = border;
                    else
                        line[x - left] = (y == y0 || x == x0) ? edge : fill;
                }
            }
            if (withText && x1 > x0 && y1 > y0)
                labels.push_back(
                    {QRectF(QPointF(x0 / dpr, y0 / dpr), QPointF(x1 / dpr, y1 / dpr)), n, t > 0.55});
        }
    }
    layer.setDevicePixelRatio(dpr);
    painter.drawImage(QPointF(left / dpr, top / dpr), layer);
    if (labels.empty())
        return;

    const QFont font = mapFont(std::min(sidePixels * 0.36, 12.0 * ui), true);
    const QString key = font.key() + QLatin1Char('/') + QLocale().name();
    if (key != m_binTextKey || m_binTexts.size() > 4096) {
        m_binTexts.clear();
        m_binTextKey = key;
    }
    painter.save();
    painter.setFont(font);
    const QColor light(Qt::white), dark(0x30, 0x30, 0x30);
    for (const Label &label : labels) {
        auto it = m_binTexts.find(label.count);
        if (it == m_binTexts.end()) {
            it = m_binTexts.insert(label.count, QStaticText(QLocale().toString(label.count)));
            it->setTextFormat(Qt::PlainText);
            it->setPerformanceHint(QStaticText::AggressiveCaching);
            it->prepare(QTransform(), font);
        }
        const QSizeF textSize = it->size();
        painter.setPen(label.light ? light : dark);
        painter.drawStaticText(label.box.center() - QPointF(textSize.width() / 2, textSize.height() / 2),
                               *it);
    }
    painter.restore();
}

void MapPainter::drawHexBins(QPainter &painter, const MapViewport &viewport, double ui, double cell) const
{
    // Hexagons of the square cell's area, counted once per cell size over every visible incident.
    const HexBins &bins = m_hexBins.bins(*m_columns, m_rows, cell);
    const QRectF visible = viewport.worldExtent().adjusted(-bins.radius(), -bins.radius(), bins.radius(), bins.radius());
    std::vector<const HexBins::Cell *> shown;
    quint32 maxCount = 0;
    for (const HexBins::Cell &c : bins.cells())
        if (visible.contains(bins.centre(c.q, c.r))) {
            shown.push_back(&c);
            maxCount = std::max(maxCount, c.count);
        }
    if (maxCount == 0)
        return;
    const QTransform toPixel = viewport.worldToPixel();
    const double logMax = std::log1p(double(maxCount));
    const double widthPixels = bins.radius() * std::sqrt(3.0) / viewport.metresPerPixel();
    const bool withText = widthPixels >= 22 * ui;
    const QFont font = mapFont(std::min(widthPixels * 0.32, 12.0 * ui), true);
    painter.save();
    painter.setFont(font);
    // Hexagon edges are straight and the cells opaque: antialiasing would only cost time on screen.
    painter.setRenderHint(QPainter::Antialiasing, !isRaster(painter));
    painter.setPen(QPen(QColor(255, 255, 255, 170), 1.0));
    for (const HexBins::Cell *c : shown) {
        const double t = maxCount > 1 ? std::log1p(double(c->count)) / logMax : 1.0;
        QColor fill = rampColour(t);
        fill.setAlpha(225);
        painter.setBrush(fill);
        painter.drawPolygon(toPixel.map(bins.polygon(c->q, c->r)));
    }
    if (withText) {
        // Counts as laid-out static texts, shared with the square cells' cache.
        const QString key = font.key() + QLatin1Char('/') + QLocale().name();
        if (key != m_binTextKey || m_binTexts.size() > 4096) {
            m_binTexts.clear();
            m_binTextKey = key;
        }
        const QColor light(Qt::white), dark(0x30, 0x30, 0x30);
        for (const HexBins::Cell *c : shown) {
            const double t = maxCount > 1 ? std::log1p(double(c->count)) / logMax : 1.0;
            auto it = m_binTexts.find(c->count);
            if (it == m_binTexts.end()) {
                it = m_binTexts.insert(c->count, QStaticText(QLocale().toString(c->count)));
                it->setTextFormat(Qt::PlainText);
                it->setPerformanceHint(QStaticText::AggressiveCaching);
                it->prepare(QTransform(), font);
            }
            const QSizeF size = it->size();
            if (size.width() > widthPixels * 0.9)
                continue; // a count wider than its hexagon would run into the next one's
            painter.setPen(t > 0.55 ? light : dark);
            painter.drawStaticText(toPixel.map(bins.centre(c->q, c->r)) - QPointF(size.width() / 2, size.height() / 2),
                                   *it);
        }
    }
    painter.restore();
}

} // namespace phenomap
