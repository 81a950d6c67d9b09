// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "encryptedpackage.h"
#include "types.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace phenomap {

class MinisignSecretKey;

/// How much of each incident leaves the project (FORMAT.md section 5).
enum class PackageTier {
    Exact,       ///< points and every field, free text included
    Generalised, ///< points snapped to the centre of a grid cell; free text removed
    Aggregated,  ///< counts per zone only, small counts suppressed; no point geometry
};
QString tierCode(PackageTier tier); ///< "exact", "generalised", "aggregated" (not translated)
std::optional<PackageTier> tierFromCode(const QString &code);

/// What to put in a partner package, for whom, and how it is marked.
struct PackageRequest
{
    QString outputPath;       ///< the .gpkg to write; replaced atomically when it exists
    QStringList pictureUuids; ///< storyboard pictures to include; empty = all
    PackageTier tier = PackageTier::Aggregated;
    Tlp tlp = Tlp::Amber;    ///< the package's marking; never TLP:RED
    QString recipient;       ///< partner name (pseudonyms are keyed per recipient)
    double gridMetres = 250; ///< generalised tier: cell size of the snapping grid
    QString zoneLayer = QStringLiteral("municipalities"); ///< aggregated tier: zones to count in
    int k = 5;                                            ///< aggregated tier: counts 1..k-1 are suppressed
    /// When enabled the package is written as outputPath + ".age" (see EncryptedPackage).
    PackageEncryption encryption;
    /// When set, the delivered file is signed (FILE.minisig beside it); not owned.
    const MinisignSecretKey *signingKey = nullptr;
};

/// What an export wrote.
struct PackageResult
{
    QString path;
    QString exportId;
    QString sha256; ///< of the final file, hex (of the .age file when encrypted)
    QString plainSha256;   ///< of the GeoPackage (same as sha256 unless encrypted)
    bool encrypted = false;
    QString signaturePath; ///< the .minisig written, empty when unsigned
    int pictures = 0;
    qint64 incidents = 0;        ///< incidents the pictures needed (after the TLP rule)
    qint64 withheldByTlp = 0;    ///< incidents left out because their marking is stricter than the package
    int suppressedPrimary = 0;   ///< aggregated tier
    int suppressedSecondary = 0; ///< aggregated tier
};

/// Why a package could not be written, read or merged; message() is translated.
class PackageError : public std::runtime_error
{
public:
    explicit PackageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace phenomap
