// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "minisignpublickey.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace phenomap {

/// A parsed `.minisig` file: the Ed25519 signature over the file (prehashed "ED" with
/// BLAKE2b-512, or legacy "Ed" over the raw bytes), the trusted comment and the global signature
/// that binds the comment to the signature. Partners' files are hostile input: parse() is
/// bounded (16 KiB) and strict, and verify() reports rather than throws.
class MinisignSignature
{
public:
    /// The outcome of verify(): the GUI shows who signed and what the trusted comment says.
    struct Verification
    {
        bool valid = false;
        QString keyIdHex;        ///< key id of the signature (known even when invalid)
        QString trustedComment;  ///< only meaningful when valid
        QString untrustedComment;
        bool prehashed = false;
        QString error;           ///< translated reason when not valid
    };

    static constexpr qsizetype MaxFileSize = 16 * 1024;

    MinisignSignature() = default;
    /// Parses .minisig content; throws TrustError on anything malformed.
    static MinisignSignature parse(QByteArrayView text);

    /// The 8 raw key id bytes of the signing key (to look the partner up).
    const QByteArray &keyId() const { return m_keyId; }
    QString keyIdHex() const { return MinisignPublicKey::keyIdToHex(m_keyId); }
    /// Trusted comment bytes as in the file (not yet verified).
    const QByteArray &trustedComment() const { return m_trustedComment; }
    const QByteArray &untrustedComment() const { return m_untrustedComment; }
    bool isPrehashed() const { return m_prehashed; }

    /// Checks both signatures against key for data read from the device's current position.
    Verification verify(const MinisignPublicKey &key, QIODevice &data) const;
    /// Same for bytes in memory.
    Verification verify(const MinisignPublicKey &key, const QByteArray &data) const;
    /// Reads FILE and FILE.minisig (or sigPath) and verifies; never throws.
    static Verification verifyFile(const MinisignPublicKey &key, const QString &path,
                                   const QString &sigPath = QString());

    /// BLAKE2b-512 of a device from its current position to its end; throws on read errors.
    static QByteArray blake2b512(QIODevice &data);

private:
    QByteArray m_untrustedComment;
    QByteArray m_keyId;
    QByteArray m_signature;
    QByteArray m_trustedComment;
    QByteArray m_globalSignature;
    bool m_prehashed = true;
};

} // namespace phenomap
