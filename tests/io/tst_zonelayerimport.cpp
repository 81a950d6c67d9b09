// SPDX-License-Identifier: GPL-3.0-or-later
// Imported zone layers: polygons read through GDAL, reprojected to Lambert 72, stored with their
// codes, names, population and area in one transaction; bad files named with the feature and
// field at fault and leaving the project untouched; removal limited to imported layers.
#include "gpkggeometry.h"
#include "importtypes.h"
#include "project.h"
#include "sqlite.h"
#include "zonelayerimport.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace phenomap;

namespace {

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

/// A GeoJSON square [x0, x0+size] x [y0, y0+size] with properties, in the legacy `crs` member's
/// EPSG code (GDAL reads it; without it GeoJSON is WGS84).
QByteArray square(double x0, double y0, double size, const QByteArray &properties)
{
    const QByteArray ring = QStringLiteral("[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]")
                                .arg(x0, 0, 'f', 6)
                                .arg(y0, 0, 'f', 6)
                                .arg(x0 + size, 0, 'f', 6)
                                .arg(y0 + size, 0, 'f', 6)
                                .toUtf8();
    return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":{\"type\":\"Polygon\","
           "\"coordinates\":[" + ring + "]}}";
}

QByteArray collection(const QList<QByteArray> &features, int epsg = 0)
{
    QByteArray out = "{\"type\":\"FeatureCollection\",";
    if (epsg)
        out += "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::" +
               QByteArray::number(epsg) + "\"}},";
    out += "\"features\":[";
    for (qsizetype i = 0; i < features.size(); ++i)
        out += (i ? "," : "") + features[i];
    return out + "]}";
}

/// A shapefile square without a .prj: a file that does not say its coordinate system.
QString shapefileWithoutCrs(const QTemporaryDir &dir)
{
    GDALAllRegister();
    const QString path = dir.filePath(QStringLiteral("nocrs.shp"));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    GDALDataset *ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    OGRLayer *layer = ds->CreateLayer("nocrs", nullptr, wkbPolygon, nullptr);
    OGRFeature f(layer->GetLayerDefn());
    OGRGeometry *g = nullptr;
    OGRGeometryFactory::createFromWkt("POLYGON((149000 170000,150000 170000,150000 171000,149000 170000))", nullptr,
                                      &g);
    f.SetGeometryDirectly(g);
    if (layer->CreateFeature(&f) != OGRERR_NONE)
        qFatal("cannot write the shapefile");
    GDALClose(ds);
    return path;
}

qint64 scalar(Project &p, const QString &sql)
{
    Statement st = p.db().prepare(sql.toUtf8().constData());
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestZoneLayerImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

    ZoneLayerSource sectors() const
    {
        ZoneLayerSource s;
        s.path = m_dir.filePath(QStringLiteral("sectors.geojson"));
        s.title = QStringLiteral("Secteurs");
        s.codeField = QStringLiteral("code");
        s.nameField = QStringLiteral("nom");
        s.populationField = QStringLiteral("pop");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Project::CreateOptions o;
        o.title = QStringLiteral("zone layers");
        o.synthetic = true;
        m_project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), o);
        writeText(m_dir, QStringLiteral("sectors.geojson"),
                  collection({square(147000, 169000, 3000, "\"code\":101,\"nom\":\"Nord\",\"pop\":1000"),
                              square(150000, 169000, 3000, "\"code\":102,\"nom\":\"Sud\",\"pop\":\"2500\"")},
                             31370));
    }

    void inspectsFields()
    {
        const ZoneLayerFields fields = ZoneLayerImport::inspect(sectors().path);
        QCOMPARE(fields.fields, (QStringList{QStringLiteral("code"), QStringLiteral("nom"), QStringLiteral("pop")}));
        QCOMPARE(fields.features, qint64(2));
    }

    void importsCodesNamesPopulationAndArea()
    {
        const qint64 auditBefore = scalar(*m_project, QStringLiteral("SELECT count(*) FROM phenomap_audit"));
        const ImportedZoneLayer layer = ZoneLayerImport::run(*m_project, sectors());
        QCOMPARE(layer.layer, QStringLiteral("imported:Secteurs"));
        QCOMPARE(layer.title, QStringLiteral("Secteurs"));
        QCOMPARE(layer.zones, 2);
        Statement st = m_project->db().prepare(
            "SELECT code, name_fr, name_nl, population, area_km2, geom FROM zones WHERE layer = ? ORDER BY code");
        st.bind(1, layer.layer);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("101"));
        QCOMPARE(st.text(1), QStringLiteral("Nord"));
        QCOMPARE(st.text(2), QStringLiteral("Nord"));
        QCOMPARE(st.int64(3), qint64(1000));
        QVERIFY(std::abs(st.real(4) - 9.0) < 1e-9);
        const auto box = gpkg::envelopeFromBlob(static_cast<const char *>(st.blobData(5)), st.blobSize(5));
        QVERIFY(box);
        QCOMPARE(box->minX, 147000.0);
        QCOMPARE(box->maxY, 172000.0);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("102"));
        QCOMPARE(st.int64(3), qint64(2500)); // a number written as text is still a number
        QVERIFY(!st.step());
        QCOMPARE(scalar(*m_project, QStringLiteral("SELECT count(*) FROM phenomap_audit")), auditBefore + 1);

        const QList<ImportedZoneLayer> all = ZoneLayerImport::list(m_project->db());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().layer, layer.layer);
        QCOMPARE(all.first().zones, 2);
    }

    void reprojectsWgs84()
    {
        // 0.01° x 0.01° at the Grand-Place: 0.703 km x 1.112 km.
        ZoneLayerSource s;
        s.path = writeText(m_dir, QStringLiteral("wgs84.geojson"),
                           collection({square(4.35, 50.84, 0.01, "\"id\":\"x\"")}));
        s.title = QStringLiteral("WGS84");
        ZoneLayerImport::run(*m_project, s);
        Statement st = m_project->db().prepare("SELECT area_km2, geom FROM zones WHERE layer = 'imported:WGS84'");
        QVERIFY(st.step());
        QVERIFY2(std::abs(st.real(0) - 0.782) < 0.01, qPrintable(QString::number(st.real(0))));
        const auto box = gpkg::envelopeFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
        QVERIFY(box);
        // Lambert 72 of the Grand-Place is about (148 900, 170 500).
        QVERIFY2(box->minX > 147500 && box->maxX < 150500 && box->minY > 169500 && box->maxY < 172000,
                 qPrintable(QStringLiteral("%1 %2").arg(box->minX).arg(box->minY)));
    }

    void numbersZonesWithoutIntegerCodes()
    {
        ZoneLayerSource s;
        s.path = writeText(m_dir, QStringLiteral("beats.geojson"),
                           collection({square(147000, 169000, 1000, "\"beat\":\"A1\""),
                                       square(148000, 169000, 1000, "\"beat\":\"B2\"")},
                                      31370));
        s.title = QStringLiteral("  Beats   north ");
        s.codeField = QStringLiteral("beat");
        const ImportedZoneLayer layer = ZoneLayerImport::run(*m_project, s);
        QCOMPARE(layer.title, QStringLiteral("Beats north"));
        Statement st = m_project->db().prepare("SELECT code, name_fr FROM zones WHERE layer = ? ORDER BY code");
        st.bind(1, layer.layer);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("1"));
        QCOMPARE(st.text(1), QStringLiteral("A1"));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("2"));
        QCOMPARE(st.text(1), QStringLiteral("B2"));
    }

    void rejectsBadInputAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("populationField");
        QTest::addColumn<QString>("expected");
        const QString point = writeText(
            m_dir, QStringLiteral("mixed.geojson"),
            collection({square(147000, 169000, 1000, "\"n\":1"),
                        "{\"type\":\"Feature\",\"properties\":{\"n\":2},\"geometry\":{\"type\":\"Point\","
                        "\"coordinates\":[148000,170000]}}"},
                       31370));
        const QString badPopulation =
            writeText(m_dir, QStringLiteral("badpop.geojson"),
                      collection({square(147000, 169000, 1000, "\"pop\":\"12\""),
                                  square(148000, 169000, 1000, "\"pop\":\"many\"")},
                                 31370));
        QTest::newRow("point feature") << point << "Mixed" << "" << "mixed.geojson”, feature 2 is a POINT";
        QTest::newRow("population not a number") << badPopulation << "Pop" << "pop"
                                                  << "badpop.geojson”, feature 2, field “pop”: “many”";
        QTest::newRow("unknown field") << sectors().path << "Other" << "inhabitants"
                                       << "has no field named “inhabitants”";
        QTest::newRow("name taken") << sectors().path << "Secteurs" << "" << "already has a zone layer named";
        QTest::newRow("no name") << sectors().path << "  " << "" << "Give the zone layer a name";
        QTest::newRow("name too long") << sectors().path << QString(49, QLatin1Char('x')) << ""
                                       << "at most 48 characters";
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("absent.gpkg")) << "Absent" << ""
                                      << "does not exist";
        QTest::newRow("no coordinate system") << shapefileWithoutCrs(m_dir) << "No CRS" << ""
                                              << "nocrs.shp” does not say which coordinate system";
        QTest::newRow("not geodata") << writeText(m_dir, QStringLiteral("notes.geojson"), "not json at all")
                                     << "Notes" << "" << "notes.geojson";
    }

    void rejectsBadInputAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, populationField);
        QFETCH(QString, expected);
        const qint64 zones = scalar(*m_project, QStringLiteral("SELECT count(*) FROM zones"));
        const qint64 audit = scalar(*m_project, QStringLiteral("SELECT count(*) FROM phenomap_audit"));
        ZoneLayerSource s;
        s.path = file;
        s.title = title;
        s.populationField = populationField;
        try {
            ZoneLayerImport::run(*m_project, s);
            QFAIL("the import should have failed");
        } catch (const ImportError &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QCOMPARE(scalar(*m_project, QStringLiteral("SELECT count(*) FROM zones")), zones);
        QCOMPARE(scalar(*m_project, QStringLiteral("SELECT count(*) FROM phenomap_audit")), audit);
    }

    void removesOnlyImportedLayers()
    {
        const qint64 before = scalar(*m_project, QStringLiteral("SELECT count(*) FROM zones"));
        QVERIFY_THROWS_EXCEPTION(ImportError, ZoneLayerImport::remove(*m_project, QStringLiteral("municipalities")));
        QCOMPARE(scalar(*m_project, QStringLiteral("SELECT count(*) FROM zones")), before);
        ZoneLayerImport::remove(*m_project, QStringLiteral("imported:Secteurs"));
        QCOMPARE(scalar(*m_project, QStringLiteral("SELECT count(*) FROM zones")), before - 2);
        QVERIFY(!ZoneLayerImport::isImported(QStringLiteral("imported:")));
        QCOMPARE(ZoneLayerImport::titleOf(QStringLiteral("imported:Beats north")), QStringLiteral("Beats north"));
        for (const ImportedZoneLayer &l : ZoneLayerImport::list(m_project->db()))
            QVERIFY(l.layer != QStringLiteral("imported:Secteurs"));
    }

    void refusesReadOnlyProjects()
    {
        const QString path = m_project->path();
        auto readOnly = Project::open(path, Project::OpenMode::ReadOnly);
        ZoneLayerSource s = sectors();
        s.title = QStringLiteral("Read only");
        QVERIFY_THROWS_EXCEPTION(ImportError, ZoneLayerImport::run(*readOnly, s));
    }
};

QTEST_GUILESS_MAIN(TestZoneLayerImport)
#include "tst_zonelayerimport.moc"
