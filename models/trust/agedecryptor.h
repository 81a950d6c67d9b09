// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ageheader.h"
#include "ageidentity.h"
#include "agepassphrase.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace phenomap {

/// Decrypts age v1 files made by Phenomap or by Debian's `age`, with X25519 identities or a
/// passphrase. Encrypted packages are opened in memory (decryptToMemory() and then
/// sqlite3_deserialize) so the plain database never touches the disk; the memory path grows its
/// buffer by hand so no stale plaintext copy is left in freed heap. Strict: wrong MACs, bad
/// chunks, truncated or extended payloads and empty non-initial final chunks are errors.
class AgeDecryptor
{
public:
    AgeDecryptor() = default;
    ~AgeDecryptor();
    AgeDecryptor(const AgeDecryptor &) = delete;
    AgeDecryptor &operator=(const AgeDecryptor &) = delete;

    /// Adds an X25519 identity to try.
    void addIdentity(const AgeIdentity &identity);
    /// Sets the passphrase for scrypt-protected files and the largest work factor accepted.
    void setPassphrase(const QByteArray &passphrase, int maxLogN = AgePassphrase::DefaultMaxLogN);
    /// Largest plaintext decryptToMemory() accepts (default 4 GiB).
    void setMaxPlaintextSize(qint64 bytes) { m_maxPlaintext = bytes; }

    /// Decrypts from in's current position and streams the plaintext to out. On error out may
    /// already hold authenticated chunks of a payload that turns out truncated or damaged: the
    /// caller discards it (e.g. QSaveFile::cancelWriting()).
    void decrypt(QIODevice &in, QIODevice &out) const;
    /// Decrypts into memory; on any error nothing is returned and the partial plaintext wiped.
    QByteArray decryptToMemory(QIODevice &in) const;
    /// Decrypts bytes in memory.
    QByteArray decrypt(const QByteArray &encrypted) const;

    /// Reads only the header of an age file, e.g. to ask for a passphrase when
    /// isPassphraseProtected(); throws TrustError.
    static AgeHeader readHeader(const QString &path);

private:
    SecretBytes unwrapFileKey(const AgeHeader &header) const;
    template<typename Sink>
    void decryptPayload(QIODevice &in, const QByteArray &fileKey, Sink &&sink) const;

    QList<AgeIdentity> m_identities;
    QByteArray m_passphrase;
    int m_maxLogN = AgePassphrase::DefaultMaxLogN;
    qint64 m_maxPlaintext = qint64(4) * 1024 * 1024 * 1024;
};

} // namespace phenomap
