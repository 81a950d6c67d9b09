// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"
#include "types.h"

#include <exception>
#include <unordered_set>
#include <vector>

namespace phenomap {

class Project;

/// Writes incidents with prepared statements: the feature row (the GeoPackage R-tree is kept
/// up to date by its triggers), its MO links and its full-text entry. It does not open a
/// transaction: the caller wraps a whole batch in one Transaction.
///
/// Full-text entries of new rows are deferred to the end of the transaction: FTS5 flushes its
/// pending index at every statement savepoint, and each incident INSERT opens one (it fires the
/// R-tree triggers), so indexing row by row wrote one tiny segment per incident. The writer
/// registers with the Database so Transaction::commit() indexes the pending rows inside the same
/// transaction, and a rollback drops them.
class IncidentWriter
{
public:
    /// Normal: every write keeps the R-tree current through its triggers. Bulk (for imports and
    /// generated data, inside one Transaction): new points go into the R-tree at commit in one
    /// pass, instead of through the per-row trigger whose statement journal costs ~30 KB of
    /// page copies per row. A rollback restores the trigger with everything else.
    enum class Mode { Normal, Bulk };
    explicit IncidentWriter(Project &project, Mode mode = Mode::Normal);
    ~IncidentWriter();
    IncidentWriter(const IncidentWriter &) = delete;
    IncidentWriter &operator=(const IncidentWriter &) = delete;
    /// Indexes the text of rows written since the last flush (Transaction::commit() calls it).
    void flush();
    /// Forgets buffered rows and everything deferred to the commit, so that neither this writer
    /// nor its destructor does that work: for a batch whose transaction is about to roll back
    /// (a cancel or a failure), which also restores the R-tree trigger and the indexes. Without
    /// it, unwinding a cancelled million-row import first indexed its text, packed its R-tree
    /// and built its indexes, only to roll them back.
    void discard();

    /// Calls discard() when it is destroyed by an exception leaving its scope. Declare it after
    /// the writer, and the writer after the Transaction that rolls the batch back.
    class DiscardOnUnwind
    {
    public:
        explicit DiscardOnUnwind(IncidentWriter &writer) : m_writer(writer), m_exceptions(std::uncaught_exceptions()) {}
        ~DiscardOnUnwind()
        {
            if (std::uncaught_exceptions() > m_exceptions)
                m_writer.discard();
        }
        DiscardOnUnwind(const DiscardOnUnwind &) = delete;
        DiscardOnUnwind &operator=(const DiscardOnUnwind &) = delete;

    private:
        IncidentWriter &m_writer;
        int m_exceptions;
    };
    /// Bulk mode: drops the incidents' secondary indexes now and creates them again (same SQL) at
    /// commit, inside the same transaction; a rollback restores them with everything else. For
    /// batches about as large as the table: one sort per index instead of a random insert per row.
    void deferIndexes();
    /// Inserts a new incident and returns its fid. record.fid is ignored. In bulk mode the row is
    /// buffered and written with others in one multi-row INSERT (SQLite's per-statement cost:
    /// AUTOINCREMENT bookkeeping, statement journal, VDBE start, dominated row-by-row inserts);
    /// its fid is assigned here, as AUTOINCREMENT would. update(), remove() and flush() (so every
    /// commit) write the buffer first; a caller reading incidents through the Database in the
    /// middle of a bulk batch sees only the rows written so far.
    qint64 insert(const IncidentRecord &record);
    /// Replaces every field of an existing incident (record.fid).
    void update(const IncidentRecord &record);
    /// Deletes an incident with its MO links and text index entry.
    void remove(qint64 fid);
    /// readIncident() with statements prepared once, for callers reading incident after incident.
    std::optional<IncidentRecord> read(qint64 fid);

private:
    void bindRecord(Statement &st, const IncidentRecord &r, int first = 1);
    void writeBuffered();
    void indexText();
    void writeMo(qint64 fid, const QList<qint64> &moIds);
    void removeText(qint64 fid);
    void finishBulk();
    struct BulkPoint
    {
        qint64 fid;
        double x, y;
    };
    Project &m_project;
    Mode m_mode;
    bool m_bulkActive = false;
    std::vector<BulkPoint> m_bulkPoints;
    std::unordered_set<qint64> m_bulkSuperseded;
    std::vector<QString> m_deferredIndexes; ///< CREATE INDEX statements to run at commit
    std::vector<IncidentRecord> m_buffer; ///< bulk mode: rows waiting for their multi-row INSERT
    qint64 m_nextFid = 0;                 ///< bulk mode: the fid the next inserted row gets
    /// Bulk mode: text index entries to delete (an updated or removed row's text as indexed),
    /// applied many per statement before the pending rows are indexed: FTS5 writes a segment
    /// at the end of every statement, so deleting row by row wrote one per updated incident.
    struct IndexedText
    {
        qint64 fid;
        QString sourceRef, address, description;
    };
    std::vector<IndexedText> m_pendingDeletes;
    std::vector<qint64> m_pendingText;
    std::unordered_set<qint64> m_pendingSet;
    GroupedStatement m_insertRows, m_insertLinks, m_unindexRows; ///< bulk mode: many rows per statement
    Statement m_read, m_readMo;
    Statement m_insert, m_update, m_delete, m_insertMo, m_deleteMo, m_insertFts, m_deleteFts, m_oldText;
};

/// Reads one incident back, with its MO ids; nullopt when there is no such fid.
std::optional<IncidentRecord> readIncident(Database &db, qint64 fid);

} // namespace phenomap
