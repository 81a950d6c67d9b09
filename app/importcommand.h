// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// Runs `phenomap import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N]
/// [--save-profile NAME] [--json]` (arguments[0] is the program, arguments[1] "import"). Prints
/// the read/inserted/updated/rejected counts and the unmapped category values (JSON with
/// --json) and returns 0 on success, 1 on failure (message naming the file), 2 on usage errors.
int runImportCommand(const QStringList &arguments);

} // namespace phenomap
