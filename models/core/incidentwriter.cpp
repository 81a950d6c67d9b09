// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentwriter.h"

#include "gpkggeometry.h"
#include "project.h"

namespace phenomap {
namespace {

constexpr const char *kColumns =
    "geom, precision, zone_fid, occurred_from, occurred_to, reported_at, phenomenon_id, source_id, source_ref, "
    "address, description, tlp, batch_id, municipality_nis, police_zone, flags";

std::optional<qint64> nonZero(qint64 v) { return v ? std::optional<qint64>(v) : std::nullopt; }

} // namespace

IncidentWriter::IncidentWriter(Project &project) : m_project(project)
{
    Database &db = project.db();
    m_insert = db.prepare(QStringLiteral("INSERT INTO incidents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(kColumns)));
    m_update = db.prepare(
        "UPDATE incidents SET geom = ?, precision = ?, zone_fid = ?, occurred_from = ?, occurred_to = ?, "
        "reported_at = ?, phenomenon_id = ?, source_id = ?, source_ref = ?, address = ?, description = ?, tlp = ?, "
        "batch_id = ?, municipality_nis = ?, police_zone = ?, flags = ? WHERE fid = ?");
    m_delete = db.prepare("DELETE FROM incidents WHERE fid = ?");
    m_insertMo = db.prepare("INSERT OR IGNORE INTO phenomap_incident_mo (incident_fid, mo_id) VALUES (?, ?)");
    m_deleteMo = db.prepare("DELETE FROM phenomap_incident_mo WHERE incident_fid = ?");
    m_insertFts = db.prepare(
        "INSERT INTO phenomap_incident_fts (rowid, source_ref, address, description) VALUES (?, ?, ?, ?)");
    m_deleteFts = db.prepare("INSERT INTO phenomap_incident_fts (phenomap_incident_fts, rowid, source_ref, address, "
                             "description) VALUES ('delete', ?, ?, ?, ?)");
    m_oldText = db.prepare("SELECT source_ref, address, description FROM incidents WHERE fid = ?");
}

void IncidentWriter::bindRecord(Statement &st, const IncidentRecord &r)
{
    if (r.hasPoint)
        st.bindBlob(1, gpkg::pointBlob(r.x, r.y, kProjectSrid));
    else
        st.bindNull(1);
    st.bind(2, precisionCode(r.precision));
    st.bindOptional(3, nonZero(r.zoneFid));
    st.bind(4, r.occurredFrom);
    st.bind(5, r.occurredTo);
    st.bindOptional(6, r.reportedAt);
    st.bind(7, r.phenomenonId);
    st.bind(8, r.sourceId);
    st.bind(9, r.sourceRef);
    st.bind(10, r.address);
    st.bind(11, r.description);
    st.bind(12, tlpLabel(r.tlp));
    st.bindOptional(13, nonZero(r.batchId));
    st.bindOptional(14, nonZero(r.municipalityNis));
    st.bindOptional(15, nonZero(r.policeZone));
    st.bind(16, qint64(r.flags));
}

qint64 IncidentWriter::insert(const IncidentRecord &r)
{
    bindRecord(m_insert, r);
    m_insert.run();
    const qint64 fid = m_project.db().lastInsertRowId();
    writeMo(fid, r.moIds);
    writeText(fid, r, false);
    return fid;
}

void IncidentWriter::update(const IncidentRecord &r)
{
    writeText(r.fid, r, true); // remove the old text entry while the old values are still stored
    bindRecord(m_update, r);
    m_update.bind(17, r.fid);
    m_update.run();
    m_deleteMo.bind(1, r.fid).run();
    writeMo(r.fid, r.moIds);
}

void IncidentWriter::remove(qint64 fid)
{
    m_oldText.bind(1, fid);
    if (m_oldText.step()) {
        m_deleteFts.bind(1, fid).bind(2, m_oldText.text(0)).bind(3, m_oldText.text(1)).bind(4, m_oldText.text(2));
        m_oldText.reset();
        m_deleteFts.run();
    } else {
        m_oldText.reset();
    }
    m_deleteMo.bind(1, fid).run();
    m_delete.bind(1, fid).run();
}

void IncidentWriter::writeMo(qint64 fid, const QList<qint64> &moIds)
{
    for (qint64 mo : moIds)
        m_insertMo.bind(1, fid).bind(2, mo).run();
}

void IncidentWriter::writeText(qint64 fid, const IncidentRecord &r, bool removeOld)
{
    if (removeOld) {
        m_oldText.bind(1, fid);
        if (m_oldText.step()) {
            m_deleteFts.bind(1, fid).bind(2, m_oldText.text(0)).bind(3, m_oldText.text(1)).bind(4, m_oldText.text(2));
            m_oldText.reset();
            m_deleteFts.run();
        } else {
            m_oldText.reset();
        }
    }
    m_insertFts.bind(1, fid).bind(2, r.sourceRef).bind(3, r.address).bind(4, r.description).run();
}

std::optional<IncidentRecord> readIncident(Database &db, qint64 fid)
{
    Statement st = db.prepare(QStringLiteral("SELECT fid, %1 FROM incidents WHERE fid = ?").arg(QLatin1String(kColumns)));
    st.bind(1, fid);
    if (!st.step())
        return std::nullopt;
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
    Statement mo = db.prepare("SELECT mo_id FROM phenomap_incident_mo WHERE incident_fid = ? ORDER BY mo_id");
    mo.bind(1, fid);
    while (mo.step())
        r.moIds << mo.int64(0);
    return r;
}

} // namespace phenomap
