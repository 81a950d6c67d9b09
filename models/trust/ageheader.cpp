// SPDX-License-Identifier: GPL-3.0-or-later
#include "ageheader.h"

#include "hkdf.h"
#include "sodiumruntime.h"
#include "strictbase64.h"
#include "trusterror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

namespace phenomap {
namespace {

constexpr QByteArrayView kVersionLine("age-encryption.org/v1\n");

TrustError malformed(const char *detail)
{
    return TrustError(QCoreApplication::translate("phenomap::trust", "Malformed age header: %1")
                          .arg(QCoreApplication::translate("phenomap::trust", detail)));
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

/// Reads one LF-terminated line (LF included) within the remaining header budget.
QByteArray readLine(QIODevice &in, qsizetype &budget)
{
    QByteArray line;
    char c = 0;
    for (;;) {
        if (!in.getChar(&c)) {
            if (in.isSequential() && in.waitForReadyRead(30000))
                continue;
            throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "the file ends inside the header"));
        }
        if (--budget < 0)
            throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "the header is too large"));
        line.append(c);
        if (c == '\n')
            return line;
        if (line.size() > AgeHeader::MaxLineBytes)
            throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "a header line is too long"));
    }
}

QByteArray stanzaText(const AgeHeader::Stanza &s)
{
    QByteArray out = "-> " + s.type;
    for (const QByteArray &a : s.arguments)
        out += ' ' + a;
    out += '\n';
    const QByteArray b64 = StrictBase64::encodeUnpadded(s.body);
    qsizetype i = 0;
    for (; b64.size() - i >= 64; i += 64)
        out += b64.mid(i, 64) + '\n';
    out += b64.mid(i) + '\n'; // final line shorter than 64 columns, possibly empty
    return out;
}

} // namespace

AgeHeader AgeHeader::read(QIODevice &in)
{
    qsizetype budget = MaxHeaderBytes;
    AgeHeader header;
    const QByteArray version = readLine(in, budget);
    if (version != kVersionLine) {
        if (version.startsWith("age-encryption.org/"))
            throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                         "Unsupported age format version."));
        if (version.startsWith("-----BEGIN AGE ENCRYPTED FILE-----"))
            throw TrustError(QCoreApplication::translate(
                "phenomap::trust", "ASCII-armored age files are not supported; decrypt with age -d first."));
        throw TrustError(QCoreApplication::translate("phenomap::trust", "This is not an age encrypted file."));
    }
    QByteArray line = readLine(in, budget);
    for (;;) {
        if (line.startsWith("---")) {
            if (header.stanzas.isEmpty())
                throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "it has no recipient stanza"));
            if (line.size() != 4 + 43 + 1 || line[3] != ' ')
                throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "the MAC line is malformed"));
            const auto mac = StrictBase64::decodeUnpadded(QByteArrayView(line).sliced(4, 43));
            if (!mac || mac->size() != 32)
                throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "the MAC line is malformed"));
            header.mac = *mac;
            return header;
        }
        if (!line.startsWith("-> "))
            throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "expected a stanza or the MAC line"));
        if (header.stanzas.size() >= MaxStanzas)
            throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "it has too many stanzas"));
        const QByteArray argText = line.mid(3, line.size() - 4);
        const QList<QByteArray> args = argText.split(' ');
        for (const QByteArray &a : args) {
            if (a.isEmpty())
                throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "a stanza has an empty argument"));
            for (char c : a)
                if (quint8(c) < 0x21 || quint8(c) > 0x7E)
                    throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "a stanza argument has invalid characters"));
        }
        Stanza stanza;
        stanza.type = args.first();
        stanza.arguments = args.mid(1);
        QByteArray b64;
        for (;;) {
            const QByteArray bodyLine = readLine(in, budget);
            const qsizetype n = bodyLine.size() - 1;
            if (n > 64)
                throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "a stanza body line is too long"));
            for (qsizetype i = 0; i < n; ++i)
                if (!isBase64Char(bodyLine[i]))
                    throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "a stanza body is not valid base64"));
            b64.append(bodyLine.constData(), n);
            if (n < 64)
                break;
        }
        const auto body = StrictBase64::decodeUnpadded(b64);
        if (!body)
            throw malformed(QT_TRANSLATE_NOOP("phenomap::trust", "a stanza body is not canonical base64"));
        stanza.body = *body;
        header.stanzas.append(stanza);
        line = readLine(in, budget);
    }
}

AgeHeader AgeHeader::parse(const QByteArray &bytes, qsizetype *consumed)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    AgeHeader h = read(buffer);
    if (consumed)
        *consumed = buffer.pos();
    return h;
}

QByteArray AgeHeader::macInput() const
{
    QByteArray out = kVersionLine.toByteArray();
    for (const Stanza &s : stanzas)
        out += stanzaText(s);
    out += "---";
    return out;
}

QByteArray AgeHeader::computeMac(const QByteArray &fileKey) const
{
    QByteArray key = Hkdf::sha256(fileKey, QByteArrayView(), "header");
    const QByteArray result = Hkdf::hmacSha256(key, macInput());
    SodiumRuntime::wipe(key);
    return result;
}

bool AgeHeader::verifyMac(const QByteArray &fileKey) const
{
    return SodiumRuntime::equalConstantTime(computeMac(fileKey), mac);
}

QByteArray AgeHeader::serialize(const QByteArray &fileKey)
{
    mac = computeMac(fileKey);
    return macInput() + ' ' + StrictBase64::encodeUnpadded(mac) + '\n';
}

bool AgeHeader::isPassphraseProtected() const
{
    for (const Stanza &s : stanzas)
        if (s.type == "scrypt")
            return true;
    return false;
}

} // namespace phenomap
