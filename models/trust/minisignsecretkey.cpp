// SPDX-License-Identifier: GPL-3.0-or-later
#include "minisignsecretkey.h"

#include "minisignsignature.h"
#include "sodiumruntime.h"
#include "strictbase64.h"
#include "trusterror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace phenomap {
namespace {

constexpr qsizetype kMaxFileSize = 4096;
constexpr int kSaltBytes = crypto_pwhash_scryptsalsa208sha256_SALTBYTES; // 32
constexpr int kSkBytes = crypto_sign_SECRETKEYBYTES;                     // 64
constexpr int kChkBytes = crypto_generichash_BYTES;                      // 32
constexpr int kKeynumBytes = MinisignPublicKey::KeyIdBytes + kSkBytes + kChkBytes; // 104
// "Ed" "Sc" "B2" salt opslimit memlimit keynum_sk
constexpr int kFileBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumBytes; // 158

void putLe64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

quint64 getLe64(const char *p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

QByteArray checksum(const QByteArray &keyId, const unsigned char *sk)
{
    QByteArray chk(kChkBytes, Qt::Uninitialized);
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, kChkBytes);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>("Ed"), 2);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(keyId.constData()), 8);
    crypto_generichash_update(&st, sk, kSkBytes);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char *>(chk.data()), kChkBytes);
    sodium_memzero(&st, sizeof st);
    return chk;
}

/// scrypt keystream XORed over key id || secret key || checksum, as minisign does.
void applyKeystream(SecretBytes &keynum, QByteArrayView passphrase, const QByteArray &salt, quint64 ops,
                    quint64 mem)
{
    SecretBytes stream(kKeynumBytes);
    static const char empty = 0;
    if (crypto_pwhash_scryptsalsa208sha256(stream.data(), kKeynumBytes, passphrase.isEmpty() ? &empty : passphrase.data(),
                                           quint64(passphrase.size()),
                                           reinterpret_cast<const unsigned char *>(salt.constData()),
                                           ops, size_t(mem))
        != 0)
        throw TrustError(QCoreApplication::translate(
            "phenomap::trust", "Not enough memory to derive the key from the passphrase."));
    for (int i = 0; i < kKeynumBytes; ++i)
        keynum.data()[i] ^= stream.data()[i];
}

QByteArray oneLine(const QString &comment)
{
    QByteArray c = comment.toUtf8();
    if (c.contains('\n') || c.contains('\r'))
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "A signature comment must fit on one line."));
    return c;
}

} // namespace

MinisignSecretKey::KdfLimits MinisignSecretKey::KdfLimits::sensitive()
{
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE,
            crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE};
}

MinisignSecretKey::KdfLimits MinisignSecretKey::KdfLimits::interactive()
{
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE};
}

MinisignSecretKey MinisignSecretKey::generate()
{
    SodiumRuntime::ensureInitialized();
    MinisignSecretKey key;
    key.m_keyId = SodiumRuntime::randomBytes(MinisignPublicKey::KeyIdBytes);
    key.m_secret = SecretBytes(kSkBytes);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(pk, key.m_secret.data());
    return key;
}

MinisignSecretKey MinisignSecretKey::parse(QByteArrayView fileContent, QByteArrayView passphrase,
                                           const KdfLimits &maxLimits)
{
    SodiumRuntime::ensureInitialized();
    const auto invalid = [] {
        return TrustError(QCoreApplication::translate("phenomap::trust", "This is not a minisign secret key file."));
    };
    if (fileContent.size() > kMaxFileSize)
        throw invalid();
    QByteArrayView text = fileContent.trimmed();
    if (!text.startsWith("untrusted comment:"))
        throw invalid();
    const qsizetype nl = text.indexOf('\n');
    if (nl < 0)
        throw invalid();
    const QByteArrayView line = text.sliced(nl + 1).trimmed();
    auto decoded = StrictBase64::decodePadded(line);
    if (!decoded || decoded->size() != kFileBytes)
        throw invalid();
    SecretBytes raw(std::move(*decoded));
    const char *p = reinterpret_cast<const char *>(raw.data());
    if (QByteArrayView(p, 2) != "Ed")
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "The secret key uses an unsupported algorithm."));
    const QByteArrayView kdf(p + 2, 2);
    if (QByteArrayView(p + 4, 2) != "B2")
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "The secret key uses an unsupported checksum."));
    const QByteArray salt(p + 6, kSaltBytes);
    const quint64 ops = getLe64(p + 6 + kSaltBytes);
    const quint64 mem = getLe64(p + 14 + kSaltBytes);
    const int keynumOffset = 6 + kSaltBytes + 16;
    SecretBytes keynum(QByteArray(p + keynumOffset, kKeynumBytes));
    const bool encrypted = kdf == "Sc";
    if (encrypted) {
        if (ops > maxLimits.opsLimit || mem > maxLimits.memLimit)
            throw TrustError(QCoreApplication::translate(
                "phenomap::trust", "The secret key asks for an unreasonably expensive passphrase derivation."));
        applyKeystream(keynum, passphrase, salt, ops, mem);
    } else if (kdf != QByteArrayView("\0\0", 2)) {
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "The secret key uses an unsupported key derivation."));
    }
    MinisignSecretKey key;
    key.m_keyId = QByteArray(reinterpret_cast<const char *>(keynum.data()), MinisignPublicKey::KeyIdBytes);
    key.m_secret = SecretBytes(QByteArray(reinterpret_cast<const char *>(keynum.data()) + 8, kSkBytes));
    const QByteArray expected = checksum(key.m_keyId, key.m_secret.data());
    const QByteArray stored(reinterpret_cast<const char *>(keynum.data()) + 8 + kSkBytes, kChkBytes);
    // minisign 0.11 leaves the checksum zero in unencrypted (-W) keys; the seed/public key
    // consistency check below still catches damage there.
    const bool uncheckedPlainKey = !encrypted && stored == QByteArray(kChkBytes, '\0');
    if (!uncheckedPlainKey && !SodiumRuntime::equalConstantTime(expected, stored))
        throw TrustError(encrypted ? QCoreApplication::translate("phenomap::trust", "Wrong passphrase for the secret key.")
                                   : QCoreApplication::translate("phenomap::trust", "The secret key is corrupted."));
    // The public half stored in the secret key must be the one its seed yields.
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, key.m_secret.data());
    const bool consistent = sodium_memcmp(sk, key.m_secret.data(), kSkBytes) == 0;
    sodium_memzero(sk, sizeof sk);
    if (!consistent)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The secret key is corrupted."));
    return key;
}

MinisignPublicKey MinisignSecretKey::publicKey() const
{
    if (isNull())
        return {};
    return MinisignPublicKey(m_keyId, QByteArray(reinterpret_cast<const char *>(m_secret.data()) + 32, 32));
}

QByteArray MinisignSecretKey::toFileContent(QByteArrayView passphrase, const KdfLimits &limits) const
{
    SodiumRuntime::ensureInitialized();
    const bool encrypt = !passphrase.isEmpty();
    const QByteArray salt = SodiumRuntime::randomBytes(kSaltBytes);
    SecretBytes keynum(kKeynumBytes);
    memcpy(keynum.data(), m_keyId.constData(), 8);
    memcpy(keynum.data() + 8, m_secret.data(), kSkBytes);
    const QByteArray chk = checksum(m_keyId, m_secret.data());
    memcpy(keynum.data() + 8 + kSkBytes, chk.constData(), kChkBytes);
    if (encrypt)
        applyKeystream(keynum, passphrase, salt, limits.opsLimit, limits.memLimit);
    QByteArray raw;
    raw.reserve(kFileBytes);
    raw.append("Ed");
    raw.append(encrypt ? QByteArray("Sc") : QByteArray(2, '\0'));
    raw.append("B2");
    raw.append(salt);
    putLe64(raw, encrypt ? limits.opsLimit : 0);
    putLe64(raw, encrypt ? limits.memLimit : 0);
    raw.append(keynum.bytes());
    QByteArray out = QByteArray("untrusted comment: ")
        + (encrypt ? "minisign encrypted secret key" : "minisign secret key") + '\n'
        + StrictBase64::encodePadded(raw) + '\n';
    SodiumRuntime::wipe(raw);
    return out;
}

QByteArray MinisignSecretKey::sign(QIODevice &data, const QString &trustedComment,
                                   const QString &untrustedComment) const
{
    if (isNull())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "No signing key is loaded."));
    const QByteArray trusted = oneLine(trustedComment);
    const QByteArray untrusted = oneLine(untrustedComment.isEmpty()
                                             ? QStringLiteral("signature from Phenomap secret key %1")
                                                   .arg(publicKey().keyIdHex())
                                             : untrustedComment);
    const QByteArray digest = MinisignSignature::blake2b512(data);
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(digest.constData()),
                         quint64(digest.size()), m_secret.data());
    QByteArray global(crypto_sign_BYTES, Qt::Uninitialized);
    QByteArray signedPart = QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES) + trusted;
    crypto_sign_detached(reinterpret_cast<unsigned char *>(global.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(signedPart.constData()),
                         quint64(signedPart.size()), m_secret.data());
    const QByteArray blob = QByteArray("ED") + m_keyId + QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES);
    return "untrusted comment: " + untrusted + '\n' + StrictBase64::encodePadded(blob) + '\n'
        + "trusted comment: " + trusted + '\n' + StrictBase64::encodePadded(global) + '\n';
}

QByteArray MinisignSecretKey::sign(const QByteArray &data, const QString &trustedComment,
                                   const QString &untrustedComment) const
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return sign(buffer, trustedComment, untrustedComment);
}

void MinisignSecretKey::signFile(const QString &path, const QString &trustedComment,
                                 const QString &untrustedComment) const
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot read %1: %2")
                             .arg(path, in.errorString()));
    const QByteArray signature = sign(in, trustedComment, untrustedComment);
    QSaveFile out(path + QStringLiteral(".minisig"));
    if (!out.open(QIODevice::WriteOnly) || out.write(signature) != signature.size() || !out.commit())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot write the signature %1: %2")
                             .arg(out.fileName(), out.errorString()));
}

} // namespace phenomap
