// SPDX-License-Identifier: GPL-3.0-or-later
#include "ageidentity.h"

#include "bech32.h"
#include "hkdf.h"
#include "sodiumruntime.h"
#include "strictbase64.h"
#include "trusterror.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sodium.h>

namespace phenomap {
namespace {

constexpr qsizetype kMaxIdentityFile = 64 * 1024;

} // namespace

AgeIdentity AgeIdentity::generate()
{
    AgeIdentity id;
    id.m_secret = SecretBytes(SodiumRuntime::randomBytes(crypto_scalarmult_SCALARBYTES));
    return id;
}

AgeIdentity AgeIdentity::parse(QByteArrayView text)
{
    text = text.trimmed();
    auto decoded = Bech32::decode(text, 256);
    const bool ok = decoded && decoded->hrp == "age-secret-key-" && decoded->data.size() == crypto_scalarmult_SCALARBYTES
        && text.startsWith("AGE-SECRET-KEY-1");
    if (!ok) {
        if (decoded)
            SodiumRuntime::wipe(decoded->data);
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "This is not an age secret key (AGE-SECRET-KEY-1...)."));
    }
    AgeIdentity id;
    id.m_secret = SecretBytes(std::move(decoded->data));
    return id;
}

QList<AgeIdentity> AgeIdentity::parseFile(QByteArrayView text)
{
    if (text.size() > kMaxIdentityFile)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The identity file is too large."));
    QList<AgeIdentity> ids;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        if (nl < 0)
            nl = text.size();
        const QByteArrayView line = text.sliced(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ids.append(parse(line));
    }
    if (ids.isEmpty())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The identity file holds no age key."));
    return ids;
}

QByteArray AgeIdentity::toSecretString() const
{
    return Bech32::encode("AGE-SECRET-KEY-", m_secret.bytes()).toUpper();
}

QByteArray AgeIdentity::toFileContent() const
{
    QByteArray secret = toSecretString();
    const QByteArray out = "# created: " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1()
        + "\n# public key: " + recipient().toString().toLatin1() + '\n' + secret + '\n';
    SodiumRuntime::wipe(secret);
    return out;
}

AgeRecipient AgeIdentity::recipient() const
{
    SodiumRuntime::ensureInitialized();
    if (isNull())
        return {};
    QByteArray pk(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pk.data()), m_secret.data());
    return AgeRecipient(pk);
}

std::optional<SecretBytes> AgeIdentity::unwrap(const AgeHeader::Stanza &stanza) const
{
    SodiumRuntime::ensureInitialized();
    if (stanza.type != "X25519" || isNull())
        return std::nullopt;
    const auto bad = [] {
        return TrustError(QCoreApplication::translate("phenomap::trust", "Malformed X25519 stanza in the age header."));
    };
    if (stanza.arguments.size() != 1)
        throw bad();
    const auto share = StrictBase64::decodeUnpadded(stanza.arguments.first());
    if (!share || share->size() != crypto_scalarmult_BYTES)
        throw bad();
    if (stanza.body.size() != 32)
        throw bad();
    SecretBytes shared(crypto_scalarmult_BYTES);
    // libsodium returns -1 for an all-zero shared secret (low-order point), which age requires
    // to abort on.
    if (crypto_scalarmult(shared.data(), m_secret.data(), reinterpret_cast<const unsigned char *>(share->constData())) != 0
        || sodium_is_zero(shared.data(), crypto_scalarmult_BYTES))
        throw bad();
    const QByteArray ourPublic = recipient().publicKey();
    SecretBytes wrapKey(Hkdf::sha256(shared.bytes(), QByteArray(*share + ourPublic), "age-encryption.org/v1/X25519"));
    SecretBytes fileKey(16);
    const unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    unsigned long long len = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(fileKey.data(), &len, nullptr,
                                                  reinterpret_cast<const unsigned char *>(stanza.body.constData()),
                                                  quint64(stanza.body.size()), nullptr, 0, nonce, wrapKey.data())
        != 0)
        return std::nullopt; // addressed to another recipient
    return fileKey;
}

} // namespace phenomap
