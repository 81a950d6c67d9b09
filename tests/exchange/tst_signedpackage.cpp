// SPDX-License-Identifier: GPL-3.0-or-later
// Signed and encrypted partner packages on real files: minisign signatures beside the package
// (checked by Debian's `minisign -V` too), the verifier's verdicts, age encryption that the
// `age` tool decrypts, packages `age` encrypted opened in memory, and no plaintext left on disk.
#include "../trust/fastkeys.h"
#include "../trust/clirunner.h"

#include "agedecryptor.h"
#include "ageencryptor.h"
#include "demogenerator.h"
#include "encryptedpackage.h"
#include "exportsignature.h"
#include "exportverifier.h"
#include "keystore.h"
#include "packageexporter.h"
#include "packagemanifest.h"
#include "picturestore.h"
#include "project.h"
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;
using test::CliRunner;

namespace {

const QString kMinisign = QStringLiteral("/usr/bin/minisign");
const QString kAge = QStringLiteral("/usr/bin/age");
constexpr int kFastLogN = 10;

using test::fastProtection;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestSignedPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_tmp; // this process's TMPDIR (Qt and SQLite temp files), to see what lands there
    std::unique_ptr<Project> m_project;
    QString m_picture;
    std::unique_ptr<KeyStore> m_office, m_partner;
    MinisignSecretKey m_officeKey;

    PackageRequest request(const QString &folder, const QString &file)
    {
        QDir().mkpath(m_dir.filePath(folder));
        PackageRequest r;
        r.outputPath = m_dir.filePath(folder + QLatin1Char('/') + file);
        r.pictureUuids = {m_picture};
        r.tier = PackageTier::Exact;
        r.tlp = Tlp::Amber;
        r.recipient = QStringLiteral("PZ Nord");
        return r;
    }

    /// The partner's age identity as an age-keygen file for `age -d -i`.
    QString partnerIdentityFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("partner-identity.txt"));
        if (!QFile::exists(path))
            writeAll(path, m_partner->unlockDecryptionKey("partner pass").toFileContent());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        QCOMPARE(QDir::tempPath(), QDir(m_tmp.path()).canonicalPath());
        const QString source = m_dir.filePath(QStringLiteral("source.gpkg"));
        generateDemo(source, {.incidents = 800, .seed = 5, .title = QStringLiteral("Synthetic source")});
        m_project = Project::open(source);
        SituationPicture p;
        p.title = QStringLiteral("Everything");
        p.tlp = Tlp::Amber;
        m_picture = PictureStore(*m_project).add(p).uuid;
        m_office = std::make_unique<KeyStore>(m_dir.filePath(QStringLiteral("office-keys")));
        m_office->createOfficeKey(QStringLiteral("Analysis cell"), QStringLiteral("Brussels Prevention & Security"),
                                  "office pass", fastProtection());
        m_partner = std::make_unique<KeyStore>(m_dir.filePath(QStringLiteral("partner-keys")));
        m_partner->createOfficeKey(QStringLiteral("PZ Nord intel"), QStringLiteral("Police zone Nord"), "partner pass",
                                   fastProtection());
        m_officeKey = m_office->unlockSigningKey("office pass");
    }

    void trustedCommentRoundTrip()
    {
        ExportFacts facts;
        facts.tlp = Tlp::AmberStrict;
        facts.exportId = QStringLiteral("0b5e7c1e-5b1d-4f5e-9c55-0a5bd1f0a001");
        const QString hex(64, QLatin1Char('a'));
        facts.sha256 = hex;
        facts.fileName = QStringLiteral("2024-06-12 SP TLP-AMBER T1.gpkg.age");
        const QString comment = facts.toTrustedComment();
        QCOMPARE(comment, QStringLiteral("phenomap tlp:AMBER+STRICT export:0b5e7c1e-5b1d-4f5e-9c55-0a5bd1f0a001 sha256:")
                              + hex + QStringLiteral(" file:2024-06-12 SP TLP-AMBER T1.gpkg.age"));
        const auto back = ExportFacts::fromTrustedComment(comment);
        QVERIFY(back);
        QCOMPARE(back->tlp, facts.tlp);
        QCOMPARE(back->exportId, facts.exportId);
        QCOMPARE(back->sha256, facts.sha256);
        QCOMPARE(back->fileName, facts.fileName);
        const QStringList bads{QStringLiteral("timestamp:1700000000\tfile:x.gpkg"), QStringLiteral("phenomap tlp:PURPLE export:x sha256:")
                                                                          + hex + QStringLiteral(" file:f"),
              QStringLiteral("phenomap tlp:AMBER export:x sha256:abc file:f"),
              QStringLiteral("phenomap tlp:AMBER export:x sha256:") + hex + QStringLiteral(" file:"),
              QStringLiteral("phenomap export:x tlp:AMBER sha256:") + hex + QStringLiteral(" file:f")};
        for (const QString &bad : bads)
            QVERIFY2(!ExportFacts::fromTrustedComment(bad), qPrintable(bad));
    }

    void signedPackageVerifies()
    {
        PackageRequest r = request(QStringLiteral("signed"), QStringLiteral("partner.gpkg"));
        r.signingKey = &m_officeKey;
        const PackageResult result = exportPackage(*m_project, r);
        QCOMPARE(result.signaturePath, r.outputPath + QStringLiteral(".minisig"));
        QVERIFY(QFile::exists(result.signaturePath));
        QCOMPARE(listing(m_dir.filePath(QStringLiteral("signed"))),
                 (QStringList{QStringLiteral("partner.gpkg"), QStringLiteral("partner.gpkg.minisig")}));

        const ExportVerification v = ExportVerifier::verify(*m_office, r.outputPath);
        QCOMPARE(v.status, ExportVerification::Status::Trusted);
        QVERIFY(v.valid && v.trusted && v.ownKey);
        QCOMPARE(v.signerName, QStringLiteral("Analysis cell"));
        QCOMPARE(v.keyIdHex, m_officeKey.publicKey().keyIdHex());
        QVERIFY(v.facts);
        QCOMPARE(v.facts->tlp, Tlp::Amber);
        QCOMPARE(v.facts->exportId, result.exportId);
        QCOMPARE(v.facts->sha256, result.sha256);
        QCOMPARE(v.facts->fileName, QStringLiteral("partner.gpkg"));
        QVERIFY(v.fileNameMatches);
        QVERIFY2(v.summary.contains(QStringLiteral("signed by Analysis cell (Brussels Prevention & Security), trusted key")),
                 qPrintable(v.summary));

        if (!CliRunner::available(kMinisign))
            QSKIP("minisign is not installed (packaging/install-deps.sh installs it)");
        const QString pub = m_dir.filePath(QStringLiteral("office.pub"));
        writeAll(pub, m_office->exportMinisignPublicKey());
        const auto mv = CliRunner::run(kMinisign, {QStringLiteral("-Vm"), r.outputPath, QStringLiteral("-p"), pub});
        QVERIFY2(mv.exitCode == 0, mv.err.constData());
        QVERIFY2(mv.out.contains(QByteArray(QByteArray("phenomap tlp:AMBER export:") + result.exportId.toLatin1())), mv.out.constData());
    }

    void changedByteIsCaught()
    {
        PackageRequest r = request(QStringLiteral("tampered"), QStringLiteral("partner.gpkg"));
        r.signingKey = &m_officeKey;
        exportPackage(*m_project, r);
        QByteArray bytes = readAll(r.outputPath);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        writeAll(r.outputPath, bytes);
        const ExportVerification v = ExportVerifier::verify(*m_office, r.outputPath);
        QCOMPARE(v.status, ExportVerification::Status::Invalid);
        QVERIFY(!v.valid && !v.trusted && !v.facts);
        QVERIFY2(v.summary.contains(QStringLiteral("signature does not match: the file was changed")), qPrintable(v.summary));
        QVERIFY(v.summary.contains(QStringLiteral("partner.gpkg")));
        if (!CliRunner::available(kMinisign))
            QSKIP("minisign is not installed");
        const QString pub = m_dir.filePath(QStringLiteral("office.pub"));
        writeAll(pub, m_office->exportMinisignPublicKey());
        QVERIFY(CliRunner::run(kMinisign, {QStringLiteral("-Vm"), r.outputPath, QStringLiteral("-p"), pub}).exitCode != 0);
    }

    void unknownUntrustedAndTrustedPartner()
    {
        PackageRequest r = request(QStringLiteral("partnerview"), QStringLiteral("from-office.gpkg"));
        r.signingKey = &m_officeKey;
        exportPackage(*m_project, r);
        // The partner has not imported the office's key yet.
        ExportVerification v = ExportVerifier::verify(*m_partner, r.outputPath);
        QCOMPARE(v.status, ExportVerification::Status::UnknownKey);
        QVERIFY(!v.valid && !v.trusted);
        QCOMPARE(v.keyIdHex, m_officeKey.publicKey().keyIdHex());
        QVERIFY2(v.summary.contains(QStringLiteral("signed by an unknown key ") + v.keyIdHex), qPrintable(v.summary));
        // Imported without trust: valid, but not trusted.
        m_partner->importPartnerBundle(m_office->exportPublicKeys(), false);
        v = ExportVerifier::verify(*m_partner, r.outputPath);
        QCOMPARE(v.status, ExportVerification::Status::Untrusted);
        QVERIFY(v.valid && !v.trusted && !v.ownKey);
        QVERIFY(v.facts);
        QVERIFY2(v.summary.contains(QStringLiteral("but the key is not trusted")), qPrintable(v.summary));
        m_partner->setPartnerTrusted(m_officeKey.keyId(), true);
        v = ExportVerifier::verify(*m_partner, r.outputPath);
        QCOMPARE(v.status, ExportVerification::Status::Trusted);
        QCOMPARE(v.signerAgency, QStringLiteral("Brussels Prevention & Security"));
        QVERIFY(!v.ownKey);
        m_partner->removePartner(m_officeKey.keyId());
    }

    void unsignedAndRenamed()
    {
        PackageRequest r = request(QStringLiteral("unsigned"), QStringLiteral("plain.gpkg"));
        r.signingKey = &m_officeKey;
        exportPackage(*m_project, r);
        QVERIFY(QFile::exists(r.outputPath + QStringLiteral(".minisig")));
        QVERIFY(QFile::copy(r.outputPath, r.outputPath + QStringLiteral(".renamed.gpkg")));
        QVERIFY(QFile::copy(r.outputPath + QStringLiteral(".minisig"), r.outputPath + QStringLiteral(".renamed.gpkg.minisig")));
        const ExportVerification renamed = ExportVerifier::verify(*m_office, r.outputPath + QStringLiteral(".renamed.gpkg"));
        QVERIFY(renamed.trusted);
        QVERIFY(!renamed.fileNameMatches);
        // Exporting again unsigned to the same name must not leave the old signature behind.
        r.signingKey = nullptr;
        const PackageResult result = exportPackage(*m_project, r);
        QVERIFY(result.signaturePath.isEmpty());
        QVERIFY(!QFile::exists(r.outputPath + QStringLiteral(".minisig")));
        const ExportVerification v = ExportVerifier::verify(*m_office, r.outputPath);
        QCOMPARE(v.status, ExportVerification::Status::Unsigned);
        QVERIFY2(v.summary.contains(QStringLiteral("not signed")) && v.summary.contains(QStringLiteral("plain.gpkg")),
                 qPrintable(v.summary));
    }

    void encryptedToPartnerDecryptsWithAge()
    {
        const QString folder = m_dir.filePath(QStringLiteral("encrypted"));
        PackageRequest r = request(QStringLiteral("encrypted"), QStringLiteral("partner.gpkg"));
        r.signingKey = &m_officeKey;
        r.encryption.recipients = {m_partner->officePublicKeys().encryptionKey,
                                   m_office->officePublicKeys().encryptionKey};
        const QStringList before = listing(folder);
        const PackageResult result = exportPackage(*m_project, r);
        QVERIFY(result.encrypted);
        QCOMPARE(result.path, r.outputPath + QStringLiteral(".age"));
        // Only the encrypted package and its signature were left: no plain file, no staging file.
        const QStringList expected =
            before + QStringList{QStringLiteral("partner.gpkg.age"), QStringLiteral("partner.gpkg.age.minisig")};
        QCOMPARE(listing(folder), expected);
        QVERIFY(EncryptedPackage::isEncrypted(result.path));
        QCOMPARE(result.sha256, sha256(readAll(result.path)));
        QVERIFY(result.plainSha256 != result.sha256);
        const ExportVerification v = ExportVerifier::verify(*m_office, result.path);
        QCOMPARE(v.status, ExportVerification::Status::Trusted);
        QCOMPARE(v.facts->fileName, QStringLiteral("partner.gpkg.age"));

        if (!CliRunner::available(kAge))
            QSKIP("age is not installed (packaging/install-deps.sh installs it)");
        const QString plain = m_dir.filePath(QStringLiteral("decrypted-by-age.gpkg"));
        const auto d = CliRunner::run(kAge, {QStringLiteral("-d"), QStringLiteral("-i"), partnerIdentityFile(),
                                             QStringLiteral("-o"), plain, result.path});
        QVERIFY2(d.exitCode == 0, d.err.constData());
        QCOMPARE(sha256(readAll(plain)), result.plainSha256);
        QVERIFY(verifyPackage(plain).intact);
        bool available = false;
        const QString problems = test::validateGpkg(plain, &available);
        if (available)
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void opensInMemoryWithoutWritingPlaintext()
    {
        PackageRequest r = request(QStringLiteral("memory"), QStringLiteral("p.gpkg"));
        r.encryption.recipients = {m_partner->officePublicKeys().encryptionKey};
        const PackageResult result = exportPackage(*m_project, r);
        const QStringList before = listing(m_dir.filePath(QStringLiteral("memory")));
        const QStringList tmpBefore = listing(m_tmp.path());
        AgeDecryptor decryptor;
        decryptor.addIdentity(m_partner->unlockDecryptionKey("partner pass"));
        {
            auto package = EncryptedPackage::open(result.path, decryptor);
            QVERIFY(package->isReadOnly());
            QCOMPARE(package->path(), QStringLiteral("p.gpkg.age"));
            QCOMPARE(package->setting(QStringLiteral("export_id")), result.exportId);
            QCOMPARE(PictureStore(*package).list().size(), 1);
            const PackageVerification check = PackageManifest::verify(*package, QStringLiteral("p.gpkg.age"));
            QVERIFY2(check.intact, qPrintable(check.message));
            QCOMPARE(check.tlp, QStringLiteral("TLP:AMBER"));
            QCOMPARE(listing(m_dir.filePath(QStringLiteral("memory"))), before);
            QCOMPARE(listing(m_tmp.path()), tmpBefore);
            // Read-only: the in-memory image refuses writes.
            QVERIFY_THROWS_EXCEPTION(SqliteError, package->setSetting(QStringLiteral("x"), QStringLiteral("y")));
        }
        QCOMPARE(listing(m_dir.filePath(QStringLiteral("memory"))), before);
    }

    void opensWhatAgeEncrypted()
    {
        if (!CliRunner::available(kAge))
            QSKIP("age is not installed (packaging/install-deps.sh installs it)");
        PackageRequest r = request(QStringLiteral("byage"), QStringLiteral("plain.gpkg"));
        const PackageResult result = exportPackage(*m_project, r);
        const QString encrypted = m_dir.filePath(QStringLiteral("byage/by-age.gpkg.age"));
        const QString recipient = m_partner->officePublicKeys().encryptionKey.toString();
        const auto e = CliRunner::run(kAge, {QStringLiteral("-r"), recipient, QStringLiteral("-o"), encrypted, result.path});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        AgeDecryptor decryptor;
        decryptor.addIdentity(m_partner->unlockDecryptionKey("partner pass"));
        auto package = EncryptedPackage::open(encrypted, decryptor);
        QCOMPARE(package->setting(QStringLiteral("export_id")), result.exportId);
        QVERIFY(PackageManifest::verify(*package, encrypted).intact);

        // age -p reads the passphrase from a terminal only: run it under `script`.
        const QString byPassphrase = m_dir.filePath(QStringLiteral("byage/pass.gpkg.age"));
        const auto p = CliRunner::runInTerminal(QStringLiteral("age -p -o pass.gpkg.age plain.gpkg"), "passphrase",
                                                "shared secret words", 2, m_dir.filePath(QStringLiteral("byage")));
        QVERIFY2(p.exitCode == 0, p.out.constData());
        AgeDecryptor withPassphrase;
        withPassphrase.setPassphrase("shared secret words");
        auto fromPassphrase = EncryptedPackage::open(byPassphrase, withPassphrase);
        QVERIFY(PackageManifest::verify(*fromPassphrase, byPassphrase).intact);
    }

    void passphraseRoundTripAndWrongSecrets()
    {
        PackageRequest r = request(QStringLiteral("passphrase"), QStringLiteral("shared.gpkg"));
        r.encryption.passphrase = "correct horse battery staple";
        r.encryption.passphraseLogN = kFastLogN;
        const PackageResult result = exportPackage(*m_project, r);
        QVERIFY(result.encrypted);
        QVERIFY(!QFile::exists(r.outputPath));
        AgeDecryptor right;
        right.setPassphrase("correct horse battery staple");
        auto package = EncryptedPackage::open(result.path, right);
        QVERIFY(PackageManifest::verify(*package, result.path).intact);

        AgeDecryptor wrong;
        wrong.setPassphrase("incorrect horse");
        try {
            EncryptedPackage::open(result.path, wrong);
            QFAIL("a wrong passphrase opened the package");
        } catch (const PackageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("shared.gpkg.age")) &&
                         e.message().contains(QStringLiteral("Wrong passphrase")),
                     qPrintable(e.message()));
        }
        PackageRequest toPartner = request(QStringLiteral("passphrase"), QStringLiteral("keyed.gpkg"));
        toPartner.encryption.recipients = {m_partner->officePublicKeys().encryptionKey};
        const PackageResult keyed = exportPackage(*m_project, toPartner);
        AgeDecryptor otherKey;
        otherKey.addIdentity(m_office->unlockDecryptionKey("office pass"));
        try {
            EncryptedPackage::open(keyed.path, otherKey);
            QFAIL("the wrong identity opened the package");
        } catch (const PackageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("keyed.gpkg.age")) &&
                         e.message().contains(QStringLiteral("not encrypted to any of our keys")),
                     qPrintable(e.message()));
        }
        // A plain package is not an encrypted one.
        PackageRequest plain = request(QStringLiteral("passphrase"), QStringLiteral("plain.gpkg"));
        const PackageResult plainResult = exportPackage(*m_project, plain);
        QVERIFY(!EncryptedPackage::isEncrypted(plainResult.path));
        QVERIFY_THROWS_EXCEPTION(PackageError, EncryptedPackage::open(plainResult.path, right));
    }

    void keysAndPassphraseDoNotMix()
    {
        PackageRequest r = request(QStringLiteral("mixed"), QStringLiteral("mixed.gpkg"));
        r.encryption.recipients = {m_partner->officePublicKeys().encryptionKey};
        r.encryption.passphrase = "also a passphrase";
        QVERIFY_THROWS_EXCEPTION(PackageError, exportPackage(*m_project, r));
        QCOMPARE(listing(m_dir.filePath(QStringLiteral("mixed"))), QStringList());
    }

    void damagedImageIsRefused()
    {
        // A hostile plaintext inside valid encryption gets the same checks as a file.
        AgeDecryptor decryptor;
        decryptor.setPassphrase("pw");
        const QString notSqlite = m_dir.filePath(QStringLiteral("text.gpkg.age"));
        writeAll(notSqlite, AgeEncryptor::encryptWithPassphrase("just some text, no database", "pw", kFastLogN));
        try {
            EncryptedPackage::open(notSqlite, decryptor);
            QFAIL("text opened as a project");
        } catch (const PackageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("text.gpkg.age")) && e.message().contains(QStringLiteral("SQLite")),
                     qPrintable(e.message()));
        }
        QByteArray truncated = readAll(m_project->path()).left(8192);
        const QString cut = m_dir.filePath(QStringLiteral("cut.gpkg.age"));
        writeAll(cut, AgeEncryptor::encryptWithPassphrase(truncated, "pw", kFastLogN));
        try {
            EncryptedPackage::open(cut, decryptor);
            QFAIL("a truncated database opened");
        } catch (const PackageError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cut.gpkg.age")), qPrintable(e.message()));
        }
    }

    void walModeImageOpens()
    {
        // A project file closed cleanly in WAL mode (header bytes 18/19 = 2), encrypted as is.
        const QString path = m_dir.filePath(QStringLiteral("wal-mode.gpkg"));
        Project::create(path, {.title = QStringLiteral("WAL"), .baseZones = false, .defaultTaxonomy = false}).reset();
        QByteArray bytes = readAll(path);
        QCOMPARE(int(bytes.at(18)), 2);
        const QString encrypted = path + QStringLiteral(".age");
        writeAll(encrypted, AgeEncryptor::encryptWithPassphrase(bytes, "pw", kFastLogN));
        AgeDecryptor decryptor;
        decryptor.setPassphrase("pw");
        auto project = EncryptedPackage::open(encrypted, decryptor);
        QCOMPARE(project->title(), QStringLiteral("WAL"));
    }

    void shredOverwritesBeforeUnlinking()
    {
        const QString path = m_dir.filePath(QStringLiteral("secret.bin"));
        writeAll(path, QByteArray(200000, 'S'));
        QFile stillOpen(path); // keeps the inode alive, so its content can be read after the unlink
        QVERIFY(stillOpen.open(QIODevice::ReadOnly));
        QVERIFY(shredFile(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!stillOpen.readAll().contains('S'));
        QVERIFY(shredFile(path)); // a missing file is fine
    }
};

QTEST_GUILESS_MAIN(TestSignedPackage)
#include "tst_signedpackage.moc"
