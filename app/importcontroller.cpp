// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "importwizard.h"
#include "project.h"
#include "projectcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

namespace phenomap {

ImportController::ImportController(ProjectController *projects, QWidget *window, QObject *parent)
    : QObject(parent), m_projects(projects), m_window(window)
{
}

QStringList ImportController::localFiles(const QList<QUrl> &urls)
{
    QStringList files;
    for (const QUrl &url : urls)
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

bool ImportController::canImport(const QMimeData *mime)
{
    return mime && mime->hasUrls() && !localFiles(mime->urls()).isEmpty();
}

ImportWizard *ImportController::startImport(const QString &filePath)
{
    if (m_wizard) {
        // One import at a time: reuse the open wizard unless it is busy.
        if (!filePath.isEmpty() && m_wizard->currentId() == ImportWizard::FilePageId)
            m_wizard->setFilePath(filePath);
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    Project *current = m_projects->project();
    if (!current) {
        Q_EMIT errorOccurred(tr("Import"), tr("Open a project first: incidents are imported into the open project."));
        return nullptr;
    }
    if (current->isReadOnly()) {
        Q_EMIT errorOccurred(tr("Import"), tr("Cannot import into %1: the project is open read-only.")
                                               .arg(QDir::toNativeSeparators(current->path())));
        return nullptr;
    }
    std::unique_ptr<Project> own;
    try {
        own = Project::open(current->path());
    } catch (const ProjectError &e) {
        Q_EMIT errorOccurred(tr("Import"), e.message());
        return nullptr;
    }
    auto *wizard = new ImportWizard(std::move(own), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setLanguage(m_projects->language());
    connect(wizard, &ImportWizard::projectChanged, this, [this] {
        // The batch was committed on the worker's connection; reopen to see it everywhere.
        if (m_projects->reloadProject())
            Q_EMIT imported();
    });
    m_wizard = wizard;
    if (!filePath.isEmpty())
        wizard->setFilePath(filePath);
    wizard->open();
    Q_EMIT wizardOpened(wizard);
    return wizard;
}

} // namespace phenomap
