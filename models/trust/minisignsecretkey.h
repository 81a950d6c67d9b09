// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "minisignpublickey.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace phenomap {

/// The office's Ed25519 signing key in minisign's secret key format, so the same key file works
/// with `minisign -S`. On disk it is protected like minisign does it: scrypt (libsodium
/// scryptsalsa208sha256) of the passphrase XORed over key id, key and a BLAKE2b checksum.
/// In memory the secret lives in a SecretBytes and is wiped on destruction.
class MinisignSecretKey
{
public:
    /// scrypt cost stored in the key file (minisign reads whatever the file declares).
    struct KdfLimits
    {
        quint64 opsLimit;
        quint64 memLimit;
        /// What `minisign -G` uses (libsodium "sensitive": 1 GiB, a few seconds).
        static KdfLimits sensitive();
        /// libsodium "interactive" (16 MiB): for tests only.
        static KdfLimits interactive();
    };

    MinisignSecretKey() = default;

    /// A fresh key pair with a random 8-byte key id.
    static MinisignSecretKey generate();
    /// Reads a minisign secret key file; the passphrase is ignored for unencrypted (-W) keys.
    /// A file asking for a costlier scrypt than maxLimits is refused (minisign -G uses
    /// sensitive()). Throws TrustError on malformed files or a wrong passphrase.
    static MinisignSecretKey parse(QByteArrayView fileContent, QByteArrayView passphrase,
                                   const KdfLimits &maxLimits = KdfLimits::sensitive());

    bool isNull() const { return m_secret.isEmpty(); }
    /// The matching public key.
    MinisignPublicKey publicKey() const;
    const QByteArray &keyId() const { return m_keyId; }

    /// The key file content, encrypted under passphrase (an empty passphrase writes an
    /// unencrypted key, as `minisign -G -W`).
    QByteArray toFileContent(QByteArrayView passphrase, const KdfLimits &limits = KdfLimits::sensitive()) const;

    /// Signs a whole device (read from its current position) in minisign's prehashed ("ED")
    /// mode and returns the .minisig file content. Comments must be single-line.
    QByteArray sign(QIODevice &data, const QString &trustedComment,
                    const QString &untrustedComment = QString()) const;
    /// Same for bytes in memory.
    QByteArray sign(const QByteArray &data, const QString &trustedComment,
                    const QString &untrustedComment = QString()) const;
    /// Signs a file and writes FILE.minisig beside it (atomically).
    void signFile(const QString &path, const QString &trustedComment,
                  const QString &untrustedComment = QString()) const;

private:
    QByteArray m_keyId;
    SecretBytes m_secret; // libsodium's 64-byte secret key: seed || public key
};

} // namespace phenomap
