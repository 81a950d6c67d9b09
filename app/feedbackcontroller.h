// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedbackmerger.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace phenomap {

class ProjectController;

/// File > Merge Partner Feedback…: brings partners' comments from a returned package into the
/// open project, as `phenomap merge` does. An encrypted package (FILE.gpkg.age) is decrypted in
/// memory with the office key (its passphrase asked through the project controller's prompt)
/// or with the passphrase it was encrypted to; a wrong key or passphrase is reported and
/// nothing is merged.
class FeedbackController : public QObject
{
    Q_OBJECT
public:
    FeedbackController(ProjectController *project, QWidget *dialogParent, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    /// How the file is chosen; tests replace the dialog. Empty = canceled.
    using PathPrompt = std::function<QString(QWidget *parent)>;
    void setPathPrompt(PathPrompt prompt) { m_askPath = std::move(prompt); }

    /// Merges the feedback at `path`; nullopt when nothing was merged (error reported, or a
    /// passphrase prompt canceled).
    std::optional<MergeResult> mergeFrom(const QString &path);

Q_SIGNALS:
    void errorOccurred(const QString &title, const QString &message);
    void statusMessage(const QString &message);

private:
    ProjectController *m_project;
    QWidget *m_dialogParent;
    QAction *m_action;
    PathPrompt m_askPath;
};

} // namespace phenomap
