// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencescontroller.h"

#include "preferencesdialog.h"
#include "projectcontroller.h"

#include <QAction>
#include <QSettings>

namespace phenomap {

PreferencesController::PreferencesController(ProjectController *projects, QWidget *window, QSettings *settings,
                                             QObject *parent)
    : QObject(parent), m_projects(projects), m_window(window), m_settings(settings ? settings : new QSettings(this)),
      m_action(new QAction(tr("&Preferences…"), this))
{
    m_action->setObjectName(QStringLiteral("preferencesAction"));
    m_action->setShortcut(QKeySequence::Preferences);
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setStatusTip(tr("Choose the interface language and the colour theme"));
    connect(m_action, &QAction::triggered, this, [this] { openPreferences(); });
}

PreferencesDialog *PreferencesController::openPreferences()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new PreferencesDialog(m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::languageChanged, m_projects, &ProjectController::setLanguage);
    connect(dialog, &PreferencesDialog::languageChanged, this,
            [this, dialog] { Q_EMIT languageChosen(dialog->language()); });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

} // namespace phenomap
