// SPDX-License-Identifier: GPL-3.0-or-later
#include "agedecryptor.h"

#include "agestream.h"
#include "sodiumruntime.h"
#include "trusterror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace phenomap {
namespace {

const char *const kReadError = QT_TRANSLATE_NOOP("phenomap::trust", "Cannot read the encrypted file: %1");


TrustError damaged(const char *detail)
{
    return TrustError(QCoreApplication::translate("phenomap::trust", "The encrypted file is damaged: %1")
                          .arg(QCoreApplication::translate("phenomap::trust", detail)));
}

/// A growable buffer for plaintext that wipes every buffer it abandons.
class WipingBuffer
{
public:
    explicit WipingBuffer(qint64 reserve) : m_bytes(qMax<qint64>(reserve, 0), Qt::Uninitialized) {}
    ~WipingBuffer() { SodiumRuntime::wipe(m_bytes); }
    void append(const QByteArray &chunk)
    {
        if (m_size + chunk.size() > m_bytes.size()) {
            QByteArray bigger(qMax<qint64>(m_bytes.size() * 2, m_size + chunk.size()), Qt::Uninitialized);
            memcpy(bigger.data(), m_bytes.constData(), size_t(m_size));
            SodiumRuntime::wipe(m_bytes);
            m_bytes = std::move(bigger);
        }
        memcpy(m_bytes.data() + m_size, chunk.constData(), size_t(chunk.size()));
        m_size += chunk.size();
    }
    qint64 size() const { return m_size; }
    QByteArray take()
    {
        if (m_size < m_bytes.size())
            SodiumRuntime::wipe(m_bytes.data() + m_size, size_t(m_bytes.size() - m_size));
        m_bytes.truncate(m_size); // shrinking keeps the allocation: no copy
        QByteArray out = std::move(m_bytes);
        m_bytes = QByteArray();
        m_size = 0;
        return out;
    }

private:
    QByteArray m_bytes;
    qint64 m_size = 0;
};

} // namespace

AgeDecryptor::~AgeDecryptor()
{
    SodiumRuntime::wipe(m_passphrase);
}

void AgeDecryptor::addIdentity(const AgeIdentity &identity)
{
    m_identities.append(identity);
}

void AgeDecryptor::setPassphrase(const QByteArray &passphrase, int maxLogN)
{
    SodiumRuntime::wipe(m_passphrase);
    m_passphrase = passphrase;
    m_passphrase.detach();
    m_maxLogN = maxLogN;
}

SecretBytes AgeDecryptor::unwrapFileKey(const AgeHeader &header) const
{
    if (header.isPassphraseProtected()) {
        if (header.stanzas.size() != 1)
            throw TrustError(QCoreApplication::translate(
                "phenomap::trust", "Invalid age header: a passphrase stanza must be the only stanza."));
        if (m_passphrase.isEmpty())
            throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                         "This file is protected by a passphrase."));
        auto key = AgePassphrase::unwrap(header.stanzas.first(), m_passphrase, m_maxLogN);
        if (!key)
            throw TrustError(QCoreApplication::translate("phenomap::trust", "Wrong passphrase."));
        return std::move(*key);
    }
    if (m_identities.isEmpty())
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "This file is encrypted to public keys; no private key is loaded."));
    for (const AgeHeader::Stanza &stanza : header.stanzas)
        for (const AgeIdentity &id : m_identities)
            if (auto key = id.unwrap(stanza))
                return std::move(*key);
    throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                 "This file is not encrypted to any of our keys."));
}

template<typename Sink>
void AgeDecryptor::decryptPayload(QIODevice &in, const QByteArray &fileKey, Sink &&sink) const
{
    QByteArray payloadNonce(AgeStream::NonceSize, Qt::Uninitialized);
    if (AgeStream::readUpTo(in, payloadNonce.data(), AgeStream::NonceSize, kReadError) != AgeStream::NonceSize)
        throw damaged(QT_TRANSLATE_NOOP("phenomap::trust", "the payload is missing"));
    AgeStream stream(fileKey, payloadNonce);
    constexpr qint64 sealedSize = AgeStream::ChunkSize + AgeStream::TagSize;
    // One byte of look-ahead: a full sealed chunk followed by more data is not the last one.
    QByteArray buffer(sealedSize + 1, Qt::Uninitialized);
    QByteArray plain;
    qint64 have = AgeStream::readUpTo(in, buffer.data(), sealedSize + 1, kReadError);
    for (;;) {
        const bool last = have <= sealedSize;
        const qint64 n = last ? have : sealedSize;
        if (last && n == 0)
            throw damaged(QT_TRANSLATE_NOOP("phenomap::trust", "the payload is truncated"));
        if (!stream.open(QByteArrayView(buffer.constData(), n), last, plain)) {
            SodiumRuntime::wipe(plain);
            if (last && n == sealedSize) // could have been a non-final chunk cut right after it
                throw damaged(QT_TRANSLATE_NOOP("phenomap::trust", "the payload is truncated or was modified"));
            throw damaged(last ? QT_TRANSLATE_NOOP("phenomap::trust", "the last chunk is truncated or was modified")
                               : QT_TRANSLATE_NOOP("phenomap::trust", "a chunk was modified or data was appended"));
        }
        if (last && plain.isEmpty() && stream.counter() > 1)
            throw damaged(QT_TRANSLATE_NOOP("phenomap::trust", "an empty final chunk follows data"));
        sink(plain);
        if (last)
            break;
        buffer[0] = buffer[sealedSize];
        have = 1 + AgeStream::readUpTo(in, buffer.data() + 1, sealedSize, kReadError);
    }
    SodiumRuntime::wipe(plain);
}

void AgeDecryptor::decrypt(QIODevice &in, QIODevice &out) const
{
    SodiumRuntime::ensureInitialized();
    const AgeHeader header = AgeHeader::read(in);
    SecretBytes fileKey = unwrapFileKey(header);
    if (!header.verifyMac(fileKey.bytes()))
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "The age header was modified (MAC mismatch)."));
    decryptPayload(in, fileKey.bytes(), [&out](const QByteArray &chunk) {
        if (out.write(chunk) != chunk.size())
            throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot write the decrypted data: %1")
                                 .arg(out.errorString()));
    });
}

QByteArray AgeDecryptor::decryptToMemory(QIODevice &in) const
{
    SodiumRuntime::ensureInitialized();
    const AgeHeader header = AgeHeader::read(in);
    SecretBytes fileKey = unwrapFileKey(header);
    if (!header.verifyMac(fileKey.bytes()))
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "The age header was modified (MAC mismatch)."));
    qint64 expected = 0;
    if (!in.isSequential())
        expected = qMin(in.size() - in.pos(), m_maxPlaintext + AgeStream::ChunkSize);
    WipingBuffer result(expected);
    const qint64 limit = m_maxPlaintext;
    decryptPayload(in, fileKey.bytes(), [&result, limit](const QByteArray &chunk) {
        if (result.size() + chunk.size() > limit)
            throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                         "The decrypted file would be larger than allowed."));
        result.append(chunk);
    });
    return result.take();
}

QByteArray AgeDecryptor::decrypt(const QByteArray &encrypted) const
{
    QByteArray copy = encrypted;
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    return decryptToMemory(in);
}

AgeHeader AgeDecryptor::readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot read %1: %2")
                             .arg(path, file.errorString()));
    return AgeHeader::read(file);
}

} // namespace phenomap
