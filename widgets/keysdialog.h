// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace phenomap {

class PartnerKeysModel;

/// Tools > Keys: the office key (create it, see its key id, export the public key for partners)
/// and the partners' public keys (import, trust, remove), over one KeyStore folder. Every action
/// is a public method taking explicit paths and values, so tests and scripts need no file dialog;
/// the buttons only add the dialogs that ask for them. Creating the key runs scrypt off the GUI
/// thread: the window stays responsive and officeKeyCreated() or officeKeyCreationFailed()
/// follows.
class KeysDialog : public QDialog
{
    Q_OBJECT
public:
    /// What exportPublicKey() writes.
    enum class PublicKeyFormat {
        Bundle,  ///< the JSON bundle partners import in Phenomap (name, agency, both keys)
        Minisign ///< minisign.pub, for `minisign -V -p` (signing key only)
    };

    /// A dialog over the key store in `directory`; `protection` is the passphrase cost of a new
    /// office key (the default is minisign's and age's own; tests pass a cheaper one).
    explicit KeysDialog(const QString &directory, const KeyStore::Protection &protection = {},
                        QWidget *parent = nullptr);
    ~KeysDialog() override;

    const KeyStore &store() const { return m_store; }
    PartnerKeysModel *partnersModel() const { return m_model; }
    /// True while an office key is being created.
    bool isBusy() const { return m_creation.isRunning(); }
    /// The last message shown in the dialog (translated; names the file where there is one).
    const QString &lastMessage() const { return m_lastMessage; }

    /// Starts creating the office key in the background. Returns false, with the reason in
    /// lastMessage() and nothing written, when the input fails OfficeKeyDialog::check(), a key
    /// exists or a creation is already running.
    bool createOfficeKey(const QString &name, const QString &agency, const QString &passphrase,
                         const QString &confirmation);
    /// Writes the office's public key to `path`; false (see lastMessage()) without an office
    /// key or when the file cannot be written.
    bool exportPublicKey(const QString &path, PublicKeyFormat format);
    /// Reads a partner's public key bundle and adds it with the given trust. A file that cannot
    /// be read or is no bundle returns false with a message naming it; the store is unchanged.
    bool importPartnerFile(const QString &path, bool trusted);
    /// Removes the partner on `row` of partnersModel(), without asking.
    bool removePartner(int row);

    /// Refuses to close while the key is being created.
    void reject() override;

Q_SIGNALS:
    /// The office key was created and is shown.
    void officeKeyCreated();
    /// Creating the office key failed; nothing usable was written.
    void officeKeyCreationFailed(const QString &message);

private:
    QWidget *createOfficePage();
    QWidget *createNoKeyPage();
    QWidget *createPartnersBox();
    void refreshOffice();
    void creationFinished();
    void showMessage(const QString &message, bool isError);
    /// The partner key in a bundle file, or nothing (with the message set).
    std::optional<PartnerKey> readPartnerFile(const QString &path);

    void createInteractively();
    void exportInteractively();
    void importInteractively();
    void removeInteractively();

    KeyStore m_store;
    KeyStore::Protection m_protection;
    PartnerKeysModel *m_model;
    QFutureWatcher<QString> m_creation;
    QString m_lastMessage;

    QStackedWidget *m_officePages = nullptr;
    QLabel *m_officeName = nullptr;
    QLabel *m_officeAgency = nullptr;
    QLabel *m_officeKeyId = nullptr;
    QLabel *m_officePublicKey = nullptr;
    QLabel *m_officeRecipient = nullptr;
    QLabel *m_officeCreated = nullptr;
    QPushButton *m_createButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace phenomap
