// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace phenomap {

class Database;

/// A project keeps private tables outside gpkg_contents, but QGIS lists every table of a
/// GeoPackage (GDAL's LIST_ALL_TABLES=YES) and shows the unregistered ones as broken layers,
/// and some private tables (import undo records, mapping rules) must never leave the project.
/// So a package keeps only an allow-list of private tables, rebuilt where needed with an
/// INTEGER PRIMARY KEY and registered as GeoPackage attributes tables; every other private
/// table, and the full-text index (its shadow tables cannot be registered), is dropped.
class PackageTables
{
public:
    /// Call inside the package's transaction after all rows are written, before metadata and manifest.
    static void finish(Database &db);
};

} // namespace phenomap
