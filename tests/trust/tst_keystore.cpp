// SPDX-License-Identifier: GPL-3.0-or-later
// KeyStore: office key creation, passphrase unlock, public key export, partner import and trust,
// and signer identification when verifying files.
#include "agedecryptor.h"
#include "ageencryptor.h"
#include "clirunner.h"
#include "keystore.h"
#include "trusterror.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;
using phenomap::test::CliRunner;

namespace {

KeyStore::Protection fastProtection()
{
    KeyStore::Protection p;
    p.minisign = MinisignSecretKey::KdfLimits::interactive();
    p.ageLogN = 10;
    return p;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndUnlock()
    {
        QTemporaryDir dir;
        KeyStore store(dir.filePath(QStringLiteral("keys")));
        QVERIFY(!store.hasOfficeKey());
        store.createOfficeKey(QStringLiteral("Analysis cell PZ Bruxelles-Capitale/Ixelles"), QStringLiteral("Police locale"),
                              "office passphrase", fastProtection());
        QVERIFY(store.hasOfficeKey());
        QVERIFY_THROWS_EXCEPTION(TrustError, store.createOfficeKey(QStringLiteral("x"), QStringLiteral("y"), "p",
                                                                   fastProtection()));
        // Secrets are not readable by others.
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("keys/office.key"))).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const MinisignSecretKey signing = store.unlockSigningKey("office passphrase");
        QVERIFY(signing.publicKey() == store.officePublicKeys().signingKey);
        const AgeIdentity identity = store.unlockDecryptionKey("office passphrase");
        QVERIFY(identity.recipient() == store.officePublicKeys().encryptionKey);
        QVERIFY_THROWS_EXCEPTION(TrustError, store.unlockSigningKey("wrong"));
        QVERIFY_THROWS_EXCEPTION(TrustError, store.unlockDecryptionKey("wrong"));
        // The secret files never contain the plain secrets.
        const QByteArray ageSecret = identity.toSecretString();
        const QDir keys(dir.filePath(QStringLiteral("keys")));
        for (const QString &name : keys.entryList(QDir::Files)) {
            QFile f(keys.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(ageSecret));
        }
        // The encrypted age identity is a normal age passphrase file.
        QVERIFY(AgeDecryptor::readHeader(keys.filePath(QStringLiteral("office-age.key.age"))).isPassphraseProtected());
    }

    void exportImportPartners()
    {
        QTemporaryDir dir;
        KeyStore ours(dir.filePath(QStringLiteral("ours")));
        KeyStore theirs(dir.filePath(QStringLiteral("theirs")));
        ours.createOfficeKey(QStringLiteral("Office A"), QStringLiteral("Agency A"), "a", fastProtection());
        theirs.createOfficeKey(QStringLiteral("Office B"), QStringLiteral("Agency B"), "b", fastProtection());
        QVERIFY(ours.partners().isEmpty());
        const PartnerKey b = ours.importPartnerBundle(theirs.exportPublicKeys(), false);
        QCOMPARE(b.name, QStringLiteral("Office B"));
        QCOMPARE(b.agency, QStringLiteral("Agency B"));
        QCOMPARE(ours.partners().size(), 1);
        QVERIFY(!ours.partners().first().trusted);
        QVERIFY(ours.partners().first().signingKey == theirs.officePublicKeys().signingKey);
        QVERIFY(ours.partners().first().encryptionKey == theirs.officePublicKeys().encryptionKey);
        ours.setPartnerTrusted(b.signingKey.keyId(), true);
        QVERIFY(ours.partnerByKeyId(b.signingKey.keyId())->trusted);
        // Re-import replaces, does not duplicate.
        ours.importPartnerBundle(theirs.exportPublicKeys(), true);
        QCOMPARE(ours.partners().size(), 1);
        // Import from plain keys (a partner without Phenomap: minisign + age only).
        PartnerKey manual;
        manual.name = QStringLiteral("Parquet");
        manual.agency = QStringLiteral("Justice");
        manual.signingKey = MinisignSecretKey::generate().publicKey();
        ours.importPartner(manual);
        QCOMPARE(ours.partners().size(), 2);
        QVERIFY(ours.removePartner(manual.signingKey.keyId()));
        QVERIFY(!ours.removePartner(manual.signingKey.keyId()));
        QVERIFY_THROWS_EXCEPTION(TrustError, ours.setPartnerTrusted(QByteArray(8, 'x'), true));
        QVERIFY_THROWS_EXCEPTION(TrustError, ours.importPartnerBundle("{\"format\":\"other\"}", true));
        QVERIFY_THROWS_EXCEPTION(TrustError, ours.importPartnerBundle("not json", true));
        // The minisign public key export works with minisign's -p.
        QVERIFY(ours.exportMinisignPublicKey().startsWith("untrusted comment: minisign public key "));
    }

    void signerIdentification()
    {
        QTemporaryDir dir;
        KeyStore ours(dir.filePath(QStringLiteral("ours")));
        KeyStore theirs(dir.filePath(QStringLiteral("theirs")));
        ours.createOfficeKey(QStringLiteral("A"), QStringLiteral("A"), "a", fastProtection());
        theirs.createOfficeKey(QStringLiteral("B"), QStringLiteral("B"), "b", fastProtection());
        const QString path = dir.filePath(QStringLiteral("package.gpkg"));
        writeFile(path, "package bytes");

        theirs.unlockSigningKey("b").signFile(path, QStringLiteral("TLP:AMBER export:1 sha256:00"));
        auto check = ours.verifyFile(path);
        QVERIFY(!check.verification.valid); // unknown key
        QVERIFY(check.verification.error.contains(theirs.officePublicKeys().signingKey.keyIdHex()));
        ours.importPartnerBundle(theirs.exportPublicKeys(), false);
        check = ours.verifyFile(path);
        QVERIFY(check.verification.valid);
        QVERIFY(check.partner.has_value());
        QVERIFY(!check.isTrusted());
        ours.setPartnerTrusted(check.partner->signingKey.keyId(), true);
        check = ours.verifyFile(path);
        QVERIFY(check.isTrusted());
        QCOMPARE(check.partner->name, QStringLiteral("B"));
        QCOMPARE(check.verification.trustedComment, QStringLiteral("TLP:AMBER export:1 sha256:00"));

        ours.unlockSigningKey("a").signFile(path, QStringLiteral("own"));
        check = ours.verifyFile(path);
        QVERIFY(check.ownKey);
        QVERIFY(check.isTrusted());
        writeFile(path, "package bytes changed");
        QVERIFY(!ours.verifyFile(path).isTrusted());
        QVERIFY(!ours.verifyFile(dir.filePath(QStringLiteral("unsigned"))).isTrusted());

        // Encrypting to a partner's imported age key: they open it with their identity.
        const QByteArray enc = AgeEncryptor::encrypt("for B", {ours.partners().first().encryptionKey});
        AgeDecryptor d;
        d.addIdentity(theirs.unlockDecryptionKey("b"));
        QCOMPARE(d.decrypt(enc), QByteArray("for B"));
    }

    void officeKeyWorksWithCli()
    {
        if (!CliRunner::available(QStringLiteral("/usr/bin/minisign")))
            QSKIP("minisign is not installed");
        QTemporaryDir dir;
        KeyStore store(dir.filePath(QStringLiteral("keys")));
        store.createOfficeKey(QStringLiteral("A"), QStringLiteral("A"), "pw", fastProtection());
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        writeFile(path, "%PDF-1.7 fake");
        store.unlockSigningKey("pw").signFile(path, QStringLiteral("TLP:GREEN"));
        writeFile(dir.filePath(QStringLiteral("office.pub")), store.exportMinisignPublicKey());
        const auto r = CliRunner::run(QStringLiteral("/usr/bin/minisign"),
                                      {QStringLiteral("-Vm"), path, QStringLiteral("-p"), dir.filePath(QStringLiteral("office.pub"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
