// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-file integrity check runs after the map is shown: a project with a damaged index
// page opens (its data reads fine), then the background check finds the damage, closes the
// project and says which file and what SQLite reports. A healthy project passes and stays
// open. Project::open() without deferral still refuses the damaged file at once.
#include "filterpanel.h"
#include "gui_support.h"
#include "incidenttableview.h"
#include "mapcanvas.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestDeferredCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Overwrites the cells of one leaf page of an index the engine does not read.
    static void damageAnIndexPage(const QString &path)
    {
        qint64 page = 0, pageSize = 0;
        {
            Database db(path, Database::Mode::ReadOnly);
            pageSize = db.scalarInt("PRAGMA page_size").value_or(0);
            page = db.scalarInt("SELECT pageno FROM dbstat WHERE name = 'incidents_occurred_from' "
                                "AND pagetype = 'leaf' ORDER BY pageno LIMIT 1")
                       .value_or(0);
        }
        QVERIFY(page > 1 && pageSize > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek((page - 1) * pageSize + 8);
        f.write(QByteArray(int(pageSize) / 2, char(0xee)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damageFoundAfterTheMapCloses()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.gpkg"));
        test::createMapTestProject(path, 3000, QStringLiteral("Damaged")).project.reset();
        damageAnIndexPage(path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY_THROWS_EXCEPTION(ProjectError, Project::open(path, Project::OpenMode::ReadOnly));

        MapCanvas canvas;
        FilterPanel filter;
        IncidentTableView table;
        ProjectController controller(&canvas, &filter, &table);
        QSignalSpy checked(&controller, &ProjectController::integrityChecked);
        QSignalSpy closed(&controller, &ProjectController::projectClosed);
        QSignalSpy errors(&controller, &ProjectController::errorOccurred);
        QVERIFY(controller.openProject(path));
        QVERIFY(controller.project());
        QCOMPARE(canvas.mapPainter().visibleRows().size(), std::size_t(3000)); // the map is there at once
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().at(0).toBool(), false);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!controller.project());
        QVERIFY(canvas.mapPainter().visibleRows().empty());
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("damaged.gpkg")) && message.contains(QLatin1String("damaged")),
                 qPrintable(message));
    }

    void rowChecksAlsoComeLater()
    {
        // An incident pointing at a phenomenon that does not exist passes SQLite's own check but
        // not Phenomap's row checks: refused by a full open, closed after a deferred one.
        const QString path = m_dir.filePath(QStringLiteral("orphan.gpkg"));
        {
            auto known = test::createMapTestProject(path, 50, QStringLiteral("Orphan"));
            known.project->db().exec("PRAGMA foreign_keys = OFF");
            known.project->db().exec("UPDATE incidents SET phenomenon_id = 987654 WHERE fid = (SELECT min(fid) FROM incidents)");
        }
        QVERIFY_THROWS_EXCEPTION(ProjectError, Project::open(path, Project::OpenMode::ReadOnly));
        auto project = Project::open(path, Project::OpenMode::ReadOnly, Project::IntegrityCheck::Deferred);
        QVERIFY(project);
        project.reset();
        try {
            Project::checkIntegrity(path);
            QFAIL("the orphan incident passed the deferred check");
        } catch (const ProjectError &e) {
            QVERIFY2(e.message().contains(QLatin1String("orphan.gpkg")), qPrintable(e.message()));
        }
    }

    void healthyProjectStaysOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("healthy.gpkg"));
        test::createMapTestProject(path, 300, QStringLiteral("Healthy")).project.reset();
        MapCanvas canvas;
        FilterPanel filter;
        IncidentTableView table;
        ProjectController controller(&canvas, &filter, &table);
        QSignalSpy checked(&controller, &ProjectController::integrityChecked);
        QVERIFY(controller.openProject(path));
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().at(0).toBool(), true);
        QVERIFY(controller.project());
    }

    void aStaleCheckIsIgnored()
    {
        // Open the damaged file, then at once a healthy one: the damaged file's verdict must not
        // close the healthy project.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged2.gpkg"));
        test::createMapTestProject(damaged, 3000, QStringLiteral("Damaged")).project.reset();
        damageAnIndexPage(damaged);
        const QString healthy = m_dir.filePath(QStringLiteral("healthy2.gpkg"));
        test::createMapTestProject(healthy, 300, QStringLiteral("Healthy")).project.reset();
        MapCanvas canvas;
        FilterPanel filter;
        IncidentTableView table;
        ProjectController controller(&canvas, &filter, &table);
        QSignalSpy checked(&controller, &ProjectController::integrityChecked);
        QSignalSpy closed(&controller, &ProjectController::projectClosed);
        QVERIFY(controller.openProject(damaged));
        QVERIFY(controller.openProject(healthy));
        QVERIFY(checked.wait(20000));
        QTest::qWait(300); // let the first check finish too
        QCOMPARE(closed.count(), 0);
        QVERIFY(controller.project());
        QCOMPARE(controller.project()->path(), healthy);
    }
};

QTEST_MAIN(TestDeferredCheck)
#include "tst_deferredcheck.moc"
