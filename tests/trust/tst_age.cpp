// SPDX-License-Identifier: GPL-3.0-or-later
// age v1 encryption: known-answer vectors, round trips, strict parsing of damaged files, and
// interoperability with Debian's age 1.1.1 and age-keygen in both directions.
#include "agedecryptor.h"
#include "ageencryptor.h"
#include "ageheader.h"
#include "ageidentity.h"
#include "agepassphrase.h"
#include "agerecipient.h"
#include "agestream.h"
#include "bech32.h"
#include "clirunner.h"
#include "hkdf.h"
#include "sodiumruntime.h"
#include "strictbase64.h"
#include "trusterror.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;
using phenomap::test::CliRunner;

namespace {

const QString kAge = QStringLiteral("/usr/bin/age");
const QString kAgeKeygen = QStringLiteral("/usr/bin/age-keygen");
constexpr int kFastLogN = 10;

// From the age specification (C2SP age.md): identity 32 x 0x42 and its recipient.
constexpr char kSpecIdentity[] = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
constexpr char kSpecRecipient[] = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";

// Made once with Debian's age 1.1.1: `age -r <kSpecRecipient>` of "Phenomap known answer: age X25519\n".
constexpr char kKatX25519[] =
    "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSAxb3BqNk85Z3NOcmxlS2FUUlo0L1dheUhNeEUxRGdheC9Pek1oTjZGYlVF"
    "CkZzcHZ4YzJjdHhSeCt3aFJGWE1LRnpFUkc2UE9RKzVqbUh5dXlpWHVkd2cKLS0tIEFFaFFVdWx0WEYvVTEweWo1a2dLZ21lZlBu"
    "YUIrNTAxZmxvMmdOUlh6Sm8K5jBmNQI02MOJaz9RHA3RLiQ4OYRtzR+vyXa+49bq7ZcPSFlXQpbvjuBfs+mjjEo5/wHhRBqs6M+7"
    "Hc7g3purmOO0";
// `age -p` (passphrase "phenomap kat", work factor 2^18) of "Phenomap known answer: age scrypt\n".
constexpr char kKatScrypt[] =
    "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IHNjcnlwdCA4OTZIOUs4QW5IUDJ0a3JzT3hheCtnIDE4CjNEOHArd3Fla3RMOHNuaEIr"
    "V3RwTXlZeWdDWmJtaUM1dWoxY3d0WGdtZkkKLS0tIEhjZ2hCS1Jlc0cwV2x2TzVSR2oxdHZZTXRjS3ozcE1jcHNnWk51dHFTL0UK"
    "TV9HQnC++dheUDEJRBsQTJWvfNXjDU0/+urwYT9F2X69lLYmojjLUcAvZRueh2/ZZvIniv7HrpKZtuYYVu84OqbI";

QByteArray pattern(qsizetype n, int seed = 1)
{
    QByteArray d(n, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (qsizetype i = 0; i < n; ++i) {
        x = x * 1664525u + 1013904223u;
        d[i] = char(x >> 24);
    }
    return d;
}

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

QByteArray decryptWith(const AgeIdentity &id, const QByteArray &encrypted)
{
    AgeDecryptor d;
    d.addIdentity(id);
    return d.decrypt(encrypted);
}

/// Builds an age file by hand from a given file key and sealed chunks (for malformed payloads).
QByteArray handmade(const AgeRecipient &to, const QList<QPair<QByteArray, bool>> &chunks)
{
    const QByteArray fileKey = SodiumRuntime::randomBytes(16);
    AgeHeader header;
    header.stanzas.append(to.wrap(fileKey));
    QByteArray out = header.serialize(fileKey);
    const QByteArray nonce = SodiumRuntime::randomBytes(16);
    out += nonce;
    AgeStream stream(fileKey, nonce);
    for (const auto &c : chunks)
        out += stream.seal(c.first, c.second);
    return out;
}

bool decryptFails(const AgeIdentity &id, const QByteArray &encrypted, QString *message = nullptr)
{
    try {
        decryptWith(id, encrypted);
    } catch (const TrustError &e) {
        if (message)
            *message = e.message();
        return !e.message().isEmpty();
    }
    return false;
}

} // namespace

class TestAge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hkdfRfc5869()
    {
        // RFC 5869 test case 1.
        const QByteArray okm = Hkdf::sha256(QByteArray(22, '\x0b'), QByteArray::fromHex("000102030405060708090a0b0c"),
                                            QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QCOMPARE(okm.toHex(), QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
        // RFC 5869 test case 3: empty salt and info.
        QCOMPARE(Hkdf::sha256(QByteArray(22, '\x0b'), {}, {}, 42).toHex(),
                 QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"));
    }

    void bech32AndSpecKeys()
    {
        const AgeIdentity id = AgeIdentity::parse(kSpecIdentity);
        QCOMPARE(id.recipient().toString(), QString::fromLatin1(kSpecRecipient));
        QCOMPARE(id.toSecretString(), QByteArray(kSpecIdentity));
        QCOMPARE(AgeRecipient::parse(kSpecRecipient).publicKey(), id.recipient().publicKey());
        // BIP 173 valid test vector.
        QVERIFY(Bech32::decode("A12UEL5L").has_value());
        QVERIFY(Bech32::decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw").has_value());
        // Invalid: mixed case, bad checksum, wrong HRP, wrong length.
        QVERIFY(!Bech32::decode("A12uEL5L").has_value());
        QVERIFY(!Bech32::decode("a12uel5m").has_value());
        QByteArray broken(kSpecRecipient);
        broken[10] = broken[10] == 'q' ? 'p' : 'q';
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeRecipient::parse(broken));
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeRecipient::parse(QByteArray(kSpecRecipient).toUpper()));
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeRecipient::parse(kSpecIdentity));
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeIdentity::parse(kSpecRecipient));
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeIdentity::parse(QByteArray(kSpecIdentity).toLower()));
        const QByteArray shortKey = Bech32::encode("age", QByteArray(31, 'x'));
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeRecipient::parse(shortKey));
    }

    void strictBase64()
    {
        QCOMPARE(*StrictBase64::decodeUnpadded("AA"), QByteArray(1, '\0'));
        QVERIFY(!StrictBase64::decodeUnpadded("AB").has_value());  // non-zero trailing bits
        QVERIFY(!StrictBase64::decodeUnpadded("AA==").has_value()); // padding
        QVERIFY(!StrictBase64::decodeUnpadded("A").has_value());
        QVERIFY(!StrictBase64::decodeUnpadded("AA\n").has_value());
        QCOMPARE(*StrictBase64::decodePadded("AA=="), QByteArray(1, '\0'));
        QVERIFY(!StrictBase64::decodePadded("AA").has_value());
        QVERIFY(!StrictBase64::decodePadded("A===").has_value());
    }

    void knownAnswerX25519()
    {
        const QByteArray plain = decryptWith(AgeIdentity::parse(kSpecIdentity), QByteArray::fromBase64(kKatX25519));
        QCOMPARE(plain, QByteArray("Phenomap known answer: age X25519\n"));
    }

    void knownAnswerScrypt()
    {
        AgeDecryptor d;
        d.setPassphrase("phenomap kat");
        QCOMPARE(d.decrypt(QByteArray::fromBase64(kKatScrypt)), QByteArray("Phenomap known answer: age scrypt\n"));
        AgeDecryptor wrong;
        wrong.setPassphrase("phenomap KAT");
        QVERIFY_THROWS_EXCEPTION(TrustError, wrong.decrypt(QByteArray::fromBase64(kKatScrypt)));
        AgeDecryptor capped;
        capped.setPassphrase("phenomap kat", 16); // the file asks for 2^18
        QVERIFY_THROWS_EXCEPTION(TrustError, capped.decrypt(QByteArray::fromBase64(kKatScrypt)));
        const AgeHeader h = AgeHeader::parse(QByteArray::fromBase64(kKatScrypt));
        QVERIFY(h.isPassphraseProtected());
    }

    void roundTripSizes_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (qsizetype n : {qsizetype(0), qsizetype(1), qsizetype(65535), qsizetype(65536), qsizetype(65537),
                            qsizetype(3 * 65536), qsizetype(200000)})
            QTest::addRow("%lld", qlonglong(n)) << n;
    }

    void roundTripSizes()
    {
        QFETCH(qsizetype, size);
        const AgeIdentity a = AgeIdentity::generate();
        const AgeIdentity b = AgeIdentity::generate();
        const QByteArray plain = pattern(size);
        const QByteArray enc = AgeEncryptor::encrypt(plain, {a.recipient(), b.recipient()});
        const qsizetype chunks = qMax<qsizetype>(1, (size + 65535) / 65536);
        const qsizetype headerSize = AgeHeader::parse(enc).macInput().size() + 1 + 43 + 1;
        QCOMPARE(enc.size(), headerSize + 16 + size + 16 * chunks);
        QCOMPARE(decryptWith(a, enc), plain);
        QCOMPARE(decryptWith(b, enc), plain);
        QVERIFY(decryptFails(AgeIdentity::generate(), enc));
    }

    void passphraseRoundTrip()
    {
        const QByteArray plain = pattern(70000);
        const QByteArray enc = AgeEncryptor::encryptWithPassphrase(plain, "Tr0ub4dor&3", kFastLogN);
        const AgeHeader h = AgeHeader::parse(enc);
        QCOMPARE(h.stanzas.size(), 1);
        QCOMPARE(h.stanzas.first().type, QByteArray("scrypt"));
        QCOMPARE(h.stanzas.first().arguments.last(), QByteArray::number(kFastLogN));
        AgeDecryptor d;
        d.setPassphrase("Tr0ub4dor&3");
        QCOMPARE(d.decrypt(enc), plain);
        AgeDecryptor wrong;
        wrong.setPassphrase("tr0ub4dor&3");
        QVERIFY_THROWS_EXCEPTION(TrustError, wrong.decrypt(enc));
        AgeDecryptor none;
        none.addIdentity(AgeIdentity::generate());
        QVERIFY_THROWS_EXCEPTION(TrustError, none.decrypt(enc));
        AgeEncryptor both;
        both.setPassphrase("x", kFastLogN);
        both.addRecipient(AgeIdentity::generate().recipient());
        QVERIFY_THROWS_EXCEPTION(TrustError, both.encrypt(QByteArray("x")));
    }

    void scryptMustBeAlone()
    {
        // A header mixing an scrypt stanza with an X25519 stanza (correct MAC) is rejected.
        const AgeIdentity id = AgeIdentity::generate();
        const QByteArray fileKey = SodiumRuntime::randomBytes(16);
        AgeHeader header;
        header.stanzas.append(AgePassphrase::wrap(fileKey, "pw", kFastLogN));
        header.stanzas.append(id.recipient().wrap(fileKey));
        const QByteArray nonce = SodiumRuntime::randomBytes(16);
        AgeStream stream(fileKey, nonce);
        const QByteArray file = header.serialize(fileKey) + nonce + stream.seal("hi", true);
        AgeDecryptor d;
        d.setPassphrase("pw");
        QVERIFY_THROWS_EXCEPTION(TrustError, d.decrypt(file));
        QVERIFY(decryptFails(id, file));
    }

    void streamingFiles()
    {
        QTemporaryDir dir;
        const QByteArray plain = pattern(5 * 65536 + 123, 7);
        writeFile(dir.filePath(QStringLiteral("plain.gpkg")), plain);
        const AgeIdentity id = AgeIdentity::generate();
        AgeEncryptor e;
        e.addRecipient(id.recipient());
        e.encryptFile(dir.filePath(QStringLiteral("plain.gpkg")), dir.filePath(QStringLiteral("plain.gpkg.age")));
        QFile in(dir.filePath(QStringLiteral("plain.gpkg.age")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        AgeDecryptor d;
        d.addIdentity(id);
        QCOMPARE(d.decryptToMemory(in), plain);
        QVERIFY(in.seek(0));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        d.decrypt(in, out);
        QCOMPARE(out.data(), plain);
        d.setMaxPlaintextSize(65536);
        QVERIFY(in.seek(0));
        QVERIFY_THROWS_EXCEPTION(TrustError, d.decryptToMemory(in));
        QVERIFY(!AgeDecryptor::readHeader(dir.filePath(QStringLiteral("plain.gpkg.age"))).isPassphraseProtected());
    }

    void damagedPayloads()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const QByteArray plain = pattern(3 * 65536 + 10);
        const QByteArray enc = AgeEncryptor::encrypt(plain, {id.recipient()});
        const qsizetype headerSize = AgeHeader::parse(enc).macInput().size() + 45;
        QString message;
        // Truncated anywhere: header, nonce, inside a chunk, at a chunk boundary.
        for (qsizetype cut : {qsizetype(10), headerSize - 1, headerSize, headerSize + 8, headerSize + 16,
                              headerSize + 16 + 65536 + 16, headerSize + 16 + 2 * (65536 + 16), enc.size() - 1})
            QVERIFY2(decryptFails(id, enc.left(cut), &message), qPrintable(QString::number(cut)));
        // Extended payload.
        QVERIFY(decryptFails(id, enc + 'x'));
        QVERIFY(decryptFails(id, enc + enc.right(26)));
        // One flipped bit in each region.
        for (qsizetype pos : {qsizetype(5), qsizetype(30), headerSize - 3, headerSize + 3, headerSize + 20,
                              headerSize + 16 + 65536 + 20, enc.size() - 1}) {
            QByteArray changed = enc;
            changed[pos] = char(changed[pos] ^ 0x04);
            QVERIFY2(decryptFails(id, changed, &message), qPrintable(QString::number(pos)));
        }
        // A changed stanza argument is caught by the MAC even if it still decodes.
        QByteArray macBroken = enc;
        macBroken[headerSize - 10] = macBroken[headerSize - 10] == 'A' ? 'B' : 'A';
        QVERIFY(decryptFails(id, macBroken));
    }

    void chunkRules()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const AgeRecipient to = id.recipient();
        const QByteArray full = pattern(65536);
        // Valid: an empty payload is one empty final chunk; a full final chunk is fine.
        QCOMPARE(decryptWith(id, handmade(to, {{QByteArray(), true}})), QByteArray());
        QCOMPARE(decryptWith(id, handmade(to, {{full, true}})), full);
        QCOMPARE(decryptWith(id, handmade(to, {{full, false}, {"x", true}})), full + "x");
        // Invalid: empty final chunk after data, no final chunk, short non-final chunk,
        // final flag in the middle, no chunk at all.
        QVERIFY(decryptFails(id, handmade(to, {{full, false}, {QByteArray(), true}})));
        QVERIFY(decryptFails(id, handmade(to, {{full, false}})));
        QVERIFY(decryptFails(id, handmade(to, {{"short", false}, {"x", true}})));
        QVERIFY(decryptFails(id, handmade(to, {{full, true}, {"x", true}})));
        QVERIFY(decryptFails(id, handmade(to, {})));
    }

    void malformedHeaders()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const QByteArray enc = AgeEncryptor::encrypt("hello", {id.recipient()});
        const auto headerFails = [](const QByteArray &bytes) {
            try {
                AgeHeader::parse(bytes);
            } catch (const TrustError &e) {
                return !e.message().isEmpty();
            }
            return false;
        };
        QVERIFY(!headerFails(enc));
        QVERIFY(headerFails(""));
        QVERIFY(headerFails("age-encryption.org/v2\n"));
        QVERIFY(headerFails("-----BEGIN AGE ENCRYPTED FILE-----\n"));
        QVERIFY(headerFails("age-encryption.org/v1\n--- " + QByteArray(43, 'A') + "\n")); // no stanza
        QByteArray crlf = enc;
        crlf.replace("age-encryption.org/v1\n", "age-encryption.org/v1\r\n");
        QVERIFY(headerFails(crlf));
        QByteArray doubleSpace = enc;
        doubleSpace.replace("-> X25519 ", "-> X25519  ");
        QVERIFY(headerFails(doubleSpace));
        QByteArray padded = enc;
        padded.replace("\n--- ", "=\n--- ");
        QVERIFY(headerFails(padded));
        QVERIFY(headerFails(enc.left(enc.indexOf("---") + 10)));
        QVERIFY(headerFails("age-encryption.org/v1\n-> " + QByteArray(AgeHeader::MaxLineBytes + 10, 'a') + "\n"));
        // X25519 stanza with a wrong-size share or body: rejected, not skipped.
        const QByteArray fileKey = SodiumRuntime::randomBytes(16);
        AgeHeader h;
        AgeHeader::Stanza s = id.recipient().wrap(fileKey);
        s.body.chop(1);
        h.stanzas.append(s);
        QVERIFY(decryptFails(id, h.serialize(fileKey) + QByteArray(40, '\0')));
        // Unknown stanza types are ignored when another stanza matches.
        AgeHeader withGrease;
        withGrease.stanzas.append({"example.com/grease", {"a", "b"}, pattern(70)});
        withGrease.stanzas.append(id.recipient().wrap(fileKey));
        const QByteArray nonce = SodiumRuntime::randomBytes(16);
        AgeStream stream(fileKey, nonce);
        const QByteArray greased = withGrease.serialize(fileKey) + nonce + stream.seal("ok", true);
        QCOMPARE(AgeHeader::parse(greased).stanzas.first().body, pattern(70));
        QCOMPARE(decryptWith(id, greased), QByteArray("ok"));
    }

    void identityFiles()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const QByteArray file = id.toFileContent();
        QVERIFY(file.contains(QByteArray("# public key: " + id.recipient().toString().toLatin1())));
        const QList<AgeIdentity> ids = AgeIdentity::parseFile(file);
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.first().recipient() == id.recipient());
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeIdentity::parseFile("# only a comment\n"));
        QVERIFY_THROWS_EXCEPTION(TrustError, AgeIdentity::parseFile(QByteArray(file + "garbage\n")));
    }

    // --- Debian age interoperability ------------------------------------------------------

    void ageDecryptsOurs()
    {
        if (!CliRunner::available(kAge) || !CliRunner::available(kAgeKeygen))
            QSKIP("age is not installed");
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("partner.txt"));
        auto r = CliRunner::run(kAgeKeygen, {QStringLiteral("-o"), keyFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // We parse age-keygen's file and encrypt to its recipient.
        const QList<AgeIdentity> partner = AgeIdentity::parseFile(readFile(keyFile));
        QVERIFY(readFile(keyFile).contains(partner.first().recipient().toString().toLatin1()));
        for (qsizetype size : {qsizetype(0), qsizetype(65536), qsizetype(4 * 65536 + 999)}) {
            const QByteArray plain = pattern(size, int(size));
            writeFile(dir.filePath(QStringLiteral("ours.age")),
                      AgeEncryptor::encrypt(plain, {AgeIdentity::generate().recipient(), partner.first().recipient()}));
            // age -d -i keyfile
            r = CliRunner::run(kAge, {QStringLiteral("-d"), QStringLiteral("-i"), keyFile, QStringLiteral("-o"),
                                      dir.filePath(QStringLiteral("ours.out")), dir.filePath(QStringLiteral("ours.age"))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(readFile(dir.filePath(QStringLiteral("ours.out"))), plain);
        }
        // An identity file we write is read by age.
        const AgeIdentity office = AgeIdentity::generate();
        writeFile(dir.filePath(QStringLiteral("office.txt")), office.toFileContent());
        writeFile(dir.filePath(QStringLiteral("o.age")), AgeEncryptor::encrypt("to office", {office.recipient()}));
        r = CliRunner::run(kAge, {QStringLiteral("-d"), QStringLiteral("-i"), dir.filePath(QStringLiteral("office.txt")),
                                  dir.filePath(QStringLiteral("o.age"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("to office"));
        // age rejects a file we damaged.
        QByteArray bad = AgeEncryptor::encrypt(pattern(1000), {partner.first().recipient()});
        bad[bad.size() - 5] = char(bad[bad.size() - 5] ^ 1);
        writeFile(dir.filePath(QStringLiteral("bad.age")), bad);
        r = CliRunner::run(kAge, {QStringLiteral("-d"), QStringLiteral("-i"), keyFile, dir.filePath(QStringLiteral("bad.age"))});
        QVERIFY(r.exitCode != 0);
    }

    void weDecryptAges()
    {
        if (!CliRunner::available(kAge))
            QSKIP("age is not installed");
        QTemporaryDir dir;
        const AgeIdentity office = AgeIdentity::generate();
        const AgeIdentity other = AgeIdentity::generate();
        for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(65536), qsizetype(3 * 65536 + 5)}) {
            const QByteArray plain = pattern(size, 3);
            writeFile(dir.filePath(QStringLiteral("in.bin")), plain);
            // age -r age1... -r age1... -o out in
            auto r = CliRunner::run(kAge, {QStringLiteral("-r"), other.recipient().toString(), QStringLiteral("-r"),
                                           office.recipient().toString(), QStringLiteral("-o"),
                                           dir.filePath(QStringLiteral("in.age")), dir.filePath(QStringLiteral("in.bin"))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(decryptWith(office, readFile(dir.filePath(QStringLiteral("in.age")))), plain);
        }
    }

    void passphraseWithAgeCli()
    {
        if (!CliRunner::available(kAge) || !QFile::exists(QStringLiteral("/usr/bin/script")))
            QSKIP("age or script (util-linux) is not installed");
        // age reads passphrases only from a terminal: drive it through script(1)'s pty.
        QTemporaryDir dir;
        const QByteArray plain = pattern(70000, 9);
        writeFile(dir.filePath(QStringLiteral("ours.age")),
                  AgeEncryptor::encryptWithPassphrase(plain, "pass phrase 1", kFastLogN));
        auto r = CliRunner::runInTerminal(QStringLiteral("age -d -o ours.out ours.age"), "passphrase",
                                          "pass phrase 1", 1, dir.path());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("ours.out"))), plain);

        writeFile(dir.filePath(QStringLiteral("in.bin")), plain);
        r = CliRunner::runInTerminal(QStringLiteral("age -p -o theirs.age in.bin"), "passphrase", "pass phrase 2", 2,
                                     dir.path());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        AgeDecryptor d;
        d.setPassphrase("pass phrase 2");
        QCOMPARE(d.decrypt(readFile(dir.filePath(QStringLiteral("theirs.age")))), plain);
    }
};

QTEST_GUILESS_MAIN(TestAge)
#include "tst_age.moc"
