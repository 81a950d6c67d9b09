// SPDX-License-Identifier: GPL-3.0-or-later
#include "hkdf.h"

#include "sodiumruntime.h"
#include "trusterror.h"

#include <QCoreApplication>

#include <sodium.h>

namespace phenomap {

namespace {

/// libsodium declares its pointer arguments non-null even for zero lengths.
const unsigned char *nonNull(QByteArrayView bytes)
{
    static const unsigned char empty = 0;
    return bytes.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(bytes.data());
}

} // namespace

QByteArray Hkdf::hmacSha256(QByteArrayView key, QByteArrayView message)
{
    SodiumRuntime::ensureInitialized();
    crypto_auth_hmacsha256_state state;
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_init(&state, nonNull(key), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, nonNull(message),
                                  quint64(message.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray Hkdf::sha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length)
{
    if (length < 0 || length > 255 * 32)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Invalid key derivation length."));
    // Extract: an empty salt is HMAC with an empty key, which RFC 5869's HashLen zero bytes
    // equal (HMAC pads keys with zeros to the block size).
    QByteArray prk = hmacSha256(salt, ikm);
    QByteArray okm;
    okm.reserve(length + 32);
    QByteArray previous;
    for (int counter = 1; okm.size() < length; ++counter) {
        QByteArray block = previous;
        block.append(info.data(), info.size());
        block.append(char(counter));
        SodiumRuntime::wipe(previous);
        previous = hmacSha256(prk, block);
        SodiumRuntime::wipe(block);
        okm.append(previous);
    }
    SodiumRuntime::wipe(previous);
    SodiumRuntime::wipe(prk);
    if (okm.size() > length) {
        sodium_memzero(okm.data() + length, size_t(okm.size() - length));
        okm.truncate(length);
    }
    return okm;
}

} // namespace phenomap
