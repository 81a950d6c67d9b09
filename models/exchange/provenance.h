// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportverifier.h"
#include "packagemanifest.h"

#include <QString>

namespace phenomap {

class KeyStore;
class Project;

/// What the window tells the analyst about where an opened file comes from: whether it is a
/// partner package still matching its manifest, and who signed it (FILE.minisig beside it).
struct Provenance
{
    enum class Level {
        None,    ///< an ordinary project with no signature beside it: nothing to report
        Good,    ///< an intact package or a file, signed with a trusted key
        Warning, ///< unsigned package, or signed by a key that is unknown or not trusted
        Bad,     ///< the package was modified, or the signature does not match the file
    };
    Level level = Level::None;
    PackageVerification package;    ///< package.isPackage is false for an ordinary project
    ExportVerification signature;   ///< status Unsigned when there is no FILE.minisig
    QString text;                   ///< translated one line for the status bar
    QString details;                ///< translated, one fact per line, for a tooltip
};

/// Checks an opened project: the package manifest (PackageManifest::verify) and the signature
/// beside the file (ExportVerifier::verify) against the user's key store. Never throws.
Provenance checkProvenance(Project &project, const QString &path, const KeyStore &keys);

} // namespace phenomap
