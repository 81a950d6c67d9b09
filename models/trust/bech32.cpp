// SPDX-License-Identifier: GPL-3.0-or-later
#include "bech32.h"

#include <cstring>
#include <vector>

namespace phenomap {
namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const std::vector<quint8> &values)
{
    static constexpr quint32 generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1)
                chk ^= generator[i];
    }
    return chk;
}

std::vector<quint8> expandHrp(const QByteArray &hrp)
{
    std::vector<quint8> out;
    out.reserve(size_t(hrp.size()) * 2 + 1);
    for (char c : hrp)
        out.push_back(quint8(c) >> 5);
    out.push_back(0);
    for (char c : hrp)
        out.push_back(quint8(c) & 31);
    return out;
}

/// Regroups bits; with pad=false, fails on leftover bits that are >= fromBits or non-zero.
std::optional<std::vector<quint8>> convertBits(const quint8 *in, size_t n, int fromBits, int toBits, bool pad)
{
    quint32 acc = 0;
    int bits = 0;
    const quint32 maxv = (1u << toBits) - 1;
    std::vector<quint8> out;
    out.reserve(n * size_t(fromBits) / size_t(toBits) + 1);
    for (size_t i = 0; i < n; ++i) {
        acc = ((acc << fromBits) | in[i]) & 0xFFFFF;
        bits += fromBits;
        while (bits >= toBits) {
            bits -= toBits;
            out.push_back(quint8((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits > 0)
            out.push_back(quint8((acc << (toBits - bits)) & maxv));
    } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv) != 0) {
        return std::nullopt;
    }
    return out;
}

} // namespace

QByteArray Bech32::encode(const QByteArray &hrp, const QByteArray &data)
{
    const QByteArray lowerHrp = hrp.toLower();
    auto five = *convertBits(reinterpret_cast<const quint8 *>(data.constData()), size_t(data.size()), 8, 5, true);
    std::vector<quint8> values = expandHrp(lowerHrp);
    values.insert(values.end(), five.begin(), five.end());
    values.insert(values.end(), 6, 0);
    const quint32 mod = polymod(values) ^ 1;
    QByteArray out = lowerHrp + '1';
    for (quint8 v : five)
        out.append(kCharset[v]);
    for (int i = 0; i < 6; ++i)
        out.append(kCharset[(mod >> (5 * (5 - i))) & 31]);
    return out;
}

std::optional<Bech32::Decoded> Bech32::decode(QByteArrayView text, qsizetype maxLength)
{
    if (text.size() < 8 || text.size() > maxLength)
        return std::nullopt;
    bool lower = false, upper = false;
    for (char c : text) {
        if (quint8(c) < 33 || quint8(c) > 126)
            return std::nullopt;
        lower |= (c >= 'a' && c <= 'z');
        upper |= (c >= 'A' && c <= 'Z');
    }
    if (lower && upper)
        return std::nullopt;
    const QByteArray s = text.toByteArray().toLower();
    const qsizetype sep = s.lastIndexOf('1');
    if (sep < 1 || sep + 7 > s.size())
        return std::nullopt;
    Decoded result;
    result.hrp = s.left(sep);
    std::vector<quint8> five;
    five.reserve(size_t(s.size() - sep - 1));
    for (qsizetype i = sep + 1; i < s.size(); ++i) {
        const char *p = static_cast<const char *>(memchr(kCharset, s[i], 32));
        if (!p)
            return std::nullopt;
        five.push_back(quint8(p - kCharset));
    }
    std::vector<quint8> values = expandHrp(result.hrp);
    values.insert(values.end(), five.begin(), five.end());
    if (polymod(values) != 1)
        return std::nullopt;
    five.resize(five.size() - 6);
    auto eight = convertBits(five.data(), five.size(), 5, 8, false);
    if (!eight)
        return std::nullopt;
    result.data = QByteArray(reinterpret_cast<const char *>(eight->data()), qsizetype(eight->size()));
    return result;
}

} // namespace phenomap
