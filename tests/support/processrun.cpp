// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrun.h"

#include <QFileInfo>
#include <QProcess>

namespace phenomap::test {

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                      const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    ProcessRun r;
    if (!p.waitForStarted(30000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString phenomapExecutable()
{
    return QFileInfo(QStringLiteral(PHENOMAP_TEST_BINARY_DIR "/../app/phenomap")).absoluteFilePath();
}

} // namespace phenomap::test
