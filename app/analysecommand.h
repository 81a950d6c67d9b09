// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// `phenomap analyse PROJECT --method gi|lisa|moran|knox [options] [--json]`: runs one spatial
/// statistic on the project's incidents and prints its result with the full recipe (weights,
/// bands, permutations, seed, correction, input hash). arguments[0] is the program,
/// arguments[1] is "analyse". Returns the process exit code (0, 1 failure, 2 usage).
int runAnalyseCommand(const QStringList &arguments);

} // namespace phenomap
