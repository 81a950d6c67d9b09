// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystorelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace phenomap {

QString defaultKeyStoreDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable(KeyStoreEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir(fromEnvironment).absolutePath());
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keys"));
}

} // namespace phenomap
