// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtreebulk.h"

#include "sqlite.h"

#include <sqlite3.h>

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace phenomap {
namespace {

constexpr int kBytesPerCell = 8 + 4 * 4; // rowid + (min, max) x 2 dimensions as float

// Same rounding as SQLite's rtreeValueDown/rtreeValueUp: the float box always contains the double.
float roundDown(double d)
{
    float f = float(d);
    if (double(f) > d)
        f = float(d * (d < 0 ? (1.0 + 1.0 / 8388608.0) : (1.0 - 1.0 / 8388608.0)));
    return f;
}

float roundUp(double d)
{
    float f = float(d);
    if (double(f) < d)
        f = float(d * (d < 0 ? (1.0 - 1.0 / 8388608.0) : (1.0 + 1.0 / 8388608.0)));
    return f;
}

struct Cell
{
    qint64 id; ///< data rowid (leaf) or child node number (interior)
    float box[4]; ///< minX, maxX, minY, maxY
};

struct Node
{
    std::vector<Cell> cells;
    Cell bounds() const
    {
        Cell b{0, {cells[0].box[0], cells[0].box[1], cells[0].box[2], cells[0].box[3]}};
        for (const Cell &c : cells) {
            b.box[0] = std::min(b.box[0], c.box[0]);
            b.box[1] = std::max(b.box[1], c.box[1]);
            b.box[2] = std::min(b.box[2], c.box[2]);
            b.box[3] = std::max(b.box[3], c.box[3]);
        }
        return b;
    }
};

/// Sort-Tile-Recursive: tiles of about sqrt(#nodes) vertical slices, each sorted by y.
std::vector<Node> packLevel(std::vector<Cell> &cells, std::size_t maxCells)
{
    const std::size_t n = cells.size();
    const std::size_t nodes = (n + maxCells - 1) / maxCells;
    const auto slices = std::size_t(std::ceil(std::sqrt(double(nodes))));
    const std::size_t perSlice = slices * maxCells;
    auto cx = [](const Cell &c) { return c.box[0] + c.box[1]; };
    auto cy = [](const Cell &c) { return c.box[2] + c.box[3]; };
    std::sort(cells.begin(), cells.end(), [&](const Cell &a, const Cell &b) { return cx(a) < cx(b); });
    std::vector<Node> out;
    out.reserve(nodes);
    for (std::size_t s = 0; s < n; s += perSlice) {
        const auto end = cells.begin() + qsizetype(std::min(n, s + perSlice));
        std::sort(cells.begin() + qsizetype(s), end, [&](const Cell &a, const Cell &b) { return cy(a) < cy(b); });
        for (std::size_t i = s; i < std::min(n, s + perSlice); i += maxCells) {
            Node node;
            node.cells.assign(cells.begin() + qsizetype(i), cells.begin() + qsizetype(std::min({n, s + perSlice, i + maxCells})));
            out.push_back(std::move(node));
        }
    }
    return out;
}

QByteArray nodeBlob(const Node &node, int nodeSize, int depth)
{
    QByteArray blob(nodeSize, '\0');
    auto *p = reinterpret_cast<uchar *>(blob.data());
    qToBigEndian<quint16>(quint16(depth), p);
    qToBigEndian<quint16>(quint16(node.cells.size()), p + 2);
    uchar *c = p + 4;
    for (const Cell &cell : node.cells) {
        qToBigEndian<qint64>(cell.id, c);
        for (int k = 0; k < 4; ++k) {
            quint32 bits;
            std::memcpy(&bits, &cell.box[k], 4);
            qToBigEndian<quint32>(bits, c + 8 + 4 * k);
        }
        c += kBytesPerCell;
    }
    return blob;
}

/// Shadow tables of virtual tables are read-only in defensive mode; lifted for our own writes.
class DefensiveOff
{
public:
    explicit DefensiveOff(sqlite3 *db) : m_db(db)
    {
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, -1, &m_was);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    }
    ~DefensiveOff() { sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, m_was, nullptr); }

private:
    sqlite3 *m_db;
    int m_was = 1;
};

} // namespace

void rebuildRtree(Database &db, const QString &t, std::vector<RtreeEntry> &entries)
{
    Statement size = db.prepare(QStringLiteral("SELECT length(data) FROM \"%1_node\" WHERE nodeno = 1").arg(t));
    const int nodeSize = size.step() ? int(size.int64(0)) : 0;
    size = Statement();
    const int maxCells = (nodeSize - 4) / kBytesPerCell;
    if (maxCells < 4)
        throw SqliteError("unexpected R-tree node size in " + t.toStdString(), SQLITE_CORRUPT);

    std::vector<Cell> level;
    level.reserve(entries.size());
    for (const RtreeEntry &e : entries)
        level.push_back({e.id, {roundDown(e.minX), roundUp(e.maxX), roundDown(e.minY), roundUp(e.maxY)}});

    // Levels from the leaves up; the last level holds the root.
    std::vector<std::vector<Node>> levels;
    if (level.empty()) {
        levels.push_back({Node{}});
    } else {
        for (;;) {
            levels.push_back(packLevel(level, std::size_t(maxCells)));
            if (levels.back().size() == 1)
                break;
            level.clear();
            const auto &children = levels.back();
            for (std::size_t i = 0; i < children.size(); ++i) {
                Cell b = children[i].bounds();
                b.id = qint64(i); // index of the child in its level; made a node number below
                level.push_back(b);
            }
        }
    }
    // Node numbers: root is 1, then the other levels top-down.
    const int depth = int(levels.size()) - 1;
    std::vector<std::vector<qint64>> numbers(levels.size());
    qint64 next = 1;
    for (int l = depth; l >= 0; --l)
        for (std::size_t i = 0; i < levels[std::size_t(l)].size(); ++i)
            numbers[std::size_t(l)].push_back(next++);
    // Interior cells point at their children by node number.
    for (int l = 1; l <= depth; ++l)
        for (Node &node : levels[std::size_t(l)])
            for (Cell &c : node.cells)
                c.id = numbers[std::size_t(l - 1)][std::size_t(c.id)];

    DefensiveOff defensiveOff(db.handle());
    db.exec(QStringLiteral("DELETE FROM \"%1_node\"; DELETE FROM \"%1_parent\"; DELETE FROM \"%1_rowid\";").arg(t));
    Statement insNode = db.prepare(QStringLiteral("INSERT INTO \"%1_node\" (nodeno, data) VALUES (?, ?)").arg(t));
    Statement insParent = db.prepare(QStringLiteral("INSERT INTO \"%1_parent\" (nodeno, parentnode) VALUES (?, ?)").arg(t));
    std::vector<std::pair<qint64, qint64>> rowids; // (data rowid, leaf node number)
    rowids.reserve(entries.size());
    for (int l = depth; l >= 0; --l) {
        auto &nodes = levels[std::size_t(l)];
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const qint64 nodeNo = numbers[std::size_t(l)][i];
            insNode.bind(1, nodeNo).bindBlob(2, nodeBlob(nodes[i], nodeSize, l == depth ? depth : 0)).run();
            for (const Cell &c : nodes[i].cells) {
                if (l == 0)
                    rowids.emplace_back(c.id, nodeNo);
                else
                    insParent.bind(1, c.id).bind(2, nodeNo).run();
            }
        }
    }
    // The rowid table in rowid order, many rows per statement: appending to a b-tree instead of
    // inserting at random, and one statement per batch of rows, not per row.
    std::sort(rowids.begin(), rowids.end());
    GroupedStatement insRowids(db, QStringLiteral("INSERT INTO \"%1_rowid\" (rowid, nodeno) VALUES ").arg(t), placeholderGroup(2), 100);
    insRowids.run(rowids.size(), [&](Statement &st, int p, std::size_t i) { st.bind(p, rowids[i].first).bind(p + 1, rowids[i].second); });
}

} // namespace phenomap
