// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetailpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace phenomap {

IncidentDetailPanel::IncidentDetailPanel(QWidget *parent)
    : QWidget(parent), m_position(new QLabel(this)), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_edit(new QToolButton(this)), m_view(new QTextBrowser(this))
{
    setAccessibleName(tr("Incident details"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous selected incident"));
    m_previous->setToolTip(tr("Previous selected incident"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next selected incident"));
    m_next->setToolTip(tr("Next selected incident"));
    m_edit->setObjectName(QStringLiteral("editIncident"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit the incident"));
    m_edit->setToolTip(tr("Correct the phenomenon, modus operandi, time, marking or texts of this incident"));
    m_edit->setEnabled(false);
    m_view->setObjectName(QStringLiteral("incidentDetails"));
    m_view->setAccessibleName(tr("Incident details"));
    m_view->setOpenLinks(false);
    m_position->setObjectName(QStringLiteral("incidentPosition"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_position, 1);
    bar->addWidget(m_next);
    bar->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_previous, &QToolButton::clicked, this, &IncidentDetailPanel::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &IncidentDetailPanel::nextRequested);
    connect(m_edit, &QToolButton::clicked, this, &IncidentDetailPanel::editRequested);
    showMessage(tr("Select an incident on the map or in the table to see all it is known by."));
}

void IncidentDetailPanel::setFields(int index, int count, const QList<Field> &fields)
{
    m_fields = fields;
    m_message.clear();
    const QLocale locale;
    m_position->setText(tr("Incident %1 of %2 selected").arg(locale.toString(index + 1), locale.toString(count)));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    m_edit->setEnabled(m_editable);
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const Field &f : fields)
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                    .arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>")));
    html += QStringLiteral("</table>");
    m_view->setHtml(html);
}

void IncidentDetailPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_edit->setEnabled(editable && !m_fields.isEmpty());
}

void IncidentDetailPanel::showMessage(const QString &message)
{
    m_fields.clear();
    m_message = message;
    m_position->clear();
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_edit->setEnabled(false);
    m_view->setPlainText(message);
}

QString IncidentDetailPanel::text() const
{
    if (!m_message.isEmpty())
        return m_message;
    QStringList lines;
    for (const Field &f : m_fields)
        lines << f.label + QLatin1String(": ") + f.value;
    return lines.join(QLatin1Char('\n'));
}

QString IncidentDetailPanel::positionText() const
{
    return m_position->text();
}

} // namespace phenomap
