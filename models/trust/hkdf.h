// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace phenomap {

/// HKDF-SHA-256 (RFC 5869) over libsodium's HMAC-SHA-256: libsodium 1.0.18 has no HKDF, and
/// age derives its wrap, header-MAC and payload keys with it.
class Hkdf
{
public:
    /// Extract-then-expand; length <= 255 * 32. The caller wipes the result if it is a key.
    static QByteArray sha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length = 32);
    /// HMAC-SHA-256 of message under key (any key length).
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
};

} // namespace phenomap
