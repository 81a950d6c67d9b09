// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Briefing signs the PDF with the office key, as `phenomap export --pdf` does:
// the signature verifies with Phenomap's verifier and Debian's minisign, carries the briefing's
// marking, and a wrong passphrase, a cancel or a missing office key leave no signature behind
// (not even an older file's).
#include "../trust/fastkeys.h"
#include "../trust/clirunner.h"

#include "demogenerator.h"
#include "exportsignature.h"
#include "exportverifier.h"
#include "keyscontroller.h"
#include "keystore.h"
#include "keystorelocation.h"
#include "mainwindow.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;
using test::CliRunner;

class TestSignExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    void useStore(const QString &dir) { qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(dir)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("keys"));
        const KeyStore::Protection fast = test::fastProtection();
        KeyStore(m_store).createOfficeKey(QStringLiteral("Briefing office"), QStringLiteral("BPS"), "sign pass", fast);
    }

    void controllerSignsWithTheOfficeKey()
    {
        useStore(m_store);
        const QString file = m_dir.filePath(QStringLiteral("note.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 not really a briefing\n");
        }
        KeysController keys(nullptr);
        QString asked;
        auto outcome = keys.signExport(file, Tlp::AmberStrict, [&](const QString &prompt) {
            asked = prompt;
            return std::optional<QByteArray>("sign pass");
        });
        QCOMPARE(outcome.kind, KeysController::SignOutcome::Kind::Signed);
        QVERIFY(asked.contains(QLatin1String("note.pdf")));
        const ExportVerification v = ExportVerifier::verify(KeyStore(m_store), file);
        QCOMPARE(v.status, ExportVerification::Status::Trusted);
        QVERIFY(v.facts);
        QCOMPARE(v.facts->tlp, Tlp::AmberStrict);
        const QString pub = m_dir.filePath(QStringLiteral("office.pub"));
        {
            QFile f(pub);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(KeyStore(m_store).exportMinisignPublicKey());
        }
        const auto run = CliRunner::run(QStringLiteral("/usr/bin/minisign"), {QStringLiteral("-V"), QStringLiteral("-p"), pub,
                                                                              QStringLiteral("-m"), file});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // Wrong passphrase and cancel: no signature beside the file, not even the old one.
        outcome = keys.signExport(file, Tlp::Amber, [](const QString &) { return std::optional<QByteArray>("wrong"); });
        QCOMPARE(outcome.kind, KeysController::SignOutcome::Kind::Failed);
        QVERIFY(outcome.message.contains(QLatin1String("note.pdf")));
        QVERIFY(!QFile::exists(ExportSigner::signaturePath(file)));
        QVERIFY(keys.signExport(file, Tlp::Amber, [](const QString &) { return std::optional<QByteArray>("sign pass"); }).kind
                == KeysController::SignOutcome::Kind::Signed);
        outcome = keys.signExport(file, Tlp::Amber, [](const QString &) { return std::optional<QByteArray>(); });
        QCOMPARE(outcome.kind, KeysController::SignOutcome::Kind::Canceled);
        QVERIFY(!QFile::exists(ExportSigner::signaturePath(file)));

        useStore(m_dir.filePath(QStringLiteral("empty-store")));
        bool prompted = false;
        outcome = keys.signExport(file, Tlp::Amber, [&](const QString &) {
            prompted = true;
            return std::optional<QByteArray>("x");
        });
        QCOMPARE(outcome.kind, KeysController::SignOutcome::Kind::NoOfficeKey);
        QVERIFY(!prompted);
    }

    void exportBriefingFromTheWindowIsSigned()
    {
        useStore(m_store);
        const QString projectPath = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(projectPath, {.incidents = 500, .seed = 4, .title = QStringLiteral("Signed briefing")});
        {
            auto project = Project::open(projectPath);
            SituationPicture picture;
            picture.title = QStringLiteral("Green picture");
            picture.tlp = Tlp::Green;
            PictureStore(*project).add(picture);
        }
        MainWindow window;
        window.setPassphrasePrompt([](const QString &) { return std::optional<QByteArray>("sign pass"); });
        QVERIFY(window.controller()->openProject(projectPath));
        const QString pdf = m_dir.filePath(QStringLiteral("briefing.pdf"));
        window.exportBriefingTo(pdf);
        QVERIFY(QFile::exists(pdf));
        const ExportVerification v = ExportVerifier::verify(KeyStore(m_store), pdf);
        QCOMPARE(v.status, ExportVerification::Status::Trusted);
        QCOMPARE(v.facts->tlp, Tlp::Green); // the briefing's marking: its only picture's
    }
};

QTEST_MAIN(TestSignExport)
#include "tst_signexport.moc"
