// SPDX-License-Identifier: GPL-3.0-or-later
#include "agepassphrase.h"

#include "sodiumruntime.h"
#include "strictbase64.h"
#include "trusterror.h"

#include <QCoreApplication>

#include <sodium.h>

namespace phenomap {
namespace {

constexpr QByteArrayView kSaltLabel("age-encryption.org/v1/scrypt");
constexpr int kSaltBytes = 16;

SecretBytes deriveKey(QByteArrayView passphrase, const QByteArray &salt, int logN)
{
    const QByteArray fullSalt = kSaltLabel.toByteArray() + salt;
    SecretBytes key(32);
    static const uint8_t empty = 0;
    if (crypto_pwhash_scryptsalsa208sha256_ll(passphrase.isEmpty() ? &empty
                                                                   : reinterpret_cast<const uint8_t *>(passphrase.data()),
                                              size_t(passphrase.size()),
                                              reinterpret_cast<const uint8_t *>(fullSalt.constData()),
                                              size_t(fullSalt.size()), quint64(1) << logN, 8, 1, key.data(),
                                              size_t(key.size()))
        != 0)
        throw TrustError(QCoreApplication::translate(
            "phenomap::trust", "Not enough memory to derive the key from the passphrase."));
    return key;
}

} // namespace

AgeHeader::Stanza AgePassphrase::wrap(const QByteArray &fileKey, QByteArrayView passphrase, int logN)
{
    SodiumRuntime::ensureInitialized();
    if (logN < 1 || logN > 30)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Invalid scrypt work factor."));
    if (passphrase.isEmpty())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The passphrase must not be empty."));
    const QByteArray salt = SodiumRuntime::randomBytes(kSaltBytes);
    SecretBytes key = deriveKey(passphrase, salt, logN);
    AgeHeader::Stanza stanza;
    stanza.type = "scrypt";
    stanza.arguments = {StrictBase64::encodeUnpadded(salt), QByteArray::number(logN)};
    stanza.body.resize(fileKey.size() + crypto_aead_chacha20poly1305_ietf_ABYTES);
    const unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    unsigned long long len = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(stanza.body.data()), &len,
                                              reinterpret_cast<const unsigned char *>(fileKey.constData()),
                                              quint64(fileKey.size()), nullptr, 0, nullptr, nonce, key.data());
    return stanza;
}

std::optional<SecretBytes> AgePassphrase::unwrap(const AgeHeader::Stanza &stanza, QByteArrayView passphrase,
                                                 int maxLogN)
{
    SodiumRuntime::ensureInitialized();
    if (stanza.type != "scrypt")
        return std::nullopt;
    const auto bad = [] {
        return TrustError(QCoreApplication::translate("phenomap::trust", "Malformed scrypt stanza in the age header."));
    };
    if (stanza.arguments.size() != 2)
        throw bad();
    const auto salt = StrictBase64::decodeUnpadded(stanza.arguments[0]);
    if (!salt || salt->size() != kSaltBytes)
        throw bad();
    const QByteArray &workFactor = stanza.arguments[1];
    // Decimal without leading zeros: ^[1-9][0-9]*$
    if (workFactor.isEmpty() || workFactor.size() > 2 || workFactor[0] < '1' || workFactor[0] > '9')
        throw bad();
    for (char c : workFactor)
        if (c < '0' || c > '9')
            throw bad();
    const int logN = workFactor.toInt();
    if (logN > maxLogN || logN > 30)
        throw TrustError(QCoreApplication::translate(
            "phenomap::trust", "The file asks for a passphrase work factor of 2^%1, above the limit of 2^%2.")
                             .arg(logN)
                             .arg(maxLogN));
    if (stanza.body.size() != 32)
        throw bad();
    SecretBytes key = deriveKey(passphrase, *salt, logN);
    SecretBytes fileKey(16);
    const unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    unsigned long long len = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(fileKey.data(), &len, nullptr,
                                                  reinterpret_cast<const unsigned char *>(stanza.body.constData()),
                                                  quint64(stanza.body.size()), nullptr, 0, nonce, key.data())
        != 0)
        return std::nullopt;
    return fileKey;
}

} // namespace phenomap
