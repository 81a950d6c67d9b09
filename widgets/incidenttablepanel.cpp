// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttablepanel.h"

#include "incidenttableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace phenomap {

IncidentTablePanel::IncidentTablePanel(IncidentTableView *table, QWidget *parent)
    : QWidget(parent), m_table(table), m_scope(new QComboBox(this)), m_count(new QLabel(this)),
      m_export(new QPushButton(tr("E&xport as CSV…"), this))
{
    m_scope->setObjectName(QStringLiteral("tableScope"));
    m_scope->addItem(tr("Incidents shown by the filter"), int(FilterScope));
    m_scope->addItem(tr("Selected incidents only"), int(SelectionScope));
    m_scope->setAccessibleName(tr("Incidents listed"));
    m_scope->setToolTip(tr("List every incident the filter shows, or only those selected on the map"));
    m_export->setObjectName(QStringLiteral("tableExport"));
    m_export->setToolTip(tr("Writes the listed incidents, in the table's order, to a CSV file"));
    m_count->setObjectName(QStringLiteral("tableCount"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&List:"), this);
    label->setBuddy(m_scope);
    bar->addWidget(label);
    bar->addWidget(m_scope);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(table, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT scopeChanged(scope()); });
    connect(m_export, &QPushButton::clicked, this, &IncidentTablePanel::exportRequested);
}

IncidentTablePanel::Scope IncidentTablePanel::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void IncidentTablePanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void IncidentTablePanel::setListedCount(int rows)
{
    m_count->setText(tr("%Ln incident(s) listed", nullptr, rows));
    m_export->setEnabled(rows > 0);
}

QString IncidentTablePanel::listedText() const
{
    return m_count->text();
}

} // namespace phenomap
