// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "basezones.h"
#include "gpkggeometry.h"
#include "projectcheck.h"
#include "schema.h"
#include "taxonomy.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QtEndian>

namespace phenomap {
namespace {

constexpr quint32 kGpkgApplicationId = 0x47504B47; // 'GPKG'

QString nativeName(const QString &path) { return QFileInfo(path).fileName(); }

/// Settings for a connection to a file we have not checked yet: nothing in the file may run
/// code on our side, and resource use is bounded.
void hardenConnection(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;", nullptr, nullptr, nullptr);
}

/// The connection we work with once the file passed every check.
void configureWorkingConnection(Database &db, bool readOnly)
{
    sqlite3 *h = db.handle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // SQLite < 3.44 refuses R-tree writes from triggers with trusted_schema=OFF; the schema was
    // checked against the allow-list before we get here (FORMAT.md section 3).
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    gpkg::registerSqlFunctions(h);
    sqlite3_busy_timeout(h, 5000);
    db.exec("PRAGMA foreign_keys = ON");
    // Statement journals (opened by every INSERT that fires the R-tree triggers) stay in memory;
    // on disk they cost ~16 small writes per imported row.
    db.exec("PRAGMA temp_store = MEMORY");
    if (!readOnly) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

struct HeaderInfo
{
    bool sqlite = false;
    quint32 applicationId = 0;
    qint64 declaredSize = 0; ///< page size x page count from the header, 0 when unknown
};

HeaderInfo parseHeader(const QByteArray &head)
{
    HeaderInfo h;
    if (head.size() < 100 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.sqlite = true;
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    h.applicationId = qFromBigEndian<quint32>(p + 68);
    quint32 pageSize = qFromBigEndian<quint16>(p + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(p + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(p + 24);
    const quint32 versionValid = qFromBigEndian<quint32>(p + 92);
    if (pages > 0 && changeCounter == versionValid)
        h.declaredSize = qint64(pageSize) * pages;
    return h;
}

HeaderInfo readHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return HeaderInfo{};
    return parseHeader(f.read(100));
}

ProjectError notGeoPackage(const QString &name)
{
    return ProjectError(ProjectError::Kind::NotGeoPackage,
                        Project::tr("“%1” is an SQLite database but not a GeoPackage (its application id is not "
                                    "GPKG), so it is not a Phenomap project.")
                            .arg(name));
}

/// The checks on the first 100 bytes and the size. With a -wal file beside it (a project not
/// closed cleanly), page 1 of the main file may be stale: the header fields are then read
/// through SQLite in checkContent(), after WAL recovery.
void checkHeader(const QString &name, const HeaderInfo &header, qint64 size, bool hasWal)
{
    if (!header.sqlite)
        throw ProjectError(ProjectError::Kind::NotSqlite,
                           Project::tr("“%1” is not a Phenomap project: it is not an SQLite/GeoPackage file.").arg(name));
    if (!hasWal && header.applicationId != kGpkgApplicationId)
        throw notGeoPackage(name);
    if (header.declaredSize > 0 && size < header.declaredSize && !hasWal)
        throw ProjectError(ProjectError::Kind::Corrupt,
                           Project::tr("“%1” is truncated: it holds %2 bytes of the %3 its header declares.")
                               .arg(name)
                               .arg(size)
                               .arg(header.declaredSize));
}

/// SQLite's own check of every page (the expensive part: it reads the whole file).
void runQuickCheck(Database &db, const QString &name)
{
    Statement check = db.prepare("PRAGMA quick_check(5)");
    QStringList problems;
    while (check.step())
        problems << check.text(0);
    if (problems != QStringList{QStringLiteral("ok")})
        throw ProjectError(ProjectError::Kind::Corrupt, Project::tr("“%1” is damaged: SQLite's check reports: %2")
                                                            .arg(name, problems.join(QStringLiteral("; ")).left(400)));
}

/// The checks that run SQL, on a hardened read-only connection to the file or image.
void checkContent(Database &db, const QString &name, bool integrity = true)
{
    try {
        hardenConnection(db.handle());
        // Bound the time a hostile file can keep us busy (about a few seconds of VM steps).
        static thread_local int budget = 0;
        budget = 0;
        sqlite3_progress_handler(
            db.handle(), 10000, [](void *) -> int { return ++budget > 200000 ? 1 : 0; }, nullptr);
        if (quint32(db.scalarInt("PRAGMA application_id").value_or(0)) != kGpkgApplicationId)
            throw notGeoPackage(name);
        if (integrity)
            runQuickCheck(db, name);
        if (!db.tableExists(QStringLiteral("gpkg_contents")) || !db.tableExists(QStringLiteral("phenomap_project")))
            throw ProjectError(ProjectError::Kind::NotProject,
                               Project::tr("“%1” is a GeoPackage but not a Phenomap project (it has no phenomap_project "
                                           "table). Import its layers instead.")
                                   .arg(name));
        const auto versionText = db.scalarText("SELECT value FROM phenomap_project WHERE key = 'schema_version'");
        bool ok = false;
        const int version = versionText ? versionText->toInt(&ok) : 0;
        if (!ok || version < 1)
            throw ProjectError(ProjectError::Kind::NotProject,
                               Project::tr("“%1” has no valid Phenomap schema version.").arg(name));
        if (version > Project::kSchemaVersion)
            throw ProjectError(ProjectError::Kind::NewerSchema,
                               Project::tr("“%1” was written by a newer version of Phenomap (schema %2); this version "
                                           "reads schema %3 and older. Please update Phenomap to open it.")
                                   .arg(name)
                                   .arg(version)
                                   .arg(Project::kSchemaVersion));
        const QString unexpected = schema::unexpectedObject(db);
        if (!unexpected.isEmpty())
            throw ProjectError(ProjectError::Kind::Unsafe,
                               Project::tr("“%1” contains an object Phenomap does not create (%2). It was not opened, "
                                           "because such objects can run code when the file is changed.")
                                   .arg(name, unexpected));
        projectcheck::checkStructure(db, name, integrity);
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    } catch (const SqliteError &e) {
        throw ProjectError(ProjectError::Kind::Corrupt,
                           Project::tr("“%1” cannot be read as a project: %2").arg(name, QString::fromUtf8(e.what())));
    }
}

/// Runs every check that needs no trust in the file, on a hardened read-only connection.
void checkFile(const QString &path, bool integrity = true)
{
    const QString name = nativeName(path);
    projectcheck::checkPath(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        throw ProjectError(ProjectError::Kind::NotFound, Project::tr("The file “%1” does not exist.").arg(path));
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    checkHeader(name, readHeader(path), info.size(), hasWal);
    try {
        // Without a -wal to read, an immutable connection leaves no -wal or -shm behind.
        Database db(path, projectcheck::hasWal(path) ? Database::Mode::ReadOnly : Database::Mode::Immutable);
        checkContent(db, name, integrity);
    } catch (const SqliteError &e) {
        throw ProjectError(ProjectError::Kind::Corrupt,
                           Project::tr("“%1” cannot be read as a project: %2").arg(name, QString::fromUtf8(e.what())));
    }
}

/// Zeroes an image before its memory is freed (the plaintext of a decrypted package).
void wipeAndDelete(QByteArray *image)
{
    if (image->isDetached()) {
        volatile char *p = image->data();
        for (qsizetype i = 0; i < image->size(); ++i)
            p[i] = 0;
    }
    delete image;
}

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace

Project::Project(Database db, bool readOnly) : m_db(std::move(db)), m_readOnly(readOnly) {}
Project::~Project() = default;

std::unique_ptr<Project> Project::create(const QString &path, const CreateOptions &options)
{
    const QString name = nativeName(path);
    if (QFileInfo::exists(path))
        throw ProjectError(ProjectError::Kind::Io,
                           tr("“%1” already exists; choose another name for the new project.").arg(path));
    try {
        Database db(path, Database::Mode::Create);
        configureWorkingConnection(db, false);
        {
            Transaction tx(db);
            schema::createGeoPackageCore(db);
            schema::migrate(db, 0, options.schemaVersion);
            auto put = db.prepare("INSERT OR REPLACE INTO phenomap_project (key, value) VALUES (?, ?)");
            put.bind(1, QStringLiteral("title")).bind(2, options.title).run();
            put.bind(1, QStringLiteral("synthetic")).bind(2, options.synthetic ? QStringLiteral("1") : QStringLiteral("0")).run();
            put.bind(1, QStringLiteral("created_at")).bind(2, nowIso()).run();
            put.bind(1, QStringLiteral("uuid")).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces)).run();
            put.bind(1, QStringLiteral("created_by")).bind(2, QStringLiteral("Phenomap " PHENOMAP_VERSION)).run();
            if (options.defaultTaxonomy) {
                QList<TaxonomyNode> nodes = defaultTaxonomy();
                storeTaxonomy(db, nodes, defaultTaxonomyVersion());
            }
            if (options.baseZones)
                loadBaseZones(db);
            tx.commit();
        }
        auto project = std::unique_ptr<Project>(new Project(std::move(db), false));
        {
            Transaction tx(project->db());
            project->updateContentsExtent(QStringLiteral("zones"));
            project->audit(QStringLiteral("create"), options.title);
            tx.commit();
        }
        return project;
    } catch (const SqliteError &e) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw ProjectError(ProjectError::Kind::Io,
                           tr("Could not create “%1”: %2").arg(name, QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (const auto *pe = dynamic_cast<const ProjectError *>(&e))
            throw *pe;
        throw ProjectError(ProjectError::Kind::Io, tr("Could not create “%1”: %2").arg(name, QString::fromUtf8(e.what())));
    }
}

std::unique_ptr<Project> Project::openImage(QByteArray &&image, const QString &name)
{
    // SQLite's in-memory VFS has no shared memory, so a header declaring WAL mode (file format
    // 2) could not be read; the image is one complete file, so rollback mode (1) is equivalent.
    if (image.size() >= 100 && image.at(18) == 2 && image.at(19) == 2) {
        image[18] = 1;
        image[19] = 1;
    }
    const std::shared_ptr<const QByteArray> shared(new QByteArray(std::move(image)), wipeAndDelete);
    checkHeader(name, parseHeader(shared->left(100)), shared->size(), false);
    try {
        {
            Database check = Database::fromImage(shared, name);
            checkContent(check, name);
        }
        Database db = Database::fromImage(shared, name);
        configureWorkingConnection(db, true);
        return std::unique_ptr<Project>(new Project(std::move(db), true));
    } catch (const SqliteError &e) {
        throw ProjectError(ProjectError::Kind::Corrupt,
                           tr("“%1” cannot be read as a project: %2").arg(name, QString::fromUtf8(e.what())));
    }
}

std::unique_ptr<Project> Project::open(const QString &path, OpenMode mode)
{
    return open(path, mode, IntegrityCheck::DuringOpen);
}

void Project::checkIntegrity(const QString &path)
{
    const QString name = nativeName(path);
    try {
        Database db(path, Database::Mode::ReadOnly);
        hardenConnection(db.handle());
        runQuickCheck(db, name);
        projectcheck::checkRows(db, name);
    } catch (const SqliteError &e) {
        throw ProjectError(ProjectError::Kind::Corrupt,
                           tr("“%1” cannot be read as a project: %2").arg(name, QString::fromUtf8(e.what())));
    }
}

std::unique_ptr<Project> Project::open(const QString &path, OpenMode mode, IntegrityCheck integrity)
{
    checkFile(path, integrity == IntegrityCheck::DuringOpen);
    const bool readOnly = mode == OpenMode::ReadOnly || !QFileInfo(path).isWritable();
    try {
        Database db(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
        configureWorkingConnection(db, readOnly);
        auto project = std::unique_ptr<Project>(new Project(std::move(db), readOnly));
        const int version = project->schemaVersion();
        if (!readOnly && version < kSchemaVersion) {
            if (integrity == IntegrityCheck::Deferred)
                checkIntegrity(path); // never migrate a file not checked
            Transaction tx(project->db());
            schema::migrate(project->db(), version, kSchemaVersion);
            project->audit(QStringLiteral("migrate"), QStringLiteral("schema %1 -> %2").arg(version).arg(kSchemaVersion));
            tx.commit();
        }
        return project;
    } catch (const SqliteError &e) {
        throw ProjectError(ProjectError::Kind::Io,
                           tr("Could not open “%1”: %2").arg(nativeName(path), QString::fromUtf8(e.what())));
    }
}

int Project::schemaVersion() { return setting(QStringLiteral("schema_version")).toInt(); }
QString Project::title() { return setting(QStringLiteral("title")); }
bool Project::isSynthetic() { return setting(QStringLiteral("synthetic")) == QLatin1String("1"); }

QString Project::setting(const QString &key)
{
    Statement st = m_db.prepare("SELECT value FROM phenomap_project WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void Project::setSetting(const QString &key, const QString &value)
{
    Statement st = m_db.prepare("INSERT OR REPLACE INTO phenomap_project (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value).run();
}

void Project::audit(const QString &action, const QString &detail)
{
    Statement st = m_db.prepare("INSERT INTO phenomap_audit (at, user_name, action, detail) VALUES (?, ?, ?, ?)");
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    st.bind(1, nowIso()).bind(2, user).bind(3, action).bind(4, detail).run();
}

qint64 Project::ensureSource(const QString &name, const QString &agencyKind)
{
    Statement find = m_db.prepare("SELECT id FROM sources WHERE name = ?");
    find.bind(1, name);
    if (find.step())
        return find.int64(0);
    Statement ins = m_db.prepare("INSERT INTO sources (name, agency_kind) VALUES (?, ?)");
    ins.bind(1, name).bind(2, agencyKind).run();
    return m_db.lastInsertRowId();
}

void Project::updateContentsExtent(const QString &table)
{
    // rtree_<table>_geom holds the exact bounds of every feature; names come from our own code.
    const QString sql = QStringLiteral(
        "UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM rtree_%1_geom), "
        "max_x = (SELECT max(maxx) FROM rtree_%1_geom), min_y = (SELECT min(miny) FROM rtree_%1_geom), "
        "max_y = (SELECT max(maxy) FROM rtree_%1_geom), "
        "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = '%1'")
                            .arg(table);
    m_db.exec(sql);
}

} // namespace phenomap
