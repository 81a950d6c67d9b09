// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyscontroller.h"

#include "exportsignature.h"
#include "keysdialog.h"
#include "keystore.h"
#include "keystorelocation.h"
#include "trusterror.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
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

KeysController::SignOutcome KeysController::signExport(const QString &path, Tlp tlp, const PassphrasePrompt &prompt) const
{
    using Kind = SignOutcome::Kind;
    const QString name = QFileInfo(path).fileName();
    const KeyStore keys(defaultKeyStoreDirectory());
    if (!keys.hasOfficeKey()) {
        QFile::remove(ExportSigner::signaturePath(path));
        return {Kind::NoOfficeKey, tr("“%1” is not signed: there is no office key yet (Tools > Keys…).").arg(name)};
    }
    const std::optional<QByteArray> passphrase =
        prompt ? prompt(tr("Sign “%1” with the office key. Passphrase of the office key:").arg(name)) : std::nullopt;
    if (!passphrase) {
        QFile::remove(ExportSigner::signaturePath(path));
        return {Kind::Canceled, tr("“%1” is not signed: signing was canceled.").arg(name)};
    }
    try {
        const MinisignSecretKey key = keys.unlockSigningKey(*passphrase);
        ExportSigner(key).sign(path, tlp, QUuid::createUuid().toString(QUuid::WithoutBraces));
    } catch (const TrustError &e) {
        QFile::remove(ExportSigner::signaturePath(path));
        return {Kind::Failed, tr("“%1” is not signed: %2").arg(name, e.message())};
    }
    return {Kind::Signed, tr("“%1” is signed with the office key (%2).")
                              .arg(name, QDir::toNativeSeparators(ExportSigner::signaturePath(path)))};
}

} // namespace phenomap
