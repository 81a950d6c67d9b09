// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsignature.h"

#include "minisignsecretkey.h"
#include "trusterror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace phenomap {
namespace {

struct ExportSignatureTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ExportSignature)
};

const QLatin1String kTlpPrefix("TLP:");

} // namespace

QString ExportFacts::toTrustedComment() const
{
    return QStringLiteral("phenomap tlp:%1 export:%2 sha256:%3 file:%4")
        .arg(tlpLabel(tlp).mid(kTlpPrefix.size()), exportId, sha256, fileName);
}

std::optional<ExportFacts> ExportFacts::fromTrustedComment(const QString &comment)
{
    static const QRegularExpression format(QStringLiteral(
        "\\Aphenomap tlp:([A-Z+]+) export:([0-9A-Za-z-]{1,64}) sha256:([0-9a-f]{64}) file:([^\\x00-\\x1f]+)\\z"));
    const QRegularExpressionMatch m = format.match(comment);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<Tlp> tlp = tlpFromLabel(kTlpPrefix + m.captured(1));
    if (!tlp || tlpLabel(*tlp) != kTlpPrefix + m.captured(1))
        return std::nullopt;
    ExportFacts facts;
    facts.tlp = *tlp;
    facts.exportId = m.captured(2);
    facts.sha256 = m.captured(3);
    facts.fileName = m.captured(4);
    return facts;
}

ExportSigner::ExportSigner(const MinisignSecretKey &key) : m_key(key) {}

QString ExportSigner::signaturePath(const QString &filePath)
{
    return filePath + QStringLiteral(".minisig");
}

ExportFacts ExportSigner::sign(const QString &path, Tlp tlp, const QString &exportId, const QString &finalName,
                               const QString &sigPath) const
{
    if (m_key.isNull())
        throw TrustError(ExportSignatureTr::tr("No signing key is unlocked to sign “%1”.").arg(path));
    ExportFacts facts;
    facts.tlp = tlp;
    facts.exportId = exportId;
    facts.fileName = finalName.isEmpty() ? QFileInfo(path).fileName() : finalName;
    if (facts.fileName.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f]"))))
        throw TrustError(ExportSignatureTr::tr("The name of “%1” contains control characters and cannot be signed.")
                             .arg(facts.fileName));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TrustError(ExportSignatureTr::tr("Cannot read “%1” to sign it: %2").arg(path, file.errorString()));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&file))
        throw TrustError(ExportSignatureTr::tr("Cannot read “%1” to sign it: %2").arg(path, file.errorString()));
    facts.sha256 = QString::fromLatin1(sha.result().toHex());
    file.seek(0);
    const QByteArray signature =
        m_key.sign(file, facts.toTrustedComment(),
                   QStringLiteral("signature from Phenomap office key %1").arg(m_key.publicKey().keyIdHex()));
    QSaveFile out(sigPath.isEmpty() ? signaturePath(path) : sigPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(signature) != signature.size() || !out.commit())
        throw TrustError(ExportSignatureTr::tr("Cannot write the signature “%1”: %2").arg(out.fileName(), out.errorString()));
    return facts;
}

} // namespace phenomap
