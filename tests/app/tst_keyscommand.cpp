// SPDX-License-Identifier: GPL-3.0-or-later
// `phenomap keys`, `verify`, `open-package` and the signing and encryption options of `export`,
// end to end: the test binary re-runs itself as the command line (PHENOMAP_KEYS_CHILD set), so
// exit codes, messages and files are those a script would see; Debian's minisign checks the
// signatures.
#include "cli.h"
#include "demogenerator.h"
#include "picturestore.h"
#include "project.h"

#include "processrun.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

const QString kMinisign = QStringLiteral("/usr/bin/minisign");

using Run = test::ProcessRun;

/// Runs `phenomap ARGS` with env added to a clean environment (no key store or passphrase
/// inherited from the caller), feeding input on standard input.
Run cli(const QStringList &arguments, const QHash<QString, QString> &env = {}, const QByteArray &input = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PHENOMAP_KEYSTORE", "PHENOMAP_PASSPHRASE", "PHENOMAP_EXPORT_PASSPHRASE"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("PHENOMAP_KEYS_CHILD"), QStringLiteral("1"));
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    return test::runProcess(QCoreApplication::applicationFilePath(), arguments, e, input);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestKeysCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project, m_office, m_partner, m_empty, m_officePub;
    const QString m_officePass = QStringLiteral("office secret words");
    const QString m_partnerPass = QStringLiteral("partner secret words");

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QHash<QString, QString> asOffice() const
    {
        return {{QStringLiteral("PHENOMAP_KEYSTORE"), m_office}, {QStringLiteral("PHENOMAP_PASSPHRASE"), m_officePass}};
    }
    QStringList packageArgs(const QString &out) const
    {
        return {QStringLiteral("export"), m_project,           QStringLiteral("--package"), out,
                QStringLiteral("--tier"), QStringLiteral("exact"), QStringLiteral("--tlp"),  QStringLiteral("TLP:AMBER"),
                QStringLiteral("--recipient"), QStringLiteral("PZ Nord")};
    }

private Q_SLOTS:
    void initTestCase();
    void keysLifecycle();
    void signsPackagesAndPdfByDefault();
    void verifyExitCodes();
    void unsignedExportsWarn();
    void encryptedToPartner();
    void encryptedToPassphrase();
};

void TestKeysCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = path(QStringLiteral("demo.gpkg"));
    DemoOptions demo;
    demo.incidents = 600;
    demo.seed = 3;
    generateDemo(m_project, demo);
    auto project = Project::open(m_project);
    SituationPicture p;
    p.title = QStringLiteral("Hot spots");
    p.tlp = Tlp::Amber;
    PictureStore(*project).add(p);
    m_office = path(QStringLiteral("office-keys"));
    m_partner = path(QStringLiteral("partner-keys"));
    m_empty = path(QStringLiteral("empty-keys"));
    m_officePub = path(QStringLiteral("office.pub"));
}

void TestKeysCommand::keysLifecycle()
{
    Run r = cli({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--store"), m_office, QStringLiteral("--name"),
                      QStringLiteral("Analysis cell"), QStringLiteral("--agency"), QStringLiteral("Brussels Prevention"),
                      QStringLiteral("--kdf"), QStringLiteral("interactive")},
                     {{QStringLiteral("PHENOMAP_PASSPHRASE"), m_officePass}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Created the office key")) && r.out.contains(QStringLiteral("age1")), qPrintable(r.out));
    // A second key is refused unless --force, naming the store.
    r = cli({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--store"), m_office, QStringLiteral("--name"),
                  QStringLiteral("X"), QStringLiteral("--agency"), QStringLiteral("Y"), QStringLiteral("--kdf"), QStringLiteral("interactive")},
                 {{QStringLiteral("PHENOMAP_PASSPHRASE"), m_officePass}});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("office-keys")) && r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    // No passphrase at all: refused.
    r = cli({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--store"), m_empty, QStringLiteral("--name"),
                  QStringLiteral("X"), QStringLiteral("--agency"), QStringLiteral("Y")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("PHENOMAP_PASSPHRASE")));
    QVERIFY(!QFile::exists(m_empty + QStringLiteral("/office.key")));
    // The partner's passphrase comes on standard input.
    r = cli({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--store"), m_partner, QStringLiteral("--name"),
                  QStringLiteral("PZ Nord"), QStringLiteral("--agency"), QStringLiteral("Police zone Nord"), QStringLiteral("--kdf"),
                  QStringLiteral("interactive")},
                 {}, m_partnerPass.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Exchange public keys: the office trusts the partner; the partner imports without trust.
    r = cli({QStringLiteral("keys"), QStringLiteral("export-public"), QStringLiteral("--store"), m_partner});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    writeAll(path(QStringLiteral("partner.bundle")), r.out.toUtf8());
    r = cli({QStringLiteral("keys"), QStringLiteral("export-public"), QStringLiteral("--store"), m_office});
    writeAll(path(QStringLiteral("office.bundle")), r.out.toUtf8());
    r = cli({QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--store"), m_office, path(QStringLiteral("partner.bundle")),
                  QStringLiteral("--trust")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("PZ Nord")) && r.out.contains(QStringLiteral(", trusted")), qPrintable(r.out));
    r = cli({QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--store"), m_partner, path(QStringLiteral("office.bundle"))});
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("not trusted")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--store"), m_partner, path(QStringLiteral("demo.gpkg"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("demo.gpkg")), qPrintable(r.err));

    r = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--store"), m_office});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Analysis cell")) && r.out.contains(QStringLiteral("PZ Nord")) &&
                 r.out.contains(QStringLiteral("Partners: 1")),
             qPrintable(r.out));
    r = cli({QStringLiteral("keys"), QStringLiteral("export-public"), QStringLiteral("--store"), m_office, QStringLiteral("--minisign")});
    QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("untrusted comment:")), qPrintable(r.out + r.err));
    writeAll(m_officePub, r.out.toUtf8());
}

void TestKeysCommand::signsPackagesAndPdfByDefault()
{
    // The key store from the environment has an office key: signing needs no option.
    const QString package = path(QStringLiteral("signed.gpkg"));
    Run r = cli(packageArgs(package), asOffice());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Signed with the office key")), qPrintable(r.out));
    QVERIFY(QFile::exists(package + QStringLiteral(".minisig")));
    const QString pdf = path(QStringLiteral("briefing.pdf"));
    r = cli({QStringLiteral("export"), m_project, QStringLiteral("--pdf"), pdf, QStringLiteral("--sign"), QStringLiteral("--store"),
                  m_office},
                 {{QStringLiteral("PHENOMAP_PASSPHRASE"), m_officePass}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(pdf + QStringLiteral(".minisig")));

    for (const QString &file : {package, pdf}) {
        r = cli({QStringLiteral("verify"), file, QStringLiteral("--store"), m_office});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("signed by Analysis cell (Brussels Prevention), trusted key")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("TLP:AMBER")), qPrintable(r.out));
        if (!QFile::exists(kMinisign))
            QSKIP("minisign is not installed (packaging/install-deps.sh installs it)");
        QProcess m;
        m.start(kMinisign, {QStringLiteral("-Vm"), file, QStringLiteral("-p"), m_officePub});
        QVERIFY(m.waitForFinished(60000));
        const QString said = QString::fromUtf8(m.readAllStandardOutput() + m.readAllStandardError());
        QVERIFY2(m.exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("phenomap tlp:AMBER export:")) &&
                     said.contains(QStringLiteral("file:") + QFileInfo(file).fileName()),
                 qPrintable(said));
    }
}

void TestKeysCommand::verifyExitCodes()
{
    const QString package = path(QStringLiteral("signed.gpkg"));
    QVERIFY(QFile::exists(package + QStringLiteral(".minisig")));
    // The partner imported the office's key without trusting it.
    Run r = cli({QStringLiteral("verify"), package, QStringLiteral("--store"), m_partner});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("not trusted")), qPrintable(r.out));
    // A store that does not know the key.
    r = cli({QStringLiteral("verify"), package, QStringLiteral("--store"), m_empty, QStringLiteral("--json")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.out.contains(QStringLiteral("\"unknown-key\"")), qPrintable(r.out));
    // One byte changed.
    const QString changed = path(QStringLiteral("changed.gpkg"));
    QByteArray bytes = readAll(package);
    bytes[100] = char(bytes[100] ^ 0x20);
    writeAll(changed, bytes);
    QVERIFY(QFile::copy(package + QStringLiteral(".minisig"), changed + QStringLiteral(".minisig")));
    r = cli({QStringLiteral("verify"), changed, QStringLiteral("--store"), m_office});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.out.contains(QStringLiteral("signature does not match: the file was changed")) &&
                 r.out.contains(QStringLiteral("changed.gpkg")),
             qPrintable(r.out));
    // No signature at all, and no file at all.
    r = cli({QStringLiteral("verify"), m_project, QStringLiteral("--store"), m_office});
    QCOMPARE(r.code, 6);
    QVERIFY2(r.out.contains(QStringLiteral("not signed")), qPrintable(r.out));
    r = cli({QStringLiteral("verify"), path(QStringLiteral("nothing.gpkg")), QStringLiteral("--store"), m_office});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("nothing.gpkg")));
}

void TestKeysCommand::unsignedExportsWarn()
{
    // No office key in the store: the export is written, with a warning that it is unsigned.
    const QString plain = path(QStringLiteral("unsigned.gpkg"));
    Run r = cli(packageArgs(plain), {{QStringLiteral("PHENOMAP_KEYSTORE"), m_empty}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Warning:")) && r.err.contains(QStringLiteral("not signed")) &&
                 r.err.contains(QStringLiteral("empty-keys")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(plain + QStringLiteral(".minisig")));
    // --sign without a key fails before writing anything.
    const QString refused = path(QStringLiteral("refused.gpkg"));
    r = cli(packageArgs(refused) + QStringList{QStringLiteral("--sign")}, {{QStringLiteral("PHENOMAP_KEYSTORE"), m_empty}});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFile::exists(refused));
    // A wrong passphrase fails before writing anything.
    r = cli(packageArgs(refused), {{QStringLiteral("PHENOMAP_KEYSTORE"), m_office}, {QStringLiteral("PHENOMAP_PASSPHRASE"), QStringLiteral("wrong")}});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be unlocked")), qPrintable(r.err));
    QVERIFY(!QFile::exists(refused));
    // --no-sign with a key: unsigned on purpose, and said so.
    r = cli(packageArgs(plain) + QStringList{QStringLiteral("--no-sign")}, asOffice());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--no-sign")), qPrintable(r.err));
    QVERIFY(!QFile::exists(plain + QStringLiteral(".minisig")));
    r = cli(packageArgs(plain) + QStringList{QStringLiteral("--no-sign"), QStringLiteral("--sign")}, asOffice());
    QCOMPARE(r.code, 2);
}

void TestKeysCommand::encryptedToPartner()
{
    const QString out = path(QStringLiteral("for-nord.gpkg"));
    Run r = cli(packageArgs(out) + QStringList{QStringLiteral("--encrypt-to"), QStringLiteral("pz nord")}, asOffice());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString encrypted = out + QStringLiteral(".age");
    QVERIFY(QFile::exists(encrypted));
    QVERIFY(!QFile::exists(out));
    QVERIFY(QFile::exists(encrypted + QStringLiteral(".minisig")));
    QVERIFY2(r.out.contains(QStringLiteral("Encrypted to 1 key(s)")), qPrintable(r.out));
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);

    // The partner opens it in memory with their key store; the office's signature is valid
    // but not trusted by them.
    r = cli({QStringLiteral("open-package"), encrypted, QStringLiteral("--store"), m_partner},
                 {{QStringLiteral("PHENOMAP_PASSPHRASE"), m_partnerPass}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("opened in memory")) && r.out.contains(QStringLiteral("Manifest:   intact")) &&
                 r.out.contains(QStringLiteral("TLP:AMBER")) && r.out.contains(QStringLiteral("not trusted")),
             qPrintable(r.out));
    // `info` on an encrypted package does the same.
    r = cli({QStringLiteral("info"), encrypted, QStringLiteral("--json")},
                 {{QStringLiteral("PHENOMAP_KEYSTORE"), m_partner}, {QStringLiteral("PHENOMAP_PASSPHRASE"), m_partnerPass}});
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("\"intact\": true")), qPrintable(r.out + r.err));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before); // nothing decrypted to disk

    // The office is not among the recipients; a wrong passphrase for the partner's key fails.
    r = cli({QStringLiteral("open-package"), encrypted, QStringLiteral("--store"), m_office},
                 {{QStringLiteral("PHENOMAP_PASSPHRASE"), m_officePass}});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("for-nord.gpkg.age")) && r.err.contains(QStringLiteral("not encrypted to any of our keys")),
             qPrintable(r.err));
    r = cli({QStringLiteral("open-package"), encrypted, QStringLiteral("--store"), m_partner},
                 {{QStringLiteral("PHENOMAP_PASSPHRASE"), QStringLiteral("wrong")}});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("for-nord.gpkg.age")), qPrintable(r.err));
    // An unknown partner name is refused before anything is written.
    const QString nobody = path(QStringLiteral("nobody.gpkg"));
    r = cli(packageArgs(nobody) + QStringList{QStringLiteral("--encrypt-to"), QStringLiteral("Nobody")}, asOffice());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Nobody")), qPrintable(r.err));
    QVERIFY(!QFile::exists(nobody + QStringLiteral(".age")));
}

void TestKeysCommand::encryptedToPassphrase()
{
    const QString out = path(QStringLiteral("shared.gpkg"));
    const QHash<QString, QString> env{{QStringLiteral("PHENOMAP_KEYSTORE"), m_empty},
                                      {QStringLiteral("PHENOMAP_EXPORT_PASSPHRASE"), QStringLiteral("meeting room words")}};
    Run r = cli(packageArgs(out) + QStringList{QStringLiteral("--encrypt-passphrase")}, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(out + QStringLiteral(".age")));
    QVERIFY(!QFile::exists(out));
    r = cli({QStringLiteral("open-package"), out + QStringLiteral(".age")}, env);
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("intact")), qPrintable(r.out + r.err));
    r = cli({QStringLiteral("open-package"), out + QStringLiteral(".age")},
                 {{QStringLiteral("PHENOMAP_KEYSTORE"), m_empty}, {QStringLiteral("PHENOMAP_EXPORT_PASSPHRASE"), QStringLiteral("other")}});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("shared.gpkg.age")) && r.err.contains(QStringLiteral("Wrong passphrase")), qPrintable(r.err));
    // Without the variable: a usage error, nothing written.
    const QString none = path(QStringLiteral("none.gpkg"));
    r = cli(packageArgs(none) + QStringList{QStringLiteral("--encrypt-passphrase")}, {{QStringLiteral("PHENOMAP_KEYSTORE"), m_empty}});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(none + QStringLiteral(".age")));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("PHENOMAP_KEYS_CHILD")) {
        QApplication app(argc, argv);
        return runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    TestKeysCommand test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyscommand.moc"
