// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacerecovery.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace phenomap {

class ProjectController;
class StoryboardController;

/// Autosave and recovery of the working view. Project data needs no autosave: every edit and
/// import is its own committed SQLite transaction. What a crash would lose is the view the
/// analyst built up (filter, time window, extent, layers, chart, annotations not yet saved as a
/// picture), so while a project is open this controller writes that view to a recovery file
/// every interval() when it changed, and removes the file when the project closes normally.
/// At the next start, offerRecovery() finds what a killed or crashed window left and, if the
/// analyst agrees, opens that project again with that view.
///
/// Encrypted packages (opened in memory) get no recovery file: their annotations would land in
/// plain text on disk.
class RecoveryController : public QObject
{
    Q_OBJECT
public:
    RecoveryController(ProjectController *project, StoryboardController *storyboard, QWidget *dialogParent,
                       const QString &folder = WorkspaceRecovery::defaultFolder(), QObject *parent = nullptr);
    ~RecoveryController() override;

    /// Autosave interval in milliseconds: $PHENOMAP_AUTOSAVE_SECONDS, else 30 s.
    int interval() const;
    void setInterval(int milliseconds);

    /// Writes the current view now if it changed since the last write; true when the file is up
    /// to date afterwards.
    bool saveNow();
    /// The recovery file of the open project, empty when there is none.
    QString currentFile() const { return m_recovery.currentFile(); }

    /// How the analyst is asked (the entry shown); tests replace the message box.
    using Question = std::function<bool(const RecoveryEntry &entry)>;
    void setQuestion(Question question) { m_ask = std::move(question); }

    /// Looks for a view left by a window that did not close; asks, and on yes opens its project
    /// and applies the view. Every leftover offered is removed afterwards (restored or refused).
    /// With `onlyProject` set (the start names a file), only a view of that project is offered
    /// and the others wait for a later start. True when a project was opened.
    bool offerRecovery(const QString &onlyProject = QString());

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void projectOpened();
    void projectClosed();
    bool ask(const RecoveryEntry &entry);

    QPointer<ProjectController> m_project;
    QPointer<StoryboardController> m_storyboard;
    QPointer<QWidget> m_dialogParent;
    WorkspaceRecovery m_recovery;
    QTimer *m_timer;
    QByteArray m_lastWritten;
    Question m_ask;
};

} // namespace phenomap
