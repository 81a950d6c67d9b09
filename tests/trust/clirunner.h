// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace phenomap::test {

/// Runs the Debian `minisign`, `age` and `age-keygen` tools for interoperability tests. Header
/// only, shared by the tests in tests/trust/.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// True when the tool exists (tests QSKIP otherwise).
    static bool available(const QString &program) { return QFile::exists(program); }

    /// Runs program with args, feeding input on stdin, in workDir.
    static Result run(const QString &program, const QStringList &args, const QByteArray &input = {},
                      const QString &workDir = {}, int timeoutMs = 120000)
    {
        QProcess p;
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(program, args);
        Result r;
        if (!p.waitForStarted(10000))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(timeoutMs);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// Runs a command line under `script` (util-linux) so that it gets a pseudo-terminal, and
    /// answers each prompt containing promptText with answer: age reads passphrases from the
    /// terminal only.
    static Result runInTerminal(const QString &commandLine, const QByteArray &promptText, const QByteArray &answer,
                                int answers, const QString &workDir, int timeoutMs = 120000)
    {
        QProcess p;
        p.setWorkingDirectory(workDir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("/usr/bin/script"), {QStringLiteral("-qec"), commandLine, QStringLiteral("/dev/null")});
        Result r;
        if (!p.waitForStarted(10000))
            return r;
        QElapsedTimer timer;
        timer.start();
        int answered = 0;
        qsizetype seen = 0;
        while (p.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs) {
            p.waitForReadyRead(200);
            r.out += p.readAll();
            while (answered < answers) {
                const qsizetype at = r.out.indexOf(promptText, seen);
                if (at < 0)
                    break;
                seen = at + promptText.size();
                p.write(answer + '\n');
                ++answered;
            }
            if (answered == answers && p.state() != QProcess::NotRunning && p.waitForFinished(100))
                break;
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.out += p.readAll();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
};

} // namespace phenomap::test
