// SPDX-License-Identifier: GPL-3.0-or-later
// Import of partner files: every format through GDAL, every CSV quirk, exact counts, reasons
// naming column and value, re-import and undo, cancel, coordinate systems, zone-only places.
#include "batchmanager.h"
#include "columnmapping.h"
#include "csvdialect.h"
#include "feedback.h"
#include "gpkggeometry.h"
#include "importer.h"
#include "importprofiles.h"
#include "categorymapper.h"
#include "project.h"
#include "sourcereader.h"
#include "storetestsupport.h"

#include <gdal_priv.h>
#include <sqlite3.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace phenomap;

namespace {

QString writeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

std::unique_ptr<Project> newProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.gpkg"))
{
    Project::CreateOptions o;
    o.title = QStringLiteral("import test");
    o.synthetic = true;
    return Project::create(dir.filePath(name), o);
}

qint64 count(Project &p, const char *sql) { return p.db().scalarInt(sql).value_or(-1); }

/// Digest of everything an import may touch.
QString projectDigest(Project &p)
{
    Database &db = p.db();
    QString d;
    d += test::tableDigest(db, QStringLiteral("incidents"), QStringLiteral("fid"));
    d += test::tableDigest(db, QStringLiteral("phenomap_incident_mo"), QStringLiteral("incident_fid, mo_id"));
    d += test::tableDigest(db, QStringLiteral("rtree_incidents_geom"), QStringLiteral("id"));
    d += QString::number(count(p, "SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'incident'"));
    return d;
}

void checkFts(Project &p)
{
    p.db().exec("INSERT INTO phenomap_incident_fts(phenomap_incident_fts) VALUES('integrity-check')");
}

ImportSummary importFile(Project &p, const QString &path, const QString &source = QStringLiteral("PZ Test"))
{
    ImportRequest r;
    r.filePath = path;
    r.source = source;
    return runImport(p, r);
}

/// Writes a vector file with GDAL: ref, date, fait, desc, and a WGS 84 point or lon/lat fields.
void writeOgr(const QString &driverName, const QString &path, bool geometry)
{
    GDALAllRegister();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    QVERIFY2(drv, qPrintable(driverName));
    std::unique_ptr<GDALDataset, void (*)(GDALDataset *)> ds(
        drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr), [](GDALDataset *d) { GDALClose(d); });
    QVERIFY2(ds, qPrintable(path));
    OGRSpatialReference wgs;
    wgs.importFromEPSG(4326);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer("incidents", geometry ? &wgs : nullptr, geometry ? wkbPoint : wkbNone, nullptr);
    QVERIFY(layer);
    for (const char *name : {"ref", "date", "fait", "descr"}) {
        OGRFieldDefn f(name, OFTString);
        QCOMPARE(layer->CreateField(&f), OGRERR_NONE);
    }
    if (!geometry)
        for (const char *name : {"lon", "lat"}) {
            OGRFieldDefn f(name, OFTReal);
            QCOMPARE(layer->CreateField(&f), OGRERR_NONE);
        }
    struct R
    {
        const char *ref, *date, *fait, *descr;
        double lon, lat;
    };
    const R rows[] = {{"A1", "2024-11-05 14:30", "Drugs", "caf\xc3\xa9 incident", 4.3517, 50.8466},
                      {"A2", "06/11/2024", "Drugshandel", "second incident", 4.3700, 50.8300},
                      {"A3", "31/02/2024", "Drugs", "bad date incident", 4.36, 50.84}};
    for (const R &r : rows) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("ref", r.ref);
        f.SetField("date", r.date);
        f.SetField("fait", r.fait);
        f.SetField("descr", r.descr);
        if (geometry) {
            OGRPoint pt(r.lon, r.lat);
            f.SetGeometry(&pt);
        } else {
            f.SetField("lon", r.lon);
            f.SetField("lat", r.lat);
        }
        QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
    }
}

std::pair<double, double> project31370(double lon, double lat, int epsg)
{
    OGRSpatialReference wgs, dst;
    wgs.importFromEPSG(4326);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    dst.importFromEPSG(epsg);
    dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs, &dst));
    double x = lon, y = lat;
    ct->Transform(1, &x, &y);
    return {x, y};
}

std::pair<double, double> pointOf(Project &p, const QString &ref)
{
    Statement st = p.db().prepare("SELECT geom FROM incidents WHERE source_ref = ?");
    st.bind(1, ref);
    if (!st.step())
        return {NAN, NAN};
    const auto pt = gpkg::pointFromBlob(static_cast<const char *>(st.blobData(0)), st.blobSize(0));
    return pt ? *pt : std::pair<double, double>{NAN, NAN};
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvQuirks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<QString>("reason");
        QTest::newRow("comma, bad date")
            << QByteArray("ref,lon,lat,date,fait,description\n"
                          "A1,4.3517,50.8466,2024-11-05 14:30,Drugs,first\n"
                          "A2,4.3700,50.8300,05/11/2024,Drug trafficking,second\n"
                          "A3,4.3600,50.8400,31/02/2024,Drugs,third\n")
            << 3 << 2 << 1 << "row 3: 'date' = '31/02/2024' is not a date";
        QTest::newRow("semicolon, decimal comma, BOM, CRLF")
            << QByteArray("\xEF\xBB\xBFref;lon;lat;datum;feit\r\n"
                          "A1;4,3517;50,8466;05/11/2024 14:30;Drugshandel\r\n"
                          "A2;4,3700;50,8300;06/11/2024;Trafic de stup\xc3\xa9" "fiants\r\n")
            << 2 << 2 << 0 << "";
        QTest::newRow("tab")
            << QByteArray("ref\tlon\tlat\tdate\tfait\nA1\t4.3517\t50.8466\t2024-11-05\tDrugs\nA2\t4.37\tx\t2024-11-05\tDrugs\n")
            << 2 << 1 << 1 << "row 2: 'lat' = 'x' is not a latitude";
        QTest::newRow("pipe")
            << QByteArray("ref|lon|lat|date|fait|description\nA1|4.3517|50.8466|2024-11-05|Drugs|\"a, b; c\"\n"
                          "A2|4.37|50.83|2024-11-06|Drugs|plain\n")
            << 2 << 2 << 0 << "";
        QTest::newRow("windows-1252")
            << QByteArray("ref;lon;lat;date;fait;description\n"
                          "A1;4,3517;50,8466;05/11/2024;Trafic de stup\xe9" "fiants;caf\xe9 \x80 10\n")
            << 1 << 1 << 0 << "";
        QTest::newRow("preamble and empty lines")
            << QByteArray("Export zone de police Midi;;\nG\xc3\xa9n\xc3\xa9r\xc3\xa9 le 12/01/2025\n\n"
                          "ref;lon;lat;date;fait\n\nA1;4,3517;50,8466;05/11/2024;Drugs\n\n\nA2;4,37;50,83;06/11/2024;Drugs\n\n")
            << 2 << 2 << 0 << "";
        QTest::newRow("quoted newline")
            << QByteArray("ref,lon,lat,date,fait,description\nA1,4.3517,50.8466,2024-11-05,Drugs,\"line one\nline two, \"\"quoted\"\"\"\n"
                          "A2,4.37,50.83,2024-11-06,Drugs,plain\n")
            << 2 << 2 << 0 << "";
        QTest::newRow("unmapped category")
            << QByteArray("ref,lon,lat,date,fait\nA1,4.3517,50.8466,2024-11-05,Vol simple\nA2,4.37,50.83,2024-11-06,Drugs\n"
                          "A3,4.37,50.83,2024-11-06,Vol simple\n")
            << 3 << 1 << 2 << "row 1: 'fait' = 'Vol simple' is not mapped to the taxonomy";
        QTest::newRow("header with comma in semicolon file")
            << QByteArray("ref;lon;lat;date;fait, cat\xc3\xa9gorie\nA1;4,3517;50,8466;05/11/2024;Drugs\n")
            << 1 << 1 << 0 << "";
        QTest::newRow("duplicate ref, empty date, no location")
            << QByteArray("ref,lon,lat,date,fait\nA1,4.3517,50.8466,2024-11-05,Drugs\nA1,4.3517,50.8466,2024-11-05,Drugs\n"
                          "A2,4.3517,50.8466,,Drugs\nA3,,,2024-11-05,Drugs\n")
            << 4 << 1 << 3 << "row 2: 'ref' = 'A1' occurs more than once in this file (first at row 1)";
    }
    void csvQuirks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, read);
        QFETCH(int, inserted);
        QFETCH(int, rejected);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto p = newProject(dir);
        const ImportSummary s = importFile(*p, writeBytes(dir, QStringLiteral("in.csv"), bytes));
        QCOMPARE(s.rowsRead, read);
        QCOMPARE(s.inserted, inserted);
        QCOMPARE(s.rejected, rejected);
        QCOMPARE(s.updated, 0);
        QCOMPARE(count(*p, "SELECT count(*) FROM incidents"), qint64(inserted));
        QCOMPARE(count(*p, "SELECT count(*) FROM rejected_rows"), qint64(rejected));
        QCOMPARE(count(*p, "SELECT rows_read FROM import_batches"), qint64(read));
        // The batch records the file's digest and size (computed here independently).
        QCOMPARE(p->db().scalarText("SELECT sha256 FROM import_batches").value_or(QString()),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(count(*p, "SELECT size_bytes FROM import_batches"), qint64(bytes.size()));
        if (!reason.isEmpty()) {
            Statement st = p->db().prepare("SELECT reason, raw_values FROM rejected_rows ORDER BY id");
            QStringList reasons;
            while (st.step())
                reasons << st.text(0);
            QVERIFY2(reasons.contains(reason), qPrintable(reasons.join(QLatin1Char('|'))));
        }
        // Every imported point is in Brussels and got its municipality.
        QCOMPARE(count(*p, "SELECT count(*) FROM incidents WHERE municipality_nis IS NULL"), 0);
        checkFts(*p);
    }

    /// Conventions the analyst chose (wizard or command line) are the ones the import uses, not
    /// only the preview: a Windows-1252 reading of bytes that also form valid UTF-8, and a
    /// delimiter that makes the file one column.
    void dialectOverrideReachesTheImport()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const QString utf8 = writeBytes(dir, QStringLiteral("u.csv"),
                                        "ref;lon;lat;date;fait;description\nA1;4,3517;50,8466;05/11/2024;Drugs;caf\xc3\xa9\n");
        CsvDialect detected = CsvDialect::detect(utf8);
        QCOMPARE(detected.encoding, CsvDialect::Encoding::Utf8);
        ImportRequest r;
        r.filePath = utf8;
        r.source = QStringLiteral("PZ Test");
        r.dialect = detected;
        r.dialect->encoding = CsvDialect::Encoding::Windows1252;
        QCOMPARE(runImport(*p, r).inserted, 1);
        QCOMPARE(p->db().scalarText("SELECT description FROM incidents"), QString::fromUtf8("caf\u00c3\u00a9"));
        // Detected, the same bytes read as UTF-8.
        QTemporaryDir dir2;
        auto q = newProject(dir2);
        importFile(*q, writeBytes(dir2, QStringLiteral("u.csv"),
                                  "ref;lon;lat;date;fait;description\nA1;4,3517;50,8466;05/11/2024;Drugs;caf\xc3\xa9\n"));
        QCOMPARE(q->db().scalarText("SELECT description FROM incidents"), QString::fromUtf8("caf\u00e9"));

        // A comma instead of the detected semicolon: one column, no location, nothing inserted.
        QTemporaryDir dir3;
        auto t = newProject(dir3);
        ImportRequest comma = r;
        comma.filePath = writeBytes(dir3, QStringLiteral("s.csv"), "ref;lon;lat;date;fait\nA1;4,3517;50,8466;05/11/2024;Drugs\n");
        comma.dialect = CsvDialect::detect(comma.filePath);
        QCOMPARE(comma.dialect->delimiter, ';');
        comma.dialect->delimiter = ',';
        qint64 inserted = -1;
        try {
            inserted = runImport(*t, comma).inserted;
        } catch (const ImportError &) {
            inserted = 0; // refused outright: no mapping of a location is possible
        }
        QCOMPARE(inserted, qint64(0));
        QCOMPARE(count(*t, "SELECT count(*) FROM incidents"), qint64(0));
    }

    void encodingKept()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const QByteArray latin1("ref;lon;lat;date;fait;description\nA1;4,3517;50,8466;05/11/2024;Trafic de stup\xe9" "fiants;caf\xe9 \x80 10\n");
        QCOMPARE(CsvDialect::detectBytes(latin1).encoding, CsvDialect::Encoding::Windows1252);
        QCOMPARE(CsvDialect::detectBytes(latin1).delimiter, ';');
        QVERIFY(CsvDialect::detectBytes(latin1).decimalComma);
        importFile(*p, writeBytes(dir, QStringLiteral("l.csv"), latin1));
        QCOMPARE(p->db().scalarText("SELECT description FROM incidents"), QStringLiteral("café € 10"));
        QCOMPARE(p->db().scalarText("SELECT p.code FROM incidents i JOIN phenomena p ON p.id = i.phenomenon_id"),
                 QStringLiteral("drugs"));
    }

    void unmappedValuesReported()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const QString path = writeBytes(dir, QStringLiteral("u.csv"),
                                        "ref,lon,lat,date,fait\nA1,4.3517,50.8466,2024-11-05,Stup\nA2,4.37,50.83,2024-11-06,Stup\n"
                                        "A3,4.37,50.83,2024-11-06,Vol simple\n");
        ImportSummary s = importFile(*p, path);
        QCOMPARE(s.rejected, 3);
        QCOMPARE(s.unmapped.size(), 2);
        QCOMPARE(s.unmapped[0].value, QStringLiteral("Stup"));
        QCOMPARE(s.unmapped[0].count, 2);
        QCOMPARE(s.unmapped[0].column, QStringLiteral("fait"));
        // The analyst maps "Stup" (any case) for this source; the same file again imports those rows.
        {
            Transaction tx(p->db());
            const qint64 source = p->ensureSource(QStringLiteral("PZ Test"));
            CategoryMapper::saveRule(p->db(), source, QStringLiteral("phenomenon"), QStringLiteral("STUP"),
                                     CategoryMapper(p->db()).idForCode(QStringLiteral("drugs.street_dealing")));
            tx.commit();
        }
        s = importFile(*p, path);
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(count(*p, "SELECT count(*) FROM phenomap_incident_mo"), 2); // the rule named an MO
        // Another source does not inherit the rule.
        s = importFile(*p, path, QStringLiteral("Other"));
        QCOMPARE(s.inserted, 0);
        QCOMPARE(s.rejected, 3);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("geometry");
        QTest::newRow("XLSX") << "XLSX" << "in.xlsx" << false;
        QTest::newRow("ODS") << "ODS" << "in.ods" << false;
        QTest::newRow("GeoJSON") << "GeoJSON" << "in.geojson" << true;
        QTest::newRow("GeoPackage") << "GPKG" << "in.gpkg" << true;
        QTest::newRow("Shapefile") << "ESRI Shapefile" << "in.shp" << true;
        QTest::newRow("Shapefile zipped") << "ESRI Shapefile" << "in.shp.zip" << true;
        QTest::newRow("KML") << "KML" << "in.kml" << true;
        QTest::newRow("FlatGeobuf") << "FlatGeobuf" << "in.fgb" << true;
    }
    void formats()
    {
        QFETCH(QString, driver);
        QFETCH(QString, fileName);
        QFETCH(bool, geometry);
        QTemporaryDir dir;
        auto p = newProject(dir);
        const QString path = dir.filePath(fileName);
        writeOgr(driver, path, geometry);
        const ImportSummary s = importFile(*p, path);
        QCOMPARE(s.rowsRead, 3);
        if (s.inserted != 2)
            qWarning() << p->db().scalarText("SELECT group_concat(reason || ' ' || raw_values, ' | ') FROM rejected_rows").value_or(QString());
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejected, 1);
        Statement st = p->db().prepare("SELECT reason FROM rejected_rows");
        QVERIFY(st.step());
        // FlatGeobuf's spatial index reorders features: the row number is the reading order.
        QVERIFY2(st.text(0).endsWith(QLatin1String(": 'date' = '31/02/2024' is not a date")), qPrintable(st.text(0)));
        QVERIFY(st.text(0).startsWith(driver == QLatin1String("FlatGeobuf") ? QLatin1String("row ") : QLatin1String("row 3:")));
        st.reset();
        QCOMPARE(p->db().scalarText("SELECT description FROM incidents WHERE source_ref = 'A1'"), QStringLiteral("café incident"));
        QCOMPARE(count(*p, "SELECT municipality_nis FROM incidents WHERE source_ref = 'A1'"), 21004);
        const auto expected = project31370(4.3517, 50.8466, 31370);
        const auto got = pointOf(*p, QStringLiteral("A1"));
        QVERIFY(std::hypot(got.first - expected.first, got.second - expected.second) < 0.01);
        // A1 is 2024-11-05 14:30 Brussels time = 13:30 UTC; A2 a whole day.
        QCOMPARE(count(*p, "SELECT occurred_from FROM incidents WHERE source_ref = 'A1'"),
                 QDateTime(QDate(2024, 11, 5), QTime(13, 30), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(count(*p, "SELECT occurred_to - occurred_from FROM incidents WHERE source_ref = 'A2'"), 86399);
    }

    void reimportUpdatesAndUndoRestores()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const QString empty = projectDigest(*p);
        const QString first = writeBytes(dir, QStringLiteral("a.csv"),
                                         "ref,lon,lat,date,fait,mo,description\n"
                                         "R1,4.3517,50.8466,2024-11-05 10:00,Drugs,Deal de rue,incident one\n"
                                         "R2,4.3700,50.8300,2024-11-05 11:00,Drugs,,incident two\n"
                                         "R3,4.3600,50.8400,2024-11-05 12:00,Fraud,,incident three\n");
        const ImportSummary a = importFile(*p, first);
        QCOMPARE(a.inserted, 3);
        const QString afterFirst = projectDigest(*p);
        QVERIFY(afterFirst != empty);
        const QString second = writeBytes(dir, QStringLiteral("b.csv"),
                                          "ref,lon,lat,date,fait,mo,description\n"
                                          "R1,4.3000,50.8200,2024-11-06 10:00,Drugs,Stash house,incident one changed\n"
                                          "R3,4.3600,50.8400,2024-11-05 12:00,Extortion,,incident three changed\n"
                                          "R4,4.3600,50.8400,2024-11-07 12:00,Fraud,,incident four\n"
                                          "R5,4.3600,50.8400,not a date,Fraud,,incident five\n");
        const ImportSummary b = importFile(*p, second);
        QCOMPARE(b.rowsRead, 4);
        QCOMPARE(b.updated, 2);
        QCOMPARE(b.inserted, 1);
        QCOMPARE(b.rejected, 1);
        QCOMPARE(count(*p, "SELECT count(*) FROM incidents"), 4);
        QCOMPARE(p->db().scalarText("SELECT description FROM incidents WHERE source_ref = 'R1'"), QStringLiteral("incident one changed"));
        QCOMPARE(count(*p, "SELECT count(*) FROM phenomap_batch_previous"), 2);
        checkFts(*p);
        BatchManager batches(*p);
        // The older batch cannot be undone first: the newer one changed its incidents.
        QVERIFY_THROWS_EXCEPTION(ImportError, batches.undo(a.batchId));
        batches.undo(b.batchId);
        QCOMPARE(projectDigest(*p), afterFirst);
        checkFts(*p);
        QCOMPARE(p->db().scalarText(QStringLiteral("SELECT status FROM import_batches WHERE id = %1").arg(b.batchId).toUtf8().constData()),
                 QStringLiteral("undone"));
        QVERIFY_THROWS_EXCEPTION(ImportError, batches.undo(b.batchId));
        batches.undo(a.batchId);
        QCOMPARE(projectDigest(*p), empty);
        QCOMPARE(count(*p, "SELECT count(*) FROM incidents"), 0);
        // Re-importing the first file after undo inserts again.
        QCOMPARE(importFile(*p, first).inserted, 3);
    }

    void cancelLeavesProjectUnchanged()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        importFile(*p, writeBytes(dir, QStringLiteral("seed.csv"), "ref,lon,lat,date,fait\nS1,4.35,50.84,2024-11-05,Drugs\n"));
        QByteArray big("ref,lon,lat,date,fait\n");
        for (int i = 0; i < 5000; ++i)
            big += "B" + QByteArray::number(i) + ",4.35,50.84,2024-11-05,Drugs\n";
        big += "S1,4.36,50.85,2024-11-06,Drugs\n";
        const QString path = writeBytes(dir, QStringLiteral("big.csv"), big);
        auto digestAll = [&]() -> QString {
            return projectDigest(*p) + test::tableDigest(p->db(), QStringLiteral("import_batches"), QStringLiteral("id"))
                   + test::tableDigest(p->db(), QStringLiteral("rejected_rows"), QStringLiteral("id"))
                   + test::tableDigest(p->db(), QStringLiteral("sources"), QStringLiteral("id"))
                   + test::tableDigest(p->db(), QStringLiteral("phenomap_audit"), QStringLiteral("id"));
        };
        const QString before = digestAll();
        Feedback feedback;
        QList<double> progress;
        QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [&](double percent) {
            progress << percent;
            if (percent >= 40)
                feedback.cancel();
        });
        ImportRequest r;
        r.filePath = path;
        r.source = QStringLiteral("PZ Test");
        // Every statement SQLite runs once the cancel is asked for: none may do the commit's work
        // (index the text, pack the R-tree) only for the rollback to throw it away.
        struct Trace
        {
            const Feedback *feedback;
            QStringList afterCancel;
        } trace{&feedback, {}};
        sqlite3_trace_v2(
            p->db().handle(), SQLITE_TRACE_STMT,
            [](unsigned, void *context, void *, void *sql) {
                auto *t = static_cast<Trace *>(context);
                if (t->feedback->isCanceled())
                    t->afterCancel << QString::fromUtf8(static_cast<const char *>(sql));
                return 0;
            },
            &trace);
        QVERIFY_THROWS_EXCEPTION(Canceled, runImport(*p, r, &feedback));
        sqlite3_trace_v2(p->db().handle(), 0, nullptr, nullptr);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!trace.afterCancel.isEmpty()); // the trace works: at least the rollback ran
        for (const QString &sql : std::as_const(trace.afterCancel))
            QVERIFY2(!sql.contains(QLatin1String("phenomap_incident_fts")) && !sql.contains(QLatin1String("rtree_incidents")),
                     qPrintable(sql));
        QCOMPARE(digestAll(), before);
        // A failure (a profile that does not exist) changes nothing either.
        r.profile = QStringLiteral("no such profile");
        QVERIFY_THROWS_EXCEPTION(ImportError, runImport(*p, r));
        QCOMPARE(digestAll(), before);
        // And the same file without cancelling: 5001 rows, one update.
        r.profile.clear();
        const ImportSummary s = runImport(*p, r);
        QCOMPARE(s.rowsRead, 5001);
        QCOMPARE(s.inserted, 5000);
        QCOMPARE(s.updated, 1);
    }

    void swappedLonLat()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const ImportSummary s = importFile(*p, writeBytes(dir, QStringLiteral("s.csv"),
                                                          "ref,latitude,longitude,date,fait\n"
                                                          "OK,50.8466,4.3517,2024-11-05,Drugs\n"
                                                          "SW,4.3517,50.8466,2024-11-05,Drugs\n"));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.swappedLonLat, 1);
        const auto a = pointOf(*p, QStringLiteral("OK")), b = pointOf(*p, QStringLiteral("SW"));
        QVERIFY(std::hypot(a.first - b.first, a.second - b.second) < 1e-6);
        QCOMPARE(count(*p, "SELECT count(*) FROM incidents WHERE municipality_nis = 21004"), 2);
    }

    void lambert72And2008AgreeWithin1m()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const auto l72 = project31370(4.3925, 50.8250, 31370);
        const auto l08 = project31370(4.3925, 50.8250, 3812);
        QByteArray csv72("id,x,y,date,fait\n"), csv08("id,x,y,date,fait\n");
        csv72 += "L72," + QByteArray::number(l72.first, 'f', 3) + ',' + QByteArray::number(l72.second, 'f', 3) + ",2024-11-05,Drugs\n";
        csv08 += "L08," + QByteArray::number(l08.first, 'f', 3) + ',' + QByteArray::number(l08.second, 'f', 3) + ",2024-11-05,Drugs\n";
        QCOMPARE(importFile(*p, writeBytes(dir, QStringLiteral("l72.csv"), csv72)).inserted, 1); // CRS detected by range
        ImportRequest r;
        r.filePath = writeBytes(dir, QStringLiteral("l08.csv"), csv08);
        r.source = QStringLiteral("PZ Test");
        r.crs = 3812;
        QCOMPARE(runImport(*p, r).inserted, 1);
        const auto a = pointOf(*p, QStringLiteral("L72")), b = pointOf(*p, QStringLiteral("L08"));
        QVERIFY2(std::hypot(a.first - b.first, a.second - b.second) < 1.0,
                 qPrintable(QStringLiteral("%1 %2 / %3 %4").arg(a.first).arg(a.second).arg(b.first).arg(b.second)));
        QVERIFY(std::hypot(a.first - l72.first, a.second - l72.second) < 0.01);
        QCOMPARE(count(*p, "SELECT count(DISTINCT municipality_nis) FROM incidents"), 1);
        // An unknown EPSG code is an error naming the file.
        r.crs = 999999;
        try {
            runImport(*p, r);
            QFAIL("no error for EPSG:999999");
        } catch (const ImportError &e) {
            QVERIFY(e.message().contains(QLatin1String("l08.csv")));
            QVERIFY(e.message().contains(QLatin1String("999999")));
        }
    }

    void zoneOnlyRows()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const ImportSummary s = importFile(*p, writeBytes(dir, QStringLiteral("z.csv"),
                                                          "numéro;gemeente;datum;feit\n"
                                                          "Z1;Elsene;05/11/2024;Drugs\n"
                                                          "Z2;SAINT-GILLES;05/11/2024;Drugs\n"
                                                          "Z3;sint jans molenbeek;05/11/2024;Drugs\n"
                                                          "Z4;21015;05/11/2024;Drugs\n"
                                                          "Z5;PZ 5340;05/11/2024;Drugs\n"
                                                          "Z6;Atlantis;05/11/2024;Drugs\n"));
        QCOMPARE(s.rowsRead, 6);
        QCOMPARE(s.inserted, 5);
        QCOMPARE(s.zoneOnly, 5);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(p->db().scalarText("SELECT reason FROM rejected_rows"),
                 QStringLiteral("row 6: 'gemeente' = 'Atlantis' is not a known municipality or police zone"));
        auto nis = [&](const char *ref) {
            Statement st = p->db().prepare("SELECT municipality_nis, police_zone, precision, geom IS NULL, zone_fid FROM incidents WHERE source_ref = ?");
            st.bind(1, QString::fromLatin1(ref));
            if (!st.step())
                return QStringLiteral("missing");
            return QStringLiteral("%1/%2/%3/%4/%5").arg(st.int64(0)).arg(st.int64(1)).arg(st.text(2)).arg(st.int64(3)).arg(st.isNull(4) ? 0 : 1);
        };
        QCOMPARE(nis("Z1"), QStringLiteral("21009/5339/zone/1/1"));
        QCOMPARE(nis("Z2"), QStringLiteral("21013/5341/zone/1/1"));
        QCOMPARE(nis("Z3"), QStringLiteral("21012/5340/zone/1/1"));
        QCOMPARE(nis("Z4"), QStringLiteral("21015/5344/zone/1/1"));
        QCOMPARE(nis("Z5"), QStringLiteral("0/5340/zone/1/1"));
        QCOMPARE(p->db().scalarText("SELECT z.name_fr FROM incidents i JOIN zones z ON z.fid = i.zone_fid WHERE source_ref = 'Z1'"),
                 QStringLiteral("Ixelles"));
    }

    void timeWindowsAndFlags()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const ImportSummary s = importFile(*p, writeBytes(dir, QStringLiteral("t.csv"),
                                                          "ref,lon,lat,du,au,fait\n"
                                                          "M1,4.35,50.84,2024-11,,Drugs\n"
                                                          "W1,4.35,50.84,01/11/2024 22:00,02/11/2024 06:00,Drugs\n"
                                                          "I1,4.35,50.84,2024-10-27 02:30,,Drugs\n"
                                                          "E1,4.35,50.84,2024-11-05,2024-11-01,Drugs\n"
                                                          "O1,4.40,51.22,2024-11-05 10:00,,Drugs\n"));
        QCOMPARE(s.inserted, 4);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(p->db().scalarText("SELECT reason FROM rejected_rows"),
                 QStringLiteral("row 4: 'au' = '2024-11-01' is before 'du' = '2024-11-05'"));
        auto span = [&](const char *ref) {
            Statement st = p->db().prepare("SELECT occurred_from, occurred_to, flags FROM incidents WHERE source_ref = ?");
            st.bind(1, QString::fromLatin1(ref));
            st.step();
            return std::tuple<qint64, qint64, qint64>(st.int64(0), st.int64(1), st.int64(2));
        };
        auto utc = [](const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(); };
        QCOMPARE(span("M1"), std::make_tuple(utc("2024-10-31T23:00:00Z"), utc("2024-11-30T22:59:59Z"), qint64(TimeUncertain)));
        QCOMPARE(span("W1"), std::make_tuple(utc("2024-11-01T21:00:00Z"), utc("2024-11-02T05:00:00Z"), qint64(TimeUncertain)));
        QCOMPARE(span("I1"), std::make_tuple(utc("2024-10-27T00:30:00Z"), utc("2024-10-27T01:30:00Z"), qint64(TimeUncertain)));
        // Antwerp: kept, flagged outside the region, no municipality.
        QCOMPARE(span("O1"), std::make_tuple(utc("2024-11-05T09:00:00Z"), utc("2024-11-05T09:00:00Z"), qint64(OutsideRegion)));
        QCOMPARE(s.outsideRegion, 1);
        QCOMPARE(count(*p, "SELECT count(*) FROM incidents WHERE source_ref = 'O1' AND municipality_nis IS NULL"), 1);
    }

    void mappingProposal()
    {
        const QStringList cols = {QStringLiteral("Numéro PV"), QStringLiteral("Datum"), QStringLiteral("Uur"),
                                  QStringLiteral("Gemeente"), QStringLiteral("Adresse"), QStringLiteral("Omschrijving"),
                                  QStringLiteral("Catégorie"), QStringLiteral("Modus operandi"), QStringLiteral("X"),
                                  QStringLiteral("Y"), QStringLiteral("Bron")};
        SourceRow row;
        row.values = {QStringLiteral("1"), QStringLiteral("05/11/2024"), QStringLiteral("14:30"), QStringLiteral("Elsene"),
                      QStringLiteral("Rue X"), QStringLiteral("d"), QStringLiteral("Drugs"), QStringLiteral("deal"),
                      QStringLiteral("149500"), QStringLiteral("169800"), QStringLiteral("PZ")};
        const ColumnMapping m = ColumnMapping::propose(cols, {row, row}, false);
        QCOMPARE(m.column(QStringLiteral("ref")), QStringLiteral("Numéro PV"));
        QCOMPARE(m.column(QStringLiteral("date")), QStringLiteral("Datum"));
        QCOMPARE(m.column(QStringLiteral("time")), QStringLiteral("Uur"));
        QCOMPARE(m.column(QStringLiteral("zone")), QStringLiteral("Gemeente"));
        QCOMPARE(m.column(QStringLiteral("address")), QStringLiteral("Adresse"));
        QCOMPARE(m.column(QStringLiteral("description")), QStringLiteral("Omschrijving"));
        QCOMPARE(m.column(QStringLiteral("phenomenon")), QStringLiteral("Catégorie"));
        QCOMPARE(m.column(QStringLiteral("mo")), QStringLiteral("Modus operandi"));
        QCOMPARE(m.column(QStringLiteral("x")), QStringLiteral("X"));
        QCOMPARE(m.column(QStringLiteral("source")), QStringLiteral("Bron"));
        QCOMPARE(m.crs, 31370);
        QVERIFY(m.confidence(QStringLiteral("date")) > 0.8);
        QVERIFY(m.confidence(QStringLiteral("ref")) < m.confidence(QStringLiteral("date")));
        QCOMPARE(m.confidence(QStringLiteral("lon")), 0.0);
        // Degrees in columns named x/y become lon/lat.
        SourceRow deg;
        deg.values = {QStringLiteral("4.35"), QStringLiteral("50.84")};
        const ColumnMapping d = ColumnMapping::propose({QStringLiteral("x"), QStringLiteral("y")}, {deg}, false);
        QCOMPARE(d.column(QStringLiteral("lon")), QStringLiteral("x"));
        QCOMPARE(d.column(QStringLiteral("lat")), QStringLiteral("y"));
        // A zone column empty in the sample (every sampled row has a point) is still proposed: it
        // places the zone-only rows further down the file.
        SourceRow pointRow;
        pointRow.values = {QStringLiteral("4.35"), QStringLiteral("50.84"), QString(), QStringLiteral("2024-11-05")};
        const ColumnMapping z = ColumnMapping::propose({QStringLiteral("lon"), QStringLiteral("lat"),
                                                        QStringLiteral("municipality_nis"), QStringLiteral("date")},
                                                       {pointRow, pointRow}, false);
        QCOMPARE(z.column(QStringLiteral("zone")), QStringLiteral("municipality_nis"));
        // A profile round-trips through JSON.
        const ColumnMapping back = ColumnMapping::fromJson(m.toJson());
        QCOMPARE(back.columns(), m.columns());
        QCOMPARE(back.crs, m.crs);
    }

    void profileSavedAndReused()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        // Columns no proposal would understand; an explicit mapping saved as a profile.
        const QByteArray csv("k1,k2,k3,k4,k5\nP1,4.35,50.84,2024-11-05,Drugs\n");
        ColumnMapping m;
        m.setColumn(QStringLiteral("ref"), QStringLiteral("k1"));
        m.setColumn(QStringLiteral("lon"), QStringLiteral("k2"));
        m.setColumn(QStringLiteral("lat"), QStringLiteral("k3"));
        m.setColumn(QStringLiteral("date"), QStringLiteral("k4"));
        m.setColumn(QStringLiteral("phenomenon"), QStringLiteral("k5"));
        ImportRequest r;
        r.filePath = writeBytes(dir, QStringLiteral("p1.csv"), csv);
        r.source = QStringLiteral("PZ Midi");
        r.mappingJson = QString::fromUtf8(QJsonDocument(m.toJson()).toJson());
        r.saveProfileAs = QStringLiteral("midi");
        QCOMPARE(runImport(*p, r).inserted, 1);
        QCOMPARE(ImportProfiles::names(p->db()), QStringList{QStringLiteral("midi")});
        // Named on the command line...
        ImportRequest again;
        again.filePath = writeBytes(dir, QStringLiteral("p2.csv"), "k1,k2,k3,k4,k5\nP2,4.35,50.84,2024-11-05,Drugs\n");
        again.profile = QStringLiteral("midi");
        ImportSummary s = runImport(*p, again);
        QCOMPARE(s.inserted, 1);
        QCOMPARE(s.profile, QStringLiteral("midi"));
        // ... or found by its columns; the profile's source is used.
        again.profile.clear();
        again.filePath = writeBytes(dir, QStringLiteral("p3.csv"), "k1,k2,k3,k4,k5\nP3,4.35,50.84,2024-11-05,Drugs\n");
        s = runImport(*p, again);
        QCOMPARE(s.profile, QStringLiteral("midi"));
        QCOMPARE(count(*p, "SELECT count(DISTINCT source_id) FROM incidents"), 1);
        QCOMPARE(count(*p, "SELECT count(*) FROM import_batches WHERE profile = 'midi'"), 3);
    }

    void rejectedRowsExport()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        const ImportSummary s = importFile(*p, writeBytes(dir, QStringLiteral("r.csv"),
                                                          "ref,lon,lat,Datum,fait\nA1,4.35,50.84,31/02/2024,Drugs\n"
                                                          "A2,4.35,50.84,2024-11-05,\"Vol, simple\"\n"));
        QCOMPARE(s.rejected, 2);
        const QString out = dir.filePath(QStringLiteral("rejected.csv"));
        QCOMPARE(BatchManager(*p).exportRejectedCsv(s.batchId, out), 2);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QLatin1String("row 1: 'Datum' = '31/02/2024' is not a date")));
        QVERIFY(text.contains(QLatin1String("\"Vol, simple\"")));
        // The export reads back through GDAL as two rows.
        QTemporaryDir dir2;
        auto p2 = newProject(dir2);
        SourceReader reader;
        reader.open(out);
        QCOMPARE(reader.sample(10).size(), 2);
    }

    void errorsNameTheFile()
    {
        QTemporaryDir dir;
        auto p = newProject(dir);
        auto message = [&](const QString &path) {
            try {
                importFile(*p, path);
            } catch (const ImportError &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(message(dir.filePath(QStringLiteral("missing.csv"))).contains(QLatin1String("missing.csv")));
        QVERIFY(message(writeBytes(dir, QStringLiteral("nodate.csv"), "ref,lon,lat,fait\nA,4.35,50.84,Drugs\n"))
                    .contains(QLatin1String("nodate.csv")));
        QVERIFY(message(writeBytes(dir, QStringLiteral("garbage.gpkg"), "not a geopackage")).contains(QLatin1String("garbage.gpkg")));
        QCOMPARE(count(*p, "SELECT count(*) FROM import_batches"), 0);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
