// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agerecipient.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace phenomap {

class KeyStore;

/// What the command line needs around the key store: where it is, how passphrases reach a
/// script, and how a partner is named on the command line.
namespace keysupport {

/// --store when given, else $PHENOMAP_KEYSTORE, else AppDataLocation/keys.
QString storeDirectory(const QString &option);

/// A passphrase from the environment variable, else the first line of standard input when it
/// is not a terminal (read once and kept for the process); nullopt when neither gives one.
std::optional<QByteArray> passphrase(const char *environmentVariable);

/// The age key of a partner named on the command line: an `age1...` key as is, else the
/// partner in the store whose name or agency equals the text (case-insensitively), or whose
/// minisign key id it is. Throws TrustError (translated) when none or several match, or the
/// partner has no encryption key.
AgeRecipient recipient(const KeyStore &store, const QString &nameOrKey);

} // namespace keysupport
} // namespace phenomap
