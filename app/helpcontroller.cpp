// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpcontroller.h"

#include "projectcontroller.h"
#include "userguidewindow.h"

#include <QAction>
#include <QWidget>

namespace phenomap {

HelpController::HelpController(ProjectController *projects, QWidget *window)
    : QObject(window), m_projects(projects), m_window(window),
      m_action(new QAction(tr("&User Guide"), window))
{
    setObjectName(QStringLiteral("helpController"));
    m_action->setObjectName(QStringLiteral("userGuideAction"));
    m_action->setShortcut(QKeySequence(Qt::Key_F1));
    m_action->setStatusTip(tr("Open the user guide (French, Dutch, English); it works offline"));
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { showUserGuide(); });
}

UserGuideWindow *HelpController::userGuideWindow() const
{
    return m_guide;
}

UserGuideWindow *HelpController::showUserGuide()
{
    const QString language = UserGuideWindow::guideLanguage(m_projects->language());
    if (m_guide && m_guide->language() != language)
        delete m_guide.data();
    if (!m_guide) {
        m_guide = new UserGuideWindow(language, m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

} // namespace phenomap
