// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmapping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace phenomap {

class Database;

/// Named column mappings kept in phenomap_import_profiles, so the next file from the same
/// partner is imported without questions (`--profile NAME`, or found by its columns).
class ImportProfiles
{
public:
    /// The mapping saved under `name`, nullopt when there is none. `sourceId` receives its source.
    static std::optional<ColumnMapping> load(Database &db, const QString &name, qint64 *sourceId = nullptr);
    /// Saves or replaces a profile (inside the caller's transaction). sourceId 0: no source.
    static void save(Database &db, const QString &name, qint64 sourceId, const ColumnMapping &mapping);
    static QStringList names(Database &db);
    static void remove(Database &db, const QString &name);
    /// The most recently updated profile whose mapped columns all exist among `columns`
    /// (and that maps at least a place and a time), or an empty string.
    static QString findForColumns(Database &db, const QStringList &columns);
};

} // namespace phenomap
