// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance.h"

#include "exportsignature.h"
#include "keystore.h"
#include "project.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace phenomap {

namespace {

struct ProvenanceTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::Provenance)
};

Provenance::Level signatureLevel(ExportVerification::Status status)
{
    switch (status) {
    case ExportVerification::Status::Trusted: return Provenance::Level::Good;
    case ExportVerification::Status::Invalid: return Provenance::Level::Bad;
    case ExportVerification::Status::Untrusted:
    case ExportVerification::Status::UnknownKey:
    case ExportVerification::Status::Unsigned: return Provenance::Level::Warning;
    }
    return Provenance::Level::Warning;
}

} // namespace

Provenance checkProvenance(Project &project, const QString &path, const KeyStore &keys)
{
    Provenance p;
    const QString name = QFileInfo(path).fileName();
    p.package = PackageManifest::verify(project, name);
    const bool signedFile = QFileInfo::exists(ExportSigner::signaturePath(path));
    if (!p.package.isPackage && !signedFile)
        return p; // an ordinary project: nothing to say
    p.signature = ExportVerifier::verify(keys, path);
    p.level = signatureLevel(p.signature.status);
    QStringList lines;
    if (p.package.isPackage) {
        if (!p.package.intact)
            p.level = Provenance::Level::Bad;
        lines << ProvenanceTr::tr("Partner package %1, export %2: %3")
                     .arg(p.package.tlp, p.package.exportId, p.package.message);
    }
    lines << p.signature.summary;
    if (!p.signature.detail.isEmpty() && p.signature.detail != p.signature.summary)
        lines << p.signature.detail;
    if (p.package.isPackage && p.signature.facts && p.signature.facts->exportId != p.package.exportId) {
        // A genuine signature moved beside another package: the file is not what was signed.
        p.level = Provenance::Level::Bad;
        lines << ProvenanceTr::tr("The signature was made for export %1, not for this package's export %2.")
                     .arg(p.signature.facts->exportId, p.package.exportId);
    }
    p.details = lines.join(QLatin1Char('\n'));

    switch (p.level) {
    case Provenance::Level::Good:
        p.text = ProvenanceTr::tr("Verified: %1").arg(p.signature.summary);
        break;
    case Provenance::Level::Warning:
        p.text = ProvenanceTr::tr("Not verified: %1").arg(p.signature.summary);
        break;
    case Provenance::Level::Bad:
        p.text = p.package.isPackage && !p.package.intact
                     ? ProvenanceTr::tr("Modified: “%1” was changed after export (%2)")
                           .arg(name, p.package.modifiedTables.join(QStringLiteral(", ")))
                     : ProvenanceTr::tr("Modified: %1").arg(p.signature.summary);
        break;
    case Provenance::Level::None: break;
    }
    return p;
}

} // namespace phenomap
