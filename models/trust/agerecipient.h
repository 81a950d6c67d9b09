// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ageheader.h"

#include <QByteArray>
#include <QString>

namespace phenomap {

/// A partner's age X25519 public key (`age1...`), to which packages are encrypted. Wrapping a
/// file key makes a fresh ephemeral key for every stanza, as the age specification demands.
class AgeRecipient
{
public:
    AgeRecipient() = default;
    /// From the raw 32-byte X25519 public key; throws TrustError on a wrong size.
    explicit AgeRecipient(const QByteArray &publicKey);
    /// Parses an `age1...` string (surrounding whitespace allowed); throws TrustError.
    static AgeRecipient parse(QByteArrayView text);

    bool isNull() const { return m_publicKey.isEmpty(); }
    const QByteArray &publicKey() const { return m_publicKey; }
    /// The `age1...` form.
    QString toString() const;
    /// An X25519 stanza wrapping the 16-byte file key for this recipient.
    AgeHeader::Stanza wrap(const QByteArray &fileKey) const;

    friend bool operator==(const AgeRecipient &a, const AgeRecipient &b) { return a.m_publicKey == b.m_publicKey; }

private:
    QByteArray m_publicKey;
};

} // namespace phenomap
