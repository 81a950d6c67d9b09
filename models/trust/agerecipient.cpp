// SPDX-License-Identifier: GPL-3.0-or-later
#include "agerecipient.h"

#include "bech32.h"
#include "hkdf.h"
#include "secretbytes.h"
#include "sodiumruntime.h"
#include "strictbase64.h"
#include "trusterror.h"

#include <QCoreApplication>

#include <sodium.h>

namespace phenomap {

AgeRecipient::AgeRecipient(const QByteArray &publicKey) : m_publicKey(publicKey)
{
    if (publicKey.size() != crypto_scalarmult_BYTES)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Invalid age public key size."));
}

AgeRecipient AgeRecipient::parse(QByteArrayView text)
{
    const auto decoded = Bech32::decode(text.trimmed(), 256);
    if (!decoded || decoded->hrp != "age" || decoded->data.size() != crypto_scalarmult_BYTES
        || text.trimmed().front() != 'a')
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "This is not an age public key (age1...)."));
    return AgeRecipient(decoded->data);
}

QString AgeRecipient::toString() const
{
    return QString::fromLatin1(Bech32::encode("age", m_publicKey));
}

AgeHeader::Stanza AgeRecipient::wrap(const QByteArray &fileKey) const
{
    SodiumRuntime::ensureInitialized();
    if (isNull())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "No recipient public key."));
    SecretBytes ephemeral(QByteArray(SodiumRuntime::randomBytes(crypto_scalarmult_SCALARBYTES)));
    QByteArray share(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(share.data()), ephemeral.data());
    SecretBytes shared(crypto_scalarmult_BYTES);
    if (crypto_scalarmult(shared.data(), ephemeral.data(),
                          reinterpret_cast<const unsigned char *>(m_publicKey.constData()))
        != 0)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The age public key is invalid."));
    SecretBytes wrapKey(Hkdf::sha256(shared.bytes(), QByteArray(share + m_publicKey), "age-encryption.org/v1/X25519"));
    AgeHeader::Stanza stanza;
    stanza.type = "X25519";
    stanza.arguments = {StrictBase64::encodeUnpadded(share)};
    stanza.body.resize(fileKey.size() + crypto_aead_chacha20poly1305_ietf_ABYTES);
    const unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    unsigned long long len = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(stanza.body.data()), &len,
                                              reinterpret_cast<const unsigned char *>(fileKey.constData()),
                                              quint64(fileKey.size()), nullptr, 0, nullptr, nonce,
                                              wrapKey.data());
    return stanza;
}

} // namespace phenomap
