// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSettings;

namespace phenomap {

/// The list behind File > Open Recent: absolute paths, most recent first, no duplicates, at most
/// MaxCount. Stored in QSettings under SettingsKey.
class RecentFiles
{
public:
    static constexpr int MaxCount = 8;
    static constexpr const char *SettingsKey = "recentFiles/paths";

    const QStringList &paths() const { return m_paths; }
    /// Puts `path` first (made absolute and clean; an earlier entry for it is dropped).
    void add(const QString &path);
    void remove(const QString &path);
    void clear() { m_paths.clear(); }
    /// Drops the files that no longer exist; true when something was dropped.
    bool removeMissing();

    void load(const QSettings &settings);
    void save(QSettings &settings) const;

private:
    QStringList m_paths;
};

} // namespace phenomap
