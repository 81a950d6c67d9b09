// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a partner package in the window verifies it: the status-bar badge names the signer
// in green for a trusted signature, turns red for a package changed after export, and stays
// hidden for an ordinary project. The package is opened read-only, so its bytes (and thus its
// signature) survive being looked at.
#include "../trust/fastkeys.h"
#include "demogenerator.h"
#include "exportsignature.h"
#include "filterpanel.h"
#include "incidenttableview.h"
#include "keystore.h"
#include "keystorelocation.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "packageexporter.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"
#include "provenancelabel.h"
#include "sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestProvenanceBadge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project, m_package, m_encrypted, m_passphraseEncrypted;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString store = m_dir.filePath(QStringLiteral("keys"));
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(store));
        const KeyStore::Protection fast = test::fastProtection();
        KeyStore keys(store);
        keys.createOfficeKey(QStringLiteral("Badge office"), QStringLiteral("BPS"), "badge pass", fast);
        const MinisignSecretKey key = keys.unlockSigningKey("badge pass");

        m_project = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(m_project, {.incidents = 400, .seed = 3, .title = QStringLiteral("Badge source")});
        auto project = Project::open(m_project);
        SituationPicture picture;
        picture.title = QStringLiteral("All");
        picture.tlp = Tlp::Green;
        PictureStore(*project).add(picture);
        PackageRequest request;
        request.outputPath = m_package = m_dir.filePath(QStringLiteral("package.gpkg"));
        request.tier = PackageTier::Exact;
        request.tlp = Tlp::Green;
        request.recipient = QStringLiteral("PZ Midi");
        request.signingKey = &key;
        exportPackage(*project, request);

        // The same package encrypted to this office's own key, and one to a passphrase.
        QDir().mkpath(m_dir.filePath(QStringLiteral("sealed")));
        request.outputPath = m_dir.filePath(QStringLiteral("sealed/to-office.gpkg"));
        request.encryption.recipients = {keys.officePublicKeys().encryptionKey};
        request.encryption.passphraseLogN = 10;
        m_encrypted = exportPackage(*project, request).path;
        request.outputPath = m_dir.filePath(QStringLiteral("sealed/to-passphrase.gpkg"));
        request.encryption.recipients.clear();
        request.encryption.passphrase = "shared secret words";
        m_passphraseEncrypted = exportPackage(*project, request).path;
        QVERIFY(m_encrypted.endsWith(QLatin1String(".gpkg.age")));
    }

    void aTrustedPackageShowsAGreenBadgeNamingTheSigner()
    {
        const QByteArray before = digest(m_package);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy checked(window.controller(), &ProjectController::provenanceChecked);
        QVERIFY(window.controller()->openProject(m_package));
        QCOMPARE(checked.count(), 1);
        ProvenanceLabel *badge = window.provenanceLabel();
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->level(), Provenance::Level::Good);
        QVERIFY2(badge->text().contains(QLatin1String("Badge office")), qPrintable(badge->text()));
        QVERIFY(badge->toolTip().contains(QLatin1String("TLP:GREEN")));
        const QImage image = badge->grab().toImage();
        QCOMPARE(image.pixelColor(1, 1), ProvenanceLabel::colour(Provenance::Level::Good));
        QVERIFY(window.controller()->project()->isReadOnly());
        QCOMPARE(digest(m_package), before); // looking at a package does not change it

        QVERIFY(window.controller()->openProject(m_project)); // an ordinary project
        QVERIFY(!badge->isVisible());
        QCOMPARE(badge->level(), Provenance::Level::None);
        QVERIFY(!window.controller()->project()->isReadOnly());
    }

    void anEncryptedPackageOpensInMemoryAfterThePassphrase()
    {
        // A bare controller: the window would show errors in modal message boxes.
        MapCanvas canvas;
        FilterPanel filters;
        IncidentTableView table;
        ProjectController owner(&canvas, &filters, &table);
        ProjectController *controller = &owner;
        QStringList prompts;
        QByteArray answer = "wrong passphrase";
        bool cancel = false;
        controller->setPassphrasePrompt([&](const QString &prompt) -> std::optional<QByteArray> {
            prompts << prompt;
            return cancel ? std::nullopt : std::optional<QByteArray>(answer);
        });
        QSignalSpy errors(controller, &ProjectController::errorOccurred);
        QVERIFY(controller->openProject(m_project));

        // Wrong office passphrase: a message naming the file; the open project stays.
        QVERIFY(!controller->openProject(m_encrypted));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().at(1).toString().contains(QLatin1String("to-office.gpkg.age")));
        QCOMPARE(controller->project()->path(), m_project);
        // Canceled: no error, nothing changes.
        cancel = true;
        QVERIFY(!controller->openProject(m_encrypted));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(controller->project()->path(), m_project);

        cancel = false;
        answer = "badge pass";
        QVERIFY(controller->openProject(m_encrypted));
        QVERIFY2(prompts.last().contains(QLatin1String("office key")), qPrintable(prompts.last()));
        QVERIFY(controller->project()->isReadOnly());
        QVERIFY(controller->engine().columns().size() > 0);
        QCOMPARE(controller->provenance().level, Provenance::Level::Good);
        answer = "shared secret words";
        QVERIFY(controller->openProject(m_passphraseEncrypted));
        QVERIFY(prompts.last().contains(QLatin1String("passphrase")));
        // Nothing in plain beside the encrypted files.
        const QStringList files = QDir(m_dir.filePath(QStringLiteral("sealed")))
                                      .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("to-office.gpkg.age"), QStringLiteral("to-office.gpkg.age.minisig"),
                                     QStringLiteral("to-passphrase.gpkg.age"),
                                     QStringLiteral("to-passphrase.gpkg.age.minisig")}));
    }

    void aPackageChangedAfterExportShowsARedBadge()
    {
        const QString changed = m_dir.filePath(QStringLiteral("changed.gpkg"));
        QVERIFY(QFile::copy(m_package, changed));
        QVERIFY(QFile::copy(ExportSigner::signaturePath(m_package), ExportSigner::signaturePath(changed)));
        {
            Database db(changed, Database::Mode::ReadWrite);
            db.exec("UPDATE phenomap_project SET value = 'Tampered' WHERE key = 'title'");
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.controller()->openProject(changed));
        ProvenanceLabel *badge = window.provenanceLabel();
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->level(), Provenance::Level::Bad);
        QVERIFY2(badge->text().contains(QLatin1String("Modified")), qPrintable(badge->text()));
        QCOMPARE(badge->grab().toImage().pixelColor(1, 1), ProvenanceLabel::colour(Provenance::Level::Bad));
    }
};

QTEST_MAIN(TestProvenanceBadge)
#include "tst_provenancebadge.moc"
