// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentwriter.h"

#include "gpkggeometry.h"
#include "project.h"
#include "rtreebulk.h"
#include "schema.h"

#include <sqlite3.h>

#include <algorithm>

namespace phenomap {
namespace {

constexpr const char *kColumns =
    "geom, precision, zone_fid, occurred_from, occurred_to, reported_at, phenomenon_id, source_id, source_ref, "
    "address, description, tlp, batch_id, municipality_nis, police_zone, flags";

/// Rows per multi-row INSERT in bulk mode (17 parameters each, far below SQLite's limit), and MO
/// links per multi-row INSERT. Beyond a few dozen the per-statement cost no longer shows.
constexpr int kBulkRows = 32;
constexpr int kBulkLinks = 64;

Statement prepareRead(Database &db)
{
    return db.prepare(QStringLiteral("SELECT fid, %1 FROM incidents WHERE fid = ?").arg(QLatin1String(kColumns)));
}

Statement prepareReadMo(Database &db)
{
    return db.prepare("SELECT mo_id FROM phenomap_incident_mo WHERE incident_fid = ? ORDER BY mo_id");
}

std::optional<qint64> nonZero(qint64 v) { return v ? std::optional<qint64>(v) : std::nullopt; }

} // namespace

IncidentWriter::IncidentWriter(Project &project, Mode mode) : m_project(project), m_mode(mode)
{
    Database &db = project.db();
    if (m_mode == Mode::Bulk) {
        if (sqlite3_get_autocommit(db.handle()))
            throw SqliteError("IncidentWriter bulk mode needs an open transaction", SQLITE_MISUSE);
        db.exec("DROP TRIGGER IF EXISTS rtree_incidents_geom_insert");
        m_bulkActive = true;
        // What AUTOINCREMENT would give the next row: above every fid ever used.
        m_nextFid = 1 + std::max(db.scalarInt("SELECT seq FROM sqlite_sequence WHERE name = 'incidents'").value_or(0),
                                 db.scalarInt("SELECT coalesce(max(fid), 0) FROM incidents").value_or(0));
        m_insertRows = GroupedStatement(db, QStringLiteral("INSERT INTO incidents (fid, %1) VALUES ").arg(QLatin1String(kColumns)),
                                        placeholderGroup(17), kBulkRows);
        m_insertLinks = GroupedStatement(db, QStringLiteral("INSERT OR IGNORE INTO phenomap_incident_mo (incident_fid, mo_id) VALUES "),
                                         placeholderGroup(2), kBulkLinks);
        m_unindexRows = GroupedStatement(db, QStringLiteral("INSERT INTO phenomap_incident_fts (phenomap_incident_fts, rowid, "
                                                            "source_ref, address, description) VALUES "),
                                         QStringLiteral("('delete', ?, ?, ?, ?)"), kBulkRows);
        m_oldText = db.prepare("SELECT source_ref, address, description FROM incidents WHERE fid = ?");
    }
    m_insert = db.prepare(QStringLiteral("INSERT INTO incidents (%1) VALUES %2").arg(QLatin1String(kColumns), placeholderGroup(16)));
    m_update = db.prepare(
        "UPDATE incidents SET geom = ?, precision = ?, zone_fid = ?, occurred_from = ?, occurred_to = ?, "
        "reported_at = ?, phenomenon_id = ?, source_id = ?, source_ref = ?, address = ?, description = ?, tlp = ?, "
        "batch_id = ?, municipality_nis = ?, police_zone = ?, flags = ? WHERE fid = ?");
    m_delete = db.prepare("DELETE FROM incidents WHERE fid = ?");
    m_insertMo = db.prepare("INSERT OR IGNORE INTO phenomap_incident_mo (incident_fid, mo_id) VALUES (?, ?)");
    m_deleteMo = db.prepare("DELETE FROM phenomap_incident_mo WHERE incident_fid = ?");
    m_read = prepareRead(db);
    m_readMo = prepareReadMo(db);
    // Indexes the row's current text; a row that no longer exists (rolled back) adds nothing.
    // Indexes the current text of a run of fids in one statement (so FTS5 flushes once);
    // rows that no longer exist (rolled back) add nothing.
    m_insertFts = db.prepare("INSERT INTO phenomap_incident_fts (rowid, source_ref, address, description) "
                             "SELECT fid, source_ref, address, description FROM incidents WHERE fid BETWEEN ? AND ?");
    m_deleteFts = db.prepare("INSERT INTO phenomap_incident_fts (phenomap_incident_fts, rowid, source_ref, address, "
                             "description) SELECT 'delete', fid, source_ref, address, description FROM incidents "
                             "WHERE fid = ?");
    db.addTransactionHooks(
        this, [this] { flush(); },
        [this] { discard(); }); // the rollback restored the indexes and the trigger
}

IncidentWriter::~IncidentWriter()
{
    try {
        flush(); // rows written outside a Transaction (autocommit) still get their text indexed
    } catch (...) {
        // The connection is gone or failed; the external-content index can be rebuilt from the table.
    }
    m_project.db().removeTransactionHooks(this);
}

void IncidentWriter::flush()
{
    writeBuffered();
    indexText();
    finishBulk();
}

void IncidentWriter::discard()
{
    m_buffer.clear();
    m_pendingDeletes.clear();
    m_pendingText.clear();
    m_pendingSet.clear();
    m_bulkPoints.clear();
    m_bulkSuperseded.clear();
    m_deferredIndexes.clear();
    m_bulkActive = false;
}

void IncidentWriter::indexText()
{
    // Old entries first: an updated row's new text is indexed below.
    m_unindexRows.run(m_pendingDeletes.size(), [this](Statement &st, int p, std::size_t i) {
        const IndexedText &t = m_pendingDeletes[i];
        st.bind(p, t.fid).bind(p + 1, t.sourceRef).bind(p + 2, t.address).bind(p + 3, t.description);
    });
    m_pendingDeletes.clear();
    std::sort(m_pendingText.begin(), m_pendingText.end());
    if (m_pendingText.size() >= 10000) {
        // FTS5 writes a segment each time its in-memory index reaches 'hashsize' (1 MB by
        // default) and merges them as it goes; 32 MB makes a million rows take ~40 % less time.
        // The setting stays with the index; ordinary edits flush at every statement anyway.
        m_project.db().exec("INSERT INTO phenomap_incident_fts (phenomap_incident_fts, rank) VALUES ('hashsize', 33554432)");
    }
    m_pendingText.erase(std::unique(m_pendingText.begin(), m_pendingText.end()), m_pendingText.end());
    for (std::size_t i = 0; i < m_pendingText.size();) {
        std::size_t j = i + 1;
        while (j < m_pendingText.size() && m_pendingText[j] == m_pendingText[j - 1] + 1)
            ++j; // every fid of [first, last] is pending: none is indexed twice
        m_insertFts.bind(1, m_pendingText[i]).bind(2, m_pendingText[j - 1]).run();
        i = j;
    }
    m_pendingText.clear();
    m_pendingSet.clear();
}

void IncidentWriter::deferIndexes()
{
    if (!m_bulkActive || !m_deferredIndexes.empty())
        return;
    Database &db = m_project.db();
    std::vector<std::pair<QString, QString>> indexes;
    Statement st = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' "
                              "AND sql IS NOT NULL ORDER BY name");
    while (st.step())
        indexes.emplace_back(st.text(0), st.text(1));
    st = Statement();
    for (const auto &[name, sql] : indexes) {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted));
        m_deferredIndexes.push_back(sql);
    }
}

void IncidentWriter::finishBulk()
{
    if (!m_bulkActive)
        return;
    Database &db = m_project.db();
    std::erase_if(m_bulkPoints, [this](const BulkPoint &p) { return m_bulkSuperseded.contains(p.fid); });
    const qint64 existing = db.scalarInt("SELECT count(*) FROM rtree_incidents_geom_rowid").value_or(0);
    if (existing <= qint64(m_bulkPoints.size())) {
        // Cheaper to pack the whole tree again than to insert this many boxes one by one.
        std::vector<RtreeEntry> entries;
        entries.reserve(std::size_t(existing) + m_bulkPoints.size());
        Statement old = db.prepare("SELECT id, minx, maxx, miny, maxy FROM rtree_incidents_geom");
        while (old.step())
            entries.push_back({old.int64(0), old.real(1), old.real(2), old.real(3), old.real(4)});
        old = Statement();
        for (const BulkPoint &p : m_bulkPoints)
            entries.push_back({p.fid, p.x, p.x, p.y, p.y});
        rebuildRtree(db, QStringLiteral("rtree_incidents_geom"), entries);
    } else {
        Statement ins = db.prepare("INSERT INTO rtree_incidents_geom (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)");
        for (const BulkPoint &p : m_bulkPoints)
            ins.bind(1, p.fid).bind(2, p.x).bind(3, p.x).bind(4, p.y).bind(5, p.y).run();
    }
    m_bulkPoints.clear();
    m_bulkSuperseded.clear();
    db.exec(schema::rtreeInsertTriggerSql(QStringLiteral("incidents"), QStringLiteral("geom"), QStringLiteral("fid")));
    for (const QString &sql : m_deferredIndexes)
        db.exec(sql);
    m_deferredIndexes.clear();
    m_bulkActive = false;
}

void IncidentWriter::bindRecord(Statement &st, const IncidentRecord &r, int first)
{
    const int o = first - 1;
    if (r.hasPoint)
        st.bindBlob(o + 1, gpkg::pointBlob(r.x, r.y, kProjectSrid));
    else
        st.bindNull(o + 1);
    st.bind(o + 2, precisionCode(r.precision));
    st.bindOptional(o + 3, nonZero(r.zoneFid));
    st.bind(o + 4, r.occurredFrom);
    st.bind(o + 5, r.occurredTo);
    st.bindOptional(o + 6, r.reportedAt);
    st.bind(o + 7, r.phenomenonId);
    st.bind(o + 8, r.sourceId);
    st.bind(o + 9, r.sourceRef);
    st.bind(o + 10, r.address);
    st.bind(o + 11, r.description);
    st.bind(o + 12, tlpLabel(r.tlp));
    st.bindOptional(o + 13, nonZero(r.batchId));
    st.bindOptional(o + 14, nonZero(r.municipalityNis));
    st.bindOptional(o + 15, nonZero(r.policeZone));
    st.bind(o + 16, qint64(r.flags));
}

void IncidentWriter::writeBuffered()
{
    if (m_buffer.empty())
        return;
    std::vector<IncidentRecord> rows;
    rows.swap(m_buffer); // a failure below leaves nothing half-buffered; the transaction rolls back
    m_insertRows.run(rows.size(), [&](Statement &st, int p, std::size_t i) {
        st.bind(p, rows[i].fid);
        bindRecord(st, rows[i], p + 1);
    });
    // The links after their rows: phenomap_incident_mo references incidents(fid).
    std::vector<std::pair<qint64, qint64>> links;
    for (const IncidentRecord &r : rows)
        for (qint64 mo : r.moIds)
            links.emplace_back(r.fid, mo);
    m_insertLinks.run(links.size(), [&](Statement &st, int p, std::size_t i) { st.bind(p, links[i].first).bind(p + 1, links[i].second); });
}

qint64 IncidentWriter::insert(const IncidentRecord &r)
{
    if (m_bulkActive) {
        m_buffer.push_back(r);
        const qint64 fid = m_buffer.back().fid = m_nextFid++;
        if (r.hasPoint)
            m_bulkPoints.push_back({fid, r.x, r.y});
        m_pendingText.push_back(fid);
        m_pendingSet.insert(fid);
        if (m_buffer.size() >= std::size_t(kBulkRows) * 8)
            writeBuffered();
        return fid;
    }
    bindRecord(m_insert, r);
    m_insert.run();
    const qint64 fid = m_project.db().lastInsertRowId();
    if (m_bulkActive && r.hasPoint)
        m_bulkPoints.push_back({fid, r.x, r.y});
    writeMo(fid, r.moIds);
    m_pendingText.push_back(fid);
    m_pendingSet.insert(fid);
    return fid;
}

void IncidentWriter::update(const IncidentRecord &r)
{
    writeBuffered();
    if (m_bulkActive)
        m_bulkSuperseded.insert(r.fid); // the update triggers put its new box into the R-tree
    removeText(r.fid); // while the old values are still stored
    bindRecord(m_update, r);
    m_update.bind(17, r.fid);
    m_update.run();
    m_deleteMo.bind(1, r.fid).run();
    writeMo(r.fid, r.moIds);
    m_pendingText.push_back(r.fid);
    m_pendingSet.insert(r.fid);
}

void IncidentWriter::remove(qint64 fid)
{
    writeBuffered();
    if (m_bulkActive)
        m_bulkSuperseded.insert(fid);
    removeText(fid);
    m_deleteMo.bind(1, fid).run();
    m_delete.bind(1, fid).run();
}

void IncidentWriter::writeMo(qint64 fid, const QList<qint64> &moIds)
{
    for (qint64 mo : moIds)
        m_insertMo.bind(1, fid).bind(2, mo).run();
}

void IncidentWriter::removeText(qint64 fid)
{
    if (m_pendingSet.erase(fid)) {
        // Not indexed yet: forget the pending entry instead of deleting from the index.
        std::erase(m_pendingText, fid);
        return;
    }
    if (m_bulkActive) {
        m_oldText.bind(1, fid);
        if (m_oldText.step())
            m_pendingDeletes.push_back({fid, m_oldText.text(0), m_oldText.text(1), m_oldText.text(2)});
        m_oldText.reset();
        return;
    }
    m_deleteFts.bind(1, fid).run();
}

namespace {

std::optional<IncidentRecord> readWith(Statement &st, Statement &mo, qint64 fid)
{
    st.bind(1, fid);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    IncidentRecord r;
    r.fid = st.int64(0);
    if (auto p = gpkg::pointFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1))) {
        r.hasPoint = true;
        r.x = p->first;
        r.y = p->second;
    }
    r.precision = precisionFromCode(st.text(2)).value_or(LocationPrecision::Exact);
    r.zoneFid = st.optionalInt(3).value_or(0);
    r.occurredFrom = st.int64(4);
    r.occurredTo = st.int64(5);
    r.reportedAt = st.optionalInt(6);
    r.phenomenonId = st.int64(7);
    r.sourceId = st.int64(8);
    r.sourceRef = st.text(9);
    r.address = st.text(10);
    r.description = st.text(11);
    r.tlp = tlpFromLabel(st.text(12)).value_or(Tlp::Amber);
    r.batchId = st.optionalInt(13).value_or(0);
    r.municipalityNis = int(st.optionalInt(14).value_or(0));
    r.policeZone = int(st.optionalInt(15).value_or(0));
    r.flags = quint32(st.int64(16));
    st.reset();
    mo.bind(1, fid);
    while (mo.step())
        r.moIds << mo.int64(0);
    mo.reset();
    return r;
}

} // namespace

std::optional<IncidentRecord> IncidentWriter::read(qint64 fid)
{
    writeBuffered();
    return readWith(m_read, m_readMo, fid);
}

std::optional<IncidentRecord> readIncident(Database &db, qint64 fid)
{
    Statement st = prepareRead(db);
    Statement mo = prepareReadMo(db);
    return readWith(st, mo, fid);
}

} // namespace phenomap
