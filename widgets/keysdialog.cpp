// SPDX-License-Identifier: GPL-3.0-or-later
#include "keysdialog.h"

#include "officekeydialog.h"
#include "partnerkeysmodel.h"
#include "sodiumruntime.h"
#include "trusterror.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace phenomap {
namespace {

/// Larger files are no bundle (PartnerKey::fromBundle() refuses them anyway); read no more.
constexpr qint64 kMaxBundleFile = 64 * 1024;

QLabel *selectableLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

KeysDialog::KeysDialog(const QString &directory, const KeyStore::Protection &protection, QWidget *parent)
    : QDialog(parent), m_store(directory), m_protection(protection),
      m_model(new PartnerKeysModel(m_store, this))
{
    setWindowTitle(tr("Keys"));
    setAccessibleName(tr("Office and partner keys"));

    auto *officeBox = new QGroupBox(tr("Office key"), this);
    m_officePages = new QStackedWidget(officeBox);
    m_officePages->addWidget(createNoKeyPage());
    m_officePages->addWidget(createOfficePage());
    auto *officeLayout = new QVBoxLayout(officeBox);
    officeLayout->addWidget(m_officePages);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Last message"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &KeysDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(officeBox);
    layout->addWidget(createPartnersBox(), 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(&m_creation, &QFutureWatcher<QString>::finished, this, &KeysDialog::creationFinished);
    connect(m_model, &PartnerKeysModel::errorOccurred, this,
            [this](const QString &m) { showMessage(m, true); });
    if (!m_model->lastError().isEmpty())
        showMessage(m_model->lastError(), true);
    refreshOffice();
    resize(820, 560);
}

KeysDialog::~KeysDialog()
{
    // The worker writes the key files; let it finish so the store is never left half written.
    m_creation.waitForFinished();
}

QWidget *KeysDialog::createNoKeyPage()
{
    auto *page = new QWidget(this);
    auto *text =
        new QLabel(tr("This computer has no office key yet. Create one to sign the packages you send to "
                      "partners and to open the packages they encrypt for you."),
                   page);
    text->setWordWrap(true);
    m_createButton = new QPushButton(tr("&Create Office Key…"), page);
    m_createButton->setObjectName(QStringLiteral("createOfficeKeyButton"));
    m_createButton->setToolTip(tr("Creates a signing key and an encryption key, protected by a passphrase"));
    connect(m_createButton, &QPushButton::clicked, this, &KeysDialog::createInteractively);
    m_busy = new QProgressBar(page);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // busy: the key derivation reports no progress
    m_busy->setAccessibleName(tr("Creating the office key"));
    m_busy->hide();
    m_busyLabel = new QLabel(
        tr("Creating the office key; protecting it with the passphrase takes a few seconds…"), page);
    m_busyLabel->setWordWrap(true);
    m_busyLabel->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    auto *row = new QHBoxLayout;
    row->addWidget(m_createButton);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    layout->addWidget(m_busyLabel);
    layout->addStretch(1);
    return page;
}

QWidget *KeysDialog::createOfficePage()
{
    auto *page = new QWidget(this);
    m_officeName = selectableLabel(page, QStringLiteral("officeName"));
    m_officeAgency = selectableLabel(page, QStringLiteral("officeAgency"));
    m_officeKeyId = selectableLabel(page, QStringLiteral("officeKeyId"));
    m_officeKeyId->setToolTip(tr("Partners compare this id with the one their Phenomap or minisign shows"));
    m_officePublicKey = selectableLabel(page, QStringLiteral("officePublicKey"));
    m_officeRecipient = selectableLabel(page, QStringLiteral("officeRecipient"));
    m_officeCreated = selectableLabel(page, QStringLiteral("officeCreated"));

    auto *exportButton = new QPushButton(tr("&Export Public Key…"), page);
    exportButton->setObjectName(QStringLiteral("exportPublicKeyButton"));
    exportButton->setToolTip(
        tr("Writes the public keys partners need to check your signatures and encrypt to you"));
    connect(exportButton, &QPushButton::clicked, this, &KeysDialog::exportInteractively);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_officeName);
    form->addRow(tr("Agency:"), m_officeAgency);
    form->addRow(tr("Key ID:"), m_officeKeyId);
    form->addRow(tr("Signing key:"), m_officePublicKey);
    form->addRow(tr("Encryption key:"), m_officeRecipient);
    form->addRow(tr("Created:"), m_officeCreated);
    form->addRow(QString(), exportButton);
    return page;
}

QWidget *KeysDialog::createPartnersBox()
{
    auto *box = new QGroupBox(tr("Partner keys"), this);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PartnerKeysModel::AgeRecipient, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Partner keys"));
    m_table->setToolTip(tr("Tick Trusted only for keys whose id you checked with the partner"));

    auto *importButton = new QPushButton(tr("&Import Partner Key…"), box);
    importButton->setObjectName(QStringLiteral("importPartnerButton"));
    connect(importButton, &QPushButton::clicked, this, &KeysDialog::importInteractively);
    m_removeButton = new QPushButton(tr("&Remove…"), box);
    m_removeButton->setObjectName(QStringLiteral("removePartnerButton"));
    m_removeButton->setEnabled(false);
    connect(m_removeButton, &QPushButton::clicked, this, &KeysDialog::removeInteractively);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_removeButton->setEnabled(false); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return box;
}

void KeysDialog::showMessage(const QString &message, bool isError)
{
    m_lastMessage = message;
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void KeysDialog::refreshOffice()
{
    if (!m_store.hasOfficeKey()) {
        m_officePages->setCurrentIndex(0);
        return;
    }
    m_officePages->setCurrentIndex(1);
    try {
        const PartnerKey office = m_store.officePublicKeys();
        m_officeName->setText(office.name);
        m_officeAgency->setText(office.agency);
        m_officeKeyId->setText(office.signingKey.keyIdHex());
        m_officePublicKey->setText(QString::fromLatin1(office.signingKey.toBase64()));
        m_officeRecipient->setText(office.encryptionKey.toString());
        m_officeCreated->setText(office.added.isValid()
                                     ? QLocale().toString(office.added.toLocalTime(), QLocale::ShortFormat)
                                     : QString());
    } catch (const TrustError &e) {
        showMessage(e.message(), true);
    }
}

bool KeysDialog::createOfficeKey(const QString &name, const QString &agency, const QString &passphrase,
                                 const QString &confirmation)
{
    if (isBusy()) {
        showMessage(tr("The office key is already being created."), true);
        return false;
    }
    if (m_store.hasOfficeKey()) {
        showMessage(tr("%1 already holds an office key.").arg(QDir::toNativeSeparators(m_store.directory())),
                    true);
        return false;
    }
    const QString problem = OfficeKeyDialog::check(name, passphrase, confirmation);
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return false;
    }
    m_createButton->setEnabled(false);
    m_busy->show();
    m_busyLabel->show();
    showMessage(QString(), false);
    // The worker has its own KeyStore over the same folder and only values: nothing it touches
    // belongs to the dialog.
    m_creation.setFuture(
        QtConcurrent::run([directory = m_store.directory(), name = name.trimmed(), agency = agency.trimmed(),
                           secret = passphrase.toUtf8(), protection = m_protection]() mutable {
            QString error;
            try {
                KeyStore(directory).createOfficeKey(name, agency, secret, protection);
            } catch (const TrustError &e) {
                error = e.message();
            } catch (const std::exception &e) {
                error = QString::fromUtf8(e.what());
            }
            SodiumRuntime::wipe(secret);
            return error;
        }));
    return true;
}

void KeysDialog::creationFinished()
{
    const QString error = m_creation.result();
    m_busy->hide();
    m_busyLabel->hide();
    m_createButton->setEnabled(true);
    if (!error.isEmpty()) {
        showMessage(tr("The office key could not be created in %1: %2")
                        .arg(QDir::toNativeSeparators(m_store.directory()), error),
                    true);
        Q_EMIT officeKeyCreationFailed(m_lastMessage);
        return;
    }
    refreshOffice();
    showMessage(tr("The office key was created. Export the public key and give it to your partners; keep the "
                   "passphrase safe, it cannot be recovered."),
                false);
    Q_EMIT officeKeyCreated();
}

bool KeysDialog::exportPublicKey(const QString &path, PublicKeyFormat format)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!m_store.hasOfficeKey()) {
        showMessage(tr("There is no office key to export yet: create one first."), true);
        return false;
    }
    QByteArray content;
    try {
        content = format == PublicKeyFormat::Bundle ? m_store.exportPublicKeys()
                                                    : m_store.exportMinisignPublicKey();
    } catch (const TrustError &e) {
        showMessage(e.message(), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(shown, file.errorString()), true);
        return false;
    }
    showMessage(tr("The public key was written to %1.").arg(shown), false);
    return true;
}

std::optional<PartnerKey> KeysDialog::readPartnerFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(shown, file.errorString()), true);
        return std::nullopt;
    }
    try {
        PartnerKey partner = PartnerKey::fromBundle(file.read(kMaxBundleFile + 1));
        if (m_store.hasOfficeKey() && partner.signingKey == m_store.officePublicKeys().signingKey) {
            showMessage(tr("%1 holds this office's own public key; import the keys your partners send you.")
                            .arg(shown),
                        true);
            return std::nullopt;
        }
        return partner;
    } catch (const TrustError &e) {
        showMessage(tr("%1 cannot be imported: %2").arg(shown, e.message()), true);
        return std::nullopt;
    }
}

bool KeysDialog::importPartnerFile(const QString &path, bool trusted)
{
    std::optional<PartnerKey> partner = readPartnerFile(path);
    if (!partner)
        return false;
    partner->trusted = trusted;
    partner->added = QDateTime::currentDateTimeUtc();
    try {
        m_store.importPartner(*partner);
    } catch (const TrustError &e) {
        showMessage(tr("%1 cannot be imported: %2").arg(QDir::toNativeSeparators(path), e.message()), true);
        return false;
    }
    if (!m_model->reload())
        return false;
    const int row = m_model->rowOfKeyId(partner->signingKey.keyId());
    if (row >= 0)
        m_table->selectRow(row);
    const QString who =
        partner->agency.isEmpty() ? partner->name : tr("%1 (%2)").arg(partner->name, partner->agency);
    showMessage(
        trusted
            ? tr("Imported the key of %1, key ID %2, as trusted.").arg(who, partner->signingKey.keyIdHex())
            : tr("Imported the key of %1, key ID %2, not trusted yet.")
                  .arg(who, partner->signingKey.keyIdHex()),
        false);
    return true;
}

bool KeysDialog::removePartner(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QString name = m_model->partnerAt(row).name;
    if (!m_model->removePartner(row))
        return false;
    showMessage(tr("Removed the key of %1.").arg(name), false);
    return true;
}

void KeysDialog::reject()
{
    if (isBusy()) {
        showMessage(tr("Please wait until the office key is created."), false);
        return;
    }
    QDialog::reject();
}

void KeysDialog::createInteractively()
{
    OfficeKeyDialog ask(this);
    if (ask.exec() == QDialog::Accepted)
        createOfficeKey(ask.name(), ask.agency(), ask.passphrase(), ask.confirmation());
}

void KeysDialog::exportInteractively()
{
    const QString bundleFilter = tr("Phenomap public key (*.json)");
    const QString minisignFilter = tr("minisign public key (*.pub)");
    QString selected = bundleFilter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Public Key"), tr("office-public-key.json"),
                                     bundleFilter + QStringLiteral(";;") + minisignFilter, &selected);
    if (path.isEmpty())
        return;
    const bool minisign =
        selected == minisignFilter || path.endsWith(QLatin1String(".pub"), Qt::CaseInsensitive);
    if (!exportPublicKey(path, minisign ? PublicKeyFormat::Minisign : PublicKeyFormat::Bundle))
        QMessageBox::warning(this, tr("Export Public Key"), m_lastMessage);
}

void KeysDialog::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Partner Key"), QString(),
                                                      tr("Phenomap public keys (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const std::optional<PartnerKey> partner = readPartnerFile(path);
    if (!partner) {
        QMessageBox::warning(this, tr("Import Partner Key"), m_lastMessage);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Import Partner Key"),
                    tr("Trust the key of %1 (%2), key ID %3?")
                        .arg(partner->name, partner->agency, partner->signingKey.keyIdHex()),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(
        tr("Trust it only if you compared this key ID with the partner by a channel you trust, "
           "such as a phone call. You can change this later."));
    QPushButton *trust = ask.addButton(tr("&Trust"), QMessageBox::YesRole);
    QPushButton *later = ask.addButton(tr("&Import Without Trust"), QMessageBox::NoRole);
    ask.exec();
    if ((ask.clickedButton() == trust || ask.clickedButton() == later) &&
        !importPartnerFile(path, ask.clickedButton() == trust))
        QMessageBox::warning(this, tr("Import Partner Key"), m_lastMessage);
}

void KeysDialog::removeInteractively()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const PartnerKey &p = m_model->partnerAt(rows.first().row());
    const auto answer = QMessageBox::question(
        this, tr("Remove Partner Key"),
        tr("Remove the key of %1 (%2), key ID %3? Packages signed with it will no longer be recognised.")
            .arg(p.name, p.agency, p.signingKey.keyIdHex()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removePartner(rows.first().row());
}

} // namespace phenomap
