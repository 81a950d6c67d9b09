// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace phenomap {

class Database;

/// One entry of a 2-D SQLite R*Tree: the data rowid and its box in double precision.
struct RtreeEntry
{
    qint64 id;
    double minX, maxX, minY, maxY;
};

/// Replaces the content of a 2-D SQLite R*Tree virtual table (`rtree` module, 32-bit float
/// coordinates) by a tree packed in memory with Sort-Tile-Recursive, written straight into its
/// _node, _parent and _rowid shadow tables. Inserting a million rows one by one costs SQLite
/// 11-13 s; packing and writing the tables costs well under one. The node layout (big-endian
/// depth, cell count, then rowid + float boxes; root is node 1) and the outward rounding of
/// doubles to floats follow SQLite's rtree.c, and SQLite's rtreecheck() accepts the result.
/// Runs inside the caller's transaction; `entries` is reordered.
void rebuildRtree(Database &db, const QString &rtreeTable, std::vector<RtreeEntry> &entries);

} // namespace phenomap
