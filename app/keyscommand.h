// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// `phenomap keys create|export-public|import|list --store DIR ...`: the office key and the
/// partners' public keys. Passphrases come from $PHENOMAP_PASSPHRASE or the first line of
/// standard input when it is not a terminal. Returns 0, 1 on failure (message naming the file
/// or store), 2 on usage errors.
int runKeysCommand(const QStringList &arguments);

/// Exit codes of `phenomap verify FILE [--store DIR] [--json]`.
enum class VerifyExit { Trusted = 0, Failure = 1, Usage = 2, Untrusted = 3, UnknownKey = 4, Invalid = 5, Unsigned = 6 };
/// Checks FILE.minisig against the key store and prints who signed and what the signature says.
int runVerifyCommand(const QStringList &arguments);

/// `phenomap open-package FILE [--store DIR] [--json]`: opens a partner package, an encrypted
/// one (.age) in memory only, and prints its marking, manifest check, signature and contents.
/// Identity: the office's age key unlocked with $PHENOMAP_PASSPHRASE; a passphrase-encrypted
/// package takes $PHENOMAP_EXPORT_PASSPHRASE. Returns 0, 1 on failure, 2 on usage errors.
int runOpenPackageCommand(const QStringList &arguments);

} // namespace phenomap
