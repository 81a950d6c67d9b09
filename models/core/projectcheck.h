// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace phenomap {

class Database;

/// Checks of a file about to be opened as a project that go beyond SQLite's own (header,
/// quick_check) and the trigger/view allow-list. Each throws ProjectError naming the file.
namespace projectcheck {

/// Before any byte is read: the path must be a readable regular file (not a folder, a pipe, a
/// device or a symbolic-link loop) without an unfinished rollback journal beside it, and hold
/// no data after the end its header declares.
void checkPath(const QString &path);

/// True when a -wal file with content lies beside `path`: the file must then be read through
/// SQLite's WAL machinery (Database::Mode::ReadOnly); otherwise Mode::Immutable, which leaves
/// the folder untouched.
bool hasWal(const QString &path);

/// On the hardened read-only connection, after the allow-list: the GeoPackage version, the
/// layer registrations and names, the project CRS, the definitions of the incidents and zones
/// tables and their indexes, foreign keys, the sizes of names and geometries, and the text and
/// spatial indexes. With `rows` false, the checks that scan every row (foreign keys, sizes,
/// text and spatial index counts) are left for checkRows().
void checkStructure(Database &db, const QString &name, bool rows = true);
/// The row-scanning checks of checkStructure() (for a check deferred after the map is shown).
void checkRows(Database &db, const QString &name);

} // namespace projectcheck
} // namespace phenomap
