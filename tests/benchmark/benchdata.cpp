// SPDX-License-Identifier: GPL-3.0-or-later
// phenomap_bench_data: writes the synthetic inputs of the benchmark suite, all from one seed.
//
//   phenomap_bench_data --incidents N --seed S --out DIR
//
// DIR/demo-N.gpkg       the synthetic demo project (generateDemo: same seed and count, same rows)
// DIR/incidents-N.csv   the same incidents as a partner CSV: ref, date_from, date_to (Europe/Brussels
//                       local time with offset, ISO 8601), lon, lat (WGS84, 7 decimals; empty for
//                       zone-only incidents), municipality_nis (zone-only incidents), phenomenon and
//                       mo (French labels, several MO joined by '|'), source, address
// DIR/points-N.csv      fid, x, y in EPSG:31370 of the incidents with a point (the exact stored
//                       coordinates), the input of the zone, density and hot-spot cases
// Files that exist are kept (delete DIR to regenerate).

#include "demogenerator.h"
#include "gpkggeometry.h"
#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <ogr_spatialref.h>

#include <cstdio>
#include <memory>

using namespace phenomap;

namespace {

QByteArray csvField(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

QByteArray localIso(qint64 utc, const QTimeZone &tz)
{
    return QDateTime::fromSecsSinceEpoch(utc, tz).toString(Qt::ISODate).toUtf8();
}

int usage()
{
    std::fprintf(stderr, "usage: phenomap_bench_data --incidents N --seed S --out DIR\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int incidents = 0;
    quint64 seed = 1;
    QString outDir;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--incidents"))
            incidents = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toULongLong();
        else if (args[i] == QLatin1String("--out"))
            outDir = args[i + 1];
        else
            return usage();
    }
    if (incidents <= 0 || outDir.isEmpty())
        return usage();
    QDir().mkpath(outDir);
    const QString n = QString::number(incidents);
    const QString gpkg = outDir + QStringLiteral("/demo-") + n + QStringLiteral(".gpkg");
    const QString csv = outDir + QStringLiteral("/incidents-") + n + QStringLiteral(".csv");
    const QString pts = outDir + QStringLiteral("/points-") + n + QStringLiteral(".csv");

    try {
        if (!QFileInfo::exists(gpkg)) {
            QElapsedTimer t;
            t.start();
            DemoOptions options;
            options.incidents = incidents;
            options.seed = seed;
            options.title = QStringLiteral("Benchmark %1 incidents, seed %2").arg(incidents).arg(seed);
            generateDemo(gpkg, options);
            {
                // An "imported" zone layer (the municipalities' polygons under another name) so the
                // engine case can time the choropleth of a layer the engine does not assign.
                auto project = Project::open(gpkg);
                Database &rw = project->db();
                Transaction tx(rw);
                rw.exec("INSERT INTO zones (geom, layer, code, name_fr, name_nl, population, area_km2) "
                        "SELECT geom, 'imported:bench', code, name_fr, name_nl, population, area_km2 "
                        "FROM zones WHERE layer = 'municipalities'");
                tx.commit();
            }
            std::fprintf(stderr, "wrote %s in %.1f s\n", qPrintable(gpkg), t.elapsed() / 1000.0);
        }
        if (QFileInfo::exists(csv) && QFileInfo::exists(pts))
            return 0;

        Database db(gpkg, Database::Mode::ReadOnly);
        OGRSpatialReference lambert, wgs84;
        lambert.importFromEPSG(31370);
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        lambert.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> toWgs(OGRCreateCoordinateTransformation(&lambert, &wgs84));
        if (!toWgs) {
            std::fprintf(stderr, "no EPSG:31370 -> EPSG:4326 transformation\n");
            return 1;
        }
        const QTimeZone brussels("Europe/Brussels");

        QFile csvFile(csv + QStringLiteral(".part")), ptsFile(pts + QStringLiteral(".part"));
        if (!csvFile.open(QIODevice::WriteOnly) || !ptsFile.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write into %s\n", qPrintable(outDir));
            return 1;
        }
        csvFile.write("ref,date_from,date_to,lon,lat,municipality_nis,phenomenon,mo,source,address\n");
        ptsFile.write("fid,x,y\n");

        Statement st = db.prepare(
            "SELECT i.fid, i.geom, i.occurred_from, i.occurred_to, p.label_fr, s.name, i.source_ref, i.address, "
            "  (SELECT group_concat(m.label_fr, '|') FROM phenomap_incident_mo im JOIN phenomena m ON m.id = im.mo_id "
            "   WHERE im.incident_fid = i.fid), "
            "  (SELECT z.code FROM zones z WHERE z.fid = i.zone_fid) "
            "FROM incidents i JOIN phenomena p ON p.id = i.phenomenon_id JOIN sources s ON s.id = i.source_id "
            "ORDER BY i.fid");
        qint64 rows = 0, points = 0;
        QByteArray line;
        while (st.step()) {
            line.clear();
            const qint64 fid = st.int64(0);
            std::optional<std::pair<double, double>> xy;
            if (!st.isNull(1))
                xy = gpkg::pointFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
            line += csvField(st.text(6)) + ',';
            line += localIso(st.int64(2), brussels) + ',';
            line += (st.int64(3) > st.int64(2) ? localIso(st.int64(3), brussels) : QByteArray()) + ',';
            if (xy) {
                double lon = xy->first, lat = xy->second;
                if (!toWgs->Transform(1, &lon, &lat)) {
                    std::fprintf(stderr, "cannot transform incident %lld\n", fid);
                    return 1;
                }
                line += QByteArray::number(lon, 'f', 7) + ',' + QByteArray::number(lat, 'f', 7) + ",,";
                ptsFile.write(QByteArray::number(fid) + ',' + QByteArray::number(xy->first, 'f', 3) + ','
                              + QByteArray::number(xy->second, 'f', 3) + '\n');
                ++points;
            } else {
                line += ",," + csvField(st.text(9)) + ',';
            }
            line += csvField(st.text(4)) + ',' + csvField(st.text(8)) + ',' + csvField(st.text(5)) + ','
                    + csvField(st.text(7)) + '\n';
            csvFile.write(line);
            ++rows;
        }
        csvFile.close();
        ptsFile.close();
        QFile::remove(csv);
        QFile::remove(pts);
        if (!QFile::rename(csvFile.fileName(), csv) || !QFile::rename(ptsFile.fileName(), pts)) {
            std::fprintf(stderr, "cannot rename the output files\n");
            return 1;
        }
        std::fprintf(stderr, "wrote %s (%lld rows) and %s (%lld points)\n", qPrintable(csv), rows, qPrintable(pts),
                     points);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "phenomap_bench_data: %s\n", e.what());
        return 1;
    }
    return 0;
}
