// SPDX-License-Identifier: GPL-3.0-or-later
// A writer killed with SIGKILL at a random moment leaves a project that opens, passes
// integrity_check and holds exactly the last committed batch (never part of a batch).
#include "project.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace phenomap;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringLargeWrite_data()
    {
        QTest::addColumn<int>("batchesBeforeKill");
        QTest::addColumn<int>("extraDelayMs");
        QTest::newRow("after first commit, at once") << 1 << 0;
        QTest::newRow("after 2 commits, 37 ms") << 2 << 37;
        QTest::newRow("after 3 commits, 113 ms") << 3 << 113;
        QTest::newRow("after 2 commits, random") << 2 << int(QRandomGenerator::global()->bounded(400));
    }

    void killDuringLargeWrite()
    {
        QFETCH(int, batchesBeforeKill);
        QFETCH(int, extraDelayMs);
        constexpr int perBatch = 4000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.gpkg"));
        QProcess child;
        child.setProgram(QStringLiteral(PHENOMAP_TEST_BINARY_DIR "/helper_writer"));
        child.setArguments({path, QString::number(perBatch)});
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray out;
        const QByteArray target = "committed " + QByteArray::number(batchesBeforeKill) + '\n';
        QElapsedTimer timer;
        timer.start();
        while (!out.contains(target) && timer.elapsed() < 120000) {
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        }
        QVERIFY(out.contains(target));
        QTest::qSleep(extraDelayMs);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        out += child.readAllStandardOutput();

        // What the child had reported: the last committed batch, and whether a commit was in flight.
        int committed = 0, begun = 0;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();
            else if (line.startsWith("begin "))
                begun = line.mid(6).toInt();
        }
        auto project = Project::open(path);
        Database &db = project->db();
        QCOMPARE(db.scalarText("PRAGMA integrity_check").value_or(QString()), QStringLiteral("ok"));
        const qint64 incidents = *db.scalarInt("SELECT count(*) FROM incidents");
        const qint64 batches = *db.scalarInt("SELECT count(*) FROM phenomap_audit WHERE action = 'batch'");
        // A COMMIT that had begun may or may not have reached the disk; anything else is exact.
        if (begun > committed)
            QVERIFY2(batches == committed || batches == begun, qPrintable(QString::number(batches)));
        else
            QCOMPARE(batches, qint64(committed));
        QCOMPARE(incidents, batches * perBatch);
        QCOMPARE(*db.scalarInt("SELECT count(*) FROM phenomap_incident_mo"), incidents);
        QCOMPARE(*db.scalarInt("SELECT count(*) FROM rtree_incidents_geom"), incidents);
        QCOMPARE(*db.scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'incident'"),
                 incidents);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
