// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace phenomap {

/// An Ed25519 public key in minisign's format ("Ed" || key id || key, base64), as partners
/// exchange it: the `minisign.pub` file or the bare base64 line `minisign -P` takes. Value type.
class MinisignPublicKey
{
public:
    static constexpr int KeyIdBytes = 8;
    static constexpr int KeyBytes = 32;

    MinisignPublicKey() = default;
    /// Builds a key from its parts; throws TrustError on wrong sizes.
    MinisignPublicKey(const QByteArray &keyId, const QByteArray &key);

    /// Parses a public key file (comment line + base64 line) or a bare base64 line.
    static MinisignPublicKey parse(QByteArrayView text);

    bool isNull() const { return m_key.isEmpty(); }
    /// The 8 raw key id bytes as stored in keys and signatures.
    const QByteArray &keyId() const { return m_keyId; }
    /// The raw 32-byte Ed25519 public key.
    const QByteArray &key() const { return m_key; }
    /// Key id as minisign prints it (upper-case hex of the little-endian number, no leading zeros).
    QString keyIdHex() const;
    /// The base64 line (what `minisign -P` expects).
    QByteArray toBase64() const;
    /// The content of a minisign.pub file.
    QByteArray toFileContent() const;

    /// Key id bytes in minisign's display form.
    static QString keyIdToHex(const QByteArray &keyId);

    friend bool operator==(const MinisignPublicKey &a, const MinisignPublicKey &b)
    {
        return a.m_keyId == b.m_keyId && a.m_key == b.m_key;
    }

private:
    QByteArray m_keyId;
    QByteArray m_key;
};

} // namespace phenomap
