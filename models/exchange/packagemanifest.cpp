// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagemanifest.h"

#include "project.h"
#include "sqlite.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <memory>

namespace phenomap {
namespace {

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

void appendLength(QByteArray &out, qint64 n)
{
    char buf[8];
    qToBigEndian<quint64>(quint64(n), buf);
    out.append(buf, 8);
}

/// One value: type tag, then length-prefixed bytes (integers as decimal text, reals as IEEE 754 bits).
void appendValue(QByteArray &out, sqlite3_stmt *st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL:
        out.append('N');
        break;
    case SQLITE_INTEGER: {
        const QByteArray v = QByteArray::number(sqlite3_column_int64(st, col));
        out.append('I');
        appendLength(out, v.size());
        out.append(v);
        break;
    }
    case SQLITE_FLOAT: {
        const double d = sqlite3_column_double(st, col);
        quint64 bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        out.append('R');
        appendLength(out, 8);
        char buf[8];
        qToBigEndian<quint64>(bits, buf);
        out.append(buf, 8);
        break;
    }
    case SQLITE_TEXT: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
        const int n = sqlite3_column_bytes(st, col);
        out.append('T');
        appendLength(out, n);
        out.append(p, n);
        break;
    }
    default: {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, col));
        const int n = sqlite3_column_bytes(st, col);
        out.append('B');
        appendLength(out, n);
        if (n > 0)
            out.append(p, n);
        break;
    }
    }
}

bool exempt(const QString &name, const QSet<QString> &virtualTables)
{
    static const QSet<QString> fixed = {
        QStringLiteral("phenomap_manifest"), QStringLiteral("phenomap_comments"),
        QStringLiteral("gpkg_ogr_contents"), QStringLiteral("sqlite_sequence"),
        QStringLiteral("sqlite_stat1"),      QStringLiteral("sqlite_stat4")};
    if (fixed.contains(name) || name.startsWith(QLatin1String("sqlite_")))
        return true;
    for (const QString &v : virtualTables) {
        if (name == v || name.startsWith(v + QLatin1Char('_')))
            return true; // the virtual table or one of its shadow tables: derived data
    }
    return false;
}

} // namespace

QStringList PackageManifest::coveredTables(Database &db)
{
    QSet<QString> virtualTables;
    QStringList all;
    Statement st = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'");
    while (st.step()) {
        const QString name = st.text(0);
        if (st.text(1).simplified().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables.insert(name);
        all << name;
    }
    QStringList out;
    for (const QString &name : all) {
        if (!exempt(name, virtualTables))
            out << name;
    }
    std::sort(out.begin(), out.end());
    return out;
}

PackageManifest::Entry PackageManifest::digest(Database &db, const QString &table)
{
    QStringList columns;
    {
        Statement info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
        while (info.step())
            columns << info.text(1);
    }
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns << quoted(c);
    const QByteArray sql =
        QStringLiteral("SELECT %1 FROM %2").arg(quotedColumns.join(QLatin1Char(',')), quoted(table)).toUtf8();
    sqlite3_stmt *raw = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &raw, nullptr);
    if (rc != SQLITE_OK)
        db.raise(rc, "manifest");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
    QList<QByteArray> rows;
    int step = 0;
    while ((step = sqlite3_step(st.get())) == SQLITE_ROW) {
        QByteArray row;
        for (int c = 0; c < int(columns.size()); ++c)
            appendValue(row, st.get(), c);
        rows.append(row);
    }
    if (step != SQLITE_DONE)
        db.raise(step, "manifest");
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("phenomap-manifest-v1\n"));
    hash.addData(QByteArray(table.toUtf8() + '\n'));
    hash.addData(QByteArray(columns.join(QChar(0x1f)).toUtf8() + '\n'));
    for (const QByteArray &row : rows) {
        QByteArray len;
        appendLength(len, row.size());
        hash.addData(len);
        hash.addData(row);
    }
    return {table, qint64(rows.size()), QString::fromLatin1(hash.result().toHex())};
}

const char *PackageManifest::createSql()
{
    return "CREATE TABLE IF NOT EXISTS phenomap_manifest (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
           "table_name TEXT NOT NULL UNIQUE, rows INTEGER NOT NULL, sha256 TEXT NOT NULL)";
}

void PackageManifest::write(Database &db)
{
    db.exec(createSql());
    Statement ins = db.prepare("INSERT INTO phenomap_manifest (table_name, rows, sha256) VALUES (?, ?, ?)");
    for (const QString &table : coveredTables(db)) {
        const Entry e = digest(db, table);
        ins.bind(1, e.table).bind(2, e.rows).bind(3, e.sha256).run();
        ins.reset();
    }
}

PackageVerification PackageManifest::verify(const QString &path)
{
    std::unique_ptr<Project> project;
    try {
        project = Project::open(path, Project::OpenMode::ReadOnly);
    } catch (const ProjectError &e) {
        PackageVerification v;
        v.message = e.message();
        return v;
    }
    return verify(*project, path);
}

PackageVerification PackageManifest::verify(Project &package, const QString &path)
{
    PackageVerification v;
    Project *project = &package;
    Database &db = project->db();
    try {
        if (project->setting(QStringLiteral("package")) != QLatin1String("1") ||
            !db.tableExists(QStringLiteral("phenomap_manifest"))) {
            v.message = QCoreApplication::translate(
                            "phenomap::exchange",
                            "“%1” is a Phenomap project, not a partner package (it has no manifest).")
                            .arg(path);
            return v;
        }
        v.isPackage = true;
        v.exportId = project->setting(QStringLiteral("export_id"));
        v.tlp = project->setting(QStringLiteral("tlp"));
        QHash<QString, Entry> expected;
        Statement st = db.prepare("SELECT table_name, rows, sha256 FROM phenomap_manifest");
        while (st.step())
            expected.insert(st.text(0), Entry{st.text(0), st.int64(1), st.text(2)});
        const QStringList present = coveredTables(db);
        for (const QString &table : present) {
            const auto it = expected.constFind(table);
            if (it == expected.constEnd() || digest(db, table) != *it)
                v.modifiedTables << table;
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!present.contains(it.key()))
                v.modifiedTables << it.key();
        }
        std::sort(v.modifiedTables.begin(), v.modifiedTables.end());
    } catch (const SqliteError &e) {
        v.modifiedTables << QStringLiteral("?");
        v.message = QCoreApplication::translate("phenomap::exchange",
                                                "modified: the package cannot be read completely (%1)")
                        .arg(QString::fromUtf8(e.what()));
        return v;
    }
    v.intact = v.modifiedTables.isEmpty();
    v.message = v.intact ? QCoreApplication::translate("phenomap::exchange", "intact")
                         : QCoreApplication::translate("phenomap::exchange", "modified: table %1")
                               .arg(v.modifiedTables.join(QStringLiteral(", ")));
    return v;
}

PackageVerification verifyPackage(const QString &path)
{
    return PackageManifest::verify(path);
}

} // namespace phenomap
