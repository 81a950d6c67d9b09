// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>

#include <optional>

namespace phenomap {

class MinisignSecretKey;

/// What the signature of an exported file vouches for, carried in the minisign trusted comment
/// (signed together with the file, so `minisign -V` prints it and nobody can change it):
///
///     phenomap tlp:<LABEL> export:<EXPORT-ID> sha256:<HEX> file:<NAME>
///
/// LABEL is the TLP 2.0 label without its "TLP:" prefix (CLEAR, GREEN, AMBER, AMBER+STRICT),
/// EXPORT-ID the export's UUID, HEX the lower-case SHA-256 of the signed file (as delivered, so
/// of the .age file for an encrypted package) and NAME the file name at export; the name is
/// the rest of the line and may contain spaces. Fields are in this order, separated by single
/// spaces; anything else is not a Phenomap comment.
struct ExportFacts
{
    Tlp tlp = Tlp::Amber;
    QString exportId;
    QString sha256;
    QString fileName;

    /// The trusted comment for these facts.
    QString toTrustedComment() const;
    /// The facts from a trusted comment; nullopt when it is not in the format above.
    static std::optional<ExportFacts> fromTrustedComment(const QString &comment);
};

/// Signs exported files (packages, PDF briefings) with the office's minisign key.
class ExportSigner
{
public:
    /// key must be unlocked and outlive the signer.
    explicit ExportSigner(const MinisignSecretKey &key);

    /// FILE.minisig for FILE.
    static QString signaturePath(const QString &filePath);

    /// Signs the file at path and writes the signature atomically to signaturePath (default:
    /// path + ".minisig"). finalName is the file name recorded in the comment (default: path's),
    /// for files signed in a staging place before they are renamed. Throws TrustError
    /// (translated, naming the file).
    ExportFacts sign(const QString &path, Tlp tlp, const QString &exportId, const QString &finalName = QString(),
                     const QString &signaturePath = QString()) const;

private:
    const MinisignSecretKey &m_key;
};

} // namespace phenomap
