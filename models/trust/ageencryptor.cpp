// SPDX-License-Identifier: GPL-3.0-or-later
#include "ageencryptor.h"

#include "agestream.h"
#include "secretbytes.h"
#include "sodiumruntime.h"
#include "trusterror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace phenomap {
namespace {

const char *const kReadError = QT_TRANSLATE_NOOP("phenomap::trust", "Cannot read the data to encrypt: %1");


void writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot write the encrypted file: %1")
                             .arg(out.errorString()));
}

} // namespace

AgeEncryptor::~AgeEncryptor()
{
    SodiumRuntime::wipe(m_passphrase);
}

void AgeEncryptor::addRecipient(const AgeRecipient &recipient)
{
    if (recipient.isNull())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "No recipient public key."));
    m_recipients.append(recipient);
}

void AgeEncryptor::setPassphrase(const QByteArray &passphrase, int logN)
{
    SodiumRuntime::wipe(m_passphrase);
    m_passphrase = passphrase;
    m_passphrase.detach();
    m_logN = logN;
}

void AgeEncryptor::encrypt(QIODevice &in, QIODevice &out) const
{
    SodiumRuntime::ensureInitialized();
    if (!m_passphrase.isEmpty() && !m_recipients.isEmpty())
        throw TrustError(QCoreApplication::translate(
            "phenomap::trust", "A file cannot be encrypted to both a passphrase and public keys."));
    if (m_passphrase.isEmpty() && m_recipients.isEmpty())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "No recipient to encrypt to."));
    SecretBytes fileKey(SodiumRuntime::randomBytes(16));
    AgeHeader header;
    if (!m_passphrase.isEmpty())
        header.stanzas.append(AgePassphrase::wrap(fileKey.bytes(), m_passphrase, m_logN));
    for (const AgeRecipient &r : m_recipients)
        header.stanzas.append(r.wrap(fileKey.bytes()));
    writeAll(out, header.serialize(fileKey.bytes()));
    const QByteArray payloadNonce = SodiumRuntime::randomBytes(AgeStream::NonceSize);
    writeAll(out, payloadNonce);
    AgeStream stream(fileKey.bytes(), payloadNonce);
    fileKey.wipe();

    // One byte of look-ahead tells whether the current chunk is the last one; a payload that is
    // an exact multiple of 64 KiB ends with a full final chunk, an empty payload with one empty
    // final chunk.
    SecretBytes buffer(AgeStream::ChunkSize + 1);
    char *data = reinterpret_cast<char *>(buffer.data());
    qint64 have = AgeStream::readUpTo(in, data, AgeStream::ChunkSize + 1, kReadError);
    for (;;) {
        const bool last = have <= AgeStream::ChunkSize;
        const qint64 chunk = last ? have : AgeStream::ChunkSize;
        writeAll(out, stream.seal(QByteArrayView(data, chunk), last));
        if (last)
            break;
        data[0] = data[AgeStream::ChunkSize];
        have = 1 + AgeStream::readUpTo(in, data + 1, AgeStream::ChunkSize, kReadError);
    }
}

void AgeEncryptor::encryptFile(const QString &inPath, const QString &outPath) const
{
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot read %1: %2")
                             .arg(inPath, in.errorString()));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot write %1: %2")
                             .arg(outPath, out.errorString()));
    encrypt(in, out);
    if (!out.commit())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot write %1: %2")
                             .arg(outPath, out.errorString()));
}

QByteArray AgeEncryptor::encrypt(const QByteArray &plain) const
{
    QByteArray input = plain;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray result;
    result.reserve(plain.size() + plain.size() / AgeStream::ChunkSize * AgeStream::TagSize + 1024);
    QBuffer out(&result);
    out.open(QIODevice::WriteOnly);
    encrypt(in, out);
    return result;
}

QByteArray AgeEncryptor::encrypt(const QByteArray &plain, const QList<AgeRecipient> &recipients)
{
    AgeEncryptor e;
    for (const AgeRecipient &r : recipients)
        e.addRecipient(r);
    return e.encrypt(plain);
}

QByteArray AgeEncryptor::encryptWithPassphrase(const QByteArray &plain, const QByteArray &passphrase, int logN)
{
    AgeEncryptor e;
    e.setPassphrase(passphrase, logN);
    return e.encrypt(plain);
}

} // namespace phenomap
