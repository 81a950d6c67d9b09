// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keysdialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace phenomap {

/// Owns Tools > Keys… and the Keys dialog it opens: one non-modal dialog at a time over the key
/// store folder of defaultKeyStoreDirectory() ($PHENOMAP_KEYSTORE, else the application data
/// folder), the same folder the command line uses.
class KeysController : public QObject
{
    Q_OBJECT
public:
    KeysController(QWidget *window, QObject *parent = nullptr);

    /// The menu action ("keysAction").
    QAction *action() const { return m_action; }
    /// Shows the Keys dialog, or raises the one already open.
    KeysDialog *openKeys();
    /// The dialog currently open, or nullptr.
    KeysDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    /// A new Keys dialog was opened (not emitted when an open one is raised).
    void dialogOpened(phenomap::KeysDialog *dialog);

private:
    QWidget *m_window;
    QAction *m_action;
    QPointer<KeysDialog> m_dialog;
};

} // namespace phenomap
