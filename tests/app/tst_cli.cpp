// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as the real `phenomap` executable: demo, info (text and JSON), errors.
#include "cli.h"
#include "project.h"
#include "sqlite.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace phenomap;

namespace {

struct Result
{
    int exitCode = -1;
    QString out, err;
};

QString binary()
{
    return QFileInfo(QStringLiteral(PHENOMAP_TEST_BINARY_DIR "/../app/phenomap")).absoluteFilePath();
}

#ifdef Q_OS_UNIX
/// Fallback when the executable was not built: runCommandLine in-process, with the standard
/// streams redirected to files.
Result runInProcess(const QStringList &args)
{
    QTemporaryDir dir;
    const QByteArray outPath = dir.filePath("out").toLocal8Bit(), errPath = dir.filePath("err").toLocal8Bit();
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1), savedErr = ::dup(2);
    const int outFd = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int errFd = ::open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(outFd, 1);
    ::dup2(errFd, 2);
    Result r;
    r.exitCode = runCommandLine(QStringList{QStringLiteral("phenomap")} + args);
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    for (int fd : {outFd, errFd, savedOut, savedErr})
        ::close(fd);
    QFile o(QString::fromLocal8Bit(outPath)), e(QString::fromLocal8Bit(errPath));
    if (o.open(QIODevice::ReadOnly))
        r.out = QString::fromUtf8(o.readAll());
    if (e.open(QIODevice::ReadOnly))
        r.err = QString::fromUtf8(e.readAll());
    return r;
}
#endif

Result run(const QStringList &args)
{
#ifdef Q_OS_UNIX
    if (!QFileInfo(binary()).isExecutable())
        return runInProcess(args);
#endif
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(binary(), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 scalar(Database &db, const QString &sql)
{
    return db.scalarInt(sql.toUtf8().constData()).value_or(-1);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(binary()).isExecutable())
            qWarning("%s not built: running the command line in-process", qPrintable(binary()));
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath("demo.gpkg");
        const Result r = run({"demo", "--incidents", "1500", "--seed", "42", "--out", m_project, "--title", "CLI demo"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(m_project));
        QVERIFY2(r.err.contains("100 %"), qPrintable(r.err)); // progress on stderr
        QVERIFY(r.out.isEmpty());
    }

    void isCommandLineRecognisesSubcommands()
    {
        auto check = [](std::initializer_list<const char *> args) {
            std::vector<char *> argv;
            for (const char *a : args)
                argv.push_back(const_cast<char *>(a));
            return isCommandLine(int(argv.size()), argv.data());
        };
        QVERIFY(check({"phenomap", "demo"}));
        QVERIFY(check({"phenomap", "info", "x.gpkg"}));
        QVERIFY(check({"phenomap", "--version"}));
        QVERIFY(check({"phenomap", "--help"}));
        QVERIFY(!check({"phenomap"}));
        QVERIFY(!check({"phenomap", "project.gpkg"}));
    }

    /// --delimiter and --encoding replace what is detected; a wrong value is a usage error that
    /// changes nothing.
    void importConventionOverrides()
    {
        const QString project = m_dir.filePath("conventions.gpkg");
        QCOMPARE(run({"demo", "--incidents", "10", "--seed", "3", "--out", project}).exitCode, 0);
        const QString csv = m_dir.filePath("cp.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("ref;lon;lat;date;fait;description\nZ1;4,3517;50,8466;05/11/2024;Drugs;caf\xc3\xa9\n");
        }
        Result r = run({"import", project, csv, "--delimiter", "colon"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--delimiter must be comma, semicolon, tab or pipe"), qPrintable(r.err));
        r = run({"import", project, csv, "--encoding", "ebcdic"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--encoding"), qPrintable(r.err));
        {
            auto p = Project::open(project, Project::OpenMode::ReadOnly);
            QCOMPARE(scalar(p->db(), "SELECT count(*) FROM import_batches"), 0);
        }
        r = run({"import", project, csv, "--delimiter", "semicolon", "--encoding", "windows-1252", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto p = Project::open(project, Project::OpenMode::ReadOnly);
        QCOMPARE(p->db().scalarText("SELECT description FROM incidents WHERE source_ref = 'Z1'"),
                 QString::fromUtf8("caf\u00c3\u00a9"));
    }

    void version()
    {
        const Result r = run({"--version"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("phenomap " PHENOMAP_VERSION));
    }

    void infoJsonMatchesSql()
    {
        const Result r = run({"info", m_project, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        auto project = Project::open(m_project, Project::OpenMode::ReadOnly);
        Database &db = project->db();
        QCOMPARE(info.value("incidents").toInteger(), 1500);
        QCOMPARE(info.value("title").toString(), QStringLiteral("CLI demo"));
        QCOMPARE(info.value("synthetic").toBool(), true);
        QCOMPARE(info.value("schemaVersion").toInt(), Project::kSchemaVersion);
        QCOMPARE(info.value("zoneOnly").toInteger(), scalar(db, "SELECT count(*) FROM incidents WHERE geom IS NULL"));
        QVERIFY(info.value("zoneOnly").toInteger() > 0);
        QCOMPARE(info.value("outsideRegion").toInteger(), 0);
        qint64 sum = 0;
        for (const QJsonValue &v : info.value("byPhenomenon").toArray()) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value("fr").toString().isEmpty() && !o.value("nl").toString().isEmpty());
            QCOMPARE(o.value("count").toInteger(),
                     scalar(db, QStringLiteral("SELECT count(*) FROM incidents i JOIN phenomena p ON p.id = i.phenomenon_id "
                                               "WHERE p.code = '%1'").arg(o.value("code").toString())));
            sum += o.value("count").toInteger();
        }
        QCOMPARE(sum, 1500);
        sum = 0;
        for (const QJsonValue &v : info.value("byMunicipality").toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("count").toInteger(),
                     scalar(db, QStringLiteral("SELECT count(*) FROM incidents WHERE municipality_nis = %1").arg(o.value("nis").toInt())));
            sum += o.value("count").toInteger();
        }
        QCOMPARE(sum, 1500);
        QCOMPARE(info.value("byMunicipality").toArray().size(), 19);
        QCOMPARE(info.value("byPoliceZone").toArray().size(), 6);
        sum = 0;
        for (const QJsonValue &v : info.value("byMo").toArray())
            sum += v.toObject().value("count").toInteger();
        QCOMPARE(sum, scalar(db, "SELECT count(*) FROM phenomap_incident_mo"));
        sum = 0;
        for (const QJsonValue &v : info.value("bySource").toArray())
            sum += v.toObject().value("count").toInteger();
        QCOMPARE(sum, 1500);
        QVERIFY(info.value("timeRange").toObject().value("from").toString().startsWith("2024-1"));
        QVERIFY(info.value("timeRange").toObject().value("to").toString().startsWith("2026-10"));
    }

    void infoText()
    {
        const Result r = run({"info", m_project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("SYNTHETIC"));
        QVERIFY(r.out.contains("1500"));
        QVERIFY(r.out.contains("21004"));
    }

    void demoRefusesToOverwrite()
    {
        const QDateTime before = QFileInfo(m_project).lastModified();
        Result r = run({"demo", "--incidents", "10", "--out", m_project});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(m_project), qPrintable(r.err));
        QCOMPARE(QFileInfo(m_project).lastModified(), before);
        const QString forced = m_dir.filePath("forced.gpkg");
        QVERIFY(run({"demo", "--incidents", "10", "--out", forced}).exitCode == 0);
        r = run({"demo", "--incidents", "20", "--out", forced, "--force"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto project = Project::open(forced, Project::OpenMode::ReadOnly);
        QCOMPARE(scalar(project->db(), "SELECT count(*) FROM incidents"), 20);
    }

    void errorsNameTheFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        const QString missing = m_dir.filePath("missing.gpkg");
        const QString text = m_dir.filePath("not-a-project.gpkg");
        QFile f(text);
        if (f.open(QIODevice::WriteOnly))
            f.write("this is not a database\n");
        QTest::newRow("missing file") << QStringList{"info", missing} << QFileInfo(missing).fileName();
        QTest::newRow("not a project") << QStringList{"info", text, "--json"} << QFileInfo(text).fileName();
        QTest::newRow("bad count") << QStringList{"demo", "--incidents", "many", "--out", m_dir.filePath("x.gpkg")} << "many";
        QTest::newRow("no output") << QStringList{"demo"} << "--out";
        QTest::newRow("unknown option") << QStringList{"info", "--frobnicate", text} << "frobnicate";
    }
    void errorsNameTheFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        const Result r = run(args);
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("x.gpkg")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
