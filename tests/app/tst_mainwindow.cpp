// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window over a small real project file: title, map, table and filter in step.
#include "briefingwindow.h"
#include "filterpanel.h"
#include "gui_support.h"
#include "incidenttablemodel.h"
#include "incidenttableview.h"
#include "mainwindow.h"
#include "timeslider.h"
#include "mapcanvas.h"
#include "projectcontroller.h"
#include "taxonomymodel.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    test::MapTestProject m_known;

    qint64 sqlCount(const char *sql)
    {
        return *m_known.project->db().scalarInt(sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("small.gpkg"));
        m_known = test::createMapTestProject(m_path, 60, QStringLiteral("Anderlecht pilot"));
        QCOMPARE(m_known.incidents.size(), 60);
    }

    void opensAProjectAndShowsIt()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy applied(window.controller(), &ProjectController::filterApplied);
        window.openInitialProject(m_path);
        QVERIFY(window.controller()->project());
        QVERIFY2(window.windowTitle().contains(QLatin1String("Anderlecht pilot")), qPrintable(window.windowTitle()));
        QVERIFY2(window.windowTitle().contains(QLatin1String("(synthetic data)")), qPrintable(window.windowTitle()));
        QVERIFY(window.mapCanvas()->mapPainter().isSynthetic());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().at(0).toUInt(), 60u);

        // Table: every incident, as SQLite counts them.
        QCOMPARE(window.incidentTable()->model()->rowCount(), int(sqlCount("SELECT count(*) FROM incidents")));

        // Map: the region is in view and most incidents show their phenomenon colour at their pixel
        // (a few may sit under a municipality label).
        MapCanvas *canvas = window.mapCanvas();
        QVERIFY(!canvas->mapPainter().isBinned(canvas->viewport()));
        QVERIFY(canvas->viewport().worldExtent().contains(QPointF(149000, 170500)));
        const QImage shot = canvas->grab().toImage();
        int matching = 0;
        for (const test::MapTestIncident &incident : std::as_const(m_known.incidents)) {
            const QPointF p = canvas->viewport().toPixel(QPointF(incident.x, incident.y));
            const QColor colour = canvas->mapPainter().phenomenonColour(incident.phenomenonId);
            matching += shot.pixelColor(int(std::floor(p.x())), int(std::floor(p.y()))) == colour;
        }
        QVERIFY2(matching >= 45, qPrintable(QString::number(matching)));
    }

    void filterChangesUpdateTheTable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(m_path);
        QAbstractItemModel *table = window.incidentTable()->model();
        QSignalSpy applied(window.controller(), &ProjectController::filterApplied);

        window.filterPanel()->setText(QStringLiteral("cocaine"));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(table->rowCount(),
                 int(sqlCount("SELECT count(*) FROM incidents WHERE description LIKE '%cocaine%'")));
        QCOMPARE(table->rowCount(), 12);
        QCOMPARE(window.mapCanvas()->mapPainter().visibleRows().size(), std::size_t(12));
        window.filterPanel()->setText(QString());
        QCOMPARE(table->rowCount(), 60);

        // Untick the second phenomenon: the table keeps every incident of the other ones.
        TaxonomyModel *taxonomy = window.filterPanel()->taxonomyModel();
        const qint64 dropped = m_known.phenomena.at(1);
        QModelIndex index;
        for (int r = 0; r < taxonomy->rowCount(); ++r) {
            if (taxonomy->index(r, 0).data(TaxonomyModel::IdRole).toLongLong() == dropped)
                index = taxonomy->index(r, 0);
        }
        QVERIFY(index.isValid());
        QVERIFY(taxonomy->setData(index, Qt::Unchecked, Qt::CheckStateRole));
        Statement st = m_known.project->db().prepare("SELECT count(*) FROM incidents WHERE phenomenon_id <> ?1");
        st.bind(1, dropped);
        QVERIFY(st.step());
        QCOMPARE(table->rowCount(), int(st.int64(0)));
        QVERIFY(table->rowCount() < 60);
    }

    void timeSliderRestrictsTheViews()
    {
        MainWindow window;
        window.openInitialProject(m_path);
        TimeSlider *slider = window.timeSlider();
        QVERIFY(slider);
        // The slider spans the data's days, as the filter panel knows them.
        QCOMPARE(slider->first(), window.filterPanel()->dataFirstDay());
        QCOMPARE(slider->last(), window.filterPanel()->dataLastDay());
        QVERIFY(slider->positionCount() >= 2);
        slider->setPosition(1);
        slider->setActive(true);
        const auto [from, to] = slider->windowAt(1);
        const Filter filter = window.filterPanel()->filter();
        QCOMPARE(filter.fromUtc, QDateTime(from, QTime(0, 0), QTimeZone("Europe/Brussels")).toSecsSinceEpoch());
        QCOMPARE(filter.toUtc, QDateTime(to.addDays(1), QTime(0, 0), QTimeZone("Europe/Brussels")).toSecsSinceEpoch());
        // Map and table show the incidents of that month only.
        const std::size_t shown = window.mapCanvas()->mapPainter().visibleRows().size();
        QCOMPARE(window.incidentTable()->model()->rowCount(), int(shown));
        Statement st = m_known.project->db().prepare(
            "SELECT count(*) FROM incidents WHERE occurred_from < ?2 AND coalesce(occurred_to, occurred_from) >= ?1");
        st.bind(1, filter.fromUtc);
        st.bind(2, filter.toUtc);
        QVERIFY(st.step());
        QCOMPARE(qint64(shown), st.int64(0));
        QVERIFY(shown > 0 && shown < 60);
        slider->setActive(false);
        QCOMPARE(window.incidentTable()->model()->rowCount(), 60);
    }

    void f5StartsTheBriefing()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(m_path);
        QVERIFY(!window.findChild<BriefingWindow *>());
        QTest::keyClick(&window, Qt::Key_F5);
        auto *briefing = window.findChild<BriefingWindow *>();
        QVERIFY(briefing);
        // The project has no pictures: the briefing presents the whole project as one.
        QCOMPARE(briefing->count(), 1);
        QTRY_VERIFY(briefing->isVisible());
        QTest::keyClick(briefing, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<BriefingWindow *>()); // closed and deleted
    }

    void badFilesAreReportedNotOpened()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.gpkg"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just some text that is long enough to have a header....");
        file.close();

        MainWindow window;
        QSignalSpy errors(window.controller(), &ProjectController::errorOccurred);
        // The window shows errors in a message box; here the controller is driven directly.
        window.controller()->disconnect(&window);
        QVERIFY(window.controller()->openProject(m_path));
        QVERIFY(!window.controller()->openProject(bad));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().at(1).toString().contains(QLatin1String("notes.gpkg")),
                 qPrintable(errors.first().at(1).toString()));
        // The previous project stays open.
        QCOMPARE(window.controller()->project()->path(), m_path);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
