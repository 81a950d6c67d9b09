// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectinfo.h"

#include "project.h"
#include "taxonomy.h"
#include "types.h"

#include <QDateTime>
#include <QJsonArray>

namespace phenomap {
namespace {

QString isoUtc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

qint64 count(Database &db, const char *sql)
{
    return db.scalarInt(sql).value_or(0);
}

/// One entry per zone of a layer (with zero counts), plus code 0 when some incidents have none.
QJsonArray zoneCounts(Database &db, const char *layer, const char *column, const char *codeKey)
{
    QJsonArray out;
    const QString sql = QStringLiteral(
        "SELECT z.code, z.name_fr, z.name_nl, (SELECT count(*) FROM incidents i WHERE i.%1 = CAST(z.code AS INTEGER)) "
        "FROM zones z WHERE z.layer = ? ORDER BY CAST(z.code AS INTEGER)").arg(QLatin1String(column));
    Statement st = db.prepare(sql);
    st.bind(1, QString::fromLatin1(layer));
    while (st.step())
        out.append(QJsonObject{{QLatin1String(codeKey), st.text(0).toInt()},
                               {QStringLiteral("fr"), st.text(1)},
                               {QStringLiteral("nl"), st.text(2)},
                               {QStringLiteral("count"), st.int64(3)}});
    const QString unassigned = QStringLiteral(
        "SELECT count(*) FROM incidents WHERE %1 IS NULL OR %1 NOT IN "
        "(SELECT CAST(code AS INTEGER) FROM zones WHERE layer = ?)").arg(QLatin1String(column));
    Statement none = db.prepare(unassigned);
    none.bind(1, QString::fromLatin1(layer));
    if (none.step() && none.int64(0) > 0)
        out.append(QJsonObject{{QLatin1String(codeKey), 0}, {QStringLiteral("count"), none.int64(0)}});
    return out;
}

/// An aggregated-tier package holds counts per zone instead of incidents (FORMAT.md section 5):
/// the zones with their published counts; a suppressed count is null, never a number.
void insertAggregatedCounts(Database &db, QJsonObject &info)
{
    QJsonArray zones;
    qint64 published = 0;
    int suppressed = 0;
    Statement st = db.prepare("SELECT zone_layer, zone_code, name_fr, name_nl, incidents, suppressed "
                              "FROM zone_counts ORDER BY zone_layer, zone_code");
    while (st.step()) {
        QJsonObject zone{{QStringLiteral("layer"), st.text(0)}, {QStringLiteral("code"), st.text(1)},
                         {QStringLiteral("fr"), st.text(2)}, {QStringLiteral("nl"), st.text(3)}};
        if (st.int64(5) != 0 || st.isNull(4)) {
            zone.insert(QStringLiteral("count"), QJsonValue::Null);
            ++suppressed;
        } else {
            zone.insert(QStringLiteral("count"), st.int64(4));
            published += st.int64(4);
        }
        zones.append(zone);
    }
    info.insert(QStringLiteral("aggregated"), true);
    info.insert(QStringLiteral("publishedCount"), published);
    info.insert(QStringLiteral("suppressedZones"), suppressed);
    info.insert(QStringLiteral("byZone"), zones);
}

} // namespace

QJsonObject projectInfo(Project &project)
{
    Database &db = project.db();
    QJsonObject info;
    info.insert(QStringLiteral("file"), project.path());
    info.insert(QStringLiteral("title"), project.title());
    info.insert(QStringLiteral("synthetic"), project.isSynthetic());
    info.insert(QStringLiteral("schemaVersion"), project.schemaVersion());
    info.insert(QStringLiteral("taxonomyVersion"),
                db.scalarText("SELECT taxonomy_version FROM phenomena ORDER BY id LIMIT 1").value_or(QString()));
    if (!db.tableExists(QStringLiteral("incidents")) && db.tableExists(QStringLiteral("zone_counts"))) {
        insertAggregatedCounts(db, info);
        return info;
    }
    info.insert(QStringLiteral("incidents"), count(db, "SELECT count(*) FROM incidents"));
    info.insert(QStringLiteral("zoneOnly"), count(db, "SELECT count(*) FROM incidents WHERE geom IS NULL"));
    info.insert(QStringLiteral("outsideRegion"),
                count(db, "SELECT count(*) FROM incidents WHERE (flags & 1) <> 0"));
    info.insert(QStringLiteral("timeUncertain"),
                count(db, "SELECT count(*) FROM incidents WHERE occurred_to > occurred_from"));

    Statement range = db.prepare("SELECT min(occurred_from), max(occurred_to) FROM incidents");
    if (range.step() && !range.isNull(0))
        info.insert(QStringLiteral("timeRange"), QJsonObject{{QStringLiteral("from"), isoUtc(range.int64(0))},
                                                             {QStringLiteral("to"), isoUtc(range.int64(1))}});

    QJsonArray phenomena, mos;
    Statement ph = db.prepare(
        "SELECT p.code, p.label_fr, p.label_nl, p.label_en, p.colour, p.plan_measure, "
        "(SELECT count(*) FROM incidents i WHERE i.phenomenon_id = p.id) "
        "FROM phenomena p WHERE p.kind = 'phenomenon' ORDER BY p.sort_order, p.id");
    while (ph.step())
        phenomena.append(QJsonObject{{QStringLiteral("code"), ph.text(0)}, {QStringLiteral("fr"), ph.text(1)},
                                     {QStringLiteral("nl"), ph.text(2)}, {QStringLiteral("en"), ph.text(3)},
                                     {QStringLiteral("colour"), ph.text(4)}, {QStringLiteral("planMeasure"), ph.text(5)},
                                     {QStringLiteral("count"), ph.int64(6)}});
    Statement mo = db.prepare(
        "SELECT m.code, p.code, m.label_fr, m.label_nl, m.label_en, "
        "(SELECT count(*) FROM phenomap_incident_mo l WHERE l.mo_id = m.id) "
        "FROM phenomena m LEFT JOIN phenomena p ON p.id = m.parent_id WHERE m.kind = 'mo' "
        "ORDER BY p.sort_order, m.sort_order, m.id");
    while (mo.step())
        mos.append(QJsonObject{{QStringLiteral("code"), mo.text(0)}, {QStringLiteral("phenomenon"), mo.text(1)},
                               {QStringLiteral("fr"), mo.text(2)}, {QStringLiteral("nl"), mo.text(3)},
                               {QStringLiteral("en"), mo.text(4)}, {QStringLiteral("count"), mo.int64(5)}});
    info.insert(QStringLiteral("byPhenomenon"), phenomena);
    info.insert(QStringLiteral("byMo"), mos);
    info.insert(QStringLiteral("byMunicipality"), zoneCounts(db, "municipalities", "municipality_nis", "nis"));
    info.insert(QStringLiteral("byPoliceZone"), zoneCounts(db, "police_zones", "police_zone", "code"));

    QJsonArray sources;
    Statement src = db.prepare("SELECT s.name, s.agency_kind, (SELECT count(*) FROM incidents i WHERE i.source_id = s.id) "
                               "FROM sources s ORDER BY s.name");
    while (src.step())
        sources.append(QJsonObject{{QStringLiteral("name"), src.text(0)}, {QStringLiteral("kind"), src.text(1)},
                                   {QStringLiteral("count"), src.int64(2)}});
    info.insert(QStringLiteral("bySource"), sources);

    QJsonObject tlps;
    Statement tlp = db.prepare("SELECT tlp, count(*) FROM incidents GROUP BY tlp ORDER BY tlp");
    while (tlp.step())
        tlps.insert(tlp.text(0), tlp.int64(1));
    info.insert(QStringLiteral("byTlp"), tlps);
    return info;
}

} // namespace phenomap
