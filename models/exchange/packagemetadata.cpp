// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagemetadata.h"

#include "sqlite.h"

#include <QJsonDocument>
#include <QStringList>
#include <QXmlStreamWriter>

#include <utility>

namespace phenomap {
namespace {

QString gdalXml(const QList<std::pair<QString, QString>> &items)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("GDALMultiDomainMetadata"));
    w.writeStartElement(QStringLiteral("Metadata"));
    for (const auto &[key, value] : items) {
        w.writeStartElement(QStringLiteral("MDI"));
        w.writeAttribute(QStringLiteral("key"), key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

qint64 insertMetadata(Database &db, const QString &uri, const QString &mime, const QString &text)
{
    Statement st = db.prepare("INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
                              "VALUES ('dataset', ?, ?, ?)");
    st.bind(1, uri).bind(2, mime).bind(3, text).run();
    return db.lastInsertRowId();
}

void reference(Database &db, const QString &table, qint64 id)
{
    Statement st = db.prepare("INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) "
                              "VALUES (?, ?, ?)");
    st.bind(1, table.isEmpty() ? QStringLiteral("geopackage") : QStringLiteral("table"))
        .bind(2, table)
        .bind(3, id)
        .run();
}

} // namespace

void PackageMetadata::write(Database &db, Tlp tlp, const QJsonObject &facts, const QString &syntheticNote)
{
    db.exec(R"SQL(
CREATE TABLE gpkg_metadata (
  id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL,
  md_scope TEXT NOT NULL DEFAULT 'dataset',
  md_standard_uri TEXT NOT NULL,
  mime_type TEXT NOT NULL DEFAULT 'text/xml',
  metadata TEXT NOT NULL DEFAULT '');
CREATE TABLE gpkg_metadata_reference (
  reference_scope TEXT NOT NULL,
  table_name TEXT,
  column_name TEXT,
  row_id_value INTEGER,
  timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  md_file_id INTEGER NOT NULL,
  md_parent_id INTEGER,
  CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES gpkg_metadata(id),
  CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES gpkg_metadata(id));
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES
  ('gpkg_metadata', NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec120/#extension_metadata', 'read-write'),
  ('gpkg_metadata_reference', NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec120/#extension_metadata', 'read-write');
)SQL");
    const QString label = tlpLabel(tlp);
    const QString synthetic = syntheticNote.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes");

    const QString json = QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Indented));
    reference(db, QString(),
              insertMetadata(db, QStringLiteral("https://www.first.org/tlp/"),
                             QStringLiteral("application/json"), json));
    QList<std::pair<QString, QString>> items = {{QStringLiteral("TLP"), label},
                                                {QStringLiteral("SYNTHETIC_DATA"), synthetic}};
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it) {
        if (it.value().isString())
            items.append({it.key().toUpper(), it.value().toString()});
    }
    reference(
        db, QString(),
        insertMetadata(db, QStringLiteral("http://gdal.org"), QStringLiteral("text/xml"), gdalXml(items)));

    QList<std::pair<QString, QString>> tables;
    {
        Statement st =
            db.prepare("SELECT table_name, coalesce(description, '') FROM gpkg_contents ORDER BY table_name");
        while (st.step())
            tables.append({st.text(0), st.text(1)});
    }
    Statement desc = db.prepare("UPDATE gpkg_contents SET description = ? WHERE table_name = ?");
    for (const auto &[table, description] : tables) {
        QStringList parts{label};
        if (!description.isEmpty())
            parts << description;
        if (!syntheticNote.isEmpty())
            parts << syntheticNote;
        desc.bind(1, parts.join(QStringLiteral(" · "))).bind(2, table).run();
        desc.reset();
        reference(db, table,
                  insertMetadata(db, QStringLiteral("http://gdal.org"), QStringLiteral("text/xml"),
                                 gdalXml({{QStringLiteral("TLP"), label},
                                          {QStringLiteral("SYNTHETIC_DATA"), synthetic}})));
    }
}

} // namespace phenomap
