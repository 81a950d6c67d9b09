// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprofiles.h"

#include "sqlite.h"

#include <QDateTime>
#include <QJsonDocument>

namespace phenomap {

std::optional<ColumnMapping> ImportProfiles::load(Database &db, const QString &name, qint64 *sourceId)
{
    Statement st = db.prepare("SELECT definition, coalesce(source_id, 0) FROM phenomap_import_profiles WHERE name = ?");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(0).toUtf8());
    if (sourceId)
        *sourceId = st.int64(1);
    if (!doc.isObject())
        return std::nullopt;
    return ColumnMapping::fromJson(doc.object());
}

void ImportProfiles::save(Database &db, const QString &name, qint64 sourceId, const ColumnMapping &mapping)
{
    Statement st = db.prepare("INSERT OR REPLACE INTO phenomap_import_profiles (name, source_id, definition, updated_at) "
                              "VALUES (?, ?, ?, ?)");
    st.bind(1, name);
    if (sourceId)
        st.bind(2, sourceId);
    else
        st.bindNull(2);
    st.bind(3, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .run();
}

QStringList ImportProfiles::names(Database &db)
{
    QStringList out;
    Statement st = db.prepare("SELECT name FROM phenomap_import_profiles ORDER BY name");
    while (st.step())
        out << st.text(0);
    return out;
}

void ImportProfiles::remove(Database &db, const QString &name)
{
    Statement st = db.prepare("DELETE FROM phenomap_import_profiles WHERE name = ?");
    st.bind(1, name).run();
}

QString ImportProfiles::findForColumns(Database &db, const QStringList &columns)
{
    Statement st = db.prepare("SELECT name, definition FROM phenomap_import_profiles ORDER BY updated_at DESC, name");
    while (st.step()) {
        const QJsonDocument doc = QJsonDocument::fromJson(st.text(1).toUtf8());
        if (!doc.isObject())
            continue;
        const ColumnMapping m = ColumnMapping::fromJson(doc.object());
        const auto cols = m.columns();
        if (cols.isEmpty())
            continue;
        bool all = true;
        for (const QString &c : cols)
            all = all && columns.contains(c);
        const bool place = m.useNativeGeometry || cols.contains(QStringLiteral("lon")) || cols.contains(QStringLiteral("x"))
                           || cols.contains(QStringLiteral("wkt")) || cols.contains(QStringLiteral("zone"));
        const bool time = cols.contains(QStringLiteral("datetime")) || cols.contains(QStringLiteral("date"))
                          || cols.contains(QStringLiteral("from"));
        if (all && place && time)
            return st.text(0);
    }
    return QString();
}

} // namespace phenomap
