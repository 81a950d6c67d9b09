// SPDX-License-Identifier: GPL-3.0-or-later
// What the window says about an opened file: real packages exported from a real project,
// signed with a real office key, checked against key stores that trust it, do not know it, or
// hold it untrusted; a package changed after export is reported as modified.
#include "../trust/fastkeys.h"
#include "demogenerator.h"
#include "exportsignature.h"
#include "keystore.h"
#include "packageexporter.h"
#include "picturestore.h"
#include "project.h"
#include "provenance.h"
#include "sqlite.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

using test::fastProtection;

Provenance check(const QString &path, const KeyStore &keys)
{
    auto project = Project::open(path, Project::OpenMode::ReadOnly);
    return checkProvenance(*project, path, keys);
}

} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source, m_signed, m_unsigned;
    std::unique_ptr<KeyStore> m_office;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path(QStringLiteral("source.gpkg"));
        generateDemo(m_source, {.incidents = 600, .seed = 11, .title = QStringLiteral("Provenance source")});
        auto project = Project::open(m_source);
        SituationPicture picture;
        picture.title = QStringLiteral("All");
        picture.tlp = Tlp::Amber;
        PictureStore(*project).add(picture);

        m_office = std::make_unique<KeyStore>(path(QStringLiteral("office")));
        m_office->createOfficeKey(QStringLiteral("Analysis cell"), QStringLiteral("BPS"), "office pass", fastProtection());
        const MinisignSecretKey key = m_office->unlockSigningKey("office pass");

        PackageRequest request;
        request.tier = PackageTier::Aggregated;
        request.tlp = Tlp::Amber;
        request.recipient = QStringLiteral("PZ Nord");
        request.outputPath = m_signed = path(QStringLiteral("signed.gpkg"));
        request.signingKey = &key;
        const PackageResult signedResult = exportPackage(*project, request);
        QCOMPARE(signedResult.signaturePath, ExportSigner::signaturePath(m_signed));
        request.outputPath = m_unsigned = path(QStringLiteral("unsigned.gpkg"));
        request.signingKey = nullptr;
        exportPackage(*project, request);
        QVERIFY(!QFile::exists(ExportSigner::signaturePath(m_unsigned)));
    }

    void anOrdinaryProjectHasNothingToReport()
    {
        const Provenance p = check(m_source, *m_office);
        QCOMPARE(p.level, Provenance::Level::None);
        QVERIFY(!p.package.isPackage);
        QVERIFY(p.text.isEmpty());
    }

    void aSignedIntactPackageFromThisOfficeIsVerified()
    {
        const Provenance p = check(m_signed, *m_office);
        QCOMPARE(p.level, Provenance::Level::Good);
        QVERIFY(p.package.isPackage && p.package.intact);
        QCOMPARE(p.package.tlp, QStringLiteral("TLP:AMBER"));
        QCOMPARE(p.signature.status, ExportVerification::Status::Trusted);
        QVERIFY2(p.text.contains(QLatin1String("Analysis cell")), qPrintable(p.text));
        QVERIFY2(p.details.contains(QLatin1String("TLP:AMBER")), qPrintable(p.details));
        QVERIFY(p.details.contains(p.package.exportId));
    }

    void aKeyTheReaderDoesNotKnowCannotVouch()
    {
        KeyStore stranger(path(QStringLiteral("stranger")));
        stranger.createOfficeKey(QStringLiteral("Other"), QStringLiteral("Elsewhere"), "x pass", fastProtection());
        const Provenance p = check(m_signed, stranger);
        QCOMPARE(p.signature.status, ExportVerification::Status::UnknownKey);
        QCOMPARE(p.level, Provenance::Level::Warning);
        QVERIFY(p.package.intact);
    }

    void aKnownButUntrustedPartnerIsAWarning()
    {
        KeyStore partner(path(QStringLiteral("partner")));
        partner.createOfficeKey(QStringLiteral("PZ Nord intel"), QStringLiteral("PZ Nord"), "p pass", fastProtection());
        const PartnerKey imported = partner.importPartnerBundle(m_office->exportPublicKeys(), false);
        QVERIFY(!imported.trusted);
        QCOMPARE(check(m_signed, partner).level, Provenance::Level::Warning);
        QCOMPARE(check(m_signed, partner).signature.status, ExportVerification::Status::Untrusted);
        partner.setPartnerTrusted(imported.signingKey.keyId(), true);
        QCOMPARE(check(m_signed, partner).level, Provenance::Level::Good);
    }

    void anUnsignedPackageIsAWarning()
    {
        const Provenance p = check(m_unsigned, *m_office);
        QCOMPARE(p.level, Provenance::Level::Warning);
        QCOMPARE(p.signature.status, ExportVerification::Status::Unsigned);
        QVERIFY(p.package.intact);
    }

    void aPackageChangedAfterExportIsModified()
    {
        const QString copy = path(QStringLiteral("changed.gpkg"));
        QVERIFY(QFile::copy(m_unsigned, copy));
        {
            Database db(copy, Database::Mode::ReadWrite);
            db.exec("UPDATE phenomap_project SET value = 'Tampered' WHERE key = 'title'");
            QCOMPARE(db.changes(), 1);
        }
        const Provenance p = check(copy, *m_office);
        QCOMPARE(p.level, Provenance::Level::Bad);
        QVERIFY(!p.package.intact);
        QVERIFY2(p.text.contains(QLatin1String("Modified")) && p.text.contains(QLatin1String("phenomap_project")), qPrintable(p.text));
        QCOMPARE(p.package.modifiedTables, QStringList{QStringLiteral("phenomap_project")});
    }

    void aSignatureMovedBesideAnotherFileDoesNotMatch()
    {
        const QString copy = path(QStringLiteral("impostor.gpkg"));
        QVERIFY(QFile::copy(m_unsigned, copy));
        QVERIFY(QFile::copy(ExportSigner::signaturePath(m_signed), ExportSigner::signaturePath(copy)));
        const Provenance p = check(copy, *m_office);
        QCOMPARE(p.signature.status, ExportVerification::Status::Invalid);
        QCOMPARE(p.level, Provenance::Level::Bad);
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
