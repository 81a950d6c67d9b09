// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window over a small real project file: title, map, table and filter in step.
#include "briefingwindow.h"
#include "demogenerator.h"
#include "filterpanel.h"
#include "gui_support.h"
#include "incidenttablemodel.h"
#include "incidenttableview.h"
#include "mainwindow.h"
#include "timeslider.h"
#include "filterrestrictions.h"
#include <QToolButton>
#include <QTreeWidget>
#include "mapcanvas.h"
#include "projectcontroller.h"
#include "taxonomymodel.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
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

    void zonesAndWeekdaysRestrictTheViews()
    {
        MainWindow window;
        window.openInitialProject(m_path);
        FilterRestrictions *r = window.filterPanel()->restrictions();
        QCOMPARE(r->zoneTree()->topLevelItemCount(), 6); // the six police zones of the region
        // Keep only the police zone with the most incidents, and leave out Mondays: the table
        // shows what the store says, with weekdays in Brussels time.
        Statement top = m_known.project->db().prepare(
            "SELECT police_zone FROM incidents GROUP BY police_zone ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(top.step());
        const int zone = int(top.int64(0));
        for (int i = 0; i < r->zoneTree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = r->zoneTree()->topLevelItem(i);
            if (item->data(0, Qt::UserRole + 1).toInt() != zone)
                item->setCheckState(0, Qt::Unchecked);
        }
        r->weekdayButton(0)->click();
        Statement st = m_known.project->db().prepare("SELECT occurred_from FROM incidents WHERE police_zone = ?1");
        st.bind(1, zone);
        qint64 expected = 0;
        while (st.step())
            expected += QDateTime::fromSecsSinceEpoch(st.int64(0), QTimeZone("Europe/Brussels")).date().dayOfWeek() != 1;
        QVERIFY(expected > 0 && expected < 60);
        QCOMPARE(window.incidentTable()->model()->rowCount(), int(expected));
        QVERIFY(window.filterPanel()->summary().contains(QLocale().dayName(2)));
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

    /// Loading a project's incidents shows progress with Cancel when it takes a while; Cancel
    /// keeps the project that was open, with its map and table, and loading again succeeds.
    void openingShowsProgressAndCanBeCanceled()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.gpkg"));
        generateDemo(big, {.incidents = 20000, .seed = 4, .title = QStringLiteral("Big")});
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectController *controller = window.controller();
        controller->disconnect(&window); // no status bar or message boxes needed here
        QVERIFY(controller->openProject(m_path));
        const quint64 before = controller->result().total();
        const QString title = window.windowTitle();
        controller->setProgressDelay(0);
        QSignalSpy status(controller, &ProjectController::statusMessage);
        int shown = 0;
        auto connection = connect(controller, &ProjectController::loadProgressShown, this,
                                  [&shown](QProgressDialog *dialog) {
                                      ++shown;
                                      QVERIFY(dialog->isVisible());
                                      QCOMPARE(dialog->windowModality(), Qt::WindowModal);
                                      auto *cancel = dialog->findChild<QPushButton *>();
                                      QVERIFY(cancel);
                                      cancel->click(); // as the analyst would
                                  });
        QVERIFY(!controller->openProject(big));
        QCOMPARE(shown, 1);
        QCOMPARE(controller->project()->path(), m_path);
        QCOMPARE(controller->result().total(), before);
        QCOMPARE(quint64(controller->tableModel()->rowCount()), before);
        QCOMPARE(window.windowTitle(), title);
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().at(0).toString().contains(QLatin1String("canceled")),
                 qPrintable(status.last().at(0).toString()));
        QVERIFY(!QApplication::overrideCursor());
        disconnect(connection);
        QVERIFY(controller->openProject(big));
        QCOMPARE(controller->result().total() + 0, quint64(20000));
        QVERIFY(!QApplication::overrideCursor());
        QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("openProgress")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
