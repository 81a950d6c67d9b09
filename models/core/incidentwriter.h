// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"
#include "types.h"

namespace phenomap {

class Project;

/// Writes incidents with prepared statements: the feature row (the GeoPackage R-tree is kept
/// up to date by its triggers), its MO links and its full-text entry. It does not open a
/// transaction: the caller wraps a whole batch in one Transaction.
class IncidentWriter
{
public:
    explicit IncidentWriter(Project &project);
    /// Inserts a new incident and returns its fid. record.fid is ignored.
    qint64 insert(const IncidentRecord &record);
    /// Replaces every field of an existing incident (record.fid).
    void update(const IncidentRecord &record);
    /// Deletes an incident with its MO links and text index entry.
    void remove(qint64 fid);

private:
    void bindRecord(Statement &st, const IncidentRecord &r);
    void writeMo(qint64 fid, const QList<qint64> &moIds);
    void writeText(qint64 fid, const IncidentRecord &r, bool removeOld);
    Project &m_project;
    Statement m_insert, m_update, m_delete, m_insertMo, m_deleteMo, m_insertFts, m_deleteFts, m_oldText;
};

/// Reads one incident back, with its MO ids; nullopt when there is no such fid.
std::optional<IncidentRecord> readIncident(Database &db, qint64 fid);

} // namespace phenomap
