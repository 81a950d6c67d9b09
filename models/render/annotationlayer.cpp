// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlayer.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace phenomap {
namespace {

constexpr double kHalo = 3.0; ///< white margin around strokes and text, logical pixels

QColor colour(const QString &spec, const QColor &fallback)
{
    const QColor c = QColor::fromString(spec);
    return c.isValid() ? c : fallback;
}

QPolygonF pixels(const Annotation &annotation, const MapViewport &viewport)
{
    const QTransform t = viewport.worldToPixel();
    QPolygonF out;
    out.reserve(annotation.points.size());
    for (const auto &[x, y] : annotation.points)
        out << t.map(QPointF(x, y));
    return out;
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d - p;
    return std::hypot(q.x(), q.y());
}

double strokeWidth(const Annotation &a, double ui)
{
    return std::max(1.0, a.style.width) * ui;
}

/// The filled triangle at the end of an arrow, pointing along the last segment.
QPolygonF arrowHead(QPointF from, QPointF tip, double width)
{
    const QLineF line(tip, from);
    if (line.length() <= 0)
        return {};
    const double length = std::max(10.0, 4.0 * width), half = length * 0.45;
    const QPointF u = (from - tip) / line.length(), n(-u.y(), u.x());
    const QPointF base = tip + u * length;
    return QPolygonF{tip, base + n * half, base - n * half};
}

void paintStroke(QPainter &painter, const QPolygonF &line, bool closed, const QColor &ink, double width, double ui)
{
    QPen halo(QColor(255, 255, 255, 220), width + 2 * kHalo * ui, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen pen(ink, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    for (const QPen &p : {halo, pen}) {
        painter.setPen(p);
        if (closed)
            painter.drawPolygon(line);
        else
            painter.drawPolyline(line);
    }
}

} // namespace

AnnotationStyle AnnotationLayer::defaultStyle(Annotation::Kind kind)
{
    AnnotationStyle s;
    s.stroke = QStringLiteral("#c8102e");
    switch (kind) {
    case Annotation::Kind::Text:
        s.stroke = QStringLiteral("#1d1d1b");
        s.width = 1.0;
        s.fontPt = 13.0;
        break;
    case Annotation::Kind::Arrow:
        s.width = 3.0;
        break;
    case Annotation::Kind::Area:
        s.width = 2.5;
        s.fill = QStringLiteral("#4dc8102e"); // 30 % of the stroke colour
        break;
    }
    return s;
}

QFont AnnotationLayer::textFont(const Annotation &annotation, double ui)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setBold(true);
    f.setPixelSize(std::max(1, int(std::lround(std::max(4.0, annotation.style.fontPt) * 96.0 / 72.0 * ui))));
    return f;
}

QRectF AnnotationLayer::textRect(const Annotation &annotation, const MapViewport &viewport, double ui)
{
    if (annotation.points.isEmpty())
        return {};
    const QFontMetricsF fm(textFont(annotation, ui));
    const QSizeF size(fm.horizontalAdvance(annotation.text), fm.height());
    const QPointF anchor = viewport.toPixel(QPointF(annotation.points.first().first, annotation.points.first().second));
    return QRectF(anchor - QPointF(size.width() / 2, size.height() / 2), size);
}

void AnnotationLayer::paintAnnotation(QPainter &painter, const Annotation &a, const MapViewport &viewport, double ui)
{
    const QColor ink = colour(a.style.stroke, Qt::black);
    const double width = strokeWidth(a, ui);
    const QPolygonF line = pixels(a, viewport);
    if (line.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (a.kind) {
    case Annotation::Kind::Area: {
        QColor fill = colour(a.style.fill, ink);
        if (a.style.fill.isEmpty())
            fill.setAlpha(77);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(line);
        paintStroke(painter, line, true, ink, width, ui);
        break;
    }
    case Annotation::Kind::Arrow: {
        if (line.size() < 2)
            break;
        const QPolygonF head = arrowHead(line.at(line.size() - 2), line.last(), width);
        // The shaft stops at the head's base so the tip stays sharp.
        QPolygonF shaft = line;
        if (!head.isEmpty())
            shaft.last() = (head.at(1) + head.at(2)) / 2;
        paintStroke(painter, shaft, false, ink, width, ui);
        if (!head.isEmpty()) {
            painter.setPen(QPen(QColor(255, 255, 255, 220), kHalo * ui, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(ink);
            painter.drawPolygon(head);
            painter.setPen(Qt::NoPen);
            painter.drawPolygon(head);
        }
        break;
    }
    case Annotation::Kind::Text: {
        if (a.text.isEmpty())
            break;
        const QFont font = textFont(a, ui);
        const QRectF rect = textRect(a, viewport, ui);
        const QFontMetricsF fm(font);
        QPainterPath path;
        path.addText(QPointF(rect.left(), rect.top() + fm.ascent()), font, a.text);
        painter.setPen(QPen(QColor(255, 255, 255, 235), 2 * kHalo * ui, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawPath(path);
        break;
    }
    }
    painter.restore();
}

void AnnotationLayer::paint(QPainter &painter, const MapViewport &viewport, double ui) const
{
    for (const Annotation &a : m_annotations)
        paintAnnotation(painter, a, viewport, ui);
}

double AnnotationLayer::pixelDistance(const Annotation &a, QPointF pixel, const MapViewport &viewport)
{
    const QPolygonF line = pixels(a, viewport);
    if (line.isEmpty())
        return std::numeric_limits<double>::infinity();
    switch (a.kind) {
    case Annotation::Kind::Text: {
        const QRectF r = textRect(a, viewport, 1.0);
        const double dx = std::max({r.left() - pixel.x(), 0.0, pixel.x() - r.right()});
        const double dy = std::max({r.top() - pixel.y(), 0.0, pixel.y() - r.bottom()});
        return std::hypot(dx, dy);
    }
    case Annotation::Kind::Area:
        if (line.containsPoint(pixel, Qt::OddEvenFill))
            return 0.0;
        [[fallthrough]];
    case Annotation::Kind::Arrow: {
        double best = std::numeric_limits<double>::infinity();
        const qsizetype n = line.size();
        const qsizetype segments = a.kind == Annotation::Kind::Area ? n : n - 1;
        for (qsizetype i = 0; i < segments; ++i)
            best = std::min(best, segmentDistance(pixel, line.at(i), line.at((i + 1) % n)));
        if (n == 1)
            best = QLineF(pixel, line.first()).length();
        return best;
    }
    }
    return std::numeric_limits<double>::infinity();
}

int AnnotationLayer::hitTest(const QList<Annotation> &annotations, QPointF pixel, const MapViewport &viewport,
                             double tolerance)
{
    int best = -1;
    double bestDistance = tolerance;
    for (qsizetype i = annotations.size() - 1; i >= 0; --i) { // topmost (last drawn) first
        const double d = pixelDistance(annotations.at(i), pixel, viewport);
        if (d < bestDistance || (best < 0 && d <= bestDistance)) {
            best = int(i);
            bestDistance = d;
        }
    }
    return best;
}

} // namespace phenomap
