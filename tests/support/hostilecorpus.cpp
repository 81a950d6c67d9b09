// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilecorpus.h"

#include "incidentwriter.h"
#include "project.h"
#include "storetestsupport.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <functional>
#include <map>

#include <sys/stat.h>
#include <unistd.h>

namespace phenomap::test {
namespace {

using Kind = ProjectError::Kind;

struct Ctx
{
    QString base, folder, name;
    QString target;
    bool walBeside = false;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

quint32 be32(const QByteArray &b, qsizetype at) { return qFromBigEndian<quint32>(b.constData() + at); }
void put32(QByteArray &b, qsizetype at, quint32 v) { qToBigEndian<quint32>(v, b.data() + at); }
int pageSize(const QByteArray &b)
{
    const int ps = qFromBigEndian<quint16>(b.constData() + 16);
    return ps == 1 ? 65536 : ps;
}

/// A connection for making damage by hand: no triggers fire, the schema may be written.
Database rawDb(const QString &path)
{
    Database db(path, Database::Mode::ReadWrite);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    db.exec("PRAGMA foreign_keys = OFF");
    return db;
}

qint64 rootPage(const QString &path, const char *object)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement st = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?");
    st.bind(1, QString::fromLatin1(object));
    return st.step() ? st.int64(0) : 0;
}

/// Offset of the b-tree page header of the right-most leaf under `root`.
qsizetype leafHeader(const QByteArray &b, quint32 page)
{
    const int ps = pageSize(b);
    for (int depth = 0; depth < 20; ++depth) {
        const qsizetype hdr = qsizetype(page - 1) * ps + (page == 1 ? 100 : 0);
        const uchar type = uchar(b.at(hdr));
        if (type != 0x05 && type != 0x02)
            return hdr;
        page = be32(b, hdr + 8);
    }
    return -1;
}

using Builder = std::function<bool(Ctx &)>;

struct Recipe
{
    int kind;
    Builder make;
};

bool copyBase(Ctx &c) { return QFile::copy(c.base, c.target); }

Builder bytes(std::function<void(QByteArray &)> damage)
{
    return [damage](Ctx &c) {
        QByteArray b = readAll(c.base);
        damage(b);
        return writeAll(c.target, b);
    };
}

Builder sql(const QString &statements)
{
    return [statements](Ctx &c) {
        if (!copyBase(c))
            return false;
        Database db = rawDb(c.target);
        db.exec(statements);
        return true;
    };
}

Builder flipInLeaf(const char *object, int headerOffset, uchar mask)
{
    return [object, headerOffset, mask](Ctx &c) {
        QByteArray b = readAll(c.base);
        const qsizetype hdr = leafHeader(b, quint32(rootPage(c.base, object)));
        if (hdr < 0)
            return false;
        b[hdr + headerOffset] = char(uchar(b.at(hdr + headerOffset)) ^ mask);
        return writeAll(c.target, b);
    };
}

Builder flipInText(const char *needle, int offset, uchar mask)
{
    return bytes([needle, offset, mask](QByteArray &b) {
        const qsizetype at = b.indexOf(needle);
        if (at >= 0)
            b[at + offset] = char(uchar(b.at(at + offset)) ^ mask);
    });
}

/// A crash image: the base project opened for work, `work` committed to its WAL, and the main
/// file and its -wal copied while the connection is still open.
Builder crashImage(std::function<void(Project &)> work, std::function<void(QByteArray &)> damageMain = {})
{
    return [work, damageMain](Ctx &c) {
        const QString live = c.folder + QStringLiteral("/.live.gpkg");
        if (!QFile::copy(c.base, live))
            return false;
        {
            auto p = Project::open(live);
            p->db().exec("PRAGMA wal_autocheckpoint = 0");
            work(*p);
            QByteArray main = readAll(live);
            if (damageMain)
                damageMain(main);
            if (!writeAll(c.target, main) || !QFile::copy(live + QStringLiteral("-wal"), c.target + QStringLiteral("-wal")))
                return false;
        }
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(live + QLatin1String(suffix));
        c.walBeside = true;
        return true;
    };
}

void insertIncidents(Project &p, int from, int count)
{
    Transaction tx(p.db());
    IncidentWriter w(p);
    for (int i = 0; i < count; ++i)
        w.insert(sampleIncident(p, from + i));
    tx.commit();
}

QString triggerOn(const QString &table)
{
    return QStringLiteral("CREATE TRIGGER evil_%1 AFTER INSERT ON %1 BEGIN DELETE FROM zones; END").arg(table);
}

const std::map<QString, Recipe> &recipes()
{
    static const std::map<QString, Recipe> all = [] {
        std::map<QString, Recipe> r;
        const int corrupt = int(Kind::Corrupt), unsafe = int(Kind::Unsafe), notProject = int(Kind::NotProject);
        const int notGpkg = int(Kind::NotGeoPackage), notSqlite = int(Kind::NotSqlite), any = -1;
        auto resize = [](std::function<qsizetype(const QByteArray &)> size) {
            return bytes([size](QByteArray &b) { b.truncate(size(b)); });
        };
        // Truncations.
        r["truncated-to-50-bytes"] = {notSqlite, resize([](const QByteArray &) { return 50; })};
        r["truncated-to-header-only"] = {corrupt, resize([](const QByteArray &) { return 100; })};
        r["truncated-mid-page-1"] = {corrupt, resize([](const QByteArray &) { return 2000; })};
        r["truncated-mid-file-mid-page"] = {corrupt, resize([](const QByteArray &b) { return b.size() / 2 + 1000; })};
        r["truncated-last-page-partly"] = {corrupt, resize([](const QByteArray &b) { return b.size() - 100; })};
        r["truncated-last-page-whole"] = {corrupt, resize([](const QByteArray &b) { return b.size() - pageSize(b); })};
        r["truncated-size-check-defeated"] = {corrupt, bytes([](QByteArray &b) {
                                                  put32(b, 24, be32(b, 24) + 1); // counters differ: header size unused
                                                  b.truncate(b.size() / 2);
                                              })};
        r["truncated-with-wal-leftover"] = {any, crashImage([](Project &p) { insertIncidents(p, 5000, 200); },
                                                            [](QByteArray &b) { b.truncate(b.size() / 2); })};
        // Header fields.
        r["header-magic-bit-flip"] = {notSqlite, bytes([](QByteArray &b) { b[3] = char(b[3] ^ 0x01); })};
        r["header-page-size-invalid"] = {corrupt, bytes([](QByteArray &b) { b[17] = char(b[17] ^ 0x01); })};
        r["header-page-size-doubled"] = {corrupt, bytes([](QByteArray &b) { b[16] = char(b[16] << 1); })};
        r["header-page-size-halved"] = {corrupt, bytes([](QByteArray &b) { b[16] = char(uchar(b[16]) >> 1); })};
        r["header-reserved-bytes"] = {corrupt, bytes([](QByteArray &b) { b[20] = 32; })};
        r["header-payload-fraction"] = {corrupt, bytes([](QByteArray &b) { b[21] = char(b[21] ^ 0x01); })};
        r["header-read-version"] = {corrupt, bytes([](QByteArray &b) { b[18] = b[19] = 3; })};
        r["header-schema-format"] = {corrupt, bytes([](QByteArray &b) { put32(b, 44, 5); })};
        r["header-text-encoding-utf16"] = {corrupt, bytes([](QByteArray &b) { put32(b, 56, 2); })};
        r["header-text-encoding-invalid"] = {corrupt, bytes([](QByteArray &b) { put32(b, 56, 7); })};
        r["header-page-count-2-pow-31"] = {corrupt, bytes([](QByteArray &b) { put32(b, 28, 0x80000000u); })};
        r["header-page-count-sparse-1TiB"] = {corrupt, [](Ctx &c) {
                                                  QByteArray b = readAll(c.base);
                                                  const quint32 pages = 1u << 28;
                                                  put32(b, 28, pages);
                                                  if (!writeAll(c.target, b))
                                                      return false;
                                                  return ::truncate(QFile::encodeName(c.target).constData(),
                                                                    off_t(pages) * pageSize(b)) == 0;
                                              }};
        r["header-freelist-bogus"] = {corrupt, bytes([](QByteArray &b) {
                                          put32(b, 32, 0x7fffffffu);
                                          put32(b, 36, 5);
                                      })};
        r["header-application-id"] = {notGpkg, bytes([](QByteArray &b) { b[71] = 'X'; })};
        r["header-user-version-zero"] = {notGpkg, bytes([](QByteArray &b) { put32(b, 60, 0); })};
        r["header-user-version-future"] = {notGpkg, bytes([](QByteArray &b) { put32(b, 60, 99999); })};
        // The schema table.
        r["schema-page-btree-type"] = {corrupt, bytes([](QByteArray &b) { b[100] = char(b[100] ^ 0x08); })};
        r["schema-page-cell-count"] = {corrupt, bytes([](QByteArray &b) { b[103] = char(b[103] ^ 0x40); })};
        r["schema-sql-bit-flip"] = {corrupt, flipInText("CREATE TABLE incidents (", 23, 0x01)};
        r["schema-sql-renamed-column"] = {any, flipInText("description TEXT,\n  tlp", 0, 0x01)};
        // Table, index and R-tree pages.
        r["incidents-leaf-page-type"] = {corrupt, flipInLeaf("incidents", 0, 0x08)};
        r["incidents-leaf-cell-count"] = {corrupt, flipInLeaf("incidents", 3, 0x10)};
        r["incidents-leaf-cell-pointer"] = {corrupt, flipInLeaf("incidents", 8, 0x0f)};
        r["zones-leaf-page-type"] = {corrupt, flipInLeaf("zones", 0, 0x08)};
        r["index-page-type"] = {corrupt, flipInLeaf("incidents_occurred_from", 0, 0x08)};
        r["index-cell-count"] = {corrupt, flipInLeaf("incidents_occurred_from", 3, 0x40)};
        r["index-unique-page-type"] = {corrupt, flipInLeaf("sqlite_autoindex_zones_1", 0, 0x08)};
        r["rtree-node-page-type"] = {corrupt, flipInLeaf("rtree_incidents_geom_node", 0, 0x08)};
        r["rtree-root-depth"] = {any, sql("UPDATE rtree_incidents_geom_node SET data = x'0028' || substr(data, 3) WHERE nodeno = 1")};
        r["rtree-rowids-deleted"] = {any, sql("DELETE FROM rtree_incidents_geom_rowid WHERE rowid % 2 = 0")};
        // Schema versions.
        auto version = [](const char *value) {
            return sql(QStringLiteral("UPDATE phenomap_project SET value = '%1' WHERE key = 'schema_version'").arg(QLatin1String(value)));
        };
        r["schema-version-newer"] = {int(Kind::NewerSchema), version("99")};
        r["schema-version-zero"] = {notProject, version("0")};
        r["schema-version-negative"] = {notProject, version("-3")};
        r["schema-version-sql"] = {notProject, version("4; DROP TABLE incidents")};
        r["schema-version-overflow"] = {notProject, version("99999999999999999999")};
        r["schema-version-missing"] = {notProject, sql("DELETE FROM phenomap_project WHERE key = 'schema_version'")};
        // Extra triggers, on every kind of table, and views.
        for (const char *t : {"incidents", "zones", "phenomena", "sources", "import_batches", "rejected_rows", "phenomap_audit",
                              "phenomap_pictures", "phenomap_project", "phenomap_export_log", "gpkg_contents",
                              "gpkg_spatial_ref_sys"})
            r[QStringLiteral("trigger-on-%1").arg(QLatin1String(t))] = {unsafe, sql(triggerOn(QLatin1String(t)))};
        r["trigger-sqlite-temp-name"] = {any, sql("PRAGMA writable_schema = ON; INSERT INTO sqlite_master VALUES ('trigger', "
                                                  "'sqlite_temp_evil', 'incidents', 0, 'CREATE TRIGGER sqlite_temp_evil AFTER "
                                                  "INSERT ON incidents BEGIN DELETE FROM zones; END')")};
        r["trigger-temp-keyword"] = {any, sql("PRAGMA writable_schema = ON; INSERT INTO sqlite_master VALUES ('trigger', 'evil', "
                                              "'incidents', 0, 'CREATE TEMP TRIGGER evil AFTER INSERT ON incidents BEGIN "
                                              "DELETE FROM zones; END')")};
        r["trigger-allowed-name-other-table"] = {unsafe, sql("DROP TRIGGER rtree_zones_geom_delete; CREATE TRIGGER "
                                                             "rtree_zones_geom_delete AFTER DELETE ON incidents BEGIN "
                                                             "DELETE FROM rtree_zones_geom; END")};
        r["view-plain"] = {unsafe, sql("CREATE VIEW v AS SELECT * FROM incidents")};
        r["view-self-referencing"] = {any, sql("PRAGMA writable_schema = ON; INSERT INTO sqlite_master VALUES ('view', 'selfv', "
                                               "'selfv', 0, 'CREATE VIEW selfv AS SELECT * FROM selfv')")};
        r["view-mutually-recursive"] = {any, sql("PRAGMA writable_schema = ON; INSERT INTO sqlite_master VALUES ('view', 'va', "
                                                 "'va', 0, 'CREATE VIEW va AS SELECT * FROM vb'); INSERT INTO sqlite_master "
                                                 "VALUES ('view', 'vb', 'vb', 0, 'CREATE VIEW vb AS SELECT * FROM va')")};
        r["view-endless-recursive-cte"] = {unsafe, sql("CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                                       "SELECT x + 1 FROM c) SELECT x FROM c")};
        // Huge values.
        r["huge-geometry-200MB"] = {any, sql("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; UPDATE incidents SET geom = "
                                             "zeroblob(200 * 1024 * 1024) WHERE fid = (SELECT min(fid) FROM incidents)")};
        r["huge-zone-name-64MB"] = {any, sql("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; UPDATE zones SET name_fr = "
                                             "printf('%.*c', 64 * 1024 * 1024, 'x') WHERE fid = 1")};
        r["huge-layer-identifier"] = {any, sql("UPDATE gpkg_contents SET identifier = printf('%.*c', 16 * 1024 * 1024, 'x') "
                                               "WHERE table_name = 'zones'")};
        // Hostile names.
        r["contents-table-name-sql"] = {any, sql("CREATE TABLE \"x\"\"; DROP TABLE incidents; --\" (id INTEGER PRIMARY KEY); "
                                                 "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES "
                                                 "('x\"; DROP TABLE incidents; --', 'attributes', 'x')")};
        r["contents-table-name-quote"] = {any, sql("CREATE TABLE \"it's\" (id INTEGER PRIMARY KEY); INSERT INTO gpkg_contents "
                                                   "(table_name, data_type, identifier) VALUES ('it''s', 'attributes', 'its')")};
        r["contents-table-name-rlm"] = {any, sql("CREATE TABLE \"t\u200F\" (id INTEGER PRIMARY KEY); INSERT INTO gpkg_contents "
                                                 "(table_name, data_type, identifier) VALUES ('t\u200F', 'attributes', 't')")};
        r["contents-identifier-control"] = {any, sql("UPDATE gpkg_contents SET identifier = 'Inci' || char(7) || char(27) || "
                                                     "'dents' WHERE table_name = 'incidents'")};
        r["contents-identifier-rtl-override"] = {any, sql("UPDATE gpkg_contents SET identifier = char(0x202E) || 'stnedicnI' "
                                                          "WHERE table_name = 'incidents'")};
        r["contents-identifier-rlm"] = {any, sql("UPDATE gpkg_contents SET identifier = 'Zones' || char(0x200F) "
                                                 "WHERE table_name = 'zones'")};
        r["geometry-column-name-sql"] = {unsafe, sql("UPDATE gpkg_geometry_columns SET column_name = 'geom\"; DROP TABLE zones; --' "
                                                     "WHERE table_name = 'zones'")};
        // Registrations that do not match the tables.
        r["geometry-columns-missing-table"] = {any, sql("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
                                                        "VALUES ('ghost', 'features', 'ghost', 31370); INSERT INTO "
                                                        "gpkg_geometry_columns VALUES ('ghost', 'geom', 'POINT', 31370, 0, 0)")};
        r["contents-missing-table"] = {any, sql("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES "
                                                "('ghost2', 'attributes', 'ghost2')")};
        r["geometry-columns-wrong-column"] = {any, sql("UPDATE gpkg_geometry_columns SET column_name = 'shape' "
                                                       "WHERE table_name = 'incidents'")};
        r["srs-definition-garbage"] = {any, sql("UPDATE gpkg_spatial_ref_sys SET definition = 'garbage' WHERE srs_id = 31370")};
        r["srs-definition-wgs84"] = {any, sql("UPDATE gpkg_spatial_ref_sys SET definition = (SELECT definition FROM "
                                              "gpkg_spatial_ref_sys WHERE srs_id = 4326) WHERE srs_id = 31370")};
        r["srs-deleted"] = {any, sql("DELETE FROM gpkg_spatial_ref_sys WHERE srs_id = 31370")};
        r["srs-incidents-in-4326"] = {any, sql("UPDATE gpkg_geometry_columns SET srs_id = 4326 WHERE table_name = 'incidents'; "
                                               "UPDATE gpkg_contents SET srs_id = 4326 WHERE table_name = 'incidents'")};
        // Table definitions and content.
        r["incidents-missing-column"] = {any, sql("ALTER TABLE incidents DROP COLUMN description")};
        r["incidents-wrong-type"] = {any, sql("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, "
                                              "'occurred_from INTEGER NOT NULL', 'occurred_from TEXT NOT NULL') "
                                              "WHERE name = 'incidents'")};
        r["incidents-check-bomb"] = {any, sql("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, "
                                              "'flags INTEGER NOT NULL DEFAULT 0)', 'flags INTEGER NOT NULL DEFAULT 0, "
                                              "CHECK (length(randomblob(1000000000)) > 0))') WHERE name = 'incidents'")};
        r["incidents-expression-index"] = {any, sql("CREATE INDEX evil ON incidents (zeroblob(100))")};
        r["incidents-generated-column"] = {any, sql("ALTER TABLE incidents ADD COLUMN evil BLOB AS (zeroblob(1000))")};
        r["fk-incident-phenomenon"] = {any, sql("UPDATE incidents SET phenomenon_id = 999999 WHERE fid = (SELECT min(fid) FROM incidents)")};
        r["fk-incident-source"] = {any, sql("UPDATE incidents SET source_id = 999999 WHERE fid = (SELECT max(fid) FROM incidents)")};
        r["fk-phenomenon-parent"] = {any, sql("UPDATE phenomena SET parent_id = 999999 WHERE id = (SELECT max(id) FROM phenomena)")};
        r["fts-config-version"] = {any, sql("UPDATE phenomap_incident_fts_config SET v = 99 WHERE k = 'version'")};
        r["fts-structure-garbage"] = {any, sql("UPDATE phenomap_incident_fts_data SET block = x'0000000105' WHERE id = 10")};
        r["fts-docsize-rows-deleted"] = {any, sql("DELETE FROM phenomap_incident_fts_docsize WHERE id % 2 = 0")};
        r["fts-shadow-table-dropped"] = {any, sql("DROP TABLE phenomap_incident_fts_idx")};
        // Things that are not project files at all.
        r["directory"] = {any, [](Ctx &c) { return QDir().mkdir(c.target); }};
        r["symlink-loop"] = {any, [](Ctx &c) {
                                 const QString other = c.folder + QStringLiteral("/loop-b.gpkg");
                                 return QFile::link(other, c.target) && QFile::link(c.target, other);
                             }};
        r["dangling-symlink"] = {int(Kind::NotFound),
                                 [](Ctx &c) { return QFile::link(c.folder + QStringLiteral("/nowhere.gpkg"), c.target); }};
        r["fifo"] = {any, [](Ctx &c) { return ::mkfifo(QFile::encodeName(c.target).constData(), 0600) == 0; }};
        r["zero-permission"] = {any, [](Ctx &c) {
                                    QByteArray b = readAll(c.base);
                                    b[100] = char(b[100] ^ 0x08); // refused even where permissions do not apply (root)
                                    return writeAll(c.target, b) && ::chmod(QFile::encodeName(c.target).constData(), 0) == 0;
                                }};
        r["trailing-garbage"] = {any, bytes([](QByteArray &b) {
                                     for (int i = 0; i < 3 * pageSize(b); ++i)
                                         b.append(char((i * 2654435761u) >> 13));
                                 })};
        // Sidecars: a -wal with hostile committed frames, a hot rollback journal.
        r["wal-hostile-trigger"] = {unsafe, crashImage([](Project &p) { p.db().exec(triggerOn(QStringLiteral("incidents"))); })};
        r["wal-hostile-view"] = {unsafe, crashImage([](Project &p) { p.db().exec("CREATE VIEW v AS SELECT 1"); })};
        r["wal-newer-schema"] = {int(Kind::NewerSchema), crashImage([](Project &p) {
                                     p.db().exec("UPDATE phenomap_project SET value = '99' WHERE key = 'schema_version'");
                                 })};
        r["hot-journal-hostile"] = {any, [](Ctx &c) {
                                        const QString live = c.folder + QStringLiteral("/.live.gpkg");
                                        if (!copyBase(c) || !QFile::rename(c.target, live))
                                            return false;
                                        {
                                            Database db = rawDb(live);
                                            db.exec("PRAGMA journal_mode = DELETE");
                                            db.exec(triggerOn(QStringLiteral("zones")));
                                            db.exec("BEGIN IMMEDIATE");
                                            db.exec("DROP TRIGGER evil_zones");
                                            if (sqlite3_db_cacheflush(db.handle()) != SQLITE_OK)
                                                return false;
                                            // The main file no longer has the trigger; rolling the
                                            // journal back would restore it.
                                            if (!QFile::copy(live, c.target) ||
                                                !QFile::copy(live + QStringLiteral("-journal"), c.target + QStringLiteral("-journal")))
                                                return false;
                                            db.exec("ROLLBACK");
                                        }
                                        return QFile::remove(live);
                                    }};
        return r;
    }();
    return all;
}

} // namespace

HostileCorpus::HostileCorpus(const QString &workDir) : m_dir(workDir), m_base(workDir + QStringLiteral("/base.gpkg")) {}

bool HostileCorpus::prepare()
{
    try {
        auto p = Project::create(m_base, {.title = QStringLiteral("Hostile corpus base"), .synthetic = true});
        insertIncidents(*p, 0, 300);
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
    return QFileInfo(m_base).size() > 0 && !QFileInfo::exists(m_base + QStringLiteral("-wal"));
}

QStringList HostileCorpus::caseNames()
{
    QStringList out;
    for (const auto &entry : recipes())
        out << entry.first;
    return out;
}

HostileCase HostileCorpus::build(const QString &name, const QString &folder) const
{
    HostileCase out;
    const auto it = recipes().find(name);
    if (it == recipes().end()) {
        out.error = QStringLiteral("no case %1").arg(name);
        return out;
    }
    Ctx c{m_base, folder, name, folder + QLatin1Char('/') + name + QStringLiteral(".gpkg")};
    try {
        if (!it->second.make(c))
            out.error = QStringLiteral("could not build %1").arg(name);
    } catch (const std::exception &e) {
        out.error = QStringLiteral("could not build %1: %2").arg(name, QString::fromUtf8(e.what()));
    }
    out.path = c.target;
    out.kind = it->second.kind;
    out.walBeside = c.walBeside;
    return out;
}

} // namespace phenomap::test
