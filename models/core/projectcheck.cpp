// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcheck.h"

#include "project.h"
#include "schema.h"
#include "sqlite.h"

#include <ogr_spatialref.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QtEndian>

#include <cerrno>
#include <cmath>

#include <sys/stat.h>
#include <unistd.h>

namespace phenomap::projectcheck {
namespace {

struct ProjectCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ProjectCheck)
};

using Kind = ProjectError::Kind;

[[noreturn]] void fail(Kind kind, const QString &message) { throw ProjectError(kind, message); }

/// A name as it may be shown in a message: control and direction characters made visible.
QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text.left(80))
        out += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) ? QChar(u'\uFFFD') : c;
    return out;
}

bool hasControlOrBidi(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

QString normalised(const QString &sql)
{
    QString s = sql.simplified().toLower();
    static const QRegularExpression spaceAroundPunct(QStringLiteral("\\s*([(),;=])\\s*"));
    s.replace(spaceAroundPunct, QStringLiteral("\\1"));
    return s;
}

/// Normalised SQL of every object of a fresh project of the current schema, by lower-case name.
const QHash<QString, QString> &reference()
{
    static const QHash<QString, QString> ref = [] {
        QHash<QString, QString> out;
        Database mem(QStringLiteral(":memory:"), Database::Mode::Create);
        schema::createGeoPackageCore(mem);
        schema::migrate(mem, 0, Project::kSchemaVersion);
        Statement st = mem.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL");
        while (st.step())
            out.insert(st.text(0).toLower(), normalised(st.text(1)));
        return out;
    }();
    return ref;
}

std::optional<QString> objectSql(Database &db, const QString &name)
{
    Statement st = db.prepare("SELECT sql FROM sqlite_master WHERE lower(name) = lower(?)");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void checkDefinitions(Database &db, const QString &name)
{
    static const QList<QStringList> families = {
        {QStringLiteral("incidents")},
        {QStringLiteral("zones")},
        {QStringLiteral("rtree_incidents_geom"), QStringLiteral("rtree_incidents_geom_node"),
         QStringLiteral("rtree_incidents_geom_rowid"), QStringLiteral("rtree_incidents_geom_parent")},
        {QStringLiteral("rtree_zones_geom"), QStringLiteral("rtree_zones_geom_node"), QStringLiteral("rtree_zones_geom_rowid"),
         QStringLiteral("rtree_zones_geom_parent")},
        {QStringLiteral("phenomap_incident_fts"), QStringLiteral("phenomap_incident_fts_data"),
         QStringLiteral("phenomap_incident_fts_idx"), QStringLiteral("phenomap_incident_fts_docsize"),
         QStringLiteral("phenomap_incident_fts_config")},
    };
    for (const QStringList &family : families) {
        if (!objectSql(db, family.first()))
            continue; // packages leave some of these out
        for (const QString &table : family) {
            const auto sql = objectSql(db, table);
            if (!sql || normalised(*sql) != reference().value(table))
                fail(Kind::Unsafe, ProjectCheckTr::tr("“%1” is not a Phenomap project as written by Phenomap: the table “%2” "
                                                      "is missing or defined differently. It was not opened.")
                                       .arg(name, table));
        }
    }
    Statement idx = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "AND lower(tbl_name) IN ('incidents', 'zones')");
    while (idx.step())
        if (reference().value(idx.text(0).toLower()) != normalised(idx.text(1)))
            fail(Kind::Unsafe, ProjectCheckTr::tr("“%1” has an index Phenomap does not create (“%2”); such indexes can run "
                                                  "code when the file is changed. It was not opened.")
                                   .arg(name, shown(idx.text(0))));
}

void checkRegistrations(Database &db, const QString &name)
{
    Statement contents = db.prepare("SELECT table_name, identifier, length(identifier) FROM gpkg_contents");
    while (contents.step()) {
        const QString table = contents.text(0);
        if (!isIdentifier(table))
            fail(Kind::Unsafe, ProjectCheckTr::tr("“%1” registers a layer whose table name (“%2”) is not a plain name. It "
                                                  "was not opened.")
                                   .arg(name, shown(table)));
        if (contents.int64(2) > 1024)
            fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” names the layer “%2” with %3 characters; at most 1024 are allowed.")
                                    .arg(name, table)
                                    .arg(contents.int64(2)));
        if (hasControlOrBidi(contents.text(1)))
            fail(Kind::Unsafe, ProjectCheckTr::tr("“%1” names the layer “%2” with control or text-direction characters "
                                                  "(“%3”). It was not opened.")
                                   .arg(name, table, shown(contents.text(1))));
        Statement exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)");
        exists.bind(1, table);
        if (!exists.step())
            fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” registers the layer “%2”, but its table is missing.").arg(name, table));
    }
    Statement geometry = db.prepare(
        "SELECT g.table_name, g.column_name, c.data_type, "
        "  (SELECT count(*) FROM gpkg_spatial_ref_sys s WHERE s.srs_id = g.srs_id) "
        "FROM gpkg_geometry_columns g LEFT JOIN gpkg_contents c ON lower(c.table_name) = lower(g.table_name)");
    while (geometry.step()) {
        const QString table = geometry.text(0), column = geometry.text(1);
        if (geometry.text(2) != QLatin1String("features") || geometry.int64(3) != 1)
            fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” has a geometry column “%2.%3” that is not registered as a layer "
                                                   "with a known coordinate system.")
                                    .arg(name, shown(table), shown(column)));
        Statement columns = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)); // an identifier: checked above
        bool found = false;
        while (columns.step())
            found = found || columns.text(1).compare(column, Qt::CaseInsensitive) == 0;
        if (!found)
            fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” registers the geometry column “%2.%3”, which does not exist.")
                                    .arg(name, table, shown(column)));
    }
}

void checkProjectCrs(Database &db, const QString &name)
{
    auto wrong = [&] {
        return ProjectError(Kind::Corrupt, ProjectCheckTr::tr("“%1” does not define its coordinate system EPSG:%2 (Belgian "
                                                              "Lambert 72) correctly, so its maps would be misplaced.")
                                               .arg(name)
                                               .arg(kProjectSrid));
    };
    Statement layers = db.prepare("SELECT c.srs_id, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g "
                                  "ON g.table_name = c.table_name WHERE c.table_name IN ('incidents', 'zones')");
    while (layers.step())
        if (layers.int64(0) != kProjectSrid || layers.int64(1) != kProjectSrid)
            throw wrong();
    Statement srs = db.prepare("SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys "
                               "WHERE srs_id = ?");
    srs.bind(1, qint64(kProjectSrid));
    if (!srs.step() || srs.text(0).compare(QLatin1String("EPSG"), Qt::CaseInsensitive) != 0 || srs.int64(1) != kProjectSrid)
        throw wrong();
    OGRSpatialReference stored, expected;
    const QByteArray wkt = srs.text(2).toUtf8();
    if (stored.importFromWkt(wkt.constData()) != OGRERR_NONE || expected.importFromEPSG(kProjectSrid) != OGRERR_NONE ||
        !stored.IsSame(&expected))
        throw wrong();
}

bool exists(Database &db, const char *table) { return db.tableExists(QString::fromLatin1(table)); }

qint64 nonEmptyGeometries(Database &db, const char *table)
{
    // GeoPackage blob flags (byte 4): bit 4 marks an empty geometry, which the R-tree leaves out.
    return db.scalarInt(QStringLiteral("SELECT count(*) FROM %1 WHERE geom IS NOT NULL AND NOT (substr(geom, 4, 1) "
                                       "BETWEEN x'10' AND x'1f')")
                            .arg(QLatin1String(table))
                            .toUtf8()
                            .constData())
        .value_or(0);
}

void checkContent(Database &db, const QString &name)
{
    auto corrupt = [&](const QString &what) {
        return ProjectError(Kind::Corrupt, ProjectCheckTr::tr("“%1” is damaged or was altered: %2").arg(name, what));
    };
    for (const char *table : {"phenomena", "import_batches", "rejected_rows", "gpkg_contents", "gpkg_geometry_columns",
                              "phenomap_mapping_rules", "phenomap_import_profiles"}) {
        if (!exists(db, table))
            continue;
        Statement fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(QLatin1String(table)));
        if (fk.step())
            throw corrupt(ProjectCheckTr::tr("a row of “%1” refers to a missing row of “%2”.").arg(QLatin1String(table), fk.text(2)));
    }
    if (exists(db, "zones")) {
        const auto longest = db.scalarInt("SELECT max(max(length(layer)), max(length(code)), coalesce(max(length(name_fr)), 0), "
                                          "coalesce(max(length(name_nl)), 0)) FROM zones");
        if (longest.value_or(0) > 10000)
            throw corrupt(ProjectCheckTr::tr("a zone name holds %1 characters.").arg(*longest));
    }
    if (exists(db, "incidents") && exists(db, "phenomena") && exists(db, "sources")) {
        const auto bad = db.scalarInt("SELECT count(*) FROM incidents WHERE length(geom) > 1024 OR phenomenon_id NOT IN "
                                      "(SELECT id FROM phenomena) OR source_id NOT IN (SELECT id FROM sources)");
        if (bad.value_or(0) > 0)
            throw corrupt(ProjectCheckTr::tr("%1 incidents have an oversized geometry or refer to a missing phenomenon or "
                                             "source.")
                              .arg(*bad));
    }
    for (const char *table : {"incidents", "zones"}) {
        const QString rtree = QStringLiteral("rtree_%1_geom").arg(QLatin1String(table));
        if (!exists(db, table) || !db.tableExists(rtree))
            continue;
        const qint64 entries = nonEmptyGeometries(db, table);
        const auto indexed = db.scalarInt(QStringLiteral("SELECT count(*) FROM %1_rowid").arg(rtree).toUtf8().constData());
        Statement root = db.prepare(QStringLiteral("SELECT data FROM %1_node WHERE nodeno = 1").arg(rtree));
        const QByteArray node = root.step() ? root.blob(0) : QByteArray();
        const int levels = node.size() >= 2 ? qFromBigEndian<quint16>(node.constData()) : -1;
        if (indexed.value_or(-1) != entries || levels < 0 || levels > 1 + std::log2(double(qMax<qint64>(entries, 1))))
            throw corrupt(ProjectCheckTr::tr("the spatial index of “%1” does not match its %2 geometries.")
                              .arg(QLatin1String(table))
                              .arg(entries));
    }
    if (db.tableExists(QStringLiteral("phenomap_incident_fts"))) {
        const auto version = db.scalarInt("SELECT v FROM phenomap_incident_fts_config WHERE k = 'version'");
        const auto docs = db.scalarInt("SELECT count(*) FROM phenomap_incident_fts_docsize");
        const auto rows = db.scalarInt("SELECT count(*) FROM incidents");
        db.scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'phenomapcheck'");
        if (version.value_or(0) != 4 || docs != rows)
            throw corrupt(ProjectCheckTr::tr("its text index does not match its incidents."));
    }
}

} // namespace

bool hasWal(const QString &path) { return QFileInfo(path + QStringLiteral("-wal")).size() > 0; }

void checkPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) == 0 && S_ISLNK(st.st_mode) && ::stat(native.constData(), &st) != 0) {
        if (errno == ELOOP)
            fail(Kind::Io, ProjectCheckTr::tr("“%1” is a symbolic link that leads round in a loop, not a project file.").arg(path));
        fail(Kind::NotFound, ProjectCheckTr::tr("“%1” is a symbolic link to “%2”, which does not exist.")
                                 .arg(path, QFile::symLinkTarget(path)));
    }
    if (::stat(native.constData(), &st) != 0)
        return; // the caller reports a missing file
    if (S_ISDIR(st.st_mode))
        fail(Kind::Io, ProjectCheckTr::tr("“%1” is a folder, not a project file.").arg(path));
    if (!S_ISREG(st.st_mode))
        fail(Kind::Io, ProjectCheckTr::tr("“%1” is not a regular file (it is a pipe, socket or device); Phenomap opens "
                                          "only project files.")
                           .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(Kind::Io, ProjectCheckTr::tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(100);
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() > 0)
        fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” has an unfinished change beside it (“%2”), left by a program that "
                                               "stopped while writing. Phenomap does not replay such changes: open the "
                                               "file once in the program that wrote it.")
                                .arg(name, QFileInfo(journal).fileName()));
    if (head.size() == 100 && head.startsWith(QByteArrayLiteral("SQLite format 3\0")) && !hasWal(path)) {
        const auto *p = reinterpret_cast<const uchar *>(head.constData());
        qint64 pageSize = qFromBigEndian<quint16>(p + 16);
        if (pageSize == 1)
            pageSize = 65536;
        const qint64 declared = pageSize * qFromBigEndian<quint32>(p + 28);
        const quint32 pages = qFromBigEndian<quint32>(p + 28);
        if (pages > 0 && (qFromBigEndian<quint32>(p + 32) > pages || qFromBigEndian<quint32>(p + 36) > pages))
            fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” is damaged: its header lists free pages beyond its %2 pages.")
                                    .arg(name)
                                    .arg(pages));
        // SQLite writes every page; a hole (a sparse file) means the size was inflated by other means.
        const off_t hole = ::lseek(file.handle(), 0, SEEK_HOLE);
        if (hole >= 0 && hole < st.st_size)
            fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” declares %2 bytes, but only the first %3 hold data: it was altered "
                                                   "or damaged.")
                                    .arg(name)
                                    .arg(qint64(st.st_size))
                                    .arg(qint64(hole)));
        if (declared > 0 && qFromBigEndian<quint32>(p + 24) == qFromBigEndian<quint32>(p + 92) && st.st_size > declared)
            fail(Kind::Corrupt, ProjectCheckTr::tr("“%1” holds %2 bytes after the end its header declares (%3 bytes): it was "
                                                   "altered or damaged.")
                                    .arg(name)
                                    .arg(qint64(st.st_size) - declared)
                                    .arg(declared));
    }
}

void checkRows(Database &db, const QString &name) { checkContent(db, name); }

void checkStructure(Database &db, const QString &name, bool rows)
{
    const qint64 gpkgVersion = db.scalarInt("PRAGMA user_version").value_or(0);
    if (gpkgVersion < 10200 || gpkgVersion >= 20000)
        fail(Kind::NotGeoPackage, ProjectCheckTr::tr("“%1” declares GeoPackage version number %2; Phenomap projects are "
                                                     "GeoPackage 1.2 or later 1.x (10200 and up).")
                                      .arg(name)
                                      .arg(gpkgVersion));
    checkRegistrations(db, name);
    checkDefinitions(db, name);
    checkProjectCrs(db, name);
    if (rows)
        checkContent(db, name);
}

} // namespace phenomap::projectcheck
