// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectiontools.h"

#include "mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace phenomap {

namespace {
constexpr double kClickTolerance = 4.0; // pixels: a shorter drag is a click
constexpr double kLassoStep = 3.0;      // pixels between recorded lasso points
} // namespace

SelectionTool::SelectionTool(Shape shape, QObject *parent) : MapTool(parent), m_shape(shape) {}

SelectionTool::Mode SelectionTool::modeFor(Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier)
        return Mode::Remove;
    if (modifiers & Qt::ShiftModifier)
        return Mode::Add;
    return Mode::Replace;
}

bool SelectionTool::mousePress(MapCanvas &canvas, QMouseEvent *event)
{
    m_drawing = true;
    m_pixels = QPolygonF{event->position()};
    if (m_shape == Shape::Rectangle)
        m_pixels.append(event->position());
    canvas.update();
    return true;
}

bool SelectionTool::mouseMove(MapCanvas &canvas, QMouseEvent *event)
{
    if (!m_drawing)
        return false;
    const QPointF p = event->position();
    if (m_shape == Shape::Rectangle)
        m_pixels[1] = p;
    else if (QLineF(m_pixels.last(), p).length() >= kLassoStep)
        m_pixels.append(p);
    canvas.update();
    return true;
}

bool SelectionTool::mouseRelease(MapCanvas &canvas, QMouseEvent *event)
{
    if (!m_drawing)
        return false;
    m_drawing = false;
    const QPointF end = event->position();
    QPolygonF pixels;
    QPolygonF all = m_pixels;
    all.append(end);
    const QRectF extent = all.boundingRect();
    if (extent.width() < kClickTolerance && extent.height() < kClickTolerance) {
        // A click: what is drawn under the cursor (a dot is about 6 pixels across).
        const QRectF box(end - QPointF(6, 6), QSizeF(12, 12));
        pixels = QPolygonF(box);
    } else if (m_shape == Shape::Rectangle) {
        pixels = QPolygonF(QRectF(m_pixels.first(), end).normalized());
    } else {
        pixels = m_pixels;
        pixels.append(end);
        if (pixels.first() != pixels.last())
            pixels.append(pixels.first());
    }
    m_pixels.clear();
    canvas.update();
    const QTransform toWorld = canvas.viewport().pixelToWorld();
    Q_EMIT shapeDrawn(toWorld.map(pixels), modeFor(event->modifiers()));
    return true;
}

bool SelectionTool::keyPress(MapCanvas &canvas, QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_drawing)
        return false;
    deactivate();
    canvas.update();
    return true;
}

void SelectionTool::deactivate()
{
    m_drawing = false;
    m_pixels.clear();
}

void SelectionTool::paint(QPainter &painter, const MapViewport &) const
{
    if (!m_drawing || m_pixels.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(0x00, 0x6d, 0xc0), 1.5, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(QColor(0x00, 0xb4, 0xff, 50));
    if (m_shape == Shape::Rectangle)
        painter.drawRect(QRectF(m_pixels.first(), m_pixels.last()).normalized());
    else
        painter.drawPolygon(m_pixels);
    painter.restore();
}

} // namespace phenomap
