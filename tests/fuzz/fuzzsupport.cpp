// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "demogenerator.h"
#include "gpkggeometry.h"
#include "picturestore.h"
#include "project.h"
#include "sqlite.h"

#include <cpl_error.h>

#include <QFile>
#include <QHashSeed>
#include <QList>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <stdexcept>

namespace phenomap::fuzz {
namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

QTemporaryDir &dir()
{
    static QTemporaryDir d = [] {
        QHashSeed::setDeterministicGlobalSeed();
        qInstallMessageHandler(quietMessages);
        CPLSetErrorHandler(CPLQuietErrorHandler);
        return QTemporaryDir();
    }();
    if (!d.isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a temporary folder\n");
        std::abort();
    }
    return d;
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

QString workDir()
{
    return dir().path();
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void writeFile(const QString &path, const uint8_t *data, std::size_t size)
{
    removeDatabase(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail("cannot write", path);
}

QByteArray rectangleWkb(double x0, double y0, double x1, double y1)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the WKB is written in native little-endian order");
    QByteArray wkb;
    auto u32 = [&](quint32 v) { wkb.append(reinterpret_cast<const char *>(&v), 4); };
    auto f64 = [&](double v) { wkb.append(reinterpret_cast<const char *>(&v), 8); };
    wkb.append(char(1));
    u32(6); // MultiPolygon, one part
    u32(1);
    wkb.append(char(1));
    u32(3); // Polygon, one ring of five points
    u32(1);
    u32(5);
    const double ring[5][2] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    for (const auto &p : ring) {
        f64(p[0]);
        f64(p[1]);
    }
    return wkb;
}

void createHomeProject(const QString &path)
{
    generateDemo(path, {.incidents = 40, .seed = 3, .title = QStringLiteral("Fuzz home")});
    auto project = Project::open(path);
    {
        Database &db = project->db();
        Transaction tx(db);
        project->setSetting(QStringLiteral("uuid"), QLatin1String(kHomeUuid));
        QList<std::pair<qint64, Envelope>> zones;
        {
            Statement st = db.prepare("SELECT fid, geom FROM zones ORDER BY fid");
            while (st.step())
                if (const auto e =
                        gpkg::envelopeFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1)))
                    zones.append({st.int64(0), *e});
        }
        Statement update = db.prepare("UPDATE zones SET geom = ? WHERE fid = ?");
        for (const auto &[fid, e] : zones) {
            update.bindBlob(1, gpkg::blobFromWkb(rectangleWkb(e.minX, e.minY, e.maxX, e.maxY), 31370))
                .bind(2, fid)
                .run();
            update.reset();
        }
        project->updateContentsExtent(QStringLiteral("zones"));
        tx.commit();
    }
    PictureStore store(*project);
    SituationPicture amber;
    amber.uuid = QLatin1String(kAmberPicture);
    amber.title = QStringLiteral("Amber picture");
    amber.tlp = Tlp::Amber;
    store.add(amber);
    SituationPicture green;
    green.uuid = QLatin1String(kGreenPicture);
    green.title = QStringLiteral("Green picture");
    green.tlp = Tlp::Green;
    store.add(green);
    project->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

QString freshHomeProject()
{
    static const QString templatePath = [] {
        const QString p = workDir() + QStringLiteral("/home-template.gpkg");
        try {
            createHomeProject(p);
        } catch (const std::exception &e) {
            fail("cannot create the home project", QString::fromUtf8(e.what()));
        }
        return p;
    }();
    const QString home = workDir() + QStringLiteral("/home.gpkg");
    removeDatabase(home);
    if (!QFile::copy(templatePath, home))
        fail("cannot copy the home project to", home);
    QFile::setPermissions(home, QFile::ReadOwner | QFile::WriteOwner);
    return home;
}

bool isReportedFailure(const std::exception &e)
{
    if (dynamic_cast<const std::logic_error *>(&e) || dynamic_cast<const std::bad_alloc *>(&e))
        return false;
    const char *what = e.what();
    return what && *what;
}

} // namespace phenomap::fuzz
