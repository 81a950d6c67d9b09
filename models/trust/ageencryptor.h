// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agepassphrase.h"
#include "agerecipient.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace phenomap {

/// Encrypts to the age v1 format, readable by Debian's `age -d`: to one or more X25519
/// recipients, or to a single passphrase (age forbids mixing scrypt with other stanzas).
/// Streams 64 KiB at a time, so exported packages of any size never sit whole in memory.
class AgeEncryptor
{
public:
    /// Adds an X25519 recipient (not combinable with a passphrase).
    void addRecipient(const AgeRecipient &recipient);
    /// Encrypts to a passphrase instead of recipients, with scrypt work factor 2^logN.
    void setPassphrase(const QByteArray &passphrase, int logN = AgePassphrase::DefaultLogN);
    ~AgeEncryptor();

    /// Encrypts everything readable from in (to its end) and writes the age file to out.
    void encrypt(QIODevice &in, QIODevice &out) const;
    /// Encrypts a file to outPath atomically (QSaveFile).
    void encryptFile(const QString &inPath, const QString &outPath) const;
    /// Encrypts bytes in memory.
    QByteArray encrypt(const QByteArray &plain) const;

    /// Convenience: encrypt bytes to recipients.
    static QByteArray encrypt(const QByteArray &plain, const QList<AgeRecipient> &recipients);
    /// Convenience: encrypt bytes to a passphrase.
    static QByteArray encryptWithPassphrase(const QByteArray &plain, const QByteArray &passphrase,
                                            int logN = AgePassphrase::DefaultLogN);

private:
    QList<AgeRecipient> m_recipients;
    QByteArray m_passphrase;
    int m_logN = AgePassphrase::DefaultLogN;
};

} // namespace phenomap
