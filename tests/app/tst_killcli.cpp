// SPDX-License-Identifier: GPL-3.0-or-later
// The real `phenomap` executable killed with SIGKILL at random moments during import, package
// export and picture save: each time the project opens, passes integrity_check and holds exactly
// the state before the operation or the state after a complete run, never anything between.
//
// 100 kills by default (50 import, 25 export, 25 picture). PHENOMAP_KILLCLI_KILLS=N scales the
// total (e.g. for slow sanitizer builds); the split stays 2:1:1. Delays come from a fixed seed.
#include "packagemanifest.h"
#include "project.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace phenomap;

namespace {

QString binary()
{
    return QFileInfo(QStringLiteral(PHENOMAP_TEST_BINARY_DIR "/../app/phenomap")).absoluteFilePath();
}

struct Outcome
{
    bool killed = false;
    int exitCode = -1;
    QString err;
};

/// Runs the command; kills it with SIGKILL after `killAfterMs` (< 0: never).
Outcome run(const QStringList &args, int killAfterMs = -1)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(binary(), args);
    Outcome o;
    if (!p.waitForStarted(30000))
        return o;
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs) && p.state() == QProcess::Running) {
        ::kill(pid_t(p.processId()), SIGKILL);
        o.killed = true;
    }
    p.waitForFinished(300000);
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.err = QString::fromUtf8(p.readAllStandardError()).right(600);
    return o;
}

/// What an operation may change, as one comparable string; also checks the indexes agree.
QString projectState(const QString &path, QString *problem)
{
    try {
        auto project = Project::open(path);
        Database &db = project->db();
        if (db.scalarText("PRAGMA integrity_check").value_or(QString()) != QLatin1String("ok"))
            *problem = QStringLiteral("integrity_check failed");
        const qint64 incidents = *db.scalarInt("SELECT count(*) FROM incidents");
        const qint64 points = *db.scalarInt("SELECT count(*) FROM incidents WHERE geom IS NOT NULL");
        if (*db.scalarInt("SELECT count(*) FROM rtree_incidents_geom") != points)
            *problem = QStringLiteral("R-tree and incidents disagree");
        if (*db.scalarInt("SELECT count(*) FROM phenomap_incident_fts_docsize") != incidents)
            *problem = QStringLiteral("text index and incidents disagree");
        QCryptographicHash hash(QCryptographicHash::Sha256);
        Statement rows = db.prepare("SELECT fid, geom, occurred_from, occurred_to, phenomenon_id, source_id, source_ref, "
                                    "batch_id, municipality_nis FROM incidents ORDER BY fid");
        while (rows.step())
            for (int c = 0; c < rows.columnCount(); ++c) {
                hash.addData(rows.blob(c));
                hash.addData(QByteArrayView("\x1f", 1));
            }
        return QStringLiteral("incidents=%1 batches=[%2] digest=%3 pictures=[%4] exports=%5")
            .arg(incidents)
            .arg(db.scalarText("SELECT group_concat(id) FROM (SELECT id FROM import_batches ORDER BY id)").value_or(QString()))
            .arg(QString::fromLatin1(hash.result().toHex().left(16)))
            .arg(db.scalarText("SELECT group_concat(title, '|') FROM (SELECT title FROM phenomap_pictures ORDER BY position)")
                     .value_or(QString()))
            .arg(*db.scalarInt("SELECT count(*) FROM phenomap_export_log"));
    } catch (const std::exception &e) {
        *problem = QString::fromUtf8(e.what());
        return QString();
    }
}

int kills(int share)
{
    const int total = qEnvironmentVariableIsSet("PHENOMAP_KILLCLI_KILLS") ? qEnvironmentVariableIntValue("PHENOMAP_KILLCLI_KILLS")
                                                                          : 100;
    return qMax(1, total * share / 4);
}

} // namespace

class TestKillCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringImport() { killRounds(QStringLiteral("import"), kills(2), 11); }
    void killDuringExport() { killRounds(QStringLiteral("export"), kills(1), 23); }
    void killDuringPictureSave() { killRounds(QStringLiteral("picture"), kills(1), 37); }

private:
    QStringList arguments(const QString &op, const QString &project, const QString &folder) const;
    /// Copies the base project into `folder` and returns the copy's path.
    QString freshProject(const QString &folder) const;
    void killRounds(const QString &op, int rounds, quint32 seed);

    QTemporaryDir m_dir;
    QString m_base, m_csv, m_phenomenon;
    QHash<QString, QString> m_before, m_after;
    QHash<QString, qint64> m_durationMs;
};

void TestKillCli::initTestCase()
{
    QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
    m_base = m_dir.filePath(QStringLiteral("base.gpkg"));
    Outcome o = run({QStringLiteral("demo"), QStringLiteral("--incidents"), QStringLiteral("2000"), QStringLiteral("--seed"),
                     QStringLiteral("5"), QStringLiteral("--out"), m_base});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    {
        auto p = Project::open(m_base, Project::OpenMode::ReadOnly);
        m_phenomenon = p->db().scalarText("SELECT code FROM phenomena WHERE kind = 'phenomenon' ORDER BY id LIMIT 1").value_or(QString());
    }
    o = run({QStringLiteral("picture"), QStringLiteral("add"), m_base, QStringLiteral("--title"), QStringLiteral("Base picture"),
             QStringLiteral("--tlp"), QStringLiteral("TLP:GREEN")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    // One export first, so the recipient's secret exists and an export changes only the log.
    o = run({QStringLiteral("export"), m_base, QStringLiteral("--package"), m_dir.filePath(QStringLiteral("first.gpkg")),
             QStringLiteral("--tier"), QStringLiteral("exact"), QStringLiteral("--tlp"), QStringLiteral("TLP:AMBER"),
             QStringLiteral("--recipient"), QStringLiteral("PZ Midi")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));

    m_csv = m_dir.filePath(QStringLiteral("partner.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("ref,lon,lat,date,fait,description\n");
    for (int i = 0; i < 40000; ++i)
        csv.write(QStringLiteral("K%1,%2,%3,2024-%4-%5,Drugs,vente de rue %1\n")
                      .arg(i)
                      .arg(4.30 + (i % 97) * 0.001, 0, 'f', 5)
                      .arg(50.82 + (i % 89) * 0.0005, 0, 'f', 5)
                      .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                      .toUtf8());
    csv.close();

    // One uninterrupted run of each operation: its duration and the state it leaves.
    for (const QString &op : {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("picture")}) {
        QTemporaryDir dir;
        const QString project = freshProject(dir.path());
        QString problem;
        m_before[op] = projectState(project, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QElapsedTimer t;
        t.start();
        o = run(arguments(op, project, dir.path()));
        m_durationMs[op] = t.elapsed();
        QVERIFY2(o.exitCode == 0, qPrintable(op + QStringLiteral(": ") + o.err));
        m_after[op] = projectState(project, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_after[op] != m_before[op], qPrintable(op));
        qInfo("%s: one run takes %lld ms; before %s; after %s", qPrintable(op), m_durationMs[op], qPrintable(m_before[op]),
              qPrintable(m_after[op]));
    }
}

QStringList TestKillCli::arguments(const QString &op, const QString &project, const QString &folder) const
{
    if (op == QLatin1String("import"))
        return {QStringLiteral("import"), project, m_csv, QStringLiteral("--source"), QStringLiteral("PZ Kill")};
    if (op == QLatin1String("export"))
        return {QStringLiteral("export"), project, QStringLiteral("--package"), folder + QStringLiteral("/OUT.gpkg"),
                QStringLiteral("--tier"), QStringLiteral("exact"), QStringLiteral("--tlp"), QStringLiteral("TLP:AMBER"),
                QStringLiteral("--recipient"), QStringLiteral("PZ Midi")};
    return {QStringLiteral("picture"), QStringLiteral("add"), project, QStringLiteral("--title"), QStringLiteral("Killed save"),
            QStringLiteral("--tlp"), QStringLiteral("TLP:GREEN"), QStringLiteral("--phenomena"), m_phenomenon,
            QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-07-01")};
}

QString TestKillCli::freshProject(const QString &folder) const
{
    const QString path = folder + QStringLiteral("/project.gpkg");
    return QFile::copy(m_base, path) ? path : QString();
}

void TestKillCli::killRounds(const QString &op, int rounds, quint32 seed)
{
    QRandomGenerator random(seed);
    const int span = int(m_durationMs.value(op) * 11 / 10) + 1;
    int interrupted = 0, before = 0, after = 0;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        const QString project = freshProject(dir.path());
        QVERIFY(!project.isEmpty());
        const int delay = int(random.bounded(span));
        const Outcome o = run(arguments(op, project, dir.path()), delay);
        interrupted += o.killed ? 1 : 0;
        const QString where = QStringLiteral("%1 round %2, kill after %3 ms (%4)")
                                  .arg(op)
                                  .arg(round)
                                  .arg(delay)
                                  .arg(o.killed ? QStringLiteral("killed") : QStringLiteral("finished first"));
        QVERIFY2(o.killed || o.exitCode == 0, qPrintable(where + QStringLiteral(": ") + o.err));
        QString problem;
        const QString state = projectState(project, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
        const bool isBefore = state == m_before.value(op), isAfter = state == m_after.value(op);
        QVERIFY2(isBefore || isAfter, qPrintable(where + QStringLiteral(": in between: ") + state));
        QVERIFY2(o.killed || isAfter, qPrintable(where + QStringLiteral(": a complete run left ") + state));
        before += isBefore ? 1 : 0;
        after += isAfter ? 1 : 0;
        if (op == QLatin1String("export")) {
            // No partial package at the final path: none, or one that passes its own check.
            const QString out = dir.filePath(QStringLiteral("OUT.gpkg"));
            if (QFileInfo::exists(out))
                QVERIFY2(verifyPackage(out).intact, qPrintable(where + QStringLiteral(": OUT.gpkg is not intact")));
            else
                QVERIFY2(isBefore, qPrintable(where + QStringLiteral(": the export was logged but OUT.gpkg is missing")));
        }
    }
    qInfo("%s: %d rounds, %d killed mid-run; state before %d times, after %d times", qPrintable(op), rounds, interrupted,
          before, after);
}

QTEST_GUILESS_MAIN(TestKillCli)
#include "tst_killcli.moc"
