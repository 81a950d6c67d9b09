// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ageheader.h"
#include "agerecipient.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace phenomap {

/// An age X25519 identity (`AGE-SECRET-KEY-1...`): the office's decryption key. The secret is
/// held in a SecretBytes (wiped on destruction); files from `age-keygen` are parsed as is.
class AgeIdentity
{
public:
    AgeIdentity() = default;

    /// A fresh random identity.
    static AgeIdentity generate();
    /// Parses one `AGE-SECRET-KEY-1...` string; throws TrustError.
    static AgeIdentity parse(QByteArrayView text);
    /// Parses an identity file as age-keygen writes it (comment lines start with '#');
    /// throws TrustError when a line is not an identity or there is none.
    static QList<AgeIdentity> parseFile(QByteArrayView text);

    bool isNull() const { return m_secret.isEmpty(); }
    /// The `AGE-SECRET-KEY-1...` form (a secret: wipe the copy when done).
    QByteArray toSecretString() const;
    /// The content of an identity file in age-keygen's format.
    QByteArray toFileContent() const;
    /// The matching public key.
    AgeRecipient recipient() const;
    /// Unwraps the file key from an X25519 stanza addressed to this identity; nullopt when the
    /// stanza is of another type or for another key, TrustError when it is malformed.
    std::optional<SecretBytes> unwrap(const AgeHeader::Stanza &stanza) const;

private:
    SecretBytes m_secret;
};

} // namespace phenomap
