// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave of the working view and recovery after a crash, on real projects and real files:
// the recovery file round trip, a session that ends normally leaves nothing, a window killed
// with SIGKILL leaves a view that the next start offers and restores (filter, extent, layers),
// and a refused or unreadable leftover is removed or reported without opening anything.
#include "demogenerator.h"
#include "filterpanel.h"
#include "incidenttableview.h"
#include "keystorelocation.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "processrun.h"
#include "project.h"
#include "projectcontroller.h"
#include "recoverycontroller.h"
#include "storyboardcontroller.h"
#include "storyboardpanel.h"
#include "workspacerecovery.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
        m_project = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(m_project, {.incidents = 300, .seed = 5, .title = QStringLiteral("Recovery")});
    }

    void fileRoundTripAndCleanEnd()
    {
        const QString folder = m_dir.filePath(QStringLiteral("roundtrip"));
        WorkspaceRecovery recovery(folder);
        QString error;
        QVERIFY(!recovery.save(PictureState(), &error)); // no session yet
        QVERIFY(!error.isEmpty());
        QVERIFY2(recovery.begin(m_project, &error), qPrintable(error));
        PictureState state;
        state.filter.phenomenonIds = {3, 5};
        state.extent = {150000.0, 170000.0, 4.5};
        state.chartKind = QStringLiteral("weekhour");
        QVERIFY2(recovery.save(state, &error), qPrintable(error));
        const auto entry = WorkspaceRecovery::read(recovery.currentFile(), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->projectPath, QFileInfo(m_project).absoluteFilePath());
        QCOMPARE(entry->state, state);
        QVERIFY(qAbs(entry->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // This process holds the lock: its own file is not a leftover, for it or anyone.
        QVERIFY(recovery.leftovers().isEmpty());
        QVERIFY(WorkspaceRecovery(folder).leftovers().isEmpty());
        // A second session of the same project is refused while the first lives.
        WorkspaceRecovery other(folder);
        QVERIFY(!other.begin(m_project, &error));
        QVERIFY2(error.contains(QLatin1String("Another Phenomap window")), qPrintable(error));
        recovery.end();
        QVERIFY2(filesIn(folder).isEmpty(), qPrintable(filesIn(folder).join(u',')));
    }

    void unreadableLeftoverIsReportedNotOpened()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(folder));
        QFile bad(QDir(folder).filePath(QStringLiteral("0123456789abcdef.recovery.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": 1, \"project\": \"/x.gpkg\", \"saved_at\": \"yesterday\"}");
        bad.close();
        QStringList problems;
        QVERIFY(WorkspaceRecovery(folder).leftovers(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("0123456789abcdef.recovery.json"))
                     && problems.first().contains(QLatin1String("time")),
                 qPrintable(problems.first()));
    }

    /// The controller writes the view when the project opens and whenever it changed, and removes
    /// the file when the project closes.
    void controllerAutosavesAndCleansUp()
    {
        const QString folder = m_dir.filePath(QStringLiteral("controller"));
        MapCanvas canvas;
        canvas.resize(640, 480);
        FilterPanel filters;
        IncidentTableView table;
        ProjectController controller(&canvas, &filters, &table);
        StoryboardPanel panel;
        StoryboardController storyboard(&controller, &canvas, &filters, &panel, nullptr);
        RecoveryController recovery(&controller, &storyboard, nullptr, folder);
        QVERIFY(recovery.currentFile().isEmpty());
        QVERIFY(controller.openProject(m_project));
        const QString file = recovery.currentFile();
        QVERIFY(QFile::exists(file));
        Filter filter;
        filter.phenomenonIds = {controller.taxonomy().first().id};
        controller.applyFilter(filter);
        QVERIFY(recovery.saveNow());
        auto entry = WorkspaceRecovery::read(file);
        QVERIFY(entry);
        QCOMPARE(entry->state.filter.phenomenonIds, filter.phenomenonIds);
        // The timer does the same on its own.
        recovery.setInterval(20);
        filter.phenomenonIds.clear();
        controller.applyFilter(filter);
        QTRY_VERIFY(WorkspaceRecovery::read(file)->state.filter.phenomenonIds.isEmpty());
        controller.closeProject();
        QVERIFY(!QFile::exists(file));
        QVERIFY2(filesIn(folder).isEmpty(), qPrintable(filesIn(folder).join(u',')));
    }

    /// The real application killed with SIGKILL: its last autosaved view is offered at the next
    /// start, restored on yes, and the leftover is gone afterwards.
    void killedWindowIsRecovered()
    {
        const QString folder = m_dir.filePath(QStringLiteral("killed"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PHENOMAP_RECOVERY_DIR"), folder);
        env.insert(QStringLiteral("PHENOMAP_AUTOSAVE_SECONDS"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(env);
        app.start(test::phenomapExecutable(), {m_project});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder).entryList({QStringLiteral("*.recovery.json")}).isEmpty(), 60000);
        app.kill(); // SIGKILL: no destructor runs
        QVERIFY(app.waitForFinished());
        const QStringList left = QDir(folder).entryList({QStringLiteral("*.recovery.json")});
        QCOMPARE(left.size(), 1);
        QVERIFY(QFile::exists(QDir(folder).filePath(left.first() + QStringLiteral(".lock"))));

        // Make the saved view distinctive, as an analyst's would be: one phenomenon, zoomed in.
        const QString file = QDir(folder).filePath(left.first());
        auto entry = WorkspaceRecovery::read(file);
        QVERIFY(entry);
        QCOMPARE(entry->projectPath, QFileInfo(m_project).absoluteFilePath());
        {
            auto project = Project::open(m_project, Project::OpenMode::ReadOnly);
            entry->state.filter.phenomenonIds = {loadTaxonomy(project->db()).first().id};
        }
        entry->state.extent = {149000.0, 171000.0, 3.0};
        {
            // Rewrite it as the dead process would have (the lock of the dead process stays).
            WorkspaceRecovery writer(m_dir.filePath(QStringLiteral("scratch")));
            QVERIFY(writer.begin(m_project));
            QVERIFY(writer.save(entry->state));
            QFile::remove(file);
            QVERIFY(QFile::copy(writer.currentFile(), file));
            writer.end();
        }

        // A refusal removes the leftover and opens nothing.
        {
            const QString copyDir = m_dir.filePath(QStringLiteral("refused"));
            QVERIFY(QDir().mkpath(copyDir));
            QVERIFY(QFile::copy(file, QDir(copyDir).filePath(left.first())));
            QVERIFY(QFile::copy(file + QStringLiteral(".lock"), QDir(copyDir).filePath(left.first() + QStringLiteral(".lock"))));
            MainWindow window;
            RecoveryController refusing(window.controller(), nullptr, nullptr, copyDir);
            int asked = 0;
            refusing.setQuestion([&](const RecoveryEntry &) { return ++asked, false; });
            QVERIFY(!refusing.offerRecovery());
            QCOMPARE(asked, 1);
            QVERIFY(!window.controller()->project());
            QVERIFY(QDir(copyDir).entryList(QDir::Files).isEmpty());
        }

        // The next start in the same folder: asked once, project opened with the saved view.
        qputenv("PHENOMAP_RECOVERY_DIR", QFile::encodeName(folder));
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString askedFor;
        window.recoveryController()->setQuestion([&](const RecoveryEntry &e) {
            askedFor = e.projectPath;
            return true;
        });
        // Started on another file: the view of this project is not offered and stays.
        const QString otherProject = m_dir.filePath(QStringLiteral("other.gpkg"));
        generateDemo(otherProject, {.incidents = 50, .seed = 6, .title = QStringLiteral("Other")});
        {
            MainWindow elsewhere;
            elsewhere.recoveryController()->setQuestion([](const RecoveryEntry &) { return true; });
            elsewhere.openInitialProject(otherProject, MainWindow::OfferRecovery);
            QVERIFY(elsewhere.controller()->project());
            QCOMPARE(elsewhere.controller()->project()->path(), otherProject);
        }
        QVERIFY(QFile::exists(file));
        window.openInitialProject(QString(), MainWindow::OfferRecovery);
        qunsetenv("PHENOMAP_RECOVERY_DIR");
        QCOMPARE(askedFor, QFileInfo(m_project).absoluteFilePath());
        QVERIFY(window.controller()->project());
        QCOMPARE(QFileInfo(window.controller()->project()->path()).absoluteFilePath(),
                 QFileInfo(m_project).absoluteFilePath());
        QCOMPARE(window.controller()->currentFilter().phenomenonIds, entry->state.filter.phenomenonIds);
        QCOMPARE(window.mapCanvas()->viewport().metresPerPixel(), 3.0);
        QCOMPARE(window.mapCanvas()->viewport().centre(), QPointF(149000.0, 171000.0));
        // The leftover is gone; the restored window keeps its own session in the same folder.
        const QString own = window.recoveryController()->currentFile();
        QVERIFY(QFile::exists(own));
        const QStringList now = QDir(folder).entryList({QStringLiteral("*.recovery.json")});
        QCOMPARE(now, QStringList{QFileInfo(own).fileName()});
        QCOMPARE(WorkspaceRecovery::read(own)->state.filter.phenomenonIds, entry->state.filter.phenomenonIds);
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
