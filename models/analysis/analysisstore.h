// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace phenomap {

class Database;

/// Analysis results kept in the project (table phenomap_analyses, created on first save): the
/// whole output of runAnalysis ({"record", "result", "units"}) as JSON, so a past result can be
/// shown again - layer, table and recipe - without recomputing it.
/// Why JSON in one column: the record format is versioned (AnalysisRecord::kFormatVersion) and
/// the per-unit arrays are only ever read whole.
class AnalysisStore
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString method;    ///< "gi", "lisa", "moran", "knox"
        QString createdAt; ///< ISO 8601 UTC
        QJsonObject record;
    };

    /// Saves an output of runAnalysis in its own transaction; returns the new id. Throws
    /// std::invalid_argument when the output has no valid record, SqliteError.
    static qint64 save(Database &db, const QJsonObject &output);
    /// Every saved result, newest first (empty when the project has none yet).
    static std::vector<Entry> list(Database &db);
    /// The saved output of one result, or nullopt when there is no such id or it is unreadable.
    static std::optional<QJsonObject> load(Database &db, qint64 id);
};

} // namespace phenomap
