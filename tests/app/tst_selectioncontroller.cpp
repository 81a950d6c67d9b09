// SPDX-License-Identifier: GPL-3.0-or-later
// Selecting on the map: a rectangle or a lasso drawn with the mouse selects exactly the visible
// incidents inside it (checked against the known coordinates of the test project), on the map
// and in the table; Shift adds, Ctrl removes, Escape cancels, and a selected point is drawn with
// the selection colour.
#include "filterpanel.h"
#include "gui_support.h"
#include "incidenttablemodel.h"
#include "incidenttableview.h"
#include "mapcanvas.h"
#include "projectcontroller.h"
#include "selectioncontroller.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QHelpEvent>

using namespace phenomap;

namespace {
QSet<quint32> fidSet(const QList<qint64> &fids)
{
    QSet<quint32> out;
    for (qint64 f : fids)
        out.insert(quint32(f));
    return out;
}
} // namespace

class TestSelectionController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    test::MapTestProject m_known;

    QSet<quint32> knownInside(const QPolygonF &world) const
    {
        QSet<quint32> out;
        for (const test::MapTestIncident &i : m_known.incidents)
            if (world.containsPoint(QPointF(i.x, i.y), Qt::OddEvenFill))
                out.insert(quint32(i.fid));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("select.gpkg"));
        m_known = test::createMapTestProject(m_path, 100, QStringLiteral("Select"));
    }

    void rectangleLassoAndModifiers()
    {
        MapCanvas canvas;
        FilterPanel filter;
        IncidentTableView table;
        ProjectController project(&canvas, &filter, &table);
        SelectionController selection(&project, &canvas, &table);
        QVERIFY(project.openProject(m_path));
        canvas.resize(800, 600);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        // Zoom to the incidents so they are drawn as points, not bins.
        QRectF box;
        for (const auto &i : m_known.incidents)
            box = box.united(QRectF(i.x, i.y, 1, 1));
        MapViewport v = canvas.viewport();
        v.fit(box, 0.1);
        canvas.setViewport(v);
        QVERIFY(!canvas.mapPainter().isBinned(canvas.viewport()));

        selection.rectangleAction()->trigger();
        QVERIFY(canvas.tool());
        QSignalSpy status(&selection, &SelectionController::statusMessage);
        // A rectangle over the left half of the incidents.
        const QPoint a = canvas.viewport().toPixel(box.topLeft()).toPoint() + QPoint(-5, 5);
        const QPoint b = canvas.viewport().toPixel(QPointF(box.center().x(), box.bottom())).toPoint();
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(&canvas, b);
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, b);
        const QPolygonF rect = canvas.viewport().pixelToWorld().map(QPolygonF(QRectF(QPointF(a), QPointF(b)).normalized()));
        const QSet<quint32> expected = knownInside(rect);
        QVERIFY(expected.size() > 10 && expected.size() < 90);
        QCOMPARE(canvas.mapPainter().selection(), expected);
        QCOMPARE(fidSet(table.selectedFids()), expected);
        QCOMPARE(status.count(), 1);

        // The selected point is drawn in the selection colour (its ring).
        const quint32 one = *expected.begin();
        QPointF at;
        for (const auto &i : m_known.incidents)
            if (quint32(i.fid) == one)
                at = canvas.viewport().toPixel(QPointF(i.x, i.y));
        const QImage shot = canvas.grab().toImage();
        bool ring = false;
        for (int dx = -8; dx <= 8 && !ring; ++dx)
            for (int dy = -8; dy <= 8 && !ring; ++dy)
                ring = shot.pixelColor(int(at.x()) + dx, int(at.y()) + dy) == canvas.mapPainter().style().selection;
        QVERIFY(ring);

        // Ctrl removes a lasso triangle, Shift adds it back: exact set algebra.
        selection.lassoAction()->trigger();
        const QPoint p1 = a, p2 = b, p3(a.x(), b.y());
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::ControlModifier, p1);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(&canvas, p1 + (p2 - p1) * i / 10);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(&canvas, p2 + (p3 - p2) * i / 10);
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::ControlModifier, p3);
        QSet<quint32> afterRemove = canvas.mapPainter().selection();
        QVERIFY(afterRemove.size() < expected.size());
        QVERIFY(afterRemove.size() > 0);
        QVERIFY(afterRemove.subtract(expected).isEmpty());

        // Escape cancels a shape being drawn: nothing changes.
        const QSet<quint32> before = canvas.mapPainter().selection();
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(&canvas, b);
        QTest::keyClick(&canvas, Qt::Key_Escape);
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, b);
        QCOMPARE(canvas.mapPainter().selection(), before);

        // The whole view with Shift: everything visible.
        selection.selectWithin(QPolygonF(canvas.viewport().worldExtent()), SelectionTool::Mode::Add);
        QCOMPARE(canvas.mapPainter().selection().size(), qsizetype(m_known.incidents.size()));
        QCOMPARE(table.selectedFids().size(), qsizetype(m_known.incidents.size()));

        selection.clearAction()->trigger();
        QVERIFY(canvas.mapPainter().selection().isEmpty());
        QVERIFY(table.selectedFids().isEmpty());

        selection.panAction()->trigger();
        QVERIFY(!canvas.tool());

        // Resting on a point shows what the table says of that incident.
        const test::MapTestIncident &first = m_known.incidents.first();
        const QPoint onPoint = canvas.viewport().toPixel(QPointF(first.x, first.y)).toPoint();
        QHelpEvent help(QEvent::ToolTip, onPoint, canvas.mapToGlobal(onPoint));
        QApplication::sendEvent(&canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const auto fid = canvas.incidentAt(onPoint);
        QVERIFY(fid);
        const QString phenomenon = table.model()
                                       ->index(table.incidentModel()->rowOfFid(*fid), IncidentTableModel::Phenomenon)
                                       .data()
                                       .toString();
        QVERIFY(!phenomenon.isEmpty());
        QVERIFY2(QToolTip::text().contains(phenomenon.toHtmlEscaped()), qPrintable(QToolTip::text()));
        QCOMPARE(QToolTip::text(), project.describeIncident(*fid));
        QToolTip::hideText();
        // A tool from elsewhere (an annotation tool) unchecks every selection tool; back to none
        // checks Pan again.
        MapTool foreign;
        canvas.setTool(&foreign);
        QVERIFY(!selection.panAction()->isChecked() && !selection.rectangleAction()->isChecked() &&
                !selection.lassoAction()->isChecked());
        canvas.setTool(nullptr);
        QVERIFY(selection.panAction()->isChecked());
    }
};

QTEST_MAIN(TestSelectionController)
#include "tst_selectioncontroller.moc"
