// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// Runs `phenomap export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en]
/// [--orientation landscape|portrait]` or `phenomap export PROJECT --package OUT.gpkg --tier
/// exact|generalised|aggregated --tlp LABEL --recipient NAME [--pictures UUID,...] [--k N]`
/// (arguments[0] is the program, arguments[1] "export"). Returns 0 on success, 1 on failure
/// (message naming the file), 2 on usage errors. The PDF needs a QGuiApplication.
int runExportCommand(const QStringList &arguments);

} // namespace phenomap
