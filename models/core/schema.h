// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace phenomap {

class Database;

/// The project schema: GeoPackage core tables, Phenomap's feature, attribute and private
/// tables, the forward migrations between schema versions, and the allow-list that a file
/// must pass before any of its triggers may run on our connection.
namespace schema {

/// Writes the GeoPackage 1.3 core (header ids, gpkg_* tables, SRS rows incl. EPSG:31370).
void createGeoPackageCore(Database &db);
/// Applies migrations from version `from` up to `to` (0 = empty GeoPackage). Caller holds a
/// transaction; the schema version setting is updated.
void migrate(Database &db, int from, int to);
/// Empty when every trigger, view and virtual table in the file is one Phenomap or GDAL writes
/// for a registered layer; otherwise a description of the first object that is not.
QString unexpectedObject(Database &db);
/// The GeoPackage 1.3 R-tree triggers for table.column (as GDAL 3.6 writes and validates them).
QString rtreeTriggersSql(const QString &table, const QString &column, const QString &idColumn);
/// Per-recipient pseudonymisation secrets and partner comments on pictures (schema 4; packages
/// carry the comments table too, so both use this DDL).
const char *recipientsSql();
const char *commentsSql();
/// Just the AFTER INSERT trigger of rtreeTriggersSql(), byte for byte.
QString rtreeInsertTriggerSql(const QString &table, const QString &column, const QString &idColumn);

} // namespace schema
} // namespace phenomap
