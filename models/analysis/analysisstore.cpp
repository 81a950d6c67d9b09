// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"

#include "analysisrecord.h"
#include "project.h"
#include "sqlite.h"

#include <QDateTime>
#include <QJsonDocument>

#include <stdexcept>

namespace phenomap {
namespace {

const char *kCreateSql = "CREATE TABLE IF NOT EXISTS phenomap_analyses (\n"
                         "  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                         "  method TEXT NOT NULL,\n"
                         "  created_at TEXT NOT NULL,\n"
                         "  record TEXT NOT NULL,\n"
                         "  output TEXT NOT NULL)";

bool tableExists(Database &db)
{
    Statement st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'phenomap_analyses'");
    return st.step();
}

} // namespace

qint64 AnalysisStore::save(Database &db, const QJsonObject &output)
{
    const QJsonObject record = output.value(QStringLiteral("record")).toObject();
    const auto parsed = AnalysisRecord::fromJson(record);
    if (!parsed)
        throw std::invalid_argument("AnalysisStore: the output has no valid analysis record");
    Transaction tx(db);
    db.exec(kCreateSql);
    Statement ins = db.prepare("INSERT INTO phenomap_analyses (method, created_at, record, output) VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, parsed->method);
    ins.bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    ins.bind(3, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    ins.bind(4, QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Compact)));
    ins.step();
    const qint64 id = db.lastInsertRowId();
    tx.commit();
    return id;
}

std::vector<AnalysisStore::Entry> AnalysisStore::list(Database &db)
{
    std::vector<Entry> out;
    if (!tableExists(db))
        return out;
    Statement st = db.prepare("SELECT id, method, created_at, record FROM phenomap_analyses ORDER BY id DESC");
    while (st.step()) {
        Entry e;
        e.id = st.int64(0);
        e.method = st.text(1);
        e.createdAt = st.text(2);
        e.record = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<QJsonObject> AnalysisStore::load(Database &db, qint64 id)
{
    if (!tableExists(db))
        return std::nullopt;
    Statement st = db.prepare("SELECT output FROM phenomap_analyses WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(0).toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace phenomap
