// SPDX-License-Identifier: GPL-3.0-or-later
// minisign signatures: our own round trips, tampering, key files, and interoperability with
// Debian's minisign 0.11 in both directions.
#include "clirunner.h"
#include "minisignpublickey.h"
#include "minisignsecretkey.h"
#include "minisignsignature.h"
#include "trusterror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;
using phenomap::test::CliRunner;

namespace {

const QString kMinisign = QStringLiteral("/usr/bin/minisign");
const MinisignSecretKey::KdfLimits kFast = MinisignSecretKey::KdfLimits::interactive();

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString trustedCommentFor(const QByteArray &data)
{
    return QStringLiteral("TLP:AMBER export:6f1c2a9e-0d4b-4b7e-9a51-3f0c2d1e8b77 sha256:%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
}

QByteArray sampleData()
{
    QByteArray d;
    for (int i = 0; i < 200000; ++i)
        d.append(char((i * 7 + i / 13) & 0xFF));
    return d;
}

} // namespace

class TestMinisign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signAndVerify()
    {
        const MinisignSecretKey key = MinisignSecretKey::generate();
        const QByteArray data = sampleData();
        const QByteArray sigText = key.sign(data, trustedCommentFor(data));
        const MinisignSignature sig = MinisignSignature::parse(sigText);
        QVERIFY(sig.isPrehashed());
        QCOMPARE(sig.keyId(), key.keyId());
        const auto v = sig.verify(key.publicKey(), data);
        QVERIFY2(v.valid, qPrintable(v.error));
        QCOMPARE(v.trustedComment, trustedCommentFor(data));
        QCOMPARE(v.keyIdHex, key.publicKey().keyIdHex());
        QVERIFY(v.keyIdHex.size() >= 1 && v.keyIdHex.size() <= 16);
    }

    void tamperedFileFails()
    {
        const MinisignSecretKey key = MinisignSecretKey::generate();
        const QByteArray data = sampleData();
        const MinisignSignature sig = MinisignSignature::parse(key.sign(data, QStringLiteral("TLP:GREEN")));
        for (qsizetype pos : {qsizetype(0), data.size() / 2, data.size() - 1}) {
            QByteArray changed = data;
            changed[pos] = char(changed[pos] ^ 0x01);
            const auto v = sig.verify(key.publicKey(), changed);
            QVERIFY(!v.valid);
            QVERIFY(!v.error.isEmpty());
        }
        QVERIFY(!sig.verify(key.publicKey(), data + 'x').valid);
        QVERIFY(!sig.verify(key.publicKey(), data.left(data.size() - 1)).valid);
    }

    void tamperedTrustedCommentFails()
    {
        const MinisignSecretKey key = MinisignSecretKey::generate();
        const QByteArray data = "package";
        QByteArray sigText = key.sign(data, QStringLiteral("TLP:AMBER+STRICT export:1"));
        sigText.replace("TLP:AMBER+STRICT", "TLP:CLEAR");
        const auto v = MinisignSignature::parse(sigText).verify(key.publicKey(), data);
        QVERIFY(!v.valid);
        QVERIFY(v.trustedComment.isEmpty());
        QVERIFY(v.error.contains(QStringLiteral("trusted comment")));
    }

    void otherKeyFails()
    {
        const MinisignSecretKey a = MinisignSecretKey::generate();
        const MinisignSecretKey b = MinisignSecretKey::generate();
        const QByteArray data = "package";
        const MinisignSignature sig = MinisignSignature::parse(a.sign(data, QStringLiteral("x")));
        const auto v = sig.verify(b.publicKey(), data);
        QVERIFY(!v.valid);
        QVERIFY(v.error.contains(a.publicKey().keyIdHex()));
        // Same key id but another key: the signature check itself must fail.
        const MinisignPublicKey forged(a.keyId(), b.publicKey().key());
        QVERIFY(!sig.verify(forged, data).valid);
    }

    void multiLineCommentRejected()
    {
        const MinisignSecretKey key = MinisignSecretKey::generate();
        QVERIFY_THROWS_EXCEPTION(TrustError, key.sign(QByteArray("x"), QStringLiteral("a\nb")));
    }

    void secretKeyFileRoundTrip()
    {
        const MinisignSecretKey key = MinisignSecretKey::generate();
        const QByteArray file = key.toFileContent("correct horse", kFast);
        QVERIFY(file.startsWith("untrusted comment: minisign encrypted secret key\n"));
        const MinisignSecretKey back = MinisignSecretKey::parse(file, "correct horse", kFast);
        QVERIFY(back.publicKey() == key.publicKey());
        QVERIFY_THROWS_EXCEPTION(TrustError, MinisignSecretKey::parse(file, "wrong horse", kFast));
        // A file asking for more work than allowed is refused before any derivation.
        const QByteArray costly = key.toFileContent("p", MinisignSecretKey::KdfLimits::interactive());
        QVERIFY_THROWS_EXCEPTION(TrustError,
                                 MinisignSecretKey::parse(costly, "p", MinisignSecretKey::KdfLimits{1, 1}));
        // Unencrypted form (minisign -W).
        const QByteArray plain = key.toFileContent(QByteArrayView());
        QVERIFY(MinisignSecretKey::parse(plain, QByteArrayView()).publicKey() == key.publicKey());
    }

    void publicKeyForms()
    {
        const MinisignPublicKey pk = MinisignSecretKey::generate().publicKey();
        QVERIFY(MinisignPublicKey::parse(pk.toFileContent()) == pk);
        QVERIFY(MinisignPublicKey::parse(pk.toBase64()) == pk);
        QVERIFY(MinisignPublicKey::parse(QByteArray(pk.toBase64() + "\r\n")) == pk);
        QVERIFY(pk.toFileContent().contains(pk.keyIdHex().toLatin1()));
        QVERIFY_THROWS_EXCEPTION(TrustError, MinisignPublicKey::parse("RWQ"));
        QVERIFY_THROWS_EXCEPTION(TrustError, MinisignPublicKey::parse(""));
        QVERIFY_THROWS_EXCEPTION(TrustError, MinisignPublicKey::parse(pk.toBase64().left(50)));
    }

    void signFileWritesMinisig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.gpkg"));
        writeFile(path, sampleData());
        const MinisignSecretKey key = MinisignSecretKey::generate();
        key.signFile(path, trustedCommentFor(sampleData()));
        QVERIFY(QFile::exists(path + QStringLiteral(".minisig")));
        QVERIFY(MinisignSignature::verifyFile(key.publicKey(), path).valid);
        writeFile(path, sampleData() + "!");
        QVERIFY(!MinisignSignature::verifyFile(key.publicKey(), path).valid);
        QVERIFY(!MinisignSignature::verifyFile(key.publicKey(), dir.filePath(QStringLiteral("missing"))).valid);
    }

    // --- Debian minisign interoperability -------------------------------------------------

    void minisignVerifiesOurSignature()
    {
        if (!CliRunner::available(kMinisign))
            QSKIP("minisign is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2024-06-12_SP_TLP-AMBER_T1.gpkg"));
        const QByteArray data = sampleData();
        writeFile(path, data);
        const MinisignSecretKey key = MinisignSecretKey::generate();
        key.signFile(path, trustedCommentFor(data));
        // minisign -Vm FILE -P PUBKEY
        auto r = CliRunner::run(kMinisign, {QStringLiteral("-Vm"), path, QStringLiteral("-P"),
                                            QString::fromLatin1(key.publicKey().toBase64())});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(trustedCommentFor(data).toUtf8()));
        // and with a public key file
        writeFile(dir.filePath(QStringLiteral("office.pub")), key.publicKey().toFileContent());
        r = CliRunner::run(kMinisign, {QStringLiteral("-Vm"), path, QStringLiteral("-p"),
                                       dir.filePath(QStringLiteral("office.pub"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // One changed byte in the file: minisign rejects it too.
        QByteArray changed = data;
        changed[1000] = char(changed[1000] ^ 0x20);
        writeFile(path, changed);
        r = CliRunner::run(kMinisign, {QStringLiteral("-Vm"), path, QStringLiteral("-P"),
                                       QString::fromLatin1(key.publicKey().toBase64())});
        QVERIFY(r.exitCode != 0);
        // A changed trusted comment: rejected as well.
        writeFile(path, data);
        QByteArray sig = readFile(path + QStringLiteral(".minisig"));
        sig.replace("TLP:AMBER", "TLP:CLEAR");
        writeFile(path + QStringLiteral(".minisig"), sig);
        r = CliRunner::run(kMinisign, {QStringLiteral("-Vm"), path, QStringLiteral("-P"),
                                       QString::fromLatin1(key.publicKey().toBase64())});
        QVERIFY(r.exitCode != 0);
    }

    void minisignSignsWithOurEncryptedKey()
    {
        if (!CliRunner::available(kMinisign))
            QSKIP("minisign is not installed");
        QTemporaryDir dir;
        const MinisignSecretKey key = MinisignSecretKey::generate();
        const QString keyPath = dir.filePath(QStringLiteral("office.key"));
        writeFile(keyPath, key.toFileContent("s3cret pass", kFast));
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        writeFile(path, sampleData());
        // minisign reads the passphrase from stdin when it is not a terminal.
        auto r = CliRunner::run(kMinisign, {QStringLiteral("-S"), QStringLiteral("-s"), keyPath, QStringLiteral("-m"),
                                            path, QStringLiteral("-t"), QStringLiteral("TLP:GREEN export:42")},
                                "s3cret pass\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto v = MinisignSignature::verifyFile(key.publicKey(), path);
        QVERIFY2(v.valid, qPrintable(v.error));
        QCOMPARE(v.trustedComment, QStringLiteral("TLP:GREEN export:42"));
        QVERIFY(v.prehashed);
        // Wrong passphrase: minisign refuses (our checksum is what it checks).
        r = CliRunner::run(kMinisign, {QStringLiteral("-S"), QStringLiteral("-s"), keyPath, QStringLiteral("-m"), path},
                           "wrong\n");
        QVERIFY(r.exitCode != 0);
    }

    void minisignUnencryptedKeyAndLegacySignature()
    {
        if (!CliRunner::available(kMinisign))
            QSKIP("minisign is not installed");
        QTemporaryDir dir;
        const QString pub = dir.filePath(QStringLiteral("w.pub"));
        const QString sec = dir.filePath(QStringLiteral("w.key"));
        auto r = CliRunner::run(kMinisign, {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub,
                                            QStringLiteral("-s"), sec});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const MinisignSecretKey key = MinisignSecretKey::parse(readFile(sec), QByteArrayView());
        const MinisignPublicKey pk = MinisignPublicKey::parse(readFile(pub));
        QVERIFY(key.publicKey() == pk);
        // Same key id spelling as minisign's own public key comment.
        QVERIFY(readFile(pub).startsWith(QByteArray("untrusted comment: minisign public key " + pk.keyIdHex().toLatin1() + "\n")));
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        writeFile(path, sampleData());
        // minisign signs (prehashed by default), we verify.
        r = CliRunner::run(kMinisign, {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto v = MinisignSignature::verifyFile(pk, path);
        QVERIFY2(v.valid, qPrintable(v.error));
        QVERIFY(v.trustedComment.startsWith(QStringLiteral("timestamp:")));
        // Legacy (-l) signatures over the raw file are verified too.
        r = CliRunner::run(kMinisign, {QStringLiteral("-S"), QStringLiteral("-l"), QStringLiteral("-s"), sec,
                                       QStringLiteral("-m"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        v = MinisignSignature::verifyFile(pk, path);
        QVERIFY2(v.valid, qPrintable(v.error));
        QVERIFY(!v.prehashed);
        // We sign with the key minisign generated; minisign verifies.
        key.signFile(path, QStringLiteral("TLP:CLEAR"));
        r = CliRunner::run(kMinisign, {QStringLiteral("-Vm"), path, QStringLiteral("-p"), pub});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Tampering after minisign signed: we reject.
        r = CliRunner::run(kMinisign, {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), path});
        QVERIFY(r.exitCode == 0);
        writeFile(path, sampleData() + "tail");
        QVERIFY(!MinisignSignature::verifyFile(pk, path).valid);
    }

    void minisignEncryptedKeyParsed()
    {
        if (!CliRunner::available(kMinisign))
            QSKIP("minisign is not installed");
        // minisign -G with a passphrase uses scrypt "sensitive" (1 GiB): slow but the real thing.
        QTemporaryDir dir;
        const QString pub = dir.filePath(QStringLiteral("m.pub"));
        const QString sec = dir.filePath(QStringLiteral("m.key"));
        auto r = CliRunner::run(kMinisign, {QStringLiteral("-G"), QStringLiteral("-p"), pub, QStringLiteral("-s"), sec},
                                "pass phrase\npass phrase\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const MinisignSecretKey key = MinisignSecretKey::parse(readFile(sec), "pass phrase");
        QVERIFY(key.publicKey() == MinisignPublicKey::parse(readFile(pub)));
        QVERIFY_THROWS_EXCEPTION(TrustError, MinisignSecretKey::parse(readFile(sec), "pass phrasE"));
    }
};

QTEST_GUILESS_MAIN(TestMinisign)
#include "tst_minisign.moc"
