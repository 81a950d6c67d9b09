// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recentfiles.h"

#include <QObject>

class QMenu;
class QSettings;
class QWidget;

namespace phenomap {

class ProjectController;

/// Owns File > Open Recent ("recentFilesMenu"): the last RecentFiles::MaxCount projects opened,
/// most recent first, in native paths, with "Clear Menu". Every successful open puts the file
/// first, except the built-in demo (it has its own menu item). Files that no longer exist are
/// removed when the menu is rebuilt. The list is saved in `settings` (default QSettings when null).
class RecentFilesController : public QObject
{
    Q_OBJECT
public:
    RecentFilesController(ProjectController *projects, QWidget *window, QSettings *settings = nullptr,
                          QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    const RecentFiles &recentFiles() const { return m_recent; }
    /// Rebuilds the menu from the list (dropping missing files).
    void rebuildMenu();

private:
    void projectOpened();
    void clear();

    ProjectController *m_projects;
    QSettings *m_settings;
    QMenu *m_menu;
    RecentFiles m_recent;
};

} // namespace phenomap
