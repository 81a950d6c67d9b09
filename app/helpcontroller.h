// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace phenomap {

class ProjectController;
class UserGuideWindow;

/// Help > User Guide (F1): opens the offline user guide in the language of the interface, as
/// one window that is raised again when it is already open. It exists so the main window only
/// adds the action to its Help menu, and tests can open the guide without a menu.
class HelpController : public QObject
{
    Q_OBJECT
public:
    /// `window` is the main window: the action is added to it (so F1 works anywhere in it) and
    /// the guide window is its child. The controller is a child of `window`.
    HelpController(ProjectController *projects, QWidget *window);

    /// The "User Guide" action (object name "userGuideAction", shortcut F1).
    QAction *userGuideAction() const { return m_action; }
    /// Opens (or raises) the guide in the interface language and returns it.
    UserGuideWindow *showUserGuide();
    /// The guide window when it is open, else nullptr.
    UserGuideWindow *userGuideWindow() const;

private:
    ProjectController *m_projects;
    QWidget *m_window;
    QAction *m_action;
    QPointer<UserGuideWindow> m_guide;
};

} // namespace phenomap
