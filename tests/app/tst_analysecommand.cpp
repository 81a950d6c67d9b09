// SPDX-License-Identifier: GPL-3.0-or-later
// `phenomap analyse`: the recipe travels with the result, the same recipe gives the same numbers,
// and bad requests are refused with a usage error.
#include "analysecommand.h"
#include "analysisstore.h"
#include "project.h"
#include "demogenerator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace phenomap;

namespace {

/// Runs the command with stdout redirected to a file; returns exit code and what was printed.
std::pair<int, QByteArray> run(const QStringList &args, const QString &outFile)
{
    std::fflush(stdout);
    const int saved = dup(fileno(stdout));
    FILE *f = std::freopen(outFile.toLocal8Bit().constData(), "w", stdout);
    Q_UNUSED(f);
    const int code = runAnalyseCommand(QStringList{QStringLiteral("phenomap"), QStringLiteral("analyse")} + args);
    std::fflush(stdout);
    dup2(saved, fileno(stdout));
    close(saved);
    QFile in(outFile);
    in.open(QIODevice::ReadOnly);
    return {code, in.readAll()};
}

} // namespace

class TestAnalyseCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(m_project, {.incidents = 3000, .seed = 5, .title = QStringLiteral("analyse")});
    }

    void giCarriesItsRecipe()
    {
        const auto [code, text] = run({m_project, QStringLiteral("--method"), QStringLiteral("gi"), QStringLiteral("--cell"),
                                       QStringLiteral("250"), QStringLiteral("--json")},
                                      m_dir.filePath(QStringLiteral("gi.json")));
        QCOMPARE(code, 0);
        const QJsonObject result = QJsonDocument::fromJson(text).object();
        QVERIFY2(!result.isEmpty(), text.left(300).constData());
        const QString recipe = QString::fromUtf8(QJsonDocument(result.value(QStringLiteral("record")).toObject()).toJson());
        QVERIFY2(recipe.contains(QLatin1String("250")), qPrintable(recipe));
        QVERIFY(result.contains(QStringLiteral("result")));
    }

    void saveKeepsTheResultInTheProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("save.gpkg"));
        QVERIFY(QFile::copy(m_project, path));
        {
            auto project = Project::open(path, Project::OpenMode::ReadOnly);
            QVERIFY(AnalysisStore::list(project->db()).empty());
        }
        // Without --save nothing is written.
        QCOMPARE(run({path, QStringLiteral("--method"), QStringLiteral("knox"), QStringLiteral("--permutations"),
                      QStringLiteral("19"), QStringLiteral("--json")},
                     m_dir.filePath(QStringLiteral("k0.json")))
                     .first,
                 0);
        {
            auto project = Project::open(path, Project::OpenMode::ReadOnly);
            QVERIFY(AnalysisStore::list(project->db()).empty());
        }
        const auto [code, text] = run({path, QStringLiteral("--method"), QStringLiteral("knox"), QStringLiteral("--permutations"),
                                       QStringLiteral("19"), QStringLiteral("--json"), QStringLiteral("--save")},
                                      m_dir.filePath(QStringLiteral("k1.json")));
        QCOMPARE(code, 0);
        const QJsonObject printed = QJsonDocument::fromJson(text).object();
        const qint64 id = printed.value(QStringLiteral("saved_id")).toInteger();
        QVERIFY(id > 0);
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        const auto entries = AnalysisStore::list(project->db());
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().id, id);
        QCOMPARE(entries.front().method, QStringLiteral("knox"));
        const auto stored = AnalysisStore::load(project->db(), id);
        QVERIFY(stored);
        QCOMPARE(stored->value(QStringLiteral("result")), printed.value(QStringLiteral("result")));
        QCOMPARE(stored->value(QStringLiteral("record")), printed.value(QStringLiteral("record")));
    }

    void sameRecipeSameNumbers()
    {
        const QStringList args{m_project, QStringLiteral("--method"), QStringLiteral("moran"), QStringLiteral("--cell"),
                               QStringLiteral("300"), QStringLiteral("--permutations"), QStringLiteral("99"),
                               QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")};
        const auto a = run(args, m_dir.filePath(QStringLiteral("a.json")));
        const auto b = run(args, m_dir.filePath(QStringLiteral("b.json")));
        QCOMPARE(a.first, 0);
        QCOMPARE(QJsonDocument::fromJson(a.second).object().value(QStringLiteral("result")),
                 QJsonDocument::fromJson(b.second).object().value(QStringLiteral("result")));
    }

    void badRequestsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no method") << QStringList{} << 2;
        QTest::newRow("unknown method") << QStringList{QStringLiteral("--method"), QStringLiteral("kriging")} << 2;
        QTest::newRow("bad cell") << QStringList{QStringLiteral("--method"), QStringLiteral("gi"), QStringLiteral("--cell"),
                                                 QStringLiteral("-5")} << 2;
        QTest::newRow("bad bands") << QStringList{QStringLiteral("--method"), QStringLiteral("knox"),
                                                  QStringLiteral("--distances"), QStringLiteral("100,50")} << 2;
        QTest::newRow("unknown phenomenon") << QStringList{QStringLiteral("--method"), QStringLiteral("gi"),
                                                           QStringLiteral("--phenomena"), QStringLiteral("nonsense")} << 1;
    }

    void badRequestsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QCOMPARE(run(QStringList{m_project} + args, m_dir.filePath(QStringLiteral("bad.txt"))).first, code);
    }

    void missingFileFails()
    {
        QCOMPARE(run({m_dir.filePath(QStringLiteral("nope.gpkg")), QStringLiteral("--method"), QStringLiteral("gi")},
                     m_dir.filePath(QStringLiteral("missing.txt")))
                     .first,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAnalyseCommand)
#include "tst_analysecommand.moc"
