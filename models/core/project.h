// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"
#include "types.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <stdexcept>

namespace phenomap {

/// Why a project could not be created or opened. message() is translated and names the file.
class ProjectError : public std::runtime_error
{
public:
    enum class Kind { NotFound, NotSqlite, NotGeoPackage, NotProject, NewerSchema, Corrupt, Unsafe, Io };
    ProjectError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}
    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

/// One Phenomap project: a single SQLite file that is a valid OGC GeoPackage 1.3 in EPSG:31370.
/// Feature tables `incidents` (POINT) and `zones` (MULTIPOLYGON), attribute tables for the
/// taxonomy, sources, import batches and rejected rows, and private `phenomap_*` tables.
/// Files are opened defensively (header check, quick_check, schema allow-list) before any
/// trigger may run. Every write goes through a Transaction.
class Project
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::Project)
public:
    /// The schema version this build writes. Older files are migrated forward on open.
    static constexpr int kSchemaVersion = 4;

    struct CreateOptions
    {
        QString title;
        bool synthetic = false;
        bool baseZones = true;        ///< the 19 municipalities and 6 police zones
        bool defaultTaxonomy = true;  ///< the shipped FR/NL/EN organised-crime taxonomy
        int schemaVersion = kSchemaVersion; ///< tests create older files to check migrations
    };
    enum class OpenMode { ReadWrite, ReadOnly };

    /// Creates a new project file; fails if the file exists. Throws ProjectError.
    static std::unique_ptr<Project> create(const QString &path, const CreateOptions &options);
    /// Opens an existing project, migrating an older schema when opened read-write.
    /// Throws ProjectError with a message that names the file and the problem.
    static std::unique_ptr<Project> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    /// When the checks that read the whole file run (SQLite's PRAGMA quick_check, and the scans
    /// of every row: foreign keys, sizes, text and spatial index counts): during open(), or later
    /// through checkIntegrity() so that a large project shows its map first. The header, schema,
    /// allow-list of objects and table definitions are checked in open() either way; a project
    /// whose schema must be migrated is always checked in full first.
    enum class IntegrityCheck { DuringOpen, Deferred };
    static std::unique_ptr<Project> open(const QString &path, OpenMode mode, IntegrityCheck integrity);
    /// The whole-file checks of a project on their own hardened read-only connection (safe to run
    /// on another thread while the project is open). Throws ProjectError (Corrupt).
    static void checkIntegrity(const QString &path);
    /// Opens a project held in memory (e.g. a decrypted package), read-only, after the same
    /// checks as open(); nothing is written to disk. The image is taken over and zeroed when the
    /// project closes (pass the only copy). `name` stands for the file in messages and path().
    static std::unique_ptr<Project> openImage(QByteArray &&image, const QString &name);

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    Database &db() { return m_db; }
    const QString &path() const { return m_db.path(); }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion();

    QString title();
    bool isSynthetic();
    /// Key/value settings in phenomap_project (title, synthetic, created, uuid, ...).
    QString setting(const QString &key);
    void setSetting(const QString &key, const QString &value);

    /// Appends to the append-only audit log (phenomap_audit); call inside the write's transaction.
    void audit(const QString &action, const QString &detail);

    /// id of the source with this name, created when missing (inside the caller's transaction).
    qint64 ensureSource(const QString &name, const QString &agencyKind = QString());

    /// Recomputes gpkg_contents extents and last_change for a feature table.
    void updateContentsExtent(const QString &table);

private:
    Project(Database db, bool readOnly);
    Database m_db;
    bool m_readOnly = false;
};

} // namespace phenomap
