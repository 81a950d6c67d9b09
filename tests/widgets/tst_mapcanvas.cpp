// SPDX-License-Identifier: GPL-3.0-or-later
// The map canvas through its public API and real input events: wheel, drag, keys, clicks.
#include "engine.h"
#include "mapcanvas.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace phenomap;

namespace {

ZoneLayer square()
{
    ZoneShape s;
    s.code = QStringLiteral("1");
    s.nameFr = QStringLiteral("Carré");
    s.nameNl = QStringLiteral("Vierkant");
    s.path.addRect(QRectF(148000, 169000, 4000, 3000));
    s.bounds = s.path.boundingRect();
    s.labelPoint = interiorLabelPoint(s.path);
    return ZoneLayer({s});
}

void wheel(QWidget *w, QPoint pos, int delta)
{
    QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

/// Records the left-button presses it takes; takes them only inside the left half.
class HalfTool : public MapTool
{
public:
    int presses = 0, releases = 0, deactivations = 0;
    bool mousePress(MapCanvas &canvas, QMouseEvent *event) override
    {
        if (event->position().x() > canvas.width() / 2)
            return false;
        ++presses;
        return true;
    }
    bool mouseRelease(MapCanvas &, QMouseEvent *) override { return ++releases, true; }
    void paint(QPainter &painter, const MapViewport &) const override { painter.fillRect(0, 0, 5, 5, Qt::magenta); }
    void deactivate() override { ++deactivations; }
};

} // namespace

class TestMapCanvas : public QObject
{
    Q_OBJECT

private:
    IncidentColumns m_columns;

private Q_SLOTS:
    void initTestCase()
    {
        m_columns.phenomenonIds = {42};
        m_columns.fid = {501, 502};
        m_columns.x = {149000.f, 151000.f};
        m_columns.y = {170000.f, 171500.f};
        m_columns.phenomenon = {0, 0};
    }

    void fitsTheDataOnFirstShow()
    {
        MapCanvas canvas;
        canvas.mapPainter().setMunicipalities(square());
        canvas.resize(800, 600);
        canvas.zoomToData();
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QCOMPARE(canvas.viewport().pixelSize(), QSize(800, 600));
        QVERIFY(canvas.viewport().worldExtent().contains(QRectF(148000, 169000, 4000, 3000)));
        QVERIFY(canvas.viewport().metresPerPixel() < 7.0);
    }

    void wheelZoomsAroundTheCursor()
    {
        MapCanvas canvas;
        canvas.mapPainter().setMunicipalities(square());
        canvas.resize(800, 600);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToData();
        QSignalSpy changed(&canvas, &MapCanvas::viewportChanged);
        const double before = canvas.viewport().metresPerPixel();
        const QPoint cursor(200, 150);
        const QPointF anchor = canvas.viewport().toWorld(cursor);

        wheel(&canvas, cursor, 120);
        QCOMPARE(changed.count(), 1);
        QVERIFY(canvas.viewport().metresPerPixel() < before);
        const QPointF after = canvas.viewport().toWorld(cursor);
        QVERIFY(std::abs(after.x() - anchor.x()) < 0.01 && std::abs(after.y() - anchor.y()) < 0.01);

        wheel(&canvas, cursor, -240);
        QCOMPARE(changed.count(), 2);
        QVERIFY(canvas.viewport().metresPerPixel() > before);
    }

    /// A touchpad pinch zooms around the fingers; spreading them zooms in.
    void pinchZoomsAroundTheFingers()
    {
        MapCanvas canvas;
        canvas.mapPainter().setMunicipalities(square());
        canvas.resize(800, 600);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToData();
        QSignalSpy changed(&canvas, &MapCanvas::viewportChanged);
        const double before = canvas.viewport().metresPerPixel();
        const QPointF fingers(600, 420);
        const QPointF anchor = canvas.viewport().toWorld(fingers);
        const auto pinch = [&](qreal value) {
            QNativeGestureEvent event(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, fingers,
                                      fingers, canvas.mapToGlobal(fingers), value, QPointF());
            QApplication::sendEvent(&canvas, &event);
            return event.isAccepted();
        };
        QVERIFY(pinch(0.25));
        QCOMPARE(changed.count(), 1);
        QVERIFY(std::abs(canvas.viewport().metresPerPixel() - before / 1.25) < 1e-9 * before);
        const QPointF after = canvas.viewport().toWorld(fingers);
        QVERIFY(std::abs(after.x() - anchor.x()) < 0.01 && std::abs(after.y() - anchor.y()) < 0.01);
        QVERIFY(pinch(-0.2));
        QVERIFY(std::abs(canvas.viewport().metresPerPixel() - before) < 1e-9 * before);
    }

    void dragPansAndKeysZoom()
    {
        MapCanvas canvas;
        canvas.mapPainter().setMunicipalities(square());
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToData();
        const MapViewport start = canvas.viewport();
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(300, 200));
        QTest::mouseMove(&canvas, QPoint(350, 220));
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(350, 220));
        // The map follows the mouse: the world point that was at (300,200) is now at (350,220).
        const QPointF moved = canvas.viewport().toPixel(start.toWorld(QPointF(300, 200)));
        QVERIFY2(std::abs(moved.x() - 350) < 0.5 && std::abs(moved.y() - 220) < 0.5,
                 qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));

        const double scale = canvas.viewport().metresPerPixel();
        QTest::keyClick(&canvas, Qt::Key_Plus);
        QVERIFY(canvas.viewport().metresPerPixel() < scale);
        QTest::keyClick(&canvas, Qt::Key_Minus);
        QTest::keyClick(&canvas, Qt::Key_Minus);
        QVERIFY(canvas.viewport().metresPerPixel() > scale);
        const double x = canvas.viewport().centre().x();
        QTest::keyClick(&canvas, Qt::Key_Right);
        QVERIFY(canvas.viewport().centre().x() > x);
    }

    void cursorAndClicksSpeakLambert72()
    {
        MapCanvas canvas;
        canvas.mapPainter().setMunicipalities(square());
        canvas.mapPainter().setPhenomenonColour(42, QColor(0, 128, 0));
        canvas.mapPainter().setIncidents(&m_columns, {0, 1});
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToData();
        QSignalSpy moved(&canvas, &MapCanvas::cursorMoved);
        QSignalSpy clicked(&canvas, &MapCanvas::incidentClicked);

        const QPoint at = canvas.viewport().toPixel(QPointF(149000, 170000)).toPoint();
        QTest::mouseMove(&canvas, at);
        QTRY_VERIFY(!moved.isEmpty());
        const QPointF expected = canvas.viewport().toWorld(at);
        QCOMPARE(moved.last().at(0).toDouble(), expected.x());
        QCOMPARE(moved.last().at(1).toDouble(), expected.y());

        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at + QPoint(2, 1));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).value<quint32>(), 501u);
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at + QPoint(40, 40));
        QCOMPARE(clicked.count(), 1); // nothing there

        // What the widget shows is the painter's picture: the point is green on screen.
        const QImage shot = canvas.grab().toImage();
        QCOMPARE(shot.pixelColor(canvas.viewport().toPixel(QPointF(151000, 171500)).toPoint()), QColor(0, 128, 0));
    }


    void toolsTakeTheLeftButtonAndMiddlePans()
    {
        MapCanvas canvas;
        canvas.mapPainter().setMunicipalities(square());
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToData();
        HalfTool tool;
        QSignalSpy changed(&canvas, &MapCanvas::toolChanged);
        canvas.setTool(&tool);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(canvas.cursor().shape(), Qt::CrossCursor);
        QCOMPARE(canvas.grab().toImage().pixelColor(2, 2), QColor(Qt::magenta)); // the tool draws over the map

        const MapViewport start = canvas.viewport();
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(100, 200));
        QTest::mouseMove(&canvas, QPoint(160, 220));
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(160, 220));
        QCOMPARE(tool.presses, 1);
        QCOMPARE(tool.releases, 1);
        QCOMPARE(canvas.viewport(), start); // the tool took the drag: no pan

        // A press the tool declines pans as usual; the middle button always pans.
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(400, 200));
        QTest::mouseMove(&canvas, QPoint(450, 200));
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(450, 200));
        QVERIFY(!(canvas.viewport() == start));
        const MapViewport afterLeft = canvas.viewport();
        QTest::mousePress(&canvas, Qt::MiddleButton, Qt::NoModifier, QPoint(100, 200));
        QTest::mouseMove(&canvas, QPoint(100, 260));
        QTest::mouseRelease(&canvas, Qt::MiddleButton, Qt::NoModifier, QPoint(100, 260));
        QVERIFY(!(canvas.viewport() == afterLeft));
        QCOMPARE(tool.presses, 1);

        canvas.setTool(nullptr);
        QCOMPARE(tool.deactivations, 1);
        QCOMPARE(canvas.cursor().shape(), Qt::OpenHandCursor);
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
