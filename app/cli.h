// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// True when the arguments ask for the command line rather than the window: argv[1] is a
/// subcommand (demo, info) or --version / --help / -h / -v.
bool isCommandLine(int argc, char **argv);

/// Runs `phenomap demo ...` or `phenomap info ...` (arguments[0] is the program) under a
/// QCoreApplication and returns the process exit code: 0 success, 1 failure, 2 usage error.
/// Results go to stdout, progress and errors to stderr; every error names the file concerned.
int runCommandLine(const QStringList &arguments);

} // namespace phenomap
