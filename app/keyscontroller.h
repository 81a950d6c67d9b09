// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keysdialog.h"
#include "types.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

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

    /// What signing an exported file came to; message is translated and names the file.
    struct SignOutcome
    {
        enum class Kind { Signed, NoOfficeKey, Canceled, Failed };
        Kind kind = Kind::Failed;
        QString message;
    };
    using PassphrasePrompt = std::function<std::optional<QByteArray>(const QString &prompt)>;
    /// Signs an exported file (FILE.minisig beside it, as the command line does) with the
    /// office key of defaultKeyStoreDirectory(), asking for its passphrase through `prompt`.
    /// Without an office key, or when the user cancels, a stale FILE.minisig is removed so an
    /// older file's signature never stands beside the new file.
    SignOutcome signExport(const QString &path, Tlp tlp, const PassphrasePrompt &prompt) const;

Q_SIGNALS:
    /// A new Keys dialog was opened (not emitted when an open one is raised).
    void dialogOpened(phenomap::KeysDialog *dialog);

private:
    QWidget *m_window;
    QAction *m_action;
    QPointer<KeysDialog> m_dialog;
};

} // namespace phenomap
