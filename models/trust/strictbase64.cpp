// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictbase64.h"

namespace phenomap {
namespace {

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

QByteArray StrictBase64::encodeUnpadded(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size())
        .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

QByteArray StrictBase64::encodePadded(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size()).toBase64(QByteArray::Base64Encoding);
}

std::optional<QByteArray> StrictBase64::decodeUnpadded(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(n / 4 * 3 + 2);
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int v = valueOf(text[i]);
        if (v < 0)
            return std::nullopt;
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xFF));
        }
    }
    // Canonical: the unused low bits of the last character must be zero.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> StrictBase64::decodePadded(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return std::nullopt;
    qsizetype pad = 0;
    if (n >= 1 && text[n - 1] == '=')
        pad = (n >= 2 && text[n - 2] == '=') ? 2 : 1;
    return decodeUnpadded(text.first(n - pad));
}

} // namespace phenomap
