// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilescontroller.h"

#include "project.h"
#include "projectcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace phenomap {

RecentFilesController::RecentFilesController(ProjectController *projects, QWidget *window, QSettings *settings,
                                             QObject *parent)
    : QObject(parent), m_projects(projects), m_settings(settings ? settings : new QSettings(this)),
      m_menu(new QMenu(tr("Open &Recent"), window))
{
    m_menu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_recent.load(*m_settings);
    connect(m_projects, &ProjectController::projectOpened, this, &RecentFilesController::projectOpened);
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFilesController::rebuildMenu);
    rebuildMenu();
}

void RecentFilesController::rebuildMenu()
{
    if (m_recent.removeMissing())
        m_recent.save(*m_settings);
    m_menu->clear();
    int number = 1;
    for (const QString &path : m_recent.paths()) {
        // Numbered accelerators; '&' in a file name is doubled so that it shows.
        const QString label = QStringLiteral("&%1 %2").arg(number++).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QLatin1String("&&")));
        QAction *action = m_menu->addAction(label, this, [this, path] { m_projects->openProject(path); });
        action->setData(path);
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("Clear Menu"), this, &RecentFilesController::clear);
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    clearAction->setEnabled(!m_recent.paths().isEmpty());
    m_menu->setEnabled(!m_recent.paths().isEmpty());
}

void RecentFilesController::projectOpened()
{
    const Project *project = m_projects->project();
    if (!project)
        return;
    const QString path = project->path();
    // Encrypted packages open in memory under a name that is not always a file: only real files count.
    if (!QFileInfo(path).isFile() || QFileInfo(path) == QFileInfo(ProjectController::demoPath()))
        return;
    m_recent.add(path);
    m_recent.save(*m_settings);
    rebuildMenu();
}

void RecentFilesController::clear()
{
    m_recent.clear();
    m_recent.save(*m_settings);
    rebuildMenu();
}

} // namespace phenomap
