// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace phenomap {

class Project;

/// One row of import_batches, for lists in the GUI and the command line.
struct BatchInfo
{
    qint64 id = 0;
    QString fileName, sha256, profile, userName, startedAt, finishedAt, status;
    qint64 sizeBytes = 0, rowsRead = 0, inserted = 0, updated = 0, rejected = 0;
};

/// Looks after finished import batches: listing them, undoing one, and exporting its rejected
/// rows for the analyst. Undo has to be exact (remove what the batch inserted, put back the
/// previous version of what it updated), so it refuses when a later batch changed the same
/// incidents: undo that one first.
class BatchManager
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::BatchManager)
public:
    explicit BatchManager(Project &project);

    QList<BatchInfo> batches();
    /// Undoes a committed batch in one transaction. Throws ImportError with the reason.
    void undo(qint64 batchId);
    /// Writes the rejected rows of a batch as CSV (UTF-8 with BOM, comma, quoted): row, field,
    /// reason, then every source column. Returns the number of rows written. Throws ImportError.
    int exportRejectedCsv(qint64 batchId, const QString &path);

private:
    Project &m_project;
};

} // namespace phenomap
