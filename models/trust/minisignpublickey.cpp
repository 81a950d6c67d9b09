// SPDX-License-Identifier: GPL-3.0-or-later
#include "minisignpublickey.h"

#include "strictbase64.h"
#include "trusterror.h"

#include <QCoreApplication>

namespace phenomap {
namespace {

constexpr qsizetype kMaxFileSize = 4096;

QByteArrayView trimLineEnd(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line;
}

} // namespace

MinisignPublicKey::MinisignPublicKey(const QByteArray &keyId, const QByteArray &key)
    : m_keyId(keyId), m_key(key)
{
    if (keyId.size() != KeyIdBytes || key.size() != KeyBytes)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Invalid public key size."));
}

MinisignPublicKey MinisignPublicKey::parse(QByteArrayView text)
{
    if (text.size() > kMaxFileSize)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The public key file is too large."));
    QByteArrayView rest = text.trimmed();
    QByteArrayView line = rest;
    if (rest.startsWith("untrusted comment:")) {
        const qsizetype nl = rest.indexOf('\n');
        if (nl < 0)
            throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                         "The public key file has no key after its comment line."));
        line = rest.sliced(nl + 1);
    }
    line = trimLineEnd(line.trimmed());
    if (line.contains('\n'))
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The public key file has extra lines."));
    const auto decoded = StrictBase64::decodePadded(line);
    if (!decoded || decoded->size() != 2 + KeyIdBytes + KeyBytes)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "This is not a minisign public key."));
    if (!decoded->startsWith("Ed"))
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "The public key uses an unsupported algorithm."));
    return MinisignPublicKey(decoded->mid(2, KeyIdBytes), decoded->mid(2 + KeyIdBytes));
}

QString MinisignPublicKey::keyIdToHex(const QByteArray &keyId)
{
    QByteArray reversed(keyId.size(), '\0');
    for (qsizetype i = 0; i < keyId.size(); ++i)
        reversed[keyId.size() - 1 - i] = keyId[i];
    // minisign prints the little-endian number with PRIX64, i.e. without leading zeros.
    QByteArray hex = reversed.toHex().toUpper();
    while (hex.size() > 1 && hex.startsWith('0'))
        hex.remove(0, 1);
    return QString::fromLatin1(hex);
}

QString MinisignPublicKey::keyIdHex() const
{
    return keyIdToHex(m_keyId);
}

QByteArray MinisignPublicKey::toBase64() const
{
    return StrictBase64::encodePadded(QByteArray(QByteArray("Ed") + m_keyId + m_key));
}

QByteArray MinisignPublicKey::toFileContent() const
{
    return "untrusted comment: minisign public key " + keyIdHex().toLatin1() + '\n' + toBase64() + '\n';
}

} // namespace phenomap
