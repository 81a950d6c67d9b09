// SPDX-License-Identifier: GPL-3.0-or-later
#include "minisignsignature.h"

#include "sodiumruntime.h"
#include "strictbase64.h"
#include "trusterror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <sodium.h>

namespace phenomap {
namespace {

constexpr qsizetype kMaxCommentBytes = 8192;
// Legacy (non-prehashed) signatures need the whole file in memory; refuse beyond this.
constexpr qint64 kMaxLegacyBytes = 256 * 1024 * 1024;


QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        if (nl < 0)
            nl = text.size();
        QByteArrayView line = text.sliced(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = nl + 1;
    }
    return lines;
}

} // namespace

MinisignSignature MinisignSignature::parse(QByteArrayView text)
{
    const auto invalid = [](const char *detail) {
        return TrustError(QCoreApplication::translate("phenomap::trust", "Invalid signature file: %1")
                              .arg(QCoreApplication::translate("phenomap::trust", detail)));
    };
    if (text.size() > MaxFileSize)
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "it is too large"));
    QList<QByteArrayView> lines = splitLines(text);
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() != 4)
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "it must have exactly four lines"));
    static constexpr QByteArrayView untrustedPrefix("untrusted comment: ");
    static constexpr QByteArrayView trustedPrefix("trusted comment: ");
    if (!lines[0].startsWith(untrustedPrefix))
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "the first line is not an untrusted comment"));
    if (!lines[2].startsWith(trustedPrefix))
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "the third line is not a trusted comment"));
    MinisignSignature sig;
    sig.m_untrustedComment = lines[0].sliced(untrustedPrefix.size()).toByteArray();
    sig.m_trustedComment = lines[2].sliced(trustedPrefix.size()).toByteArray();
    if (sig.m_untrustedComment.size() > kMaxCommentBytes || sig.m_trustedComment.size() > kMaxCommentBytes)
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "a comment is too long"));
    const auto blob = StrictBase64::decodePadded(lines[1].trimmed());
    if (!blob || blob->size() != 2 + MinisignPublicKey::KeyIdBytes + crypto_sign_BYTES)
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "the signature line is malformed"));
    if (blob->startsWith("ED"))
        sig.m_prehashed = true;
    else if (blob->startsWith("Ed"))
        sig.m_prehashed = false;
    else
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "unsupported signature algorithm"));
    sig.m_keyId = blob->mid(2, MinisignPublicKey::KeyIdBytes);
    sig.m_signature = blob->mid(2 + MinisignPublicKey::KeyIdBytes);
    const auto global = StrictBase64::decodePadded(lines[3].trimmed());
    if (!global || global->size() != crypto_sign_BYTES)
        throw invalid(QT_TRANSLATE_NOOP("phenomap::trust", "the global signature line is malformed"));
    sig.m_globalSignature = *global;
    return sig;
}

QByteArray MinisignSignature::blake2b512(QIODevice &data)
{
    SodiumRuntime::ensureInitialized();
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, crypto_generichash_BYTES_MAX);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = data.read(block.data(), block.size());
        if (n < 0)
            throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot read the signed data: %1")
                                 .arg(data.errorString()));
        if (n == 0) {
            if (data.isSequential() && data.waitForReadyRead(30000))
                continue;
            break;
        }
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(block.constData()), quint64(n));
    }
    QByteArray digest(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char *>(digest.data()), crypto_generichash_BYTES_MAX);
    return digest;
}

MinisignSignature::Verification MinisignSignature::verify(const MinisignPublicKey &key, QIODevice &data) const
{
    SodiumRuntime::ensureInitialized();
    Verification v;
    v.keyIdHex = keyIdHex();
    v.untrustedComment = QString::fromUtf8(m_untrustedComment);
    v.prehashed = m_prehashed;
    if (key.isNull() || m_signature.isEmpty()) {
        v.error = QCoreApplication::translate("phenomap::trust", "No public key or signature to verify.");
        return v;
    }
    if (key.keyId() != m_keyId) {
        v.error = QCoreApplication::translate("phenomap::trust",
                                              "The file was signed with key %1, not with key %2.")
                      .arg(keyIdHex(), key.keyIdHex());
        return v;
    }
    QByteArray message;
    try {
        if (m_prehashed) {
            message = blake2b512(data);
        } else {
            if (!data.isSequential() && data.size() - data.pos() > kMaxLegacyBytes) {
                v.error = QCoreApplication::translate("phenomap::trust",
                                                      "The file is too large for a legacy (non-prehashed) signature.");
                return v;
            }
            message = data.read(kMaxLegacyBytes + 1);
            if (message.size() > kMaxLegacyBytes) {
                v.error = QCoreApplication::translate("phenomap::trust",
                                                      "The file is too large for a legacy (non-prehashed) signature.");
                return v;
            }
        }
    } catch (const TrustError &e) {
        v.error = e.message();
        return v;
    }
    const auto *pk = reinterpret_cast<const unsigned char *>(key.key().constData());
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(m_signature.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()), pk)
        != 0) {
        v.error = QCoreApplication::translate("phenomap::trust",
                                              "The signature does not match the file: it was changed after signing.");
        return v;
    }
    const QByteArray globalMessage = m_signature + m_trustedComment;
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(m_globalSignature.constData()),
                                    reinterpret_cast<const unsigned char *>(globalMessage.constData()),
                                    quint64(globalMessage.size()), pk)
        != 0) {
        v.error = QCoreApplication::translate("phenomap::trust",
                                              "The trusted comment of the signature was changed.");
        return v;
    }
    v.trustedComment = QString::fromUtf8(m_trustedComment);
    v.valid = true;
    return v;
}

MinisignSignature::Verification MinisignSignature::verify(const MinisignPublicKey &key, const QByteArray &data) const
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return verify(key, buffer);
}

MinisignSignature::Verification MinisignSignature::verifyFile(const MinisignPublicKey &key, const QString &path,
                                                              const QString &sigPath)
{
    Verification v;
    QFile sigFile(sigPath.isEmpty() ? path + QStringLiteral(".minisig") : sigPath);
    if (!sigFile.open(QIODevice::ReadOnly)) {
        v.error = QCoreApplication::translate("phenomap::trust", "Cannot read the signature %1: %2")
                      .arg(sigFile.fileName(), sigFile.errorString());
        return v;
    }
    const QByteArray text = sigFile.read(MaxFileSize + 1);
    MinisignSignature sig;
    try {
        sig = parse(text);
    } catch (const TrustError &e) {
        v.error = e.message();
        return v;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.keyIdHex = sig.keyIdHex();
        v.error = QCoreApplication::translate("phenomap::trust", "Cannot read %1: %2").arg(path, file.errorString());
        return v;
    }
    return sig.verify(key, file);
}

} // namespace phenomap
