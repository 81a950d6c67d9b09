// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace phenomap {

/// Bech32 (BIP 173, not Bech32m) as age uses it for `age1...` recipients and
/// `AGE-SECRET-KEY-1...` identities: no 90-character limit, all-lower or all-upper case,
/// checksum over the lower-case form. Written here because libsodium has no Bech32.
class Bech32
{
public:
    /// A decoded string: human-readable part (lower case) and the 8-bit payload.
    struct Decoded
    {
        QByteArray hrp;
        QByteArray data;
    };

    /// Encodes data under hrp, in lower case (callers upper-case identities themselves).
    static QByteArray encode(const QByteArray &hrp, const QByteArray &data);
    /// Decodes a Bech32 string; nullopt on bad characters, mixed case, bad checksum, bad padding
    /// or strings longer than maxLength.
    static std::optional<Decoded> decode(QByteArrayView text, qsizetype maxLength = 1024);
};

} // namespace phenomap
