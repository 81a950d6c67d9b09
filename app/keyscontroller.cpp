// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyscontroller.h"

#include "keysdialog.h"
#include "keystorelocation.h"

#include <QAction>
#include <QWidget>

namespace phenomap {

KeysController::KeysController(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_action(new QAction(tr("&Keys…"), this))
{
    m_action->setObjectName(QStringLiteral("keysAction"));
    m_action->setStatusTip(tr("Create the office key, export its public key and manage the partners' keys"));
    connect(m_action, &QAction::triggered, this, [this] { openKeys(); });
}

KeysDialog *KeysController::openKeys()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new KeysDialog(defaultKeyStoreDirectory(), {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->show();
    Q_EMIT dialogOpened(dialog);
    return dialog;
}

} // namespace phenomap
