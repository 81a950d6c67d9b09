// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcanvas.h"

#include "engine.h"
#include "maptool.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace phenomap {

namespace {
constexpr double kWheelStep = 1.25;  // zoom factor per wheel notch
constexpr double kKeyZoom = 1.5;     // zoom factor per +/- key
constexpr int kDragThreshold = 4;    // pixels before a press becomes a pan
} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("Map of the Brussels-Capital Region with the incidents of the current filter. "
                                "Use the mouse wheel or + and - to zoom, drag or the arrow keys to pan, "
                                "Home to show the whole region."));
    setToolTip(tr("Wheel or +/- to zoom, drag or arrow keys to pan, Home to show the whole region"));
    m_viewport.setPixelSize(size());
}

void MapCanvas::setViewport(const MapViewport &viewport)
{
    m_fitPending = false;
    MapViewport v = viewport;
    v.setPixelSize(size());
    changeViewport(v);
}

void MapCanvas::changeViewport(const MapViewport &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    update();
    Q_EMIT viewportChanged();
}

void MapCanvas::setTool(MapTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    restoreCursor();
    update();
    Q_EMIT toolChanged(tool);
}

void MapCanvas::restoreCursor()
{
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::OpenHandCursor));
}

void MapCanvas::zoomToData()
{
    const QRectF extent = m_painter.dataExtent();
    if (extent.isNull())
        return;
    m_fitPending = !isVisible() && !testAttribute(Qt::WA_Resized);
    MapViewport v = m_viewport;
    v.setPixelSize(size());
    v.fit(extent);
    changeViewport(v);
}

void MapCanvas::zoomIn()
{
    MapViewport v = m_viewport;
    v.zoom(kKeyZoom);
    changeViewport(v);
}

void MapCanvas::zoomOut()
{
    MapViewport v = m_viewport;
    v.zoom(1.0 / kKeyZoom);
    changeViewport(v);
}

std::optional<quint32> MapCanvas::incidentAt(QPoint position, double radius) const
{
    const IncidentColumns *columns = m_painter.columns();
    const std::vector<quint32> &rows = m_painter.visibleRows();
    if (!columns || rows.empty())
        return std::nullopt;
    const QPointF world = m_viewport.toWorld(position);
    const double limit = radius * m_viewport.metresPerPixel();
    double best = limit * limit;
    std::optional<quint32> found;
    for (quint32 row : rows) {
        const double dx = columns->x[row] - world.x(), dy = columns->y[row] - world.y();
        const double d = dx * dx + dy * dy;
        if (d <= best) { // NaN compares false: zone-only incidents are skipped
            best = d;
            found = columns->fid[row];
        }
    }
    return found;
}

QSet<quint32> MapCanvas::incidentsWithin(const QPolygonF &world) const
{
    QSet<quint32> out;
    const IncidentColumns *columns = m_painter.columns();
    if (!columns || world.size() < 3)
        return out;
    const QRectF box = world.boundingRect();
    for (quint32 row : m_painter.visibleRows()) {
        const double x = columns->x[row], y = columns->y[row];
        // NaN fails every comparison, so points-less incidents drop out here.
        if (!(x >= box.left() && x <= box.right() && y >= box.top() && y <= box.bottom()))
            continue;
        if (world.containsPoint(QPointF(x, y), Qt::OddEvenFill))
            out.insert(columns->fid[row]);
    }
    return out;
}

bool MapCanvas::event(QEvent *event)
{
    // A touchpad pinch (libinput on X11 and Wayland, macOS): value is the change of scale since
    // the last event, around the fingers. Two-finger scrolling arrives as wheel events.
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture && gesture->value() > -1.0) {
            MapViewport v = m_viewport;
            v.zoomAt(gesture->position(), 1.0 + gesture->value());
            changeViewport(v);
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip && m_describe) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto fid = incidentAt(help->pos())) {
            const QString text = m_describe(*fid);
            if (!text.isEmpty()) {
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_painter.paint(painter, m_viewport);
    if (m_tool)
        m_tool->paint(painter, m_viewport);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    MapViewport v = m_viewport;
    v.setPixelSize(size());
    if (m_fitPending && !m_painter.dataExtent().isNull()) {
        v.fit(m_painter.dataExtent());
        m_fitPending = false;
    }
    changeViewport(v);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    MapViewport v = m_viewport;
    v.zoomAt(event->position(), std::pow(kWheelStep, notches));
    changeViewport(v);
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_tool && m_tool->mousePress(*this, event))
        return;
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)
        return QWidget::mousePressEvent(event);
    m_dragButton = event->button();
    m_dragging = true;
    m_dragMoved = false;
    m_pressPos = m_lastPos = event->position().toPoint();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPointF world = m_viewport.toWorld(event->position());
    Q_EMIT cursorMoved(world.x(), world.y());
    if (!m_dragging) {
        if (m_tool)
            m_tool->mouseMove(*this, event);
        return;
    }
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < kDragThreshold)
        return;
    if (!m_dragMoved)
        setCursor(Qt::ClosedHandCursor);
    m_dragMoved = true;
    MapViewport v = m_viewport;
    v.pan(pos - m_lastPos);
    m_lastPos = pos;
    changeViewport(v);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != m_dragButton) {
        if (event->button() == Qt::LeftButton && m_tool && m_tool->mouseRelease(*this, event))
            return;
        return QWidget::mouseReleaseEvent(event);
    }
    m_dragging = false;
    m_dragButton = Qt::NoButton;
    restoreCursor();
    if (!m_dragMoved && event->button() == Qt::LeftButton) {
        if (const auto fid = incidentAt(event->position().toPoint()))
            Q_EMIT incidentClicked(*fid);
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mouseDoubleClick(*this, event))
        return;
    MapViewport v = m_viewport;
    v.zoomAt(event->position(), event->modifiers() & Qt::ShiftModifier ? 1.0 / 2.0 : 2.0);
    changeViewport(v);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(*this, event))
        return;
    const double step = 0.125;
    MapViewport v = m_viewport;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Home:
        zoomToData();
        return;
    case Qt::Key_Left:
        v.pan(QPointF(width() * step, 0));
        break;
    case Qt::Key_Right:
        v.pan(QPointF(-width() * step, 0));
        break;
    case Qt::Key_Up:
        v.pan(QPointF(0, height() * step));
        break;
    case Qt::Key_Down:
        v.pan(QPointF(0, -height() * step));
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    changeViewport(v);
}

void MapCanvas::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    Q_EMIT cursorLeft();
}

} // namespace phenomap
