// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

class QIODevice;

namespace phenomap {

/// The textual header of an age v1 file (age-encryption.org/v1): recipient stanzas that each
/// wrap the file key, and an HMAC-SHA-256 over the header. Files arrive from outside, so read()
/// follows the ABNF of the specification strictly (canonical base64, LF only, 64-column body
/// lines) and stops at fixed size limits instead of trusting lengths in the input.
class AgeHeader
{
public:
    /// One recipient stanza: `-> type args...` and its base64-decoded body.
    struct Stanza
    {
        QByteArray type;
        QList<QByteArray> arguments; ///< arguments after the type
        QByteArray body;
    };

    static constexpr qsizetype MaxHeaderBytes = 1024 * 1024;
    static constexpr qsizetype MaxLineBytes = 8192;
    static constexpr int MaxStanzas = 1000;

    /// Reads and validates a header from the device's current position, leaving the device at
    /// the first payload byte. Throws TrustError on anything malformed or over the limits.
    static AgeHeader read(QIODevice &in);
    /// Parses a header at the start of bytes; `consumed` receives the header length.
    static AgeHeader parse(const QByteArray &bytes, qsizetype *consumed = nullptr);

    QList<Stanza> stanzas;
    QByteArray mac; ///< 32 bytes as read (empty for a header being built)

    /// The header bytes the MAC covers: everything up to and including `---`.
    QByteArray macInput() const;
    /// HMAC-SHA-256 under HKDF(file key, "", "header").
    QByteArray computeMac(const QByteArray &fileKey) const;
    /// Constant-time check of mac against the file key.
    bool verifyMac(const QByteArray &fileKey) const;
    /// The complete header text with the MAC under fileKey (sets mac).
    QByteArray serialize(const QByteArray &fileKey);
    /// True when the header is protected by a passphrase (an scrypt stanza).
    bool isPassphraseProtected() const;
};

} // namespace phenomap
