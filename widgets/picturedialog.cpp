// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTextEdit>

namespace phenomap {

PictureDialog::PictureDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_tlp(new QComboBox(this)), m_narrative(new QTextEdit(this))
{
    setWindowTitle(tr("Situation Picture"));
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        m_tlp->addItem(tlpLabel(t), int(t)); // never translated
    m_tlp->setAccessibleName(tr("TLP marking"));
    m_title->setAccessibleName(tr("Title"));
    m_narrative->setAccessibleName(tr("Narrative"));
    m_narrative->setAcceptRichText(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, ok, [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Marking:"), m_tlp);
    form->addRow(tr("&Narrative:"), m_narrative);
    form->addRow(buttons);
    setTlp(Tlp::Amber);
}

void PictureDialog::setTitle(const QString &title) { m_title->setText(title); }
QString PictureDialog::title() const { return m_title->text().trimmed(); }
void PictureDialog::setTlp(Tlp tlp) { m_tlp->setCurrentIndex(m_tlp->findData(int(tlp))); }
Tlp PictureDialog::tlp() const { return Tlp(m_tlp->currentData().toInt()); }

void PictureDialog::setNarrative(const QString &html)
{
    if (Qt::mightBeRichText(html))
        m_narrative->setHtml(html);
    else
        m_narrative->setPlainText(html);
}

QString PictureDialog::narrative() const
{
    return m_narrative->toPlainText().trimmed().isEmpty() ? QString() : m_narrative->toHtml();
}

} // namespace phenomap
