// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycontroller.h"

#include "project.h"
#include "projectcontroller.h"
#include "storyboardcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace phenomap {

namespace {

constexpr int kDefaultSeconds = 30;

int intervalFromEnvironment()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("PHENOMAP_AUTOSAVE_SECONDS", &ok);
    return (ok && seconds > 0 ? seconds : kDefaultSeconds) * 1000;
}

} // namespace

RecoveryController::RecoveryController(ProjectController *project, StoryboardController *storyboard,
                                       QWidget *dialogParent, const QString &folder, QObject *parent)
    : QObject(parent), m_project(project), m_storyboard(storyboard), m_dialogParent(dialogParent),
      m_recovery(folder), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalFromEnvironment());
    connect(m_timer, &QTimer::timeout, this, &RecoveryController::saveNow);
    connect(project, &ProjectController::projectOpened, this, &RecoveryController::projectOpened);
    connect(project, &ProjectController::projectClosed, this, &RecoveryController::projectClosed);
}

RecoveryController::~RecoveryController()
{
    // The window is closing normally: nothing to recover.
    m_recovery.end();
}

int RecoveryController::interval() const
{
    return m_timer->interval();
}

void RecoveryController::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void RecoveryController::projectOpened()
{
    m_recovery.end();
    m_lastWritten.clear();
    m_timer->stop();
    const Project *project = m_project ? m_project->project() : nullptr;
    if (!project || project->path().endsWith(QLatin1String(".age"), Qt::CaseInsensitive))
        return;
    QString error;
    if (!m_recovery.begin(project->path(), &error)) {
        Q_EMIT statusMessage(tr("The working view will not be kept for recovery: %1").arg(error));
        return;
    }
    saveNow();
    m_timer->start();
}

void RecoveryController::projectClosed()
{
    m_timer->stop();
    m_recovery.end();
    m_lastWritten.clear();
}

bool RecoveryController::saveNow()
{
    if (!m_recovery.isActive() || !m_storyboard)
        return false;
    const PictureState state = m_storyboard->currentView(QString(), Tlp::Amber, QString()).state;
    const QByteArray bytes = SituationPicture::stateToBytes(state);
    if (bytes == m_lastWritten)
        return true;
    QString error;
    if (!m_recovery.save(state, &error)) {
        Q_EMIT statusMessage(error);
        return false;
    }
    m_lastWritten = bytes;
    return true;
}

bool RecoveryController::ask(const RecoveryEntry &entry)
{
    if (m_ask)
        return m_ask(entry);
    QMessageBox box(QMessageBox::Question, tr("Recover Working View"),
                    tr("Phenomap did not close normally while %1 was open.")
                        .arg(QDir::toNativeSeparators(entry.projectPath)),
                    QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(
        tr("The project's data is safe: every change was saved when it was made. Restore the filter, map "
           "extent, layers and unsaved annotations as they were at %1?")
            .arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

bool RecoveryController::offerRecovery(const QString &onlyProject)
{
    const QString wanted = onlyProject.isEmpty() ? QString() : QFileInfo(onlyProject).absoluteFilePath();
    QStringList problems;
    const QList<RecoveryEntry> entries = m_recovery.leftovers(&problems);
    for (const QString &problem : problems)
        Q_EMIT statusMessage(problem);
    bool opened = false;
    // Newest first; one window restores one view, the others are removed once seen. An entry is
    // removed before its project opens, since the reopened project starts a session in the
    // same file.
    for (const RecoveryEntry &entry : entries) {
        if (!wanted.isEmpty() && entry.projectPath != wanted)
            continue;
        WorkspaceRecovery::discard(entry);
        if (opened || !QFileInfo::exists(entry.projectPath) || !ask(entry) || !m_project
            || !m_project->openProject(entry.projectPath))
            continue;
        if (m_storyboard)
            m_storyboard->applyState(entry.state);
        saveNow();
        opened = true;
        Q_EMIT statusMessage(tr("Working view of %1 restored.").arg(QFileInfo(entry.projectPath).fileName()));
    }
    return opened;
}

} // namespace phenomap
