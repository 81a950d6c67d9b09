// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {
class Database;
}

namespace phenomap::test {

/// Every row of `table`, one string per row ("NULL" for a null value, columns separated by
/// \x1f), ordered by its first two columns: compare two snapshots to prove a table is back
/// to exactly what it was.
QStringList tableRows(Database &db, const QString &table);

/// The rows of every table a taxonomy or mapping rule edit could touch (phenomena, rules, MO
/// links, sources, each incident's phenomenon), each prefixed with its table's name.
QStringList taxonomySnapshot(Database &db);

} // namespace phenomap::test
