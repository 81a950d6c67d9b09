// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace phenomap {

namespace {

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString clean = normalized(path);
    m_paths.removeAll(clean);
    m_paths.prepend(clean);
    while (m_paths.size() > MaxCount)
        m_paths.removeLast();
}

void RecentFiles::remove(const QString &path)
{
    m_paths.removeAll(normalized(path));
}

bool RecentFiles::removeMissing()
{
    return m_paths.removeIf([](const QString &path) { return !QFileInfo(path).isFile(); }) > 0;
}

void RecentFiles::load(const QSettings &settings)
{
    const QStringList stored = settings.value(QLatin1String(SettingsKey)).toStringList();
    m_paths.clear();
    // Added oldest first so that the order, the dedupe and the cap hold for hand-edited settings.
    for (auto it = stored.crbegin(); it != stored.crend(); ++it)
        add(*it);
}

void RecentFiles::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(SettingsKey), m_paths);
}

} // namespace phenomap
