// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportverifier.h"

#include "keystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace phenomap {
namespace {

struct ExportVerifierTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ExportVerifier)
};

QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

QString signerText(const ExportVerification &v)
{
    if (v.signerAgency.isEmpty())
        return v.signerName;
    return ExportVerifierTr::tr("%1 (%2)").arg(v.signerName, v.signerAgency);
}

} // namespace

ExportVerification ExportVerifier::verify(const KeyStore &store, const QString &path)
{
    ExportVerification v;
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(ExportSigner::signaturePath(path))) {
        v.status = ExportVerification::Status::Unsigned;
        v.detail = v.summary = ExportVerifierTr::tr("“%1”: not signed").arg(name);
        return v;
    }
    const KeyStore::SignerCheck check = store.verifyFile(path);
    v.keyIdHex = check.verification.keyIdHex;
    v.ownKey = check.ownKey;
    if (check.ownKey) {
        try {
            const PartnerKey own = store.officePublicKeys();
            v.signerName = own.name;
            v.signerAgency = own.agency;
        } catch (const std::exception &) {
            // the key id matched, so the key files are readable; the name is only decoration
        }
    } else if (check.partner) {
        v.signerName = check.partner->name;
        v.signerAgency = check.partner->agency;
    }
    const bool known = check.ownKey || check.partner.has_value();
    if (!known) {
        if (v.keyIdHex.isEmpty()) {
            v.status = ExportVerification::Status::Invalid;
            v.detail = check.verification.error;
            v.summary = ExportVerifierTr::tr("“%1”: the signature cannot be read: %2").arg(name, v.detail);
        } else {
            v.status = ExportVerification::Status::UnknownKey;
            v.detail = check.verification.error;
            v.summary = ExportVerifierTr::tr("“%1”: signed by an unknown key %2").arg(name, v.keyIdHex);
        }
        return v;
    }
    if (!check.verification.valid) {
        v.status = ExportVerification::Status::Invalid;
        v.detail = check.verification.error;
        v.summary = ExportVerifierTr::tr("“%1”: signature does not match: the file was changed").arg(name);
        return v;
    }
    v.trustedComment = check.verification.trustedComment;
    v.facts = ExportFacts::fromTrustedComment(v.trustedComment);
    if (v.facts && v.facts->sha256 != sha256Of(path)) {
        // Cannot happen for what Phenomap signs; a signer stating a wrong digest is not believed.
        v.status = ExportVerification::Status::Invalid;
        v.detail = ExportVerifierTr::tr("The signed SHA-256 differs from the file's.");
        v.summary = ExportVerifierTr::tr("“%1”: signature does not match: the signed digest is not the file's").arg(name);
        v.facts.reset();
        return v;
    }
    v.valid = true;
    v.fileNameMatches = !v.facts || v.facts->fileName == name;
    v.trusted = check.isTrusted();
    if (v.trusted) {
        v.status = ExportVerification::Status::Trusted;
        v.summary = v.ownKey ? ExportVerifierTr::tr("“%1”: signed by %2, trusted key (this office)").arg(name, signerText(v))
                             : ExportVerifierTr::tr("“%1”: signed by %2, trusted key").arg(name, signerText(v));
    } else {
        v.status = ExportVerification::Status::Untrusted;
        v.summary = ExportVerifierTr::tr("“%1”: signed by %2, but the key is not trusted").arg(name, signerText(v));
    }
    return v;
}

} // namespace phenomap
