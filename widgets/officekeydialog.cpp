// SPDX-License-Identifier: GPL-3.0-or-later
#include "officekeydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace phenomap {

OfficeKeyDialog::OfficeKeyDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_agency(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)), m_confirmation(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Create Office Key"));
    setAccessibleName(tr("Create the office key"));

    m_name->setObjectName(QStringLiteral("officeNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Regional analysis cell"));
    m_name->setAccessibleName(tr("Office name"));
    m_agency->setObjectName(QStringLiteral("officeAgencyEdit"));
    m_agency->setPlaceholderText(tr("e.g. Brussels Prevention & Security"));
    m_agency->setAccessibleName(tr("Agency"));
    for (QLineEdit *edit : {m_passphrase, m_confirmation}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_confirmation->setAccessibleName(tr("Passphrase again"));

    auto *intro =
        new QLabel(tr("Partners see the name and agency when they import your public key. The passphrase "
                      "protects the private key on this computer: it is asked for each time you sign or "
                      "open a package, and it cannot be recovered if it is lost."),
                   this);
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setAccessibleName(tr("Problem with the input"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_confirmation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Key"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString OfficeKeyDialog::check(const QString &name, const QString &passphrase, const QString &confirmation)
{
    if (name.trimmed().isEmpty())
        return tr("Enter the office's name: partners see it when they import your public key.");
    if (passphrase.size() < MinimumPassphraseLength)
        return tr("The passphrase is too short: use at least %n characters.", nullptr,
                  MinimumPassphraseLength);
    if (passphrase != confirmation)
        return tr("The two passphrases do not match. Type the same passphrase twice.");
    return QString();
}

QString OfficeKeyDialog::name() const
{
    return m_name->text().trimmed();
}
QString OfficeKeyDialog::agency() const
{
    return m_agency->text().trimmed();
}
QString OfficeKeyDialog::passphrase() const
{
    return m_passphrase->text();
}
QString OfficeKeyDialog::confirmation() const
{
    return m_confirmation->text();
}
QString OfficeKeyDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void OfficeKeyDialog::accept()
{
    const QString problem = check(name(), passphrase(), confirmation());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        if (name().isEmpty()) {
            m_name->setFocus();
        } else {
            m_confirmation->clear();
            m_passphrase->setFocus();
            m_passphrase->selectAll();
        }
        return;
    }
    m_problem->hide();
    QDialog::accept();
}

} // namespace phenomap
