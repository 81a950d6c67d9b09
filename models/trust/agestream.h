// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretbytes.h"

#include <QByteArray>

class QIODevice;

namespace phenomap {

/// The age payload cipher: ChaCha20-Poly1305 over 64 KiB chunks with the STREAM nonce (11-byte
/// big-endian chunk counter || last-chunk flag), keyed by HKDF(file key, nonce, "payload").
/// Shared by AgeEncryptor and AgeDecryptor so the nonce rules live in one place.
class AgeStream
{
public:
    static constexpr qsizetype ChunkSize = 64 * 1024;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype NonceSize = 16;

    /// Derives the payload key from the file key and the 16-byte payload nonce.
    AgeStream(const QByteArray &fileKey, const QByteArray &payloadNonce);

    /// Encrypts the next chunk (<= ChunkSize bytes) and advances the counter.
    QByteArray seal(QByteArrayView plain, bool last);
    /// Decrypts the next chunk into out (resized); false when authentication fails.
    bool open(QByteArrayView sealed, bool last, QByteArray &out);
    /// Number of chunks processed so far.
    quint64 counter() const { return m_counter; }

    /// Reads up to n bytes, waiting on sequential devices; returns fewer only at the end of the
    /// input. A read error throws TrustError with `errorText` (a QT_TRANSLATE_NOOP in context
    /// "phenomap::trust" taking the device's error as %1).
    static qint64 readUpTo(QIODevice &in, char *data, qint64 n, const char *errorText);

private:
    void nonce(unsigned char out[12], bool last) const;

    SecretBytes m_key;
    quint64 m_counter = 0;
};

} // namespace phenomap
