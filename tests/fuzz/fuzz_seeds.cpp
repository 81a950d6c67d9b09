// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed files of fuzz_project_open and fuzz_package_open (never run by ctest):
//   fuzz_seeds OUT_DIR
// OUT_DIR/fuzz_project_open: a tiny real project (12 synthetic incidents, three square zones),
// the same in an older schema, and two hostile variants (a trigger; broken geometries, times and
// references). OUT_DIR/fuzz_package_open: an exact package exported from the fuzzers' home
// project, the same encrypted with age (when the build has encrypted packages), and an aggregated
// package with partners' comments. Every file is compacted (512-byte pages, rollback journal) so
// that the fuzzer's mutations land on content, not on free space. Other hostile variants (newer
// schema, views, wrong application id, truncation) are one mutation away and were left out to
// keep the committed corpus small.
#include "demogenerator.h"
#include "fuzzsupport.h"
#include "gpkggeometry.h"
#include "packageexporter.h"
#include "packagemanifest.h"
#include "picturecomments.h"
#include "project.h"
#include "sqlite.h"

#if __has_include("encryptedpackage.h")
#include "ageidentity.h"
#include "encryptedpackage.h"
#define PHENOMAP_FUZZ_ENCRYPTED_PACKAGES 1
#endif

#include <sqlite3.h>

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

using namespace phenomap;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "fuzz_seeds: %s\n", qPrintable(message));
    std::exit(1);
}

/// Rewrites a database with 512-byte pages and a rollback journal (the content is unchanged).
void compact(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open %1").arg(path));
    char *error = nullptr;
    if (sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;", nullptr, nullptr,
                     &error) != SQLITE_OK)
        fail(QStringLiteral("cannot compact %1: %2").arg(path, QString::fromUtf8(error)));
    sqlite3_close(db);
}

/// Runs SQL on a file with the GeoPackage functions the R-tree triggers need and foreign keys off.
void modify(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open %1").arg(path));
    gpkg::registerSqlFunctions(db);
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        fail(QStringLiteral("cannot modify %1: %2").arg(path, QString::fromUtf8(error)));
    sqlite3_close(db);
}

QString copyTo(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        fail(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

/// A demo project cut down to Brussels and Ixelles and their police zone, drawn as squares.
void writeTinyProject(const QString &path)
{
    generateDemo(path, {.incidents = 12, .seed = 5, .title = QStringLiteral("Tiny")});
    auto project = Project::open(path);
    Database &db = project->db();
    {
        Transaction tx(db);
        db.exec("UPDATE incidents SET zone_fid = NULL WHERE zone_fid NOT IN (SELECT fid FROM zones WHERE "
                "code IN ('21004', '21009', '5339'))");
        db.exec("DELETE FROM zones WHERE code NOT IN ('21004', '21009', '5339')");
        Statement geom = db.prepare("UPDATE zones SET geom = ? WHERE code = ?");
        const struct
        {
            const char *code;
            double x, y, size;
        } squares[] = {
            {"21004", 148000, 169000, 3000}, {"21009", 150000, 166000, 2000}, {"5339", 148000, 166000, 5000}};
        for (const auto &s : squares) {
            geom.bindBlob(1,
                          gpkg::blobFromWkb(fuzz::rectangleWkb(s.x, s.y, s.x + s.size, s.y + s.size), 31370))
                .bind(2, QString::fromLatin1(s.code))
                .run();
            geom.reset();
        }
        project->updateContentsExtent(QStringLiteral("zones"));
        tx.commit();
    }
    project.reset();
    compact(path);
}

void writeProjectSeeds(const QString &dir)
{
    const QString tiny = dir + QStringLiteral("/tiny.gpkg");
    writeTinyProject(tiny);

    const QString older = dir + QStringLiteral("/schema1.gpkg");
    QFile::remove(older);
    Project::create(older, {.title = QStringLiteral("Schema 1"),
                            .synthetic = true,
                            .baseZones = false,
                            .defaultTaxonomy = true,
                            .schemaVersion = 1});
    compact(older);

    const struct
    {
        const char *name;
        const char *sql;
    } variants[] = {
        {"trigger.gpkg",
         "CREATE TRIGGER fuzz_trigger AFTER INSERT ON sources BEGIN DELETE FROM incidents; END"},
        {"broken-rows.gpkg",
         "UPDATE zones SET geom = x'47500001717100000000' WHERE code = '21004';"
         "UPDATE zones SET geom = NULL WHERE code = '5339';"
         "UPDATE incidents SET occurred_from = -9223372036854775807, occurred_to = 9223372036854775807 "
         "WHERE fid = (SELECT min(fid) FROM incidents);"
         "UPDATE incidents SET phenomenon_id = 99999, geom = x'4750' WHERE fid = (SELECT max(fid) FROM "
         "incidents);"
         "UPDATE phenomena SET parent_id = id WHERE id = (SELECT min(id) FROM phenomena);"
         "DELETE FROM phenomap_project WHERE key = 'title'"},
    };
    for (const auto &v : variants) {
        const QString path = copyTo(tiny, dir + QLatin1Char('/') + QLatin1String(v.name));
        modify(path, v.sql);
        compact(path);
    }
}

void writePackageSeeds(const QString &dir, const QString &workDir)
{
    const QString home = workDir + QStringLiteral("/home.gpkg");
    fuzz::removeDatabase(home);
    fuzz::createHomeProject(home);
    auto project = Project::open(home);
    QStringList packages;
    for (PackageTier tier : {PackageTier::Exact, PackageTier::Aggregated}) {
        PackageRequest r;
        // The aggregated package itself stays out of the corpus: its commented copy is in it.
        r.outputPath = (tier == PackageTier::Exact ? dir : workDir) +
                       QStringLiteral("/package-%1.gpkg").arg(tierCode(tier));
        QFile::remove(r.outputPath);
        r.pictureUuids = {QLatin1String(fuzz::kAmberPicture), QLatin1String(fuzz::kGreenPicture)};
        r.tier = tier;
        r.tlp = Tlp::Amber;
        r.recipient = QStringLiteral("PZ Fuzz");
        r.k = 2;
        exportPackage(*project, r);
        packages << r.outputPath;
    }
    const QString feedback = copyTo(packages.last(), dir + QStringLiteral("/feedback-aggregated.gpkg"));
    {
        auto partner = Project::open(feedback);
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        PictureComments::add(*partner,
                             {QStringLiteral("{6b0e2f8a-3c1d-4e59-a7b2-0c9d8e7f6a51}"),
                              QLatin1String(fuzz::kAmberPicture), QStringLiteral("Inspecteur Janssens"),
                              QStringLiteral("PZ Fuzz"), at, QStringLiteral("Seen near the station.")});
        PictureComments::add(*partner, {QStringLiteral("{6b0e2f8a-3c1d-4e59-a7b2-0c9d8e7f6a52}"),
                                        QLatin1String(fuzz::kGreenPicture), QStringLiteral("Marie Dubois"),
                                        QString(), at.addSecs(60), QStringLiteral("Confirmé / bevestigd")});
    }
    packages.last() = feedback;
    for (const QString &p : packages) {
        compact(p);
        const PackageVerification v = verifyPackage(p);
        if (!v.intact)
            fail(QStringLiteral("%1 does not verify: %2").arg(p, v.message));
    }
#ifdef PHENOMAP_FUZZ_ENCRYPTED_PACKAGES
    // The exact package encrypted to the age specification's test identity (fuzz_package_open
    // decrypts with it).
    PackageEncryption encryption;
    encryption.recipients = {
        AgeIdentity::parse("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
            .recipient()};
    const QString encrypted = dir + QStringLiteral("/package-exact.gpkg.age");
    QFile::remove(encrypted);
    EncryptedPackage::encrypt(packages.first(), encrypted, encryption);
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds OUT_DIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString projects = out + QStringLiteral("/fuzz_project_open");
    const QString packages = out + QStringLiteral("/fuzz_package_open");
    if (!QDir().mkpath(projects) || !QDir().mkpath(packages))
        fail(QStringLiteral("cannot create folders in %1").arg(out));
    try {
        writeProjectSeeds(projects);
        writePackageSeeds(packages, fuzz::workDir());
    } catch (const std::exception &e) {
        fail(QString::fromUtf8(e.what()));
    }
    return 0;
}
