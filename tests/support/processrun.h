// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace phenomap::test {

/// What a child process did: its exit code (-1 when it crashed, hung or did not start) and
/// its standard output and error as UTF-8 text.
struct ProcessRun
{
    int code = -1;
    QString out, err;
};

/// Runs program with arguments in env, feeding input on standard input; waits at most
/// timeoutMs for it to finish (then kills it and reports code -1).
ProcessRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                      const QByteArray &input = {}, int timeoutMs = 300000);

/// The `phenomap` executable of this build tree (tests that run it depend on its target).
QString phenomapExecutable();

} // namespace phenomap::test
