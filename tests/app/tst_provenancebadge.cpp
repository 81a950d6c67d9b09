// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a partner package in the window verifies it: the status-bar badge names the signer
// in green for a trusted signature, turns red for a package changed after export, and stays
// hidden for an ordinary project. The package is opened read-only, so its bytes (and thus its
// signature) survive being looked at.
#include "demogenerator.h"
#include "exportsignature.h"
#include "keystore.h"
#include "keystorelocation.h"
#include "mainwindow.h"
#include "packageexporter.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"
#include "provenancelabel.h"
#include "sqlite.h"

#include <QCryptographicHash>
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
    QString m_project, m_package;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString store = m_dir.filePath(QStringLiteral("keys"));
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(store));
        KeyStore::Protection fast;
        fast.minisign = MinisignSecretKey::KdfLimits::interactive();
        fast.ageLogN = 10;
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
