// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenteditdialog.h"

#include "types.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace phenomap {

namespace {

const QTimeZone &brussels()
{
    static const QTimeZone zone =
        QTimeZone("Europe/Brussels").isValid() ? QTimeZone("Europe/Brussels") : QTimeZone(3600);
    return zone;
}

// The edit holds Brussels wall-clock time as a zone-less (UTC-spec) value: Qt 6.4's
// QDateTimeEdit cannot be given a time zone, and the machine's own zone may not be Brussels'.
QDateTimeEdit *timeEdit(qint64 utcSeconds, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcSeconds, brussels());
    edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    return edit;
}

qint64 utcSecondsOf(const QDateTimeEdit *edit)
{
    const QDateTime shown = edit->dateTime();
    return QDateTime(shown.date(), shown.time(), brussels()).toSecsSinceEpoch();
}

} // namespace

IncidentEditDialog::IncidentEditDialog(const QList<TaxonomyNode> &taxonomy, const QString &language,
                                       const IncidentFields &fields, QWidget *parent)
    : QDialog(parent), m_taxonomy(taxonomy), m_language(language), m_original(fields),
      m_phenomenon(new QComboBox(this)), m_tlp(new QComboBox(this)), m_mo(new QListWidget(this)),
      m_from(timeEdit(fields.occurredFrom, this)), m_to(timeEdit(fields.occurredTo, this)),
      m_address(new QLineEdit(fields.address, this)), m_description(new QPlainTextEdit(fields.description, this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit Incident %1").arg(fields.fid));
    setObjectName(QStringLiteral("incidentEditDialog"));
    for (const TaxonomyNode &node : std::as_const(m_taxonomy))
        if (node.kind == QLatin1String("phenomenon"))
            m_phenomenon->addItem(node.label(language), node.id);
    m_phenomenon->setCurrentIndex(qMax(0, m_phenomenon->findData(fields.phenomenonId)));
    m_phenomenon->setAccessibleName(tr("Phenomenon"));
    m_mo->setAccessibleName(tr("Modus operandi"));
    m_mo->setToolTip(tr("Tick every modus operandi the record describes"));
    m_from->setAccessibleName(tr("Start of the time window"));
    m_to->setAccessibleName(tr("End of the time window"));
    m_from->setToolTip(tr("Brussels local time; start and end are equal when the time is exact"));
    m_to->setToolTip(m_from->toolTip());
    // Markings are proper names of the Traffic Light Protocol: never translated.
    for (const QString &label : allTlpLabels())
        m_tlp->addItem(label, label);
    m_tlp->setCurrentIndex(qMax(0, m_tlp->findData(fields.tlp)));
    m_tlp->setAccessibleName(tr("TLP marking"));
    m_address->setAccessibleName(tr("Address"));
    m_description->setAccessibleName(tr("Description"));
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_status->setWordWrap(true);
    fillMo(fields.phenomenonId, fields.moIds);

    auto *form = new QFormLayout;
    form->addRow(tr("&Phenomenon:"), m_phenomenon);
    form->addRow(tr("&Modus operandi:"), m_mo);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("Mar&king:"), m_tlp);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The correction is written to the project at once, with an entry in its audit "
                                "log; Edit > Undo takes it back."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_phenomenon, &QComboBox::currentIndexChanged, this,
            [this] { fillMo(m_phenomenon->currentData().toLongLong(), {}); });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &IncidentEditDialog::updateOk);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &IncidentEditDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void IncidentEditDialog::fillMo(qint64 phenomenonId, const QList<qint64> &checked)
{
    m_mo->clear();
    for (const TaxonomyNode &node : std::as_const(m_taxonomy)) {
        if (node.kind != QLatin1String("mo") || node.parentId != phenomenonId)
            continue;
        auto *item = new QListWidgetItem(node.label(m_language), m_mo);
        item->setData(Qt::UserRole, node.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(node.id) ? Qt::Checked : Qt::Unchecked);
    }
}

bool IncidentEditDialog::canAccept() const
{
    return m_to->dateTime() >= m_from->dateTime() && m_phenomenon->currentIndex() >= 0;
}

void IncidentEditDialog::updateOk()
{
    const bool ok = canAccept();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_status->setText(ok ? QString() : tr("The end of the time window comes before its start."));
}

IncidentFields IncidentEditDialog::fields() const
{
    IncidentFields out = m_original;
    out.phenomenonId = m_phenomenon->currentData().toLongLong();
    out.moIds.clear();
    for (int row = 0; row < m_mo->count(); ++row)
        if (m_mo->item(row)->checkState() == Qt::Checked)
            out.moIds.append(m_mo->item(row)->data(Qt::UserRole).toLongLong());
    std::sort(out.moIds.begin(), out.moIds.end());
    // Unchanged minutes keep the stored seconds: the editor shows minutes only.
    const auto seconds = [](const QDateTimeEdit *edit, qint64 original) {
        const qint64 shown = utcSecondsOf(edit);
        return shown / 60 == original / 60 ? original : shown;
    };
    out.occurredFrom = seconds(m_from, m_original.occurredFrom);
    out.occurredTo = seconds(m_to, m_original.occurredTo);
    out.tlp = m_tlp->currentData().toString();
    // An untouched empty field stays as stored (NULL or empty).
    out.address = m_address->text() == m_original.address ? m_original.address : m_address->text();
    out.description = m_description->toPlainText() == m_original.description ? m_original.description
                                                                              : m_description->toPlainText();
    return out;
}

} // namespace phenomap
