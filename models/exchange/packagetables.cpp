// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagetables.h"

#include "exchangeschema.h"
#include "packagemanifest.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace phenomap {
namespace {

QStringList unregisteredTables(Database &db)
{
    QStringList out;
    Statement st =
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'gpkg_%' "
                   "AND name NOT LIKE 'rtree_%' AND name NOT LIKE 'sqlite_%' "
                   "AND lower(name) NOT IN (SELECT lower(table_name) FROM gpkg_contents) ORDER BY name");
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace

void PackageTables::finish(Database &db)
{
    // The full-text index first: dropping it drops its shadow tables.
    if (db.tableExists(QStringLiteral("phenomap_incident_fts")))
        db.exec("DROP TABLE phenomap_incident_fts");
    ExchangeSchema::ensureComments(db);
    db.exec(PackageManifest::createSql());
    if (db.tableExists(QStringLiteral("phenomap_incident_mo"))) {
        db.exec(R"SQL(
CREATE TABLE phenomap_incident_mo_rebuilt (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  incident_fid INTEGER NOT NULL REFERENCES incidents(fid),
  mo_id INTEGER NOT NULL REFERENCES phenomena(id),
  UNIQUE (incident_fid, mo_id));
INSERT INTO phenomap_incident_mo_rebuilt (incident_fid, mo_id)
  SELECT incident_fid, mo_id FROM phenomap_incident_mo ORDER BY incident_fid, mo_id;
DROP TABLE phenomap_incident_mo;
ALTER TABLE phenomap_incident_mo_rebuilt RENAME TO phenomap_incident_mo;
)SQL");
    }
    db.exec(R"SQL(
CREATE TABLE phenomap_project_rebuilt (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  key TEXT NOT NULL UNIQUE,
  value TEXT);
INSERT INTO phenomap_project_rebuilt (key, value) SELECT key, value FROM phenomap_project ORDER BY key;
DROP TABLE phenomap_project;
ALTER TABLE phenomap_project_rebuilt RENAME TO phenomap_project;
)SQL");

    const QHash<QString, QString> kept = {
        {QStringLiteral("phenomap_project"),
         QCoreApplication::translate("phenomap::exchange",
                                     "Package settings: marking, tier, recipient, export id")},
        {QStringLiteral("phenomap_pictures"),
         QCoreApplication::translate("phenomap::exchange", "Situation pictures (storyboard)")},
        {QStringLiteral("phenomap_incident_mo"),
         QCoreApplication::translate("phenomap::exchange", "Modus operandi of each incident")},
        {QStringLiteral("phenomap_comments"),
         QCoreApplication::translate("phenomap::exchange", "Partner comments on the pictures")},
        {QStringLiteral("phenomap_manifest"),
         QCoreApplication::translate("phenomap::exchange", "Manifest: row count and SHA-256 of every table")},
        {QStringLiteral("phenomap_audit"),
         QCoreApplication::translate("phenomap::exchange", "Audit log of the package")},
    };
    Statement reg = db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                               "VALUES (?, 'attributes', ?, ?)");
    for (const QString &table : unregisteredTables(db)) {
        const auto it = kept.constFind(table);
        if (it == kept.constEnd()) {
            db.exec(QStringLiteral("DROP TABLE \"%1\"").arg(table));
            continue;
        }
        reg.bind(1, table).bind(2, table).bind(3, *it).run();
        reg.reset();
    }
}

} // namespace phenomap
