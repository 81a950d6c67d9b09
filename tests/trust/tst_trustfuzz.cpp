// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: thousands of seeded random, bit-flipped, truncated and spliced variants of
// valid signature files, key files, key bundles and age files. Every parser must either accept
// (and then return what was signed or encrypted) or throw TrustError with a message: no crash,
// no other exception, no hang. The libFuzzer targets in tests/fuzz/ explore further.
#include "agedecryptor.h"
#include "ageencryptor.h"
#include "ageheader.h"
#include "ageidentity.h"
#include "agerecipient.h"
#include "bech32.h"
#include "minisignpublickey.h"
#include "minisignsecretkey.h"
#include "minisignsignature.h"
#include "partnerkey.h"
#include "trusterror.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace phenomap;

namespace {

constexpr quint32 kSeed = 20240612;

QByteArray mutate(const QByteArray &input, QRandomGenerator &rng)
{
    QByteArray b = input;
    const int kind = int(rng.bounded(7));
    const auto pos = [&](qsizetype n) { return n > 0 ? qsizetype(rng.bounded(quint32(n))) : 0; };
    switch (kind) {
    case 0: { // a few bit flips
        const int flips = 1 + int(rng.bounded(4));
        for (int i = 0; i < flips && !b.isEmpty(); ++i) {
            const qsizetype p = pos(b.size());
            b[p] = char(b[p] ^ (1 << rng.bounded(8)));
        }
        break;
    }
    case 1: // truncation
        b.truncate(pos(b.size() + 1));
        break;
    case 2: { // random byte values
        const int n = 1 + int(rng.bounded(8));
        for (int i = 0; i < n && !b.isEmpty(); ++i)
            b[pos(b.size())] = char(rng.bounded(256));
        break;
    }
    case 3: { // insertion of random bytes
        QByteArray junk(1 + pos(64), '\0');
        for (char &c : junk)
            c = char(rng.bounded(256));
        b.insert(pos(b.size() + 1), junk);
        break;
    }
    case 4: { // duplicate a slice (repeated lines, stanzas, chunks)
        if (b.isEmpty())
            break;
        const qsizetype from = pos(b.size());
        const qsizetype len = 1 + pos(qMin<qsizetype>(b.size() - from, 4096));
        b.insert(pos(b.size() + 1), b.mid(from, len));
        break;
    }
    case 5: { // delete a slice
        if (b.isEmpty())
            break;
        const qsizetype from = pos(b.size());
        b.remove(from, 1 + pos(qMin<qsizetype>(b.size() - from, 256)));
        break;
    }
    default: { // completely random data of similar size
        b.resize(pos(input.size() * 2 + 16));
        for (char &c : b)
            c = char(rng.bounded(256));
        break;
    }
    }
    return b;
}

/// Runs f on iterations mutants of each seed; counts acceptances. Fails on foreign exceptions.
int fuzz(const QList<QByteArray> &seeds, int iterations, const std::function<void(const QByteArray &)> &f)
{
    QRandomGenerator rng(kSeed);
    int accepted = 0;
    for (int i = 0; i < iterations; ++i) {
        QByteArray input = seeds.at(i % seeds.size());
        const int rounds = 1 + int(rng.bounded(3));
        for (int r = 0; r < rounds; ++r)
            input = mutate(input, rng);
        try {
            f(input);
            ++accepted;
        } catch (const TrustError &e) {
            if (e.message().isEmpty()) {
                qWarning() << "empty error message for input" << input.toBase64();
                return -1;
            }
        } catch (const std::exception &e) {
            qWarning() << "unexpected exception" << e.what() << "for input" << input.toBase64();
            return -1;
        }
    }
    return accepted;
}

} // namespace

class TestTrustFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minisignSignatures()
    {
        const MinisignSecretKey key = MinisignSecretKey::generate();
        const QByteArray data = "signed package";
        const QList<QByteArray> seeds = {key.sign(data, QStringLiteral("TLP:AMBER export:1 sha256:ab")),
                                         key.sign(data, QString(), QStringLiteral("u"))};
        const int accepted = fuzz(seeds, 4000, [&](const QByteArray &in) {
            const MinisignSignature sig = MinisignSignature::parse(in);
            const auto v = sig.verify(key.publicKey(), data);
            if (v.valid && v.trustedComment != QStringLiteral("TLP:AMBER export:1 sha256:ab") && !v.trustedComment.isEmpty())
                throw std::logic_error("a changed trusted comment verified");
            if (!v.valid && v.error.isEmpty())
                throw std::logic_error("invalid without a reason");
        });
        QVERIFY(accepted >= 0);
    }

    void minisignKeys()
    {
        const MinisignSecretKey key = MinisignSecretKey::generate();
        const MinisignSecretKey::KdfLimits cheap{32768, 1u << 20};
        const QList<QByteArray> seeds = {key.toFileContent(QByteArrayView()), key.toFileContent("pw", cheap),
                                         key.publicKey().toFileContent(), key.publicKey().toBase64()};
        QVERIFY(fuzz(seeds, 3000, [&](const QByteArray &in) {
                    const MinisignSecretKey k = MinisignSecretKey::parse(in, "pw", cheap);
                    if (!(k.publicKey() == key.publicKey()))
                        throw std::logic_error("a damaged secret key was accepted");
                })
                >= 0);
        QVERIFY(fuzz(seeds, 3000, [](const QByteArray &in) { MinisignPublicKey::parse(in); }) >= 0);
    }

    void ageKeysAndBundles()
    {
        const AgeIdentity id = AgeIdentity::generate();
        PartnerKey p;
        p.name = QStringLiteral("Partner");
        p.agency = QStringLiteral("Agency");
        p.signingKey = MinisignSecretKey::generate().publicKey();
        p.encryptionKey = id.recipient();
        const QList<QByteArray> seeds = {id.toFileContent(), id.recipient().toString().toLatin1(), p.toBundle()};
        QVERIFY(fuzz(seeds, 2000, [](const QByteArray &in) { AgeIdentity::parseFile(in); }) >= 0);
        QVERIFY(fuzz(seeds, 2000, [](const QByteArray &in) { AgeRecipient::parse(in); }) >= 0);
        QVERIFY(fuzz(seeds, 2000, [](const QByteArray &in) { PartnerKey::fromBundle(in); }) >= 0);
        QVERIFY(fuzz(seeds, 2000, [](const QByteArray &in) { Bech32::decode(in); }) >= 0);
    }

    void ageFiles()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const QByteArray small = "small plaintext";
        QByteArray big(70000, 'p');
        const QList<QByteArray> seeds = {AgeEncryptor::encrypt(small, {id.recipient()}),
                                         AgeEncryptor::encrypt(small, {AgeIdentity::generate().recipient(), id.recipient()}),
                                         AgeEncryptor::encrypt(big, {id.recipient()}),
                                         AgeEncryptor::encryptWithPassphrase(small, "pw", 2)};
        QVERIFY(fuzz(seeds, 4000, [](const QByteArray &in) { AgeHeader::parse(in); }) >= 0);
        AgeDecryptor d;
        d.addIdentity(id);
        d.setPassphrase("pw", 4); // mutated work factors above 2^4 are refused, not computed
        const int accepted = fuzz(seeds, 4000, [&](const QByteArray &in) {
            const QByteArray plain = d.decrypt(in);
            if (plain != small && plain != big)
                throw std::logic_error("a damaged age file decrypted to something else");
        });
        QVERIFY(accepted >= 0);
    }
};

QTEST_GUILESS_MAIN(TestTrustFuzz)
#include "tst_trustfuzz.moc"
