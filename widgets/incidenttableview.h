// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QTableView>

namespace phenomap {

class IncidentTableModel;

/// The table of visible incidents. It sets up the view for a large lazy model (fixed row
/// height, no per-row resizing) and speaks in incident fids, so the map and the table can
/// share one selection.
class IncidentTableView : public QTableView
{
    Q_OBJECT
public:
    explicit IncidentTableView(QWidget *parent = nullptr);

    /// Shows an incident model (not owned).
    void setIncidentModel(IncidentTableModel *model);
    IncidentTableModel *incidentModel() const { return m_model; }
    /// Sorts the model again by the header's sort column (after the model was reset).
    void reapplySort();
    /// The fids of the selected rows.
    QList<qint64> selectedFids() const;
    /// Selects and scrolls to an incident; false when it is not in the table.
    bool selectFid(qint64 fid);
    /// Selects the rows of these incidents (and scrolls to the first) without emitting
    /// fidSelectionChanged: the caller already knows the selection. Returns how many rows.
    int selectFids(const QSet<quint32> &fids);

Q_SIGNALS:
    /// The selected incidents changed.
    void fidSelectionChanged(const QList<qint64> &fids);

private:
    IncidentTableModel *m_model = nullptr;
    bool m_quiet = false;
};

} // namespace phenomap
