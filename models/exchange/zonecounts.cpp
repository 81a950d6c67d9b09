// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecounts.h"

#include "cellsuppression.h"
#include "gpkggeometry.h"
#include "packagerequest.h"
#include "project.h"
#include "qgisstyle.h"
#include "schema.h"
#include "sqlite.h"
#include "zoneindex.h"

#include <QCoreApplication>
#include <QHash>

#include <unordered_set>

namespace phenomap {
namespace {

struct Zone
{
    qint64 fid = 0;
    QString code, nameFr, nameNl;
    QByteArray geom;
};

struct Phenomenon
{
    qint64 id = 0;
    QString code, fr, nl, en;
};

} // namespace

ZoneCounts::ZoneCounts(Project &source, Project &package) : m_source(source), m_package(package) {}

void ZoneCounts::registerLayer(const QString &description)
{
    Database &db = m_package.db();
    db.exec(R"SQL(
CREATE TABLE zone_counts (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON,
  zone_layer TEXT NOT NULL,
  zone_code TEXT NOT NULL,
  name_fr TEXT,
  name_nl TEXT,
  incidents INTEGER,
  suppressed INTEGER NOT NULL);
CREATE TABLE zone_phenomenon_counts (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  zone_code TEXT NOT NULL,
  phenomenon_id INTEGER,
  phenomenon_code TEXT NOT NULL,
  label_fr TEXT,
  label_nl TEXT,
  label_en TEXT,
  incidents INTEGER,
  suppressed INTEGER NOT NULL);
)SQL");
    Statement c =
        db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                   "VALUES ('zone_counts', 'features', 'zone_counts', ?, ?)");
    c.bind(1, description).bind(2, kProjectSrid).run();
    Statement g = db.prepare(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES ('zone_counts', 'geom', 'MULTIPOLYGON', ?, 0, 0)");
    g.bind(1, kProjectSrid).run();
    db.exec("CREATE VIRTUAL TABLE rtree_zone_counts_geom USING rtree(id, minx, maxx, miny, maxy)");
    db.exec(schema::rtreeTriggersSql(QStringLiteral("zone_counts"), QStringLiteral("geom"),
                                     QStringLiteral("fid")));
    db.exec("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES "
            "('zone_counts', 'geom', 'gpkg_rtree_index', "
            "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')");
    Statement a = db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                             "VALUES ('zone_phenomenon_counts', 'attributes', 'zone_phenomenon_counts', ?)");
    a.bind(1, QCoreApplication::translate(
                  "phenomap::exchange",
                  "Incidents per zone and phenomenon (small counts suppressed; zone code ALL = totals)"))
        .run();
}

void ZoneCounts::write(const std::vector<qint64> &fids, const QString &zoneLayer, int k)
{
    Database &src = m_source.db();
    QList<Zone> zones;
    {
        Statement st =
            src.prepare("SELECT fid, code, name_fr, name_nl, geom FROM zones WHERE layer = ? ORDER BY code");
        st.bind(1, zoneLayer);
        while (st.step())
            zones.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.blob(4)});
    }
    if (zones.isEmpty())
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange",
                                        "The project has no zone layer “%1” to count incidents in.")
                .arg(zoneLayer));
    QList<Phenomenon> phenomena;
    {
        Statement st = src.prepare("SELECT id, code, label_fr, label_nl, label_en FROM phenomena "
                                   "WHERE kind = 'phenomenon' ORDER BY sort_order, id");
        while (st.step())
            phenomena.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    }
    QHash<QString, int> zoneRow;
    QHash<qint64, int> zoneRowByFid;
    for (int i = 0; i < zones.size(); ++i) {
        zoneRow.insert(zones[i].code, i);
        zoneRowByFid.insert(zones[i].fid, i);
    }
    QHash<qint64, int> phenomenonColumn;
    for (int j = 0; j < phenomena.size(); ++j)
        phenomenonColumn.insert(phenomena[j].id, j);

    const bool byMunicipality = zoneLayer == QLatin1String("municipalities");
    const bool byPoliceZone = zoneLayer == QLatin1String("police_zones");
    ZoneIndex index;
    if (!byMunicipality && !byPoliceZone)
        index = ZoneIndex::load(src, zoneLayer);

    QList<QList<qint64>> cells(zones.size(), QList<qint64>(phenomena.size(), 0));
    const std::unordered_set<qint64> wanted(fids.cbegin(), fids.cend());
    Statement st = src.prepare(
        "SELECT fid, geom, zone_fid, phenomenon_id, municipality_nis, police_zone FROM incidents");
    while (st.step()) {
        if (!wanted.count(st.int64(0)))
            continue;
        const int col = phenomenonColumn.value(st.int64(3), -1);
        if (col < 0)
            continue;
        int row = -1;
        if (byMunicipality && !st.isNull(4))
            row = zoneRow.value(QString::number(st.int64(4)), -1);
        else if (byPoliceZone && !st.isNull(5))
            row = zoneRow.value(QString::number(st.int64(5)), -1);
        if (row < 0 && !st.isNull(2))
            row = zoneRowByFid.value(st.int64(2), -1);
        if (row < 0 && !index.isEmpty() && !st.isNull(1)) {
            if (const auto p =
                    gpkg::pointFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1))) {
                if (const int code = index.zoneAt(p->first, p->second))
                    row = zoneRow.value(QString::number(code), -1);
            }
        }
        if (row >= 0)
            ++cells[row][col];
    }

    const CellSuppression masked(cells, k);
    m_primary = masked.primaryCount();
    m_secondary = masked.secondaryCount();
    registerLayer(QCoreApplication::translate("phenomap::exchange",
                                              "Incidents per zone (%1), counts below %2 suppressed")
                      .arg(zoneLayer)
                      .arg(k));

    Database &dst = m_package.db();
    const auto bindCount = [&](Statement &s, int at, int r, int c) {
        if (masked.hidden(r, c))
            s.bindNull(at).bind(at + 1, 1);
        else
            s.bind(at, masked.value(r, c)).bind(at + 1, 0);
    };
    Statement zc =
        dst.prepare("INSERT INTO zone_counts (geom, zone_layer, zone_code, name_fr, name_nl, incidents, "
                    "suppressed) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const int nc = int(phenomena.size());
    for (int r = 0; r < zones.size(); ++r) {
        zc.bindBlob(1, zones[r].geom)
            .bind(2, zoneLayer)
            .bind(3, zones[r].code)
            .bind(4, zones[r].nameFr)
            .bind(5, zones[r].nameNl);
        bindCount(zc, 6, r, nc);
        zc.run();
        zc.reset();
    }
    Statement pc = dst.prepare(
        "INSERT INTO zone_phenomenon_counts (zone_code, phenomenon_id, phenomenon_code, label_fr, "
        "label_nl, label_en, incidents, suppressed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString all = QStringLiteral("ALL");
    for (int r = 0; r <= zones.size(); ++r) {
        for (int c = 0; c <= nc; ++c) {
            if (r < zones.size() && c == nc)
                continue; // zone totals live in zone_counts
            pc.bind(1, r < zones.size() ? zones[r].code : all);
            if (c < nc)
                pc.bind(2, phenomena[c].id)
                    .bind(3, phenomena[c].code)
                    .bind(4, phenomena[c].fr)
                    .bind(5, phenomena[c].nl)
                    .bind(6, phenomena[c].en);
            else
                pc.bindNull(2).bind(3, all).bind(4, QString()).bind(5, QString()).bind(6, QString());
            bindCount(pc, 7, r, c);
            pc.run();
            pc.reset();
        }
    }
    m_package.updateContentsExtent(QStringLiteral("zone_counts"));

    QList<qint64> published;
    for (int r = 0; r < zones.size(); ++r) {
        if (!masked.hidden(r, nc))
            published << masked.value(r, nc);
    }
    QgisStyle::addStyle(
        dst, QStringLiteral("zone_counts"),
        QCoreApplication::translate("phenomap::exchange", "Incidents per zone"),
        QgisStyle::graduatedPolygons(QStringLiteral("incidents"), QgisStyle::quantileRanges(published, 5)),
        QCoreApplication::translate("phenomap::exchange",
                                    "Zones shaded by their incident count; suppressed counts are not drawn"));
}

} // namespace phenomap
