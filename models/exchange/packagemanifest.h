// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace phenomap {

class Database;
class Project;

/// The outcome of checking a package against its manifest.
struct PackageVerification
{
    bool intact = false;
    bool isPackage = false;     ///< false when the file is no Phenomap package at all
    QStringList modifiedTables; ///< tables whose rows or columns differ, or which were added or removed
    QString exportId;
    QString tlp;     ///< the package's marking (never translated)
    QString message; ///< translated: "intact" or "modified: table X, ..." or why it is no package
};

/// A package must show whether anyone changed it after export. The manifest lists every table
/// we wrote with its row count and a SHA-256 over a canonical serialisation of its rows (typed
/// values, length-prefixed, rows sorted bytewise, so the digest does not depend on storage
/// order). Derived tables (R-tree and full-text shadow tables), the manifest itself and the
/// partners' comment table are not covered.
class PackageManifest
{
public:
    struct Entry
    {
        QString table;
        qint64 rows = 0;
        QString sha256;
        bool operator==(const Entry &) const = default;
    };

    /// Tables a manifest covers, sorted.
    static QStringList coveredTables(Database &db);
    /// Row count and digest of one table.
    static Entry digest(Database &db, const QString &table);
    /// DDL of phenomap_manifest (an attributes table, so GeoPackage readers list it cleanly).
    static const char *createSql();
    /// Creates phenomap_manifest when missing and fills it for every covered table (inside the caller's
    /// transaction).
    static void write(Database &db);
    /// Recomputes the manifest of a package file, opened read-only with every safety check.
    static PackageVerification verify(const QString &path);
    /// Same for a package already open (e.g. decrypted in memory); name is used in messages.
    static PackageVerification verify(Project &package, const QString &name);
};

/// Same as PackageManifest::verify.
PackageVerification verifyPackage(const QString &path);

} // namespace phenomap
