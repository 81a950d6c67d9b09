// SPDX-License-Identifier: GPL-3.0-or-later
// The project store: a valid GeoPackage, round trips, migrations and defensive opening.
#include "incidentwriter.h"
#include "project.h"
#include "storetestsupport.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString makeProject(const QTemporaryDir &dir, const QString &name, int incidents = 3)
{
    const QString path = dir.filePath(name);
    auto p = Project::create(path, {.title = QStringLiteral("Test"), .synthetic = true});
    Transaction tx(p->db());
    IncidentWriter w(*p);
    for (int i = 0; i < incidents; ++i)
        w.insert(test::sampleIncident(*p, i));
    tx.commit();
    return path;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void createdProjectIsValidGeoPackage()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, QStringLiteral("valid.gpkg"), 10);
        bool available = false;
        const QString problems = test::validateGpkg(path, &available);
        if (!available)
            QSKIP("GDAL's validate_gpkg (python3-gdal) is not installed");
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void gdalSeesLayersInLambert72()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, QStringLiteral("layers.gpkg"), 5);
        GDALDataset *ds = GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
        QVERIFY(ds);
        OGRLayer *incidents = ds->GetLayerByName("incidents");
        OGRLayer *zones = ds->GetLayerByName("zones");
        QVERIFY(incidents && zones);
        QCOMPARE(incidents->GetFeatureCount(), 5);
        QCOMPARE(zones->GetFeatureCount(), 25); // 19 municipalities + 6 police zones
        QCOMPARE(QString::fromUtf8(incidents->GetSpatialRef()->GetAuthorityCode(nullptr)), QStringLiteral("31370"));
        QCOMPARE(QString::fromUtf8(zones->GetSpatialRef()->GetAuthorityCode(nullptr)), QStringLiteral("31370"));
        // The R-tree written by our triggers answers a spatial filter as GDAL uses it.
        incidents->SetSpatialFilterRect(148999, 170499, 149002.5, 170501);
        QCOMPARE(incidents->GetFeatureCount(), 3); // x = 149000, 149001, 149002
        // Municipality populations came through with the geometry.
        zones->SetAttributeFilter("code = '21004'");
        OGRFeature *f = zones->GetNextFeature();
        QVERIFY(f);
        QCOMPARE(f->GetFieldAsInteger64("population"), 198674);
        QVERIFY(f->GetGeometryRef() && f->GetGeometryRef()->IsValid());
        OGRFeature::DestroyFeature(f);
        GDALClose(ds);
    }

    void reopenKeepsSettingsAndIncidents()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, QStringLiteral("reopen.gpkg"), 4);
        auto p = Project::open(path);
        QCOMPARE(p->title(), QStringLiteral("Test"));
        QVERIFY(p->isSynthetic());
        QCOMPARE(p->schemaVersion(), Project::kSchemaVersion);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM incidents"), 4);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM rtree_incidents_geom"), 4);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_audit WHERE action = 'create'"), 1);
        QVERIFY(*p->db().scalarInt("SELECT count(*) FROM phenomena WHERE kind = 'phenomenon'") >= 9);
    }

    void writerRoundTripUpdateAndRemove()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, QStringLiteral("rw.gpkg"), 0);
        auto p = Project::open(path);
        IncidentRecord r = test::sampleIncident(*p, 7);
        r.occurredTo = r.occurredFrom + 7200;
        r.flags = TimeUncertain;
        r.reportedAt = r.occurredTo + 60;
        r.tlp = Tlp::AmberStrict;
        qint64 fid = 0;
        {
            Transaction tx(p->db());
            fid = IncidentWriter(*p).insert(r);
            tx.commit();
        }
        auto back = readIncident(p->db(), fid);
        QVERIFY(back);
        QCOMPARE(back->x, r.x);
        QCOMPARE(back->y, r.y);
        QCOMPARE(back->occurredTo, r.occurredTo);
        QCOMPARE(back->reportedAt, r.reportedAt);
        QCOMPARE(back->tlp, Tlp::AmberStrict);
        QCOMPARE(back->moIds, r.moIds);
        QCOMPARE(back->flags, quint32(TimeUncertain));
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'grand'"), 1);

        // Update: moves the point out of the R-tree box, changes text, drops the point.
        r.fid = fid;
        r.hasPoint = false;
        r.precision = LocationPrecision::Zone;
        r.description = QStringLiteral("recel de vélos");
        {
            Transaction tx(p->db());
            IncidentWriter(*p).update(r);
            tx.commit();
        }
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM rtree_incidents_geom"), 0);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'velos'"), 1);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'number'"), 0);
        QCOMPARE(readIncident(p->db(), fid)->precision, LocationPrecision::Zone);

        {
            Transaction tx(p->db());
            IncidentWriter(*p).remove(fid);
            tx.commit();
        }
        QVERIFY(!readIncident(p->db(), fid));
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_incident_mo"), 0);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'velos'"), 0);
    }

    void rolledBackTransactionChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, QStringLiteral("rollback.gpkg"), 2);
        auto p = Project::open(path);
        {
            Transaction tx(p->db());
            IncidentWriter w(*p);
            for (int i = 0; i < 50; ++i)
                w.insert(test::sampleIncident(*p, 100 + i));
            // no commit: the destructor rolls back, as on cancel or failure
        }
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM incidents"), 2);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM rtree_incidents_geom"), 2);
    }

    void auditLogIsAppendOnly()
    {
        QTemporaryDir dir;
        auto p = Project::open(makeProject(dir, QStringLiteral("audit.gpkg"), 0));
        QVERIFY_THROWS_EXCEPTION(SqliteError, p->db().exec("UPDATE phenomap_audit SET action = 'x'"));
        QVERIFY_THROWS_EXCEPTION(SqliteError, p->db().exec("DELETE FROM phenomap_audit"));
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_audit"), 1);
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, QStringLiteral("exists.gpkg"), 1);
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(ProjectError, Project::create(path, {}));
        QCOMPARE(fileHash(path), before);
    }

    void olderSchemaIsMigratedForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.gpkg"));
        Project::create(path, {.title = QStringLiteral("old"), .schemaVersion = 1});
        {
            auto ro = Project::open(path, Project::OpenMode::ReadOnly);
            QCOMPARE(ro->schemaVersion(), 1); // read-only opens never write
            QVERIFY(!ro->db().tableExists(QStringLiteral("phenomap_export_log")));
        }
        auto p = Project::open(path);
        QCOMPARE(p->schemaVersion(), Project::kSchemaVersion);
        QVERIFY(p->db().tableExists(QStringLiteral("phenomap_batch_previous")));
        QVERIFY(p->db().tableExists(QStringLiteral("phenomap_recipients")));
        QVERIFY(p->db().tableExists(QStringLiteral("phenomap_comments")));
        QVERIFY(p->db().tableExists(QStringLiteral("phenomap_export_log")));
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM phenomap_audit WHERE action = 'migrate'"), 1);
        QCOMPARE(p->title(), QStringLiteral("old"));
    }

    void badFilesAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("kind");
        QTest::newRow("missing") << "missing" << int(ProjectError::Kind::NotFound);
        QTest::newRow("text file") << "text" << int(ProjectError::Kind::NotSqlite);
        QTest::newRow("empty file") << "empty" << int(ProjectError::Kind::NotSqlite);
        QTest::newRow("plain sqlite") << "plainsqlite" << int(ProjectError::Kind::NotGeoPackage);
        QTest::newRow("geopackage, not a project") << "foreigngpkg" << int(ProjectError::Kind::NotProject);
        QTest::newRow("newer schema") << "newer" << int(ProjectError::Kind::NewerSchema);
        QTest::newRow("truncated") << "truncated" << int(ProjectError::Kind::Corrupt);
        QTest::newRow("overwritten pages") << "garbage" << int(ProjectError::Kind::Corrupt);
        QTest::newRow("extra trigger") << "trigger" << int(ProjectError::Kind::Unsafe);
        QTest::newRow("altered trigger") << "alteredtrigger" << int(ProjectError::Kind::Unsafe);
        QTest::newRow("view") << "view" << int(ProjectError::Kind::Unsafe);
    }

    void badFilesAreRefusedClearly()
    {
        QFETCH(QString, damage);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad-%1.gpkg").arg(damage));
        auto writeBytes = [&](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        auto sqlOnProject = [&](const char *sql) {
            makeProject(dir, QFileInfo(path).fileName(), 20);
            Database db(path, Database::Mode::ReadWrite);
            db.exec("PRAGMA journal_mode = DELETE");
            db.exec(sql);
        };
        if (damage == QLatin1String("text")) {
            writeBytes("fid;x;y\n1;2;3\n");
        } else if (damage == QLatin1String("empty")) {
            writeBytes(QByteArray());
        } else if (damage == QLatin1String("plainsqlite")) {
            Database db(path, Database::Mode::Create);
            db.exec("CREATE TABLE t(a)");
        } else if (damage == QLatin1String("foreigngpkg")) {
            GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDataset *ds = drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
            ds->CreateLayer("points", nullptr, wkbPoint, nullptr);
            GDALClose(ds);
        } else if (damage == QLatin1String("newer")) {
            sqlOnProject("UPDATE phenomap_project SET value = '99' WHERE key = 'schema_version'");
        } else if (damage == QLatin1String("truncated") || damage == QLatin1String("garbage")) {
            makeProject(dir, QFileInfo(path).fileName(), 2000);
            { Database db(path, Database::Mode::ReadWrite); db.exec("PRAGMA journal_mode = DELETE"); }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (damage == QLatin1String("truncated")) {
                QVERIFY(f.resize(f.size() / 2));
            } else {
                f.seek(8 * 4096); // overwrite a run of b-tree pages with noise
                QByteArray noise(16 * 4096, '\0');
                for (int i = 0; i < noise.size(); ++i)
                    noise[i] = char((i * 2654435761u) >> 13);
                f.write(noise);
            }
        } else if (damage == QLatin1String("trigger")) {
            sqlOnProject("CREATE TRIGGER evil AFTER INSERT ON incidents BEGIN DELETE FROM zones; END");
        } else if (damage == QLatin1String("alteredtrigger")) {
            sqlOnProject("DROP TRIGGER rtree_incidents_geom_delete; "
                         "CREATE TRIGGER rtree_incidents_geom_delete AFTER DELETE ON incidents "
                         "BEGIN DELETE FROM zones; END");
        } else if (damage == QLatin1String("view")) {
            sqlOnProject("CREATE VIEW v AS SELECT * FROM incidents");
        }
        const QByteArray before = fileHash(path);
        try {
            Project::open(path);
            QFAIL("the file was opened");
        } catch (const ProjectError &e) {
            QCOMPARE(int(e.kind()), kind);
            QVERIFY2(e.message().contains(QFileInfo(path).fileName()), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before); // refusing a file never changes it
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
