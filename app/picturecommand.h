// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// Runs `phenomap picture add PROJECT --title T [--tlp LABEL] [--phenomena CODE,...] [--from DATE
/// --to DATE] [--json]` (stores a situation picture at the end of the storyboard, one transaction)
/// or `phenomap picture list PROJECT [--json]` (arguments[0] is the program, arguments[1]
/// "picture"). Returns 0 on success, 1 on failure (message naming the file), 2 on usage errors.
int runPictureCommand(const QStringList &arguments);

} // namespace phenomap
