// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation tools on a real canvas: a click and a typed text make a label, a drag makes an
// arrow (a slip does not), clicks then a double-click or Enter make an area (Escape cancels),
// and the select tool picks the annotation under a click and asks to delete it on Delete. The
// shape being drawn shows on the canvas.
#include "annotationlayer.h"
#include "annotationtools.h"
#include "mapcanvas.h"
#include "zonelayer.h"

#include <QSignalSpy>
#include <QTest>

using namespace phenomap;

namespace {

ZoneLayer square()
{
    ZoneShape s;
    s.code = QStringLiteral("1");
    s.path.addRect(QRectF(148000, 169000, 4000, 4000));
    s.bounds = s.path.boundingRect();
    s.labelPoint = interiorLabelPoint(s.path);
    return ZoneLayer({s});
}

bool near(std::pair<double, double> world, QPointF expected, double mpp)
{
    return std::abs(world.first - expected.x()) <= mpp && std::abs(world.second - expected.y()) <= mpp;
}

Annotation drawn(const QSignalSpy &spy, int i = 0)
{
    return spy.at(i).at(0).value<Annotation>();
}

} // namespace

class TestAnnotationTools : public QObject
{
    Q_OBJECT

    std::unique_ptr<MapCanvas> m_canvas;

    MapCanvas &canvas() { return *m_canvas; }
    QPointF world(QPoint pixel) { return m_canvas->viewport().toWorld(QPointF(pixel)); }

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<Annotation>();
        m_canvas = std::make_unique<MapCanvas>();
        m_canvas->mapPainter().setMunicipalities(square());
        m_canvas->resize(600, 400);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->zoomToData();
        QCoreApplication::processEvents();
    }
    void cleanup() { m_canvas.reset(); }

    void labelAsksForItsText()
    {
        TextAnnotationTool tool;
        QStringList answers{QStringLiteral("  Drug market  "), QString()};
        int asked = 0;
        tool.setTextPrompt([&](QWidget *parent) -> std::optional<QString> {
            ++asked;
            if (parent != m_canvas.get() || answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        });
        canvas().setTool(&tool);
        QSignalSpy spy(&tool, &AnnotationTool::annotationDrawn);
        const MapViewport start = canvas().viewport();
        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
        QCOMPARE(asked, 1);
        QCOMPARE(spy.count(), 1);
        const Annotation a = drawn(spy);
        QCOMPARE(a.kind, Annotation::Kind::Text);
        QCOMPARE(a.text, QStringLiteral("Drug market")); // trimmed
        QCOMPARE(a.points.size(), 1);
        QVERIFY(near(a.points.first(), world(QPoint(200, 150)), canvas().viewport().metresPerPixel()));
        QCOMPARE(canvas().viewport(), start); // the click did not pan

        // An empty answer or a canceled dialog adds nothing.
        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 150));
        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(320, 150));
        QCOMPARE(asked, 3);
        QCOMPARE(spy.count(), 1);
    }

    void arrowFollowsTheDrag()
    {
        ArrowAnnotationTool tool;
        canvas().setTool(&tool);
        QSignalSpy spy(&tool, &AnnotationTool::annotationDrawn);
        const MapViewport start = canvas().viewport();
        QTest::mousePress(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 200));
        QTest::mouseMove(&canvas(), QPoint(300, 210));
        QVERIFY(tool.isDrawing());
        // While dragging, the arrow shows on the canvas.
        const QImage shot = canvas().grab().toImage();
        const QColor mid = shot.pixelColor(200, 205);
        QVERIFY2(mid.red() > 150 && mid.green() < 90, qPrintable(mid.name()));
        QTest::mouseMove(&canvas(), QPoint(400, 220));
        QTest::mouseRelease(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 220));
        QCOMPARE(spy.count(), 1);
        const Annotation a = drawn(spy);
        QCOMPARE(a.kind, Annotation::Kind::Arrow);
        QCOMPARE(a.points.size(), 2);
        const double mpp = canvas().viewport().metresPerPixel();
        QVERIFY(near(a.points.at(0), world(QPoint(100, 200)), mpp));
        QVERIFY(near(a.points.at(1), world(QPoint(400, 220)), mpp));
        QCOMPARE(canvas().viewport(), start);

        // A slip of a few pixels is not an arrow; Escape drops a drag.
        QTest::mousePress(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
        QTest::mouseRelease(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(102, 101));
        QTest::mousePress(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
        QTest::mouseMove(&canvas(), QPoint(200, 100));
        QTest::keyClick(&canvas(), Qt::Key_Escape);
        QVERIFY(!tool.isDrawing());
        QTest::mouseRelease(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 100));
        QCOMPARE(spy.count(), 1);
    }

    void areaClosesOnDoubleClickOrEnterAndEscapeCancels()
    {
        AreaAnnotationTool tool;
        canvas().setTool(&tool);
        QSignalSpy spy(&tool, &AnnotationTool::annotationDrawn);
        const QList<QPoint> corners{{100, 100}, {300, 100}, {300, 300}, {100, 300}};
        for (const QPoint &p : corners.mid(0, 3))
            QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(tool.vertices().size(), 3);
        // The area being drawn shows, tinted, on the canvas.
        const QColor inside = canvas().grab().toImage().pixelColor(260, 150);
        QVERIFY2(inside.red() > inside.green() + 30, qPrintable(inside.name()));
        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, corners.at(3));
        QTest::mouseDClick(&canvas(), Qt::LeftButton, Qt::NoModifier, corners.at(3));
        QCOMPARE(spy.count(), 1);
        Annotation a = drawn(spy);
        QCOMPARE(a.kind, Annotation::Kind::Area);
        QCOMPARE(a.points.size(), 4);
        const double mpp = canvas().viewport().metresPerPixel();
        for (int i = 0; i < 4; ++i)
            QVERIFY(near(a.points.at(i), world(corners.at(i)), mpp));
        QVERIFY(tool.vertices().isEmpty());

        // Enter closes, Backspace drops the last corner.
        for (const QPoint &p : {QPoint(50, 50), QPoint(150, 50), QPoint(150, 150), QPoint(500, 300)})
            QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, p);
        QTest::keyClick(&canvas(), Qt::Key_Backspace);
        QTest::keyClick(&canvas(), Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(drawn(spy, 1).points.size(), 3);

        // Escape cancels; too few corners make nothing.
        for (const QPoint &p : {QPoint(50, 50), QPoint(150, 50), QPoint(150, 150)})
            QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, p);
        QTest::keyClick(&canvas(), Qt::Key_Escape);
        QVERIFY(tool.vertices().isEmpty());
        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(50, 50));
        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(150, 50));
        QTest::keyClick(&canvas(), Qt::Key_Enter);
        QCOMPARE(spy.count(), 2);

        // Switching tools drops a half-drawn area.
        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(50, 50));
        canvas().setTool(nullptr);
        QVERIFY(tool.vertices().isEmpty());
    }

    void selectPicksAndDeletes()
    {
        const MapViewport &view = canvas().viewport();
        Annotation area;
        area.kind = Annotation::Kind::Area;
        for (const QPoint &p : {QPoint(100, 100), QPoint(200, 100), QPoint(200, 200), QPoint(100, 200)}) {
            const QPointF w = view.toWorld(QPointF(p));
            area.points.append({w.x(), w.y()});
        }
        Annotation arrow;
        arrow.kind = Annotation::Kind::Arrow;
        for (const QPoint &p : {QPoint(300, 300), QPoint(500, 300)}) {
            const QPointF w = view.toWorld(QPointF(p));
            arrow.points.append({w.x(), w.y()});
        }
        SelectAnnotationTool tool;
        tool.setAnnotations({area, arrow});
        canvas().setTool(&tool);
        QCOMPARE(canvas().cursor().shape(), Qt::ArrowCursor);
        QSignalSpy selected(&tool, &SelectAnnotationTool::selectionChanged);
        QSignalSpy remove(&tool, &SelectAnnotationTool::removeRequested);

        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 302));
        QCOMPARE(tool.selectedIndex(), 1);
        QCOMPARE(selected.count(), 1);
        // The selection is outlined in the selection colour.
        const QImage shot = canvas().grab().toImage();
        bool outlined = false;
        for (int x = 290; x < 510 && !outlined; ++x)
            for (int y = 290; y < 310 && !outlined; ++y)
                outlined = shot.pixelColor(x, y) == QColor(0x00, 0xb4, 0xff);
        QVERIFY(outlined);

        QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(150, 150)); // inside the area
        QCOMPARE(tool.selectedIndex(), 0);
        QTest::keyClick(&canvas(), Qt::Key_Delete);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(remove.at(0).at(0).toInt(), 0);
        QCOMPARE(tool.selectedIndex(), -1);
        QTest::keyClick(&canvas(), Qt::Key_Delete); // nothing selected: nothing asked
        QCOMPARE(remove.count(), 1);

        // A click beside every annotation selects nothing and pans as usual.
        const MapViewport before = canvas().viewport();
        QTest::mousePress(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(550, 50));
        QTest::mouseMove(&canvas(), QPoint(580, 80));
        QTest::mouseRelease(&canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(580, 80));
        QCOMPARE(tool.selectedIndex(), -1);
        QVERIFY(!(canvas().viewport() == before));
    }
};

QTEST_MAIN(TestAnnotationTools)
#include "tst_annotationtools.moc"
