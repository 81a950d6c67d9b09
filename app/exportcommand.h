// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// Runs `phenomap export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en]
/// [--orientation landscape|portrait]` or `phenomap export PROJECT --package OUT.gpkg --tier
/// exact|generalised|aggregated --tlp LABEL --recipient NAME [--pictures UUID,...] [--k N]`
/// (arguments[0] is the program, arguments[1] "export"). A package can be encrypted with
/// `--encrypt-to PARTNER|age1KEY` (repeatable) or `--encrypt-passphrase`
/// ($PHENOMAP_EXPORT_PASSPHRASE) and is then written as OUT.gpkg.age. Every export is signed
/// (FILE.minisig) when the key store (--store, $PHENOMAP_KEYSTORE, or AppDataLocation/keys) has
/// an office key, unlocked with $PHENOMAP_PASSPHRASE or standard input; `--no-sign` opts out
/// and an export without a key is written with a warning. Returns 0 on success, 1 on failure
/// (message naming the file), 2 on usage errors. The PDF needs a QGuiApplication.
int runExportCommand(const QStringList &arguments);

} // namespace phenomap
