// SPDX-License-Identifier: GPL-3.0-or-later
// The annotations overlay: areas are tinted inside with a strong outline, arrows have a shaft and
// a filled head at their last point, text labels are dark glyphs on a white halo, all over the
// incidents; hit-testing finds the annotation under a click; sizes follow the device scale.
#include "annotationlayer.h"
#include "engine.h"
#include "mappainter.h"
#include "mapview.h"
#include "zonelayer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>

#include <functional>

using namespace phenomap;

namespace {

ZoneLayer square()
{
    ZoneShape s;
    s.code = QStringLiteral("1");
    s.path.addRect(QRectF(0, 0, 2000, 2000));
    s.bounds = s.path.boundingRect();
    s.labelPoint = interiorLabelPoint(s.path);
    return ZoneLayer({s});
}

Annotation annotation(Annotation::Kind kind, QList<std::pair<double, double>> points, QString text = {})
{
    Annotation a;
    a.kind = kind;
    a.points = std::move(points);
    a.text = std::move(text);
    a.style = AnnotationLayer::defaultStyle(kind);
    return a;
}

bool reddish(QColor c)
{
    return c.red() > 150 && c.green() < 90 && c.blue() < 100;
}

int countPixels(const QImage &image, QRect area, const std::function<bool(QColor)> &test)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y) && test(image.pixelColor(x, y)))
                ++n;
    return n;
}

} // namespace

class TestAnnotationLayer : public QObject
{
    Q_OBJECT

    MapViewport m_view{QPointF(1000, 1000), 5.0, QSize(500, 500)}; // the square fills the image

private Q_SLOTS:
    void areaIsTintedAndOutlined()
    {
        MapPainter painter;
        painter.setMunicipalities(square());
        const QColor land = painter.render(m_view).pixelColor(m_view.toPixel(QPointF(1000, 1000)).toPoint());
        painter.setOverlay(AnnotationLayer::overlayId(),
                           std::make_shared<AnnotationLayer>(QList<Annotation>{annotation(
                               Annotation::Kind::Area, {{500, 500}, {1500, 500}, {1500, 1500}, {500, 1500}})}));
        QCOMPARE(painter.overlay(QStringLiteral("annotations"))->level(), OverlayLevel::OverIncidents);
        const QImage image = painter.render(m_view);
        // Inside: the land shows through a red tint (semi-transparent, not opaque red).
        const QColor inside = image.pixelColor(m_view.toPixel(QPointF(1000, 1000)).toPoint());
        QVERIFY2(inside.red() > inside.green() + 40, qPrintable(inside.name()));
        QVERIFY2(inside.green() > 80 && inside != land, qPrintable(inside.name()));
        // On the edge: the solid outline colour.
        const QColor edge = image.pixelColor(m_view.toPixel(QPointF(1000, 500)).toPoint());
        QVERIFY2(reddish(edge), qPrintable(edge.name()));
        // Outside: untouched land.
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(250, 250)).toPoint()), land);
    }

    void arrowHasShaftAndHeadOverIncidents()
    {
        MapPainter painter;
        painter.setMunicipalities(square());
        IncidentColumns columns;
        columns.phenomenonIds = {1};
        columns.fid = {10};
        columns.x = {1000.f};
        columns.y = {1000.f};
        columns.phenomenon = {0};
        painter.setPhenomenonColour(1, QColor(0, 200, 0));
        painter.setIncidents(&columns, {0});
        painter.setOverlay(AnnotationLayer::overlayId(),
                           std::make_shared<AnnotationLayer>(
                               QList<Annotation>{annotation(Annotation::Kind::Arrow, {{400, 1000}, {1600, 1000}})}));
        const QImage image = painter.render(m_view);
        QVERIFY(reddish(image.pixelColor(m_view.toPixel(QPointF(1000, 1000)).toPoint()))); // over the incident
        QVERIFY(reddish(image.pixelColor(m_view.toPixel(QPointF(600, 1000)).toPoint())));
        // The head is wider than the shaft: a few pixels beside the line near the tip are red,
        // while beside the middle of the shaft they are not.
        const QPoint tip = m_view.toPixel(QPointF(1600, 1000)).toPoint();
        QVERIFY(reddish(image.pixelColor(tip + QPoint(-9, 3))));
        QVERIFY(!reddish(image.pixelColor(m_view.toPixel(QPointF(800, 1000)).toPoint() + QPoint(0, 3))));
        // The white halo separates the shaft from the map.
        const QColor halo = image.pixelColor(m_view.toPixel(QPointF(800, 1000)).toPoint() + QPoint(0, 3));
        QVERIFY2(halo.red() > 230 && halo.green() > 230 && halo.blue() > 230, qPrintable(halo.name()));
    }

    void textIsDarkOnAHalo()
    {
        MapPainter painter;
        painter.setMunicipalities(square());
        const Annotation label = annotation(Annotation::Kind::Text, {{1000, 1000}}, QStringLiteral("HOTSPOT"));
        painter.setOverlay(AnnotationLayer::overlayId(), std::make_shared<AnnotationLayer>(QList<Annotation>{label}));
        const QImage image = painter.render(m_view);
        const QRect box = AnnotationLayer::textRect(label, m_view, 1.0).toAlignedRect();
        QVERIFY(box.width() > 40 && box.height() > 10);
        QVERIFY(box.contains(m_view.toPixel(QPointF(1000, 1000)).toPoint())); // centred on its anchor
        const int dark = countPixels(image, box, [](QColor c) { return c.lightness() < 70; });
        const int white = countPixels(image, box.adjusted(-4, -4, 4, 4),
                                      [](QColor c) { return c.red() > 245 && c.green() > 245 && c.blue() > 245; });
        QVERIFY2(dark > 40, qPrintable(QString::number(dark)));
        QVERIFY2(white > 40, qPrintable(QString::number(white)));
        // Nothing dark far from the label.
        QCOMPARE(countPixels(image, QRect(20, 20, 60, 60), [](QColor c) { return c.lightness() < 70; }), 0);
    }

    void scalesWithTheDevice()
    {
        const Annotation label = annotation(Annotation::Kind::Text, {{1000, 1000}}, QStringLiteral("Gare"));
        const QRectF one = AnnotationLayer::textRect(label, m_view, 1.0);
        const QRectF three = AnnotationLayer::textRect(label, m_view, 3.0);
        QVERIFY(three.height() > 2.5 * one.height());
        QVERIFY(three.width() > 2.5 * one.width());
    }

    void hitTestFindsTheNearestAnnotation()
    {
        const QList<Annotation> list{
            annotation(Annotation::Kind::Area, {{500, 500}, {900, 500}, {900, 900}, {500, 900}}),
            annotation(Annotation::Kind::Arrow, {{1100, 1500}, {1800, 1500}}),
            annotation(Annotation::Kind::Text, {{1500, 700}}, QStringLiteral("Label")),
        };
        const auto px = [&](double x, double y) { return m_view.toPixel(QPointF(x, y)); };
        QCOMPARE(AnnotationLayer::hitTest(list, px(700, 700), m_view), 0);             // inside the area
        QCOMPARE(AnnotationLayer::hitTest(list, px(1400, 1500) + QPointF(0, 4), m_view), 1); // beside the shaft
        QCOMPARE(AnnotationLayer::hitTest(list, px(1500, 700), m_view), 2);            // on the label
        QCOMPARE(AnnotationLayer::hitTest(list, px(1400, 1500) + QPointF(0, 20), m_view), -1);
        QCOMPARE(AnnotationLayer::hitTest(list, px(300, 1800), m_view), -1);
        QCOMPARE(AnnotationLayer::hitTest({}, px(700, 700), m_view), -1);
        QCOMPARE(AnnotationLayer::pixelDistance(list.at(0), px(700, 700), m_view), 0.0);
        QVERIFY(std::abs(AnnotationLayer::pixelDistance(list.at(0), px(1000, 700), m_view) - 20.0) < 0.01);
    }
};

QTEST_MAIN(TestAnnotationLayer)
#include "tst_annotationlayer.moc"
