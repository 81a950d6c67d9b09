// SPDX-License-Identifier: GPL-3.0-or-later
#include "agestream.h"

#include "hkdf.h"
#include "sodiumruntime.h"
#include "trusterror.h"

#include <QCoreApplication>
#include <QIODevice>

#include <sodium.h>

namespace phenomap {
namespace {

// libsodium declares its pointer arguments non-null even for zero lengths.
const unsigned char kEmpty = 0;

} // namespace

AgeStream::AgeStream(const QByteArray &fileKey, const QByteArray &payloadNonce)
    : m_key(Hkdf::sha256(fileKey, payloadNonce, "payload"))
{
}

void AgeStream::nonce(unsigned char out[12], bool last) const
{
    // 11-byte big-endian counter; a 64-bit counter cannot overflow in practice (2^64 chunks).
    memset(out, 0, 12);
    for (int i = 0; i < 8; ++i)
        out[10 - i] = static_cast<unsigned char>((m_counter >> (8 * i)) & 0xFF);
    out[11] = last ? 0x01 : 0x00;
}

QByteArray AgeStream::seal(QByteArrayView plain, bool last)
{
    if (plain.size() > ChunkSize)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Internal error: chunk too large."));
    unsigned char n[12];
    nonce(n, last);
    QByteArray out(plain.size() + TagSize, Qt::Uninitialized);
    unsigned long long len = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.data()), &len,
                                              plain.isEmpty() ? &kEmpty : reinterpret_cast<const unsigned char *>(plain.data()),
                                              quint64(plain.size()), nullptr, 0, nullptr, n, m_key.data());
    ++m_counter;
    return out;
}

bool AgeStream::open(QByteArrayView sealed, bool last, QByteArray &out)
{
    if (sealed.size() < TagSize || sealed.size() > ChunkSize + TagSize)
        return false;
    unsigned char n[12];
    nonce(n, last);
    out.resize(sealed.size() - TagSize);
    unsigned long long len = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(out.data()), &len, nullptr,
                                                  reinterpret_cast<const unsigned char *>(sealed.data()),
                                                  quint64(sealed.size()), nullptr, 0, n, m_key.data())
        != 0)
        return false;
    ++m_counter;
    return true;
}

qint64 AgeStream::readUpTo(QIODevice &in, char *data, qint64 n, const char *errorText)
{
    qint64 total = 0;
    while (total < n) {
        const qint64 r = in.read(data + total, n - total);
        if (r < 0)
            throw TrustError(QCoreApplication::translate("phenomap::trust", errorText).arg(in.errorString()));
        if (r == 0) {
            if (in.isSequential() && in.waitForReadyRead(30000))
                continue;
            break;
        }
        total += r;
    }
    return total;
}

} // namespace phenomap
