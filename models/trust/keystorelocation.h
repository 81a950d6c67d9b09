// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace phenomap {

/// Name of the environment variable that overrides where the office's key store lives.
inline constexpr char KeyStoreEnvironmentVariable[] = "PHENOMAP_KEYSTORE";

/// The key store folder the GUI and the command line use: $PHENOMAP_KEYSTORE when it is set and
/// not empty, else the "keys" folder in QStandardPaths::AppDataLocation. One rule for both, so a
/// key created in the window is the one `phenomap keys` lists. Callers pass the result to
/// KeyStore; nothing here creates the folder.
QString defaultKeyStoreDirectory();

} // namespace phenomap
