// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferencesdialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QSettings;
class QWidget;

namespace phenomap {

class ProjectController;

/// Owns Edit > Preferences… ("preferencesAction", QKeySequence::Preferences) and the one
/// Preferences dialog it opens. A language change goes at once to the data labels
/// (ProjectController::setLanguage) and, as languageChosen(), to whoever rebuilds the window in
/// it; the dialog applies the theme itself.
class PreferencesController : public QObject
{
    Q_OBJECT
public:
    PreferencesController(ProjectController *projects, QWidget *window, QSettings *settings = nullptr,
                          QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    /// Shows the Preferences dialog, or raises the one already open.
    PreferencesDialog *openPreferences();
    PreferencesDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    /// The analyst chose an interface language ("fr", "nl", "en"; empty for the system's).
    void languageChosen(const QString &code);

private:
    ProjectController *m_projects;
    QWidget *m_window;
    QSettings *m_settings;
    QAction *m_action;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace phenomap
