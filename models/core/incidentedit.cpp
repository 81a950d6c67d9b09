// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentedit.h"

#include "project.h"
#include "sqlite.h"
#include "types.h"

#include <QSet>

#include <algorithm>

namespace phenomap {

QStringList IncidentFields::changedFrom(const IncidentFields &other) const
{
    QStringList changed;
    if (phenomenonId != other.phenomenonId)
        changed << QStringLiteral("phenomenon");
    if (moIds != other.moIds)
        changed << QStringLiteral("mo");
    if (occurredFrom != other.occurredFrom || occurredTo != other.occurredTo)
        changed << QStringLiteral("time");
    if (tlp != other.tlp)
        changed << QStringLiteral("tlp");
    if (address != other.address)
        changed << QStringLiteral("address");
    if (description != other.description)
        changed << QStringLiteral("description");
    return changed;
}

IncidentFields IncidentEditor::read(Database &db, qint64 fid)
{
    Statement st = db.prepare("SELECT phenomenon_id, occurred_from, occurred_to, tlp, address, description "
                              "FROM incidents WHERE fid = ?");
    st.bind(1, fid);
    if (!st.step())
        throw ProjectError(ProjectError::Kind::NotFound, tr("Incident %1 is not in the project.").arg(fid));
    IncidentFields fields;
    fields.fid = fid;
    fields.phenomenonId = st.int64(0);
    fields.occurredFrom = st.int64(1);
    fields.occurredTo = st.int64(2);
    fields.tlp = st.text(3);
    fields.address = st.text(4);
    fields.description = st.text(5);
    Statement mo = db.prepare("SELECT mo_id FROM phenomap_incident_mo WHERE incident_fid = ? ORDER BY mo_id");
    mo.bind(1, fid);
    while (mo.step())
        fields.moIds.append(mo.int64(0));
    return fields;
}

QString IncidentEditor::problem(Database &db, const IncidentFields &fields)
{
    Statement node = db.prepare("SELECT kind, parent_id FROM phenomena WHERE id = ?");
    node.bind(1, fields.phenomenonId);
    if (!node.step() || node.text(0) != QLatin1String("phenomenon"))
        return tr("The phenomenon %1 is not in the project's taxonomy.").arg(fields.phenomenonId);
    if (!std::is_sorted(fields.moIds.begin(), fields.moIds.end()) ||
        QSet<qint64>(fields.moIds.begin(), fields.moIds.end()).size() != fields.moIds.size())
        return tr("The modus operandi list repeats an entry.");
    for (const qint64 mo : fields.moIds) {
        Statement st = db.prepare("SELECT kind, parent_id FROM phenomena WHERE id = ?");
        st.bind(1, mo);
        if (!st.step() || st.text(0) != QLatin1String("mo"))
            return tr("The modus operandi %1 is not in the project's taxonomy.").arg(mo);
        if (st.int64(1) != fields.phenomenonId)
            return tr("The modus operandi %1 belongs to another phenomenon.").arg(mo);
    }
    if (fields.occurredTo < fields.occurredFrom)
        return tr("The end of the time window comes before its start.");
    if (!allTlpLabels().contains(fields.tlp))
        return tr("“%1” is not a TLP marking.").arg(fields.tlp);
    return {};
}

void IncidentEditor::write(Project &project, const IncidentFields &before, const IncidentFields &after)
{
    Database &db = project.db();
    if (before.fid != after.fid)
        throw ProjectError(ProjectError::Kind::Unsafe, tr("An edit cannot move one incident's fields to another."));
    if (const QString why = problem(db, after); !why.isEmpty())
        throw ProjectError(ProjectError::Kind::Unsafe, tr("Incident %1 was not changed: %2").arg(after.fid).arg(why));
    Transaction transaction(db);
    if (read(db, before.fid) != before)
        throw ProjectError(ProjectError::Kind::Unsafe,
                           tr("Incident %1 was changed meanwhile (by an import or another window); it was "
                              "left as it is.")
                               .arg(before.fid));
    // The text index holds the old texts: take them out before the row changes.
    Statement unindex = db.prepare("INSERT INTO phenomap_incident_fts (phenomap_incident_fts, rowid, source_ref, "
                                   "address, description) SELECT 'delete', fid, source_ref, address, description "
                                   "FROM incidents WHERE fid = ?");
    unindex.bind(1, after.fid).run();
    Statement update = db.prepare("UPDATE incidents SET phenomenon_id = ?, occurred_from = ?, occurred_to = ?, tlp = ?, "
                                  "address = ?, description = ? WHERE fid = ?");
    update.bind(1, after.phenomenonId)
        .bind(2, after.occurredFrom)
        .bind(3, after.occurredTo)
        .bind(4, after.tlp)
        .bind(5, after.address)
        .bind(6, after.description)
        .bind(7, after.fid)
        .run();
    Statement index = db.prepare("INSERT INTO phenomap_incident_fts (rowid, source_ref, address, description) "
                                 "SELECT fid, source_ref, address, description FROM incidents WHERE fid = ?");
    index.bind(1, after.fid).run();
    Statement clearMo = db.prepare("DELETE FROM phenomap_incident_mo WHERE incident_fid = ?");
    clearMo.bind(1, after.fid).run();
    for (const qint64 mo : after.moIds) {
        Statement insert = db.prepare("INSERT INTO phenomap_incident_mo (incident_fid, mo_id) VALUES (?, ?)");
        insert.bind(1, after.fid).bind(2, mo).run();
    }
    project.audit(QStringLiteral("incident edited"),
                  QStringLiteral("fid %1: %2").arg(after.fid).arg(after.changedFrom(before).join(QStringLiteral(", "))));
    transaction.commit();
}

} // namespace phenomap
