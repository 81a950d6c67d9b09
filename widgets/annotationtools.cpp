// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationtools.h"

#include "annotationlayer.h"
#include "mapcanvas.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>

namespace phenomap {
namespace {

constexpr double kMinArrowPixels = 6.0; ///< a shorter drag is a slip, not an arrow

QList<std::pair<double, double>> toPairs(const QList<QPointF> &points)
{
    QList<std::pair<double, double>> out;
    out.reserve(points.size());
    for (const QPointF &p : points)
        out.append({p.x(), p.y()});
    return out;
}

Annotation make(Annotation::Kind kind, const QList<QPointF> &points, const QString &text = {})
{
    Annotation a;
    a.kind = kind;
    a.points = toPairs(points);
    a.text = text;
    a.style = AnnotationLayer::defaultStyle(kind);
    return a;
}

} // namespace

TextAnnotationTool::TextAnnotationTool(QObject *parent)
    : AnnotationTool(parent), m_prompt([this](QWidget *owner) -> std::optional<QString> {
          bool ok = false;
          const QString text = QInputDialog::getText(owner, tr("Map Label"), tr("Text of the label:"),
                                                     QLineEdit::Normal, QString(), &ok);
          return ok ? std::optional<QString>(text) : std::nullopt;
      })
{
}

bool TextAnnotationTool::mousePress(MapCanvas &, QMouseEvent *)
{
    m_pressed = true;
    return true;
}

bool TextAnnotationTool::mouseRelease(MapCanvas &canvas, QMouseEvent *event)
{
    if (!m_pressed)
        return false;
    m_pressed = false;
    const QPointF anchor = canvas.viewport().toWorld(event->position());
    const std::optional<QString> text = m_prompt(&canvas);
    if (text && !text->trimmed().isEmpty())
        Q_EMIT annotationDrawn(make(Annotation::Kind::Text, {anchor}, text->trimmed()));
    return true;
}

bool ArrowAnnotationTool::mousePress(MapCanvas &canvas, QMouseEvent *event)
{
    m_drawing = true;
    m_tail = m_head = canvas.viewport().toWorld(event->position());
    return true;
}

bool ArrowAnnotationTool::mouseMove(MapCanvas &canvas, QMouseEvent *event)
{
    if (!m_drawing)
        return false;
    m_head = canvas.viewport().toWorld(event->position());
    canvas.update();
    return true;
}

bool ArrowAnnotationTool::mouseRelease(MapCanvas &canvas, QMouseEvent *event)
{
    if (!m_drawing)
        return false;
    m_drawing = false;
    m_head = canvas.viewport().toWorld(event->position());
    canvas.update();
    const QLineF onScreen(canvas.viewport().toPixel(m_tail), event->position());
    if (onScreen.length() >= kMinArrowPixels)
        Q_EMIT annotationDrawn(make(Annotation::Kind::Arrow, {m_tail, m_head}));
    return true;
}

bool ArrowAnnotationTool::keyPress(MapCanvas &canvas, QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_drawing)
        return false;
    m_drawing = false;
    canvas.update();
    return true;
}

void ArrowAnnotationTool::paint(QPainter &painter, const MapViewport &viewport) const
{
    if (m_drawing && m_tail != m_head)
        AnnotationLayer::paintAnnotation(painter, make(Annotation::Kind::Arrow, {m_tail, m_head}), viewport, 1.0);
}

bool AreaAnnotationTool::mousePress(MapCanvas &canvas, QMouseEvent *event)
{
    const QPointF p = canvas.viewport().toWorld(event->position());
    m_vertices.append(p);
    m_cursor = p;
    canvas.update();
    return true;
}

bool AreaAnnotationTool::mouseRelease(MapCanvas &, QMouseEvent *)
{
    return true;
}

bool AreaAnnotationTool::mouseMove(MapCanvas &canvas, QMouseEvent *event)
{
    if (m_vertices.isEmpty())
        return false;
    m_cursor = canvas.viewport().toWorld(event->position());
    canvas.update();
    return true;
}

bool AreaAnnotationTool::mouseDoubleClick(MapCanvas &canvas, QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_vertices.isEmpty())
        return false;
    // The double-click's first click already placed the last vertex; drop the duplicate the
    // second click may have left at the same spot.
    const MapViewport &view = canvas.viewport();
    while (m_vertices.size() >= 2
           && QLineF(view.toPixel(m_vertices.last()), view.toPixel(m_vertices.at(m_vertices.size() - 2))).length() < 3)
        m_vertices.removeLast();
    finish(canvas);
    return true;
}

bool AreaAnnotationTool::keyPress(MapCanvas &canvas, QKeyEvent *event)
{
    if (m_vertices.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(canvas);
        return true;
    case Qt::Key_Escape:
        m_vertices.clear();
        m_cursor.reset();
        canvas.update();
        return true;
    case Qt::Key_Backspace:
        m_vertices.removeLast();
        canvas.update();
        return true;
    default:
        return false;
    }
}

bool AreaAnnotationTool::finish(MapCanvas &canvas)
{
    const QList<QPointF> ring = m_vertices;
    m_vertices.clear();
    m_cursor.reset();
    canvas.update();
    if (ring.size() < 3)
        return false;
    Q_EMIT annotationDrawn(make(Annotation::Kind::Area, ring));
    return true;
}

void AreaAnnotationTool::paint(QPainter &painter, const MapViewport &viewport) const
{
    if (m_vertices.isEmpty())
        return;
    QList<QPointF> ring = m_vertices;
    if (m_cursor && *m_cursor != ring.last())
        ring.append(*m_cursor);
    const Annotation::Kind kind = ring.size() >= 3 ? Annotation::Kind::Area : Annotation::Kind::Arrow;
    Annotation shape = make(kind, ring);
    if (kind == Annotation::Kind::Arrow) { // a single edge so far: a plain line, no head
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor::fromString(shape.style.stroke), 2.5));
        painter.drawLine(viewport.toPixel(ring.first()), viewport.toPixel(ring.last()));
        painter.restore();
    } else {
        AnnotationLayer::paintAnnotation(painter, shape, viewport, 1.0);
    }
    painter.save();
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(QColor::fromString(shape.style.stroke));
    for (const QPointF &v : m_vertices)
        painter.drawEllipse(viewport.toPixel(v), 4.0, 4.0);
    painter.restore();
}

void SelectAnnotationTool::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    if (m_selected >= m_annotations.size())
        select(-1);
}

void SelectAnnotationTool::select(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    Q_EMIT selectionChanged(index);
}

bool SelectAnnotationTool::mousePress(MapCanvas &canvas, QMouseEvent *event)
{
    const int hit = AnnotationLayer::hitTest(m_annotations, event->position(), canvas.viewport());
    select(hit);
    canvas.update();
    m_took = hit >= 0;
    return m_took; // a click beside every annotation pans and clicks incidents as usual
}

bool SelectAnnotationTool::mouseRelease(MapCanvas &, QMouseEvent *)
{
    const bool took = m_took;
    m_took = false;
    return took;
}

bool SelectAnnotationTool::keyPress(MapCanvas &canvas, QKeyEvent *event)
{
    if (m_selected < 0)
        return false;
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        const int index = m_selected;
        select(-1);
        canvas.update();
        Q_EMIT removeRequested(index);
        return true;
    }
    if (event->key() == Qt::Key_Escape) {
        select(-1);
        canvas.update();
        return true;
    }
    return false;
}

void SelectAnnotationTool::paint(QPainter &painter, const MapViewport &viewport) const
{
    if (m_selected < 0 || m_selected >= m_annotations.size())
        return;
    const Annotation &a = m_annotations.at(m_selected);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(0x00, 0xb4, 0xff), 2.0, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (a.kind == Annotation::Kind::Text) {
        painter.drawRect(AnnotationLayer::textRect(a, viewport, 1.0).adjusted(-4, -3, 4, 3));
    } else {
        QPolygonF line;
        for (const auto &[x, y] : a.points)
            line << viewport.toPixel(QPointF(x, y));
        if (a.kind == Annotation::Kind::Area)
            painter.drawPolygon(line);
        else
            painter.drawPolyline(line);
        for (const QPointF &p : line)
            painter.drawRect(QRectF(p - QPointF(3, 3), QSizeF(6, 6)));
    }
    painter.restore();
}

void SelectAnnotationTool::deactivate()
{
    select(-1);
    m_took = false;
}

} // namespace phenomap
