// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "sqlite.h"
#include "types.h"

#include <ogr_spatialref.h>

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace phenomap::schema {
namespace {

QString srsWkt(int epsg)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        return QStringLiteral("undefined");
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

void registerFeatureTable(Database &db, const QString &table, const QString &geomType,
                          const QString &identifier, const QString &description)
{
    Statement c = db.prepare(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)");
    c.bind(1, table).bind(2, identifier).bind(3, description).bind(4, kProjectSrid).run();
    Statement g = db.prepare(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, 'geom', ?, ?, 0, 0)");
    g.bind(1, table).bind(2, geomType).bind(3, kProjectSrid).run();
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE rtree_%1_geom USING rtree(id, minx, maxx, miny, maxy)").arg(table));
    db.exec(rtreeTriggersSql(table, QStringLiteral("geom"), QStringLiteral("fid")));
    Statement e = db.prepare(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')");
    e.bind(1, table).run();
}

void registerAttributesTable(Database &db, const QString &table, const QString &description)
{
    Statement c = db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                             "VALUES (?, 'attributes', ?, ?)");
    c.bind(1, table).bind(2, table).bind(3, description).run();
}

/// Version 1: incidents, zones, taxonomy, sources, batches, rejected rows and private tables.
void migrateTo1(Database &db)
{
    db.exec(R"SQL(
CREATE TABLE zones (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON,
  layer TEXT NOT NULL,
  code TEXT NOT NULL,
  name_fr TEXT,
  name_nl TEXT,
  parent_code TEXT,
  population INTEGER,
  population_year INTEGER,
  area_km2 REAL,
  UNIQUE (layer, code));
CREATE TABLE phenomena (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  parent_id INTEGER REFERENCES phenomena(id),
  kind TEXT NOT NULL CHECK (kind IN ('phenomenon', 'mo')),
  code TEXT NOT NULL UNIQUE,
  label_fr TEXT NOT NULL,
  label_nl TEXT NOT NULL,
  label_en TEXT NOT NULL,
  colour TEXT,
  plan_measure TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  taxonomy_version TEXT NOT NULL);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL UNIQUE,
  agency_kind TEXT,
  description TEXT);
CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT,
  size_bytes INTEGER,
  profile TEXT,
  source_id INTEGER REFERENCES sources(id),
  user_name TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  inserted INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')));
CREATE TABLE rejected_rows (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  row_number INTEGER NOT NULL,
  field TEXT,
  reason TEXT NOT NULL,
  raw_values TEXT NOT NULL);
CREATE TABLE incidents (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POINT,
  precision TEXT NOT NULL DEFAULT 'exact' CHECK (precision IN ('exact', 'street', 'zone')),
  zone_fid INTEGER REFERENCES zones(fid),
  occurred_from INTEGER NOT NULL,
  occurred_to INTEGER NOT NULL CHECK (occurred_to >= occurred_from),
  reported_at INTEGER,
  phenomenon_id INTEGER NOT NULL REFERENCES phenomena(id),
  source_id INTEGER NOT NULL REFERENCES sources(id),
  source_ref TEXT,
  address TEXT,
  description TEXT,
  tlp TEXT NOT NULL DEFAULT 'TLP:AMBER'
    CHECK (tlp IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
  batch_id INTEGER REFERENCES import_batches(id),
  municipality_nis INTEGER,
  police_zone INTEGER,
  flags INTEGER NOT NULL DEFAULT 0);
CREATE INDEX incidents_occurred_from ON incidents (occurred_from);
CREATE INDEX incidents_source_ref ON incidents (source_id, source_ref);
CREATE INDEX incidents_batch ON incidents (batch_id);
CREATE TABLE phenomap_incident_mo (
  incident_fid INTEGER NOT NULL REFERENCES incidents(fid) ON DELETE CASCADE,
  mo_id INTEGER NOT NULL REFERENCES phenomena(id),
  PRIMARY KEY (incident_fid, mo_id)) WITHOUT ROWID;
CREATE VIRTUAL TABLE phenomap_incident_fts USING fts5(
  source_ref, address, description, content='incidents', content_rowid='fid',
  tokenize='unicode61 remove_diacritics 2');
CREATE TABLE phenomap_mapping_rules (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  source_id INTEGER REFERENCES sources(id),
  field TEXT NOT NULL,
  raw_value TEXT NOT NULL,
  match TEXT NOT NULL DEFAULT 'exact' CHECK (match IN ('exact', 'normalised')),
  target_id INTEGER NOT NULL REFERENCES phenomena(id),
  UNIQUE (source_id, field, raw_value));
CREATE TABLE phenomap_import_profiles (
  name TEXT PRIMARY KEY NOT NULL,
  source_id INTEGER REFERENCES sources(id),
  definition TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE phenomap_pictures (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  uuid TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  tlp TEXT NOT NULL,
  author TEXT,
  state TEXT NOT NULL,
  narrative TEXT,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL);
CREATE TABLE phenomap_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  at TEXT NOT NULL,
  user_name TEXT,
  action TEXT NOT NULL,
  detail TEXT);
CREATE TRIGGER phenomap_audit_no_update BEFORE UPDATE ON phenomap_audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER phenomap_audit_no_delete BEFORE DELETE ON phenomap_audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL");
    registerFeatureTable(db, QStringLiteral("zones"), QStringLiteral("MULTIPOLYGON"), QStringLiteral("Zones"),
                         QStringLiteral("Zone layers: municipalities, police zones, grids and imported layers"));
    registerFeatureTable(db, QStringLiteral("incidents"), QStringLiteral("POINT"), QStringLiteral("Incidents"),
                         QStringLiteral("Incidents (times are UTC seconds since 1970-01-01)"));
    registerAttributesTable(db, QStringLiteral("phenomena"), QStringLiteral("Phenomenon and modus operandi taxonomy"));
    registerAttributesTable(db, QStringLiteral("sources"), QStringLiteral("Source agencies"));
    registerAttributesTable(db, QStringLiteral("import_batches"), QStringLiteral("Import batches"));
    registerAttributesTable(db, QStringLiteral("rejected_rows"), QStringLiteral("Rows rejected at import, with reasons"));
    db.exec("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
            "VALUES (NULL, NULL, 'phenomap_project', "
            "'Phenomap project tables (phenomap_*): settings, MO links, text index, mapping rules, "
            "import profiles, situation pictures, audit and export logs', 'write-only')");
}

/// Version 2: the export log (what left the project, when, to whom, at which tier and marking).
void migrateTo2(Database &db)
{
    db.exec(R"SQL(
CREATE TABLE phenomap_export_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  at TEXT NOT NULL,
  user_name TEXT,
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  recipient TEXT,
  tier TEXT,
  tlp TEXT,
  sha256 TEXT);
)SQL");
}

/// Version 3: the previous version of each incident an import batch updated, so undo restores it.
void migrateTo3(Database &db)
{
    db.exec(R"SQL(
CREATE TABLE phenomap_batch_previous (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  fid INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (batch_id, fid)) WITHOUT ROWID;
)SQL");
}

/// Version 4: per-recipient pseudonym secrets and partner comments merged from feedback packages.
void migrateTo4(Database &db)
{
    db.exec(recipientsSql());
    db.exec(commentsSql());
}

const std::vector<std::function<void(Database &)>> &migrations()
{
    static const std::vector<std::function<void(Database &)>> steps = {migrateTo1, migrateTo2, migrateTo3, migrateTo4};
    return steps;
}

QString normalised(const QString &sql)
{
    QString s = sql.simplified().toLower();
    static const QRegularExpression spaceAroundPunct(QStringLiteral("\\s*([(),;=])\\s*"));
    s.replace(spaceAroundPunct, QStringLiteral("\\1"));
    return s;
}

/// GDAL's feature-count triggers (OGR_GPKG feature count extension), per table.
QStringList gdalFeatureCountTriggers(const QString &table)
{
    return {QStringLiteral("CREATE TRIGGER \"trigger_insert_feature_count_%1\" AFTER INSERT ON \"%1\" BEGIN UPDATE "
                           "gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) = "
                           "lower('%1'); END")
                .arg(table),
            QStringLiteral("CREATE TRIGGER \"trigger_delete_feature_count_%1\" AFTER DELETE ON \"%1\" BEGIN UPDATE "
                           "gpkg_ogr_contents SET feature_count = feature_count - 1 WHERE lower(table_name) = "
                           "lower('%1'); END")
                .arg(table)};
}

QStringList splitStatements(const QString &sql)
{
    // Our trigger scripts end each CREATE TRIGGER with "END;".
    QStringList out;
    for (const QString &part : sql.split(QStringLiteral("END;"), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed() + QStringLiteral(" END");
    }
    return out;
}

} // namespace

const char *recipientsSql()
{
    return "CREATE TABLE IF NOT EXISTS phenomap_recipients (\n"
           "  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
           "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,\n"
           "  secret BLOB NOT NULL CHECK (length(secret) = 32),\n"
           "  created_at TEXT NOT NULL)";
}

const char *commentsSql()
{
    return "CREATE TABLE IF NOT EXISTS phenomap_comments (\n"
           "  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
           "  uuid TEXT NOT NULL UNIQUE,\n"
           "  picture_uuid TEXT NOT NULL,\n"
           "  author TEXT NOT NULL,\n"
           "  agency TEXT,\n"
           "  created_at TEXT NOT NULL,\n"
           "  text TEXT NOT NULL,\n"
           "  merged_at TEXT)";
}

QString rtreeTriggersSql(const QString &t, const QString &c, const QString &i)
{
    QString sql = QStringLiteral(R"SQL(
CREATE TRIGGER rtree_%1_%2_insert AFTER INSERT ON %1
WHEN (new.%2 NOT NULL AND NOT ST_IsEmpty(NEW.%2))
BEGIN
INSERT OR REPLACE INTO rtree_%1_%2 VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2));
END;
CREATE TRIGGER rtree_%1_%2_update1 AFTER UPDATE OF %2 ON %1
WHEN OLD.%3 = NEW.%3 AND (NEW.%2 NOTNULL AND NOT ST_IsEmpty(NEW.%2))
BEGIN
INSERT OR REPLACE INTO rtree_%1_%2 VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2));
END;
CREATE TRIGGER rtree_%1_%2_update2 AFTER UPDATE OF %2 ON %1
WHEN OLD.%3 = NEW.%3 AND (NEW.%2 ISNULL OR ST_IsEmpty(NEW.%2))
BEGIN
DELETE FROM rtree_%1_%2 WHERE id = OLD.%3;
END;
CREATE TRIGGER rtree_%1_%2_update3 AFTER UPDATE ON %1
WHEN OLD.%3 != NEW.%3 AND (NEW.%2 NOTNULL AND NOT ST_IsEmpty(NEW.%2))
BEGIN
DELETE FROM rtree_%1_%2 WHERE id = OLD.%3;
INSERT OR REPLACE INTO rtree_%1_%2 VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2));
END;
CREATE TRIGGER rtree_%1_%2_update4 AFTER UPDATE ON %1
WHEN OLD.%3 != NEW.%3 AND (NEW.%2 ISNULL OR ST_IsEmpty(NEW.%2))
BEGIN
DELETE FROM rtree_%1_%2 WHERE id IN (OLD.%3, NEW.%3);
END;
CREATE TRIGGER rtree_%1_%2_delete AFTER DELETE ON %1
WHEN old.%2 NOT NULL
BEGIN
DELETE FROM rtree_%1_%2 WHERE id = OLD.%3;
END;
)SQL");
    return sql.arg(t, c, i);
}

QString rtreeInsertTriggerSql(const QString &table, const QString &column, const QString &idColumn)
{
    const QString all = rtreeTriggersSql(table, column, idColumn);
    const qsizetype end = all.indexOf(QStringLiteral("END;")) + 4;
    return all.left(end);
}

void createGeoPackageCore(Database &db)
{
    db.exec("PRAGMA application_id = 1196444487"); // 'GPKG'
    db.exec("PRAGMA user_version = 10300");        // GeoPackage 1.3
    db.exec(R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE phenomap_project (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
)SQL");
    Statement srs = db.prepare("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, ?)");
    srs.bind(1, QStringLiteral("WGS 84 geodetic")).bind(2, 4326).bind(3, 4326).bind(4, srsWkt(4326))
        .bind(5, QStringLiteral("longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")).run();
    srs.bind(1, QStringLiteral("Belge 1972 / Belgian Lambert 72")).bind(2, kProjectSrid).bind(3, kProjectSrid)
        .bind(4, srsWkt(kProjectSrid)).bind(5, QStringLiteral("Belgian Lambert 72")).run();
}

void migrate(Database &db, int from, int to)
{
    const auto &steps = migrations();
    for (int v = from; v < to && v < int(steps.size()); ++v)
        steps[std::size_t(v)](db);
    Statement st = db.prepare("INSERT OR REPLACE INTO phenomap_project (key, value) VALUES ('schema_version', ?)");
    st.bind(1, QString::number(to)).run();
}

QString unexpectedObject(Database &db)
{
    // Every trigger and virtual table we accept, keyed by name, with its exact (normalised) SQL.
    QHash<QString, QString> allowed;
    auto allow = [&](const QString &sql) {
        static const QRegularExpression nameRe(
            QStringLiteral("^create\\s+(?:virtual\\s+table|trigger)\\s+\"?([a-z0-9_]+)\"?"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = nameRe.match(sql.trimmed());
        if (m.hasMatch())
            allowed.insert(m.captured(1).toLower(), normalised(sql));
    };
    allow(QStringLiteral("CREATE TRIGGER phenomap_audit_no_update BEFORE UPDATE ON phenomap_audit "
                         "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"));
    allow(QStringLiteral("CREATE TRIGGER phenomap_audit_no_delete BEFORE DELETE ON phenomap_audit "
                         "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"));
    allow(QStringLiteral("CREATE VIRTUAL TABLE phenomap_incident_fts USING fts5(source_ref, address, description, "
                         "content='incidents', content_rowid='fid', tokenize='unicode61 remove_diacritics 2')"));
    Statement layers = db.prepare("SELECT table_name, column_name FROM gpkg_geometry_columns");
    while (layers.step()) {
        const QString t = layers.text(0), c = layers.text(1);
        static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!ident.match(t).hasMatch() || !ident.match(c).hasMatch())
            return QStringLiteral("layer name \"%1\"").arg(t.left(80));
        allow(QStringLiteral("CREATE VIRTUAL TABLE rtree_%1_%2 USING rtree(id, minx, maxx, miny, maxy)").arg(t, c));
        // GDAL names the id column after the layer's primary key; ours is fid.
        for (const QString &trig : splitStatements(rtreeTriggersSql(t, c, QStringLiteral("fid"))))
            allow(trig);
        for (const QString &trig : gdalFeatureCountTriggers(t))
            allow(trig);
    }

    Statement objects = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view', 'table')");
    while (objects.step()) {
        const QString type = objects.text(0), name = objects.text(1), sql = objects.text(2);
        if (type == QLatin1String("view"))
            return QStringLiteral("view \"%1\"").arg(name.left(80));
        const bool isVirtual = normalised(sql).startsWith(QLatin1String("create virtual table"));
        if (type == QLatin1String("table") && !isVirtual)
            continue; // plain tables hold data only; no code runs from them
        const auto it = allowed.constFind(name.toLower());
        if (it == allowed.constEnd() || *it != normalised(sql))
            return QStringLiteral("%1 \"%2\"").arg(isVirtual ? QStringLiteral("virtual table") : type, name.left(80));
    }
    return QString();
}

} // namespace phenomap::schema
