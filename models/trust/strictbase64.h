// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace phenomap {

/// Base64 as the age and minisign formats need it. QByteArray::fromBase64 is lenient (it skips
/// or tolerates some malformed input), and age requires rejecting non-canonical encodings, which
/// would otherwise make headers malleable; this decoder accepts exactly one spelling per value.
class StrictBase64
{
public:
    /// Standard alphabet, no '=' padding (age).
    static QByteArray encodeUnpadded(QByteArrayView bytes);
    /// Decodes unpadded canonical base64; nullopt on any other character, '=' or non-zero
    /// trailing bits.
    static std::optional<QByteArray> decodeUnpadded(QByteArrayView text);
    /// Standard alphabet with '=' padding (minisign).
    static QByteArray encodePadded(QByteArrayView bytes);
    /// Decodes padded canonical base64 (length a multiple of 4); nullopt otherwise.
    static std::optional<QByteArray> decodePadded(QByteArrayView text);
};

} // namespace phenomap
