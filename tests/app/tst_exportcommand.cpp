// SPDX-License-Identifier: GPL-3.0-or-later
// `phenomap export`: the test binary re-runs itself as the command (PHENOMAP_EXPORT_CHILD set),
// so exit codes and messages are those a script would see.
#include "demogenerator.h"
#include "exportcommand.h"
#include "picturestore.h"
#include "processrun.h"
#include "project.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace phenomap;

namespace {

using Run = test::ProcessRun;

Run exportCommand(const QStringList &arguments, bool gui = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PHENOMAP_EXPORT_CHILD"), gui ? QStringLiteral("gui") : QStringLiteral("core"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return test::runProcess(QCoreApplication::applicationFilePath(), arguments, env);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdf();
    void pdfUsageErrors();
    void pdfFailuresNameTheFile();
    void pdfNeedsGui();
    void packageUsageErrors();
    void package();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_picture;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("demo.gpkg"));
    DemoOptions demo;
    demo.incidents = 2000;
    demo.seed = 2;
    generateDemo(m_project, demo);
    auto project = Project::open(m_project);
    PictureStore store(*project);
    SituationPicture p;
    p.title = QStringLiteral("Hot spots");
    p.tlp = Tlp::Amber;
    p.narrative = QStringLiteral("<p>For the meeting.</p>");
    m_picture = store.add(p).uuid;
}

void TestExportCommand::pdf()
{
    const QString out = m_dir.filePath(QStringLiteral("briefing.pdf"));
    Run r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(out));
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("TLP:AMBER")));
    QVERIFY(text.contains(QStringLiteral("page 1 / 3")));
    QVERIFY(text.contains(QStringLiteral("Hot spots")));

    const QString fr = m_dir.filePath(QStringLiteral("briefing-fr.pdf"));
    r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), fr, QStringLiteral("--lang"), QStringLiteral("fr"),
                       QStringLiteral("--orientation"), QStringLiteral("portrait"), QStringLiteral("--pictures"), m_picture});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(pdfText(fr).contains(QStringLiteral("DONNÉES SYNTHÉTIQUES")));
}

void TestExportCommand::pdfUsageErrors()
{
    const QString out = m_dir.filePath(QStringLiteral("usage.pdf"));
    Run r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), out, QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--lang")));
    r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), out, QStringLiteral("--orientation"), QStringLiteral("square")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("square")));
    r = exportCommand({QStringLiteral("export"), m_project});
    QCOMPARE(r.code, 2);
    r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), out, QStringLiteral("--package"), out});
    QCOMPARE(r.code, 2);
    r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), out, QStringLiteral("--tier"), QStringLiteral("exact")});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(out));
}

void TestExportCommand::pdfFailuresNameTheFile()
{
    const QString out = m_dir.filePath(QStringLiteral("failed.pdf"));
    const QString missing = m_dir.filePath(QStringLiteral("no-such-project.gpkg"));
    Run r = exportCommand({QStringLiteral("export"), missing, QStringLiteral("--pdf"), out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no-such-project.gpkg")), qPrintable(r.err));
    r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), out, QStringLiteral("--pictures"), QStringLiteral("nope")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nope")), qPrintable(r.err));
    const QString unwritable = m_dir.filePath(QStringLiteral("missing-dir/out.pdf"));
    r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), unwritable});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("out.pdf")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestExportCommand::pdfNeedsGui()
{
    // Under a plain QCoreApplication the command refuses clearly instead of crashing.
    const QString out = m_dir.filePath(QStringLiteral("core.pdf"));
    const Run r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), out}, false);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("graphical")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestExportCommand::packageUsageErrors()
{
    const QString out = m_dir.filePath(QStringLiteral("partner.gpkg"));
    const QStringList base = {QStringLiteral("export"), m_project, QStringLiteral("--package"), out};
    Run r = exportCommand(base + QStringList{QStringLiteral("--tier"), QStringLiteral("fuzzy"), QStringLiteral("--tlp"), QStringLiteral("TLP:AMBER"),
                                             QStringLiteral("--recipient"), QStringLiteral("Zone Nord")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--tier")) && r.err.contains(QStringLiteral("fuzzy")), qPrintable(r.err));
    r = exportCommand(base + QStringList{QStringLiteral("--tier"), QStringLiteral("exact"), QStringLiteral("--tlp"), QStringLiteral("TLP:PURPLE"),
                                         QStringLiteral("--recipient"), QStringLiteral("Zone Nord")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("TLP:PURPLE")), qPrintable(r.err));
    r = exportCommand(base + QStringList{QStringLiteral("--tier"), QStringLiteral("exact"), QStringLiteral("--tlp"), QStringLiteral("TLP:RED"),
                                         QStringLiteral("--recipient"), QStringLiteral("Zone Nord")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("TLP:RED")), qPrintable(r.err));
    r = exportCommand(base + QStringList{QStringLiteral("--tier"), QStringLiteral("exact"), QStringLiteral("--tlp"), QStringLiteral("TLP:AMBER")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--recipient")));
    r = exportCommand(base + QStringList{QStringLiteral("--tier"), QStringLiteral("aggregated"), QStringLiteral("--tlp"), QStringLiteral("TLP:AMBER"),
                                         QStringLiteral("--recipient"), QStringLiteral("Zone Nord"), QStringLiteral("--k"), QStringLiteral("zero")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--k")));
    QVERIFY(!QFile::exists(out));
}

void TestExportCommand::package()
{
    const QString out = m_dir.filePath(QStringLiteral("partner.gpkg"));
    const Run r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--package"), out, QStringLiteral("--tier"),
                                 QStringLiteral("aggregated"), QStringLiteral("--tlp"), QStringLiteral("tlp:amber"), QStringLiteral("--recipient"),
                                 QStringLiteral("Zone Nord"), QStringLiteral("--k"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(out));
    QVERIFY(r.out.contains(QStringLiteral("SHA-256")));
    QVERIFY(r.out.contains(QStringLiteral("TLP:AMBER")));
    // The package opens as a (read-only) Phenomap project with the picture.
    auto package = Project::open(out, Project::OpenMode::ReadOnly);
    PictureStore store(*package);
    QCOMPARE(store.list().size(), 1);
}

int main(int argc, char **argv)
{
    const QByteArray child = qgetenv("PHENOMAP_EXPORT_CHILD");
    if (child == "core") {
        QCoreApplication app(argc, argv);
        return runExportCommand(QCoreApplication::arguments());
    }
    if (child == "gui") {
        QApplication app(argc, argv);
        return runExportCommand(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    TestExportCommand test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportcommand.moc"
