// SPDX-License-Identifier: GPL-3.0-or-later
// Spatial statistics from the workbench: an analysis runs on a worker thread over the current
// filter, shows its layer on the map and its table, and is saved in the project; cancelling
// saves nothing; a saved result whose data changed since says so; a saved result shows again.
#include "analysiscontroller.h"
#include "analysispanel.h"
#include "analysisresultmodel.h"
#include "analysisstore.h"
#include "feedback.h"
#include "gui_support.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "project.h"
#include "projectcontroller.h"
#include "resultlayer.h"
#include "sqlite.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestAnalysisController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    test::MapTestProject m_known;

    static std::shared_ptr<const MapOverlay> resultOverlay(MainWindow &w)
    {
        return w.mapCanvas()->mapPainter().overlay(QStringLiteral("result"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("analysis.gpkg"));
        m_known = test::createMapTestProject(m_path, 300, QStringLiteral("Analysis"));
        m_known.project.reset(); // the window opens its own connection
    }

    void hotSpotsRunShowAndSave()
    {
        MainWindow window;
        window.openInitialProject(m_path);
        QVERIFY(window.controller()->project());
        AnalysisController controller(window.controller(), window.mapCanvas());
        QVERIFY(controller.history().empty());

        // The current filter's phenomena go into the request and the record.
        Filter filter;
        filter.phenomenonIds = {m_known.phenomena.at(0), m_known.phenomena.at(1)};
        window.controller()->applyFilter(filter);
        AnalysisRequest settings;
        settings.method = QStringLiteral("gi");
        settings.cellSize = 250;
        settings.band = 600;
        const AnalysisRequest request = controller.requestForCurrentFilter(settings);
        QCOMPARE(request.phenomenonIds.size(), 2);

        QSignalSpy finished(&controller, &AnalysisController::finished);
        QSignalSpy progress(&controller, &AnalysisController::progressChanged);
        QSignalSpy errors(&controller, &AnalysisController::errorOccurred);
        QVERIFY(controller.start(request));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(request)); // one at a time
        QCOMPARE(errors.count(), 1);
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty());
        const qint64 id = finished.first().first().toLongLong();
        QVERIFY(id > 0);

        // Layer on the map, table filled, record saved with the filter.
        const auto layer = std::dynamic_pointer_cast<const ResultLayer>(resultOverlay(window));
        QVERIFY(layer);
        const QJsonObject record = controller.currentOutput().value(QStringLiteral("record")).toObject();
        QCOMPARE(layer->unitCount(), record.value(QStringLiteral("units")).toInt());
        QCOMPARE(controller.resultModel()->rowCount(), layer->unitCount());
        QCOMPARE(controller.resultModel()->method(), QStringLiteral("gi"));
        QCOMPARE(record.value(QStringLiteral("phenomenonIds")).toArray().size(), 2);
        QCOMPARE(controller.history().size(), std::size_t(1));
        QCOMPARE(controller.history().front().id, id);
        QVERIFY(!controller.isStale(id));
        {
            auto fresh = Project::open(m_path, Project::OpenMode::ReadOnly);
            const auto saved = AnalysisStore::list(fresh->db());
            QCOMPARE(saved.size(), std::size_t(1));
            QCOMPARE(saved.front().method, QStringLiteral("gi"));
        }

        // A saved result shows again after another one replaced it.
        AnalysisRequest knox = controller.requestForCurrentFilter(AnalysisRequest{});
        knox.method = QStringLiteral("knox");
        knox.permutations = 99;
        QVERIFY(controller.start(knox));
        QVERIFY(finished.wait(60000));
        QVERIFY(!resultOverlay(window)); // Knox has no map layer
        QCOMPARE(controller.resultModel()->rowCount(), 6 * 5); // 5 distance + beyond, 4 time + beyond
        QCOMPARE(controller.resultModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Distance"));
        QCOMPARE(controller.history().size(), std::size_t(2));
        QVERIFY(controller.showSaved(id));
        QVERIFY(std::dynamic_pointer_cast<const ResultLayer>(resultOverlay(window)));
        QCOMPARE(controller.resultModel()->method(), QStringLiteral("gi"));
    }

    void cancelSavesNothing()
    {
        MainWindow window;
        window.openInitialProject(m_path);
        AnalysisController controller(window.controller(), window.mapCanvas());
        const std::size_t before = controller.history().size();
        QCOMPARE(before, std::size_t(2)); // the saved results of the first test, listed on creation
        AnalysisRequest request;
        request.method = QStringLiteral("lisa");
        request.cellSize = 20; // thousands of cells x many permutations: long enough to cancel
        request.regionLayer.clear();
        request.permutations = 99999;
        QSignalSpy canceled(&controller, &AnalysisController::canceled);
        QSignalSpy finished(&controller, &AnalysisController::finished);
        QVERIFY(controller.start(request));
        controller.cancel();
        QVERIFY(canceled.wait(60000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!controller.isRunning());
        controller.refreshHistory();
        QCOMPARE(controller.history().size(), before);
        auto fresh = Project::open(m_path, Project::OpenMode::ReadOnly);
        QCOMPARE(AnalysisStore::list(fresh->db()).size(), before);
    }

    void dockAndMenu()
    {
        MainWindow window;
        window.openInitialProject(m_path);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("analysisDock"));
        auto *panel = window.findChild<AnalysisPanel *>();
        auto *controller = window.findChild<AnalysisController *>();
        QVERIFY(dock && panel && controller);
        QCOMPARE(panel->historyList()->count(), int(controller->history().size()));
        QCOMPARE(panel->resultTable()->model(), controller->resultModel());
        panel->methodBox()->setCurrentIndex(panel->methodBox()->findData(QStringLiteral("knox")));
        panel->permutationsBox()->setValue(19);

        // Bad Knox bands: a message naming the field, nothing runs.
        panel->knoxTimesEdit()->setText(QStringLiteral("0, 14, 7"));
        QSignalSpy started(controller, &AnalysisController::started);
        panel->runButton()->click();
        QCOMPARE(started.count(), 0);
        QVERIFY2(panel->status().contains(QStringLiteral("Knox times")), qPrintable(panel->status()));

        panel->knoxTimesEdit()->setText(QStringLiteral("0, 7, 14"));
        const int before = panel->historyList()->count();
        QSignalSpy finished(controller, &AnalysisController::finished);
        auto *run = window.findChild<QAction *>(QStringLiteral("runAnalysisAction"));
        QVERIFY(run);
        run->trigger();
        QCOMPARE(started.count(), 1);
        QVERIFY(!panel->runButton()->isEnabled());
        QVERIFY(panel->cancelButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(panel->runButton()->isEnabled());
        QCOMPARE(panel->historyList()->count(), before + 1);
        QCOMPARE(controller->resultModel()->rowCount(), 6 * 3);
        QVERIFY(panel->historyList()->item(0)->text().startsWith(QStringLiteral("Near repeat (Knox)")));

        // Selecting a past Gi* result in the list shows its layer again.
        for (int i = 0; i < panel->historyList()->count(); ++i)
            if (panel->historyList()->item(i)->text().startsWith(QStringLiteral("Hot spots"))) {
                panel->historyList()->setCurrentRow(i);
                break;
            }
        QVERIFY(std::dynamic_pointer_cast<const ResultLayer>(resultOverlay(window)));
        QCOMPARE(controller->resultModel()->method(), QStringLiteral("gi"));
    }

    void changedDataMarksTheRecord()
    {
        MainWindow window;
        window.openInitialProject(m_path);
        AnalysisController controller(window.controller(), window.mapCanvas());
        controller.refreshHistory();
        QVERIFY(!controller.history().empty());
        for (const AnalysisStore::Entry &e : controller.history()) {
            QVERIFY(!controller.isStale(e.id));
            QVERIFY(!controller.describe(e).contains(QStringLiteral("data changed")));
        }
        {
            auto writer = Project::open(m_path);
            Transaction tx(writer->db());
            writer->db().exec("UPDATE incidents SET occurred_to = occurred_to + 60 WHERE fid = (SELECT min(fid) FROM incidents)");
            tx.commit();
        }
        QSignalSpy changed(&controller, &AnalysisController::historyChanged);
        controller.refreshHistory();
        QCOMPARE(changed.count(), 1);
        // The Gi* result used phenomena 0 and 1, the Knox result too; the first incident has
        // phenomenon 0 (phenomena cycle), so both used it.
        for (const AnalysisStore::Entry &e : controller.history()) {
            QVERIFY(controller.isStale(e.id));
            QVERIFY(controller.describe(e).endsWith(QStringLiteral("data changed since this result was computed")));
        }
    }
};

QTEST_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"
