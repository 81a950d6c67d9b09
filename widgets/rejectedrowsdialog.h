// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace phenomap {

class Project;

/// The rejected rows of one batch, with an export to CSV. A dialog of its own because analysts
/// keep it open beside the source file while they correct it.
class RejectedRowsDialog : public QDialog
{
    Q_OBJECT
public:
    RejectedRowsDialog(Project &project, qint64 batchId, QWidget *parent = nullptr);

    /// The table of rejected rows (row number, field, reason).
    QTableWidget *table() const { return m_table; }
    /// Writes the rejected rows as CSV; returns the number written. Throws ImportError.
    int exportCsv(const QString &path);

private:
    void exportInteractively();

    Project &m_project;
    qint64 m_batchId;
    QTableWidget *m_table;
};

} // namespace phenomap
