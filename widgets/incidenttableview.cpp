// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttableview.h"

#include <QItemSelection>

#include "incidenttablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace phenomap {

IncidentTableView::IncidentTableView(QWidget *parent) : QTableView(parent)
{
    setAccessibleName(tr("Incidents"));
    setAccessibleDescription(tr("The incidents that match the current filter"));
    setToolTip(tr("Incidents matching the filter; click a row to show it on the map"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
}

void IncidentTableView::setIncidentModel(IncidentTableModel *model)
{
    m_model = model;
    setModel(model);
    if (!model)
        return;
    const int unit = fontMetrics().averageCharWidth();
    const int widths[] = {21, 21, 24, 20, 18, 13, 17, 30};
    for (int c = 0; c < int(std::size(widths)) && c < model->columnCount(); ++c)
        setColumnWidth(c, widths[c] * unit);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                if (!m_quiet)
                    Q_EMIT fidSelectionChanged(selectedFids());
            });
}

void IncidentTableView::reapplySort()
{
    if (m_model && isSortingEnabled() && horizontalHeader()->sortIndicatorSection() >= 0)
        m_model->sort(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
}

QList<qint64> IncidentTableView::selectedFids() const
{
    QList<qint64> fids;
    if (!m_model || !selectionModel())
        return fids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        fids.append(m_model->fidAt(index.row()));
    return fids;
}

bool IncidentTableView::selectFid(qint64 fid)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOfFid(fid);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

int IncidentTableView::selectFids(const QSet<quint32> &fids)
{
    if (!m_model || !selectionModel())
        return 0;
    const std::vector<int> rows = m_model->rowsOfFids(fids);
    QItemSelection selection;
    const int last = m_model->columnCount() - 1;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_model->index(rows[i], 0), m_model->index(rows[j], last));
        i = j + 1;
    }
    m_quiet = true;
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_quiet = false;
    if (!rows.empty())
        scrollTo(m_model->index(rows.front(), 0), QAbstractItemView::PositionAtCenter);
    return int(rows.size());
}

} // namespace phenomap
