// SPDX-License-Identifier: GPL-3.0-or-later
// Partner packages end to end: tiers, pseudonyms, markings, GeoPackage validity, QGIS styles,
// manifest, export log and feedback merge, on real files.
#include "demogenerator.h"
#include "engine.h"
#include "feedbackmerger.h"
#include "gpkggeometry.h"
#include "packageexporter.h"
#include "packagemanifest.h"
#include "picturecomments.h"
#include "picturestore.h"
#include "project.h"
#include "projectinfo.h"
#include "storetestsupport.h"
#include "taxonomy.h"

#include <gdal.h>
#include <ogr_api.h>
#include <sqlite3.h>

#include <QColor>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <set>

using namespace phenomap;

namespace {

QString fileSha256(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QSet<QString> column(Database &db, const char *sql)
{
    QSet<QString> out;
    Statement st = db.prepare(sql);
    while (st.step())
        out.insert(st.isNull(0) ? QStringLiteral("<null>") : st.text(0));
    return out;
}

bool pythonHas(const char *module)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QStringLiteral("import %1").arg(QLatin1String(module))});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestPartnerPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    std::unique_ptr<Project> m_project;
    QString m_amber, m_green, m_red; // picture uuids
    QHash<PackageTier, QString> m_packages;
    QHash<PackageTier, PackageResult> m_results;
    std::set<qint64> m_expected; // source fids the two exported pictures need (TLP <= AMBER)

    PackageRequest request(PackageTier tier, const QString &file,
                           const QString &recipient = QStringLiteral("PZ Midi"))
    {
        PackageRequest r;
        r.outputPath = m_dir.filePath(file);
        r.pictureUuids = {m_amber, m_green};
        r.tier = tier;
        r.tlp = Tlp::Amber;
        r.recipient = recipient;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("PHENOMAP_KEEP_TEST_FILES"));
        m_source = m_dir.filePath("source.gpkg");
        generateDemo(m_source, {.incidents = 3000, .seed = 11, .title = QStringLiteral("Synthetic source")});
        m_project = Project::open(m_source);
        PictureStore store(*m_project);
        const QList<qint64> phenomena = [&] {
            QList<qint64> ids;
            Statement st = m_project->db().prepare(
                "SELECT id FROM phenomena WHERE kind = 'phenomenon' ORDER BY id LIMIT 3");
            while (st.step())
                ids << st.int64(0);
            return ids;
        }();
        SituationPicture amber;
        amber.title = QStringLiteral("Drugs and more");
        amber.tlp = Tlp::Amber;
        amber.author = QStringLiteral("Analyst A");
        amber.narrative = QStringLiteral("<p>Three phenomena</p>");
        amber.state.filter.phenomenonIds = QSet<qint64>(phenomena.cbegin(), phenomena.cend());
        amber.state.extent = {149000, 170000, 5};
        m_amber = store.add(amber).uuid;
        SituationPicture green;
        green.title = QStringLiteral("Last half year");
        green.tlp = Tlp::Green;
        const auto [from, to] = demoPeriod();
        green.state.timeWindow = {to - 45 * 86400, to, 7 * 86400,
                                  0}; // few incidents per cell: suppression at work
        m_green = store.add(green).uuid;
        SituationPicture red;
        red.title = QStringLiteral("Ongoing operation");
        red.tlp = Tlp::Red;
        m_red = store.add(red).uuid;

        Engine engine;
        engine.load(*m_project);
        for (const QString &uuid : {m_amber, m_green}) {
            const FilterResult r = engine.apply(*m_project, store.find(uuid)->effectiveFilter());
            for (quint32 row : r.rows)
                if (engine.columns().tlp[row] <= quint8(Tlp::Amber))
                    m_expected.insert(engine.columns().fid[row]);
        }
        QVERIFY(m_expected.size() > 200);

        for (PackageTier tier : {PackageTier::Exact, PackageTier::Generalised, PackageTier::Aggregated}) {
            const PackageRequest r = request(tier, QStringLiteral("pkg_%1.gpkg").arg(tierCode(tier)));
            m_results.insert(tier, exportPackage(*m_project, r));
            m_packages.insert(tier, r.outputPath);
            QVERIFY(QFile::exists(r.outputPath));
        }
        // No staging file is left behind.
        QCOMPARE(QDir(m_dir.path())
                     .entryList(QDir::Files | QDir::Hidden)
                     .filter(QStringLiteral(".building"))
                     .size(),
                 0);
    }

    /// A picture's choropleth over an imported zone layer takes that layer's polygons into the
    /// package; a package whose pictures do not use it carries none of it.
    void importedZoneLayerTravelsWithItsPicture()
    {
        for (PackageTier tier : {PackageTier::Exact, PackageTier::Aggregated}) {
            auto pkg = Project::open(m_packages[tier], Project::OpenMode::ReadOnly);
            QCOMPARE(pkg->db().scalarInt("SELECT count(*) FROM zones WHERE layer LIKE 'imported:%'").value_or(-1), 0);
        }
        {
            // A 2 km square as little-endian ISO WKB.
            QByteArray wkb;
            QDataStream out(&wkb, QIODevice::WriteOnly);
            out.setByteOrder(QDataStream::LittleEndian);
            out << quint8(1) << quint32(3) << quint32(1) << quint32(5);
            for (const auto &[x, y] : {std::pair{148000.0, 169000.0}, {150000.0, 169000.0}, {150000.0, 171000.0},
                                       {148000.0, 171000.0}, {148000.0, 169000.0}})
                out << x << y;
            Transaction tx(m_project->db());
            Statement ins = m_project->db().prepare(
                "INSERT INTO zones (geom, layer, code, name_fr, name_nl, area_km2) "
                "VALUES (?, 'imported:Beats', '1', 'Beat 1', 'Beat 1', 4.0)");
            ins.bindBlob(1, gpkg::blobFromWkb(wkb, 31370)).run();
            tx.commit();
        }
        SituationPicture beats;
        beats.title = QStringLiteral("Beats");
        beats.tlp = Tlp::Green;
        beats.state.choropleth = ChoroplethView{};
        beats.state.choropleth->enabled = true;
        beats.state.choropleth->layer = QStringLiteral("imported:Beats");
        const QString uuid = PictureStore(*m_project).add(beats).uuid;
        PackageRequest r = request(PackageTier::Generalised, QStringLiteral("beats.gpkg"));
        r.pictureUuids = {uuid};
        exportPackage(*m_project, r);
        auto pkg = Project::open(r.outputPath, Project::OpenMode::ReadOnly);
        Statement st = pkg->db().prepare("SELECT code, name_fr, area_km2, geom FROM zones WHERE layer = 'imported:Beats'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("1"));
        QCOMPARE(st.text(1), QStringLiteral("Beat 1"));
        QCOMPARE(st.real(2), 4.0);
        const auto box = gpkg::envelopeFromBlob(static_cast<const char *>(st.blobData(3)), st.blobSize(3));
        QVERIFY(box && box->minX == 148000 && box->maxY == 171000);
        QVERIFY(!st.step());
        PictureStore(*m_project).remove(uuid);
        Transaction tx(m_project->db());
        m_project->db().exec("DELETE FROM zones WHERE layer = 'imported:Beats'");
        tx.commit();
    }

    void redIsNeverExported()
    {
        PackageRequest r = request(PackageTier::Aggregated, QStringLiteral("red.gpkg"));
        r.pictureUuids << m_red;
        try {
            exportPackage(*m_project, r);
            QFAIL("a TLP:RED picture was exported");
        } catch (const PackageError &e) {
            QVERIFY2(e.message().contains(QLatin1String("TLP:RED")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QLatin1String("Ongoing operation")));
        }
        r.pictureUuids = {m_green};
        r.tlp = Tlp::Red;
        QVERIFY_THROWS_EXCEPTION(PackageError, exportPackage(*m_project, r));
        // A picture stricter than the package marking is refused too.
        r.tlp = Tlp::Green;
        r.pictureUuids = {m_amber};
        QVERIFY_THROWS_EXCEPTION(PackageError, exportPackage(*m_project, r));
        QVERIFY(!QFile::exists(r.outputPath));
    }

    void exactTierKeepsPointsAndText()
    {
        auto pkg = Project::open(m_packages[PackageTier::Exact], Project::OpenMode::ReadOnly);
        Database &db = pkg->db();
        QCOMPARE(qint64(db.scalarInt("SELECT count(*) FROM incidents").value_or(-1)),
                 qint64(m_expected.size()));
        QCOMPARE(m_results[PackageTier::Exact].incidents, qint64(m_expected.size()));
        QVERIFY(db.scalarInt("SELECT count(*) FROM incidents WHERE description IS NOT NULL").value_or(0) > 0);
        QVERIFY(db.scalarInt("SELECT count(*) FROM incidents WHERE address IS NOT NULL").value_or(0) > 0);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM incidents WHERE tlp IN ('TLP:RED', 'TLP:AMBER+STRICT')")
                     .value_or(-1),
                 0);
        // The same points and descriptions as in the source, as multisets.
        std::multiset<QString> expected, actual;
        Statement src = m_project->db().prepare("SELECT fid, geom, description FROM incidents");
        while (src.step())
            if (m_expected.count(src.int64(0)))
                expected.insert(QString::fromLatin1(src.blob(1).toHex()) + src.text(2));
        Statement dst = db.prepare("SELECT geom, description FROM incidents");
        while (dst.step())
            actual.insert(QString::fromLatin1(dst.blob(0).toHex()) + dst.text(1));
        QVERIFY(expected == actual);
        // Our identifiers do not leave: source references are pseudonyms.
        const QSet<QString> refs = column(db, "SELECT source_ref FROM incidents");
        for (const QString &ref : refs)
            QVERIFY2(ref.startsWith(QLatin1Char('P')) && ref.size() == 25, qPrintable(ref));
        QVERIFY(!refs.intersects(column(m_project->db(), "SELECT source_ref FROM incidents")));
        // Phenomap opens it read-only with its pictures, exactly as stored.
        QVERIFY(pkg->isReadOnly());
        const QList<SituationPicture> pictures = PictureStore(*pkg).list();
        QCOMPARE(pictures.size(), 2);
        QCOMPARE(pictures[0].uuid, m_amber);
        QCOMPARE(pictures[0].state, PictureStore(*m_project).find(m_amber)->state);
        QCOMPARE(pkg->setting("tlp"), QStringLiteral("TLP:AMBER"));
        QVERIFY(pkg->isSynthetic());
    }

    void generalisedTierSnapsAndDropsText()
    {
        auto pkg = Project::open(m_packages[PackageTier::Generalised], Project::OpenMode::ReadOnly);
        Database &db = pkg->db();
        QCOMPARE(qint64(db.scalarInt("SELECT count(*) FROM incidents").value_or(-1)),
                 qint64(m_expected.size()));
        QCOMPARE(db.scalarInt(
                       "SELECT count(*) FROM incidents WHERE description IS NOT NULL OR address IS NOT NULL")
                     .value_or(-1),
                 0);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sources WHERE description IS NOT NULL").value_or(-1), 0);
        int points = 0;
        std::set<std::pair<double, double>> cells;
        Statement st = db.prepare("SELECT geom FROM incidents WHERE geom IS NOT NULL");
        while (st.step()) {
            const auto p = gpkg::pointFromBlob(static_cast<const char *>(st.blobData(0)), st.blobSize(0));
            QVERIFY(p.has_value());
            QCOMPARE(std::fmod(p->first - 125.0, 250.0), 0.0);
            QCOMPARE(std::fmod(p->second - 125.0, 250.0), 0.0);
            cells.insert(*p);
            ++points;
        }
        QVERIFY(points > 100);
        QVERIFY(cells.size() < std::size_t(points)); // snapping merged places
        // Every original point lies in the cell its snapped point is the centre of.
        std::multiset<std::pair<double, double>> expected;
        Statement src = m_project->db().prepare("SELECT fid, geom FROM incidents WHERE geom IS NOT NULL");
        while (src.step()) {
            if (!m_expected.count(src.int64(0)))
                continue;
            const auto p = gpkg::pointFromBlob(static_cast<const char *>(src.blobData(1)), src.blobSize(1));
            expected.insert(
                {(std::floor(p->first / 250) + 0.5) * 250, (std::floor(p->second / 250) + 0.5) * 250});
        }
        std::multiset<std::pair<double, double>> actual;
        Statement again = db.prepare("SELECT geom FROM incidents WHERE geom IS NOT NULL");
        while (again.step())
            actual.insert(
                *gpkg::pointFromBlob(static_cast<const char *>(again.blobData(0)), again.blobSize(0)));
        QVERIFY(expected == actual);
        QVERIFY(PictureStore(*pkg).find(m_amber)->state.filter.text.isEmpty());
    }

    void aggregatedTierHasNoPointsNoSmallCountsNoDifferencing()
    {
        auto pkg = Project::open(m_packages[PackageTier::Aggregated], Project::OpenMode::ReadOnly);
        Database &db = pkg->db();
        QCOMPARE(
            db.scalarInt("SELECT count(*) FROM gpkg_geometry_columns WHERE geometry_type_name LIKE '%POINT%'")
                .value_or(-1),
            0);
        QVERIFY(!db.tableExists("incidents"));
        QCOMPARE(
            db.scalarInt("SELECT count(*) FROM zone_counts WHERE incidents BETWEEN 1 AND 4").value_or(-1), 0);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM zone_phenomenon_counts WHERE incidents BETWEEN 1 AND 4")
                     .value_or(-1),
                 0);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM zone_counts").value_or(0), 19);
        const PackageResult &res = m_results[PackageTier::Aggregated];
        QVERIFY2(res.suppressedPrimary > 0 && res.suppressedSecondary > 0,
                 "the test data must exercise suppression");

        // Rebuild the published table (zones x phenomena + totals) and the true one.
        QStringList zones, phenomena;
        for (Statement st = db.prepare("SELECT zone_code FROM zone_counts ORDER BY zone_code"); st.step();)
            zones << st.text(0);
        for (Statement st = db.prepare(
                 "SELECT DISTINCT phenomenon_code FROM zone_phenomenon_counts WHERE phenomenon_code "
                 "!= 'ALL' ORDER BY phenomenon_code");
             st.step();)
            phenomena << st.text(0);
        const int R = int(zones.size()), C = int(phenomena.size());
        const auto at = [&](int r, int c) { return r * (C + 1) + c; };
        std::vector<std::optional<qint64>> published((R + 1) * (C + 1));
        std::vector<qint64> truth((R + 1) * (C + 1), 0);
        for (Statement st =
                 db.prepare("SELECT zone_code, phenomenon_code, incidents FROM zone_phenomenon_counts");
             st.step();) {
            const int r = st.text(0) == "ALL" ? R : int(zones.indexOf(st.text(0)));
            const int c = st.text(1) == "ALL" ? C : int(phenomena.indexOf(st.text(1)));
            QVERIFY(r >= 0 && c >= 0);
            published[at(r, c)] = st.optionalInt(2);
        }
        for (Statement st = db.prepare("SELECT zone_code, incidents FROM zone_counts"); st.step();)
            published[at(int(zones.indexOf(st.text(0))), C)] = st.optionalInt(1);
        Statement src = m_project->db().prepare("SELECT i.fid, i.municipality_nis, p.code FROM incidents i "
                                                "JOIN phenomena p ON p.id = i.phenomenon_id");
        while (src.step()) {
            if (!m_expected.count(src.int64(0)) || src.isNull(1))
                continue;
            const int r = int(zones.indexOf(QString::number(src.int64(1)))),
                      c = int(phenomena.indexOf(src.text(2)));
            if (r < 0 || c < 0)
                continue;
            ++truth[at(r, c)], ++truth[at(r, C)], ++truth[at(R, c)], ++truth[at(R, C)];
        }
        int hidden = 0;
        for (std::size_t i = 0; i < truth.size(); ++i) {
            if (published[i])
                QCOMPARE(*published[i], truth[i]); // what is published is true
            else
                ++hidden;
        }
        QCOMPARE(hidden, res.suppressedPrimary + res.suppressedSecondary);
        // The differencing attacker: solve any row or column equation with one unknown, with
        // every value recovered so far, until nothing changes. Nothing may be recovered.
        std::vector<std::optional<qint64>> known = published;
        for (bool progress = true; progress;) {
            progress = false;
            QList<QList<int>> lines;
            for (int r = 0; r <= R; ++r) {
                QList<int> l;
                for (int c = 0; c <= C; ++c)
                    l << at(r, c);
                lines << l;
            }
            for (int c = 0; c <= C; ++c) {
                QList<int> l;
                for (int r = 0; r <= R; ++r)
                    l << at(r, c);
                lines << l;
            }
            for (const QList<int> &l : lines) {
                int unknown = -1, count = 0;
                qint64 sumCells = 0;
                for (int i = 0; i < l.size(); ++i) {
                    if (!known[l[i]]) {
                        unknown = i;
                        ++count;
                    } else if (i + 1 < l.size()) {
                        sumCells += *known[l[i]];
                    }
                }
                if (count != 1)
                    continue;
                known[l[unknown]] = unknown + 1 == l.size() ? sumCells : *known[l.last()] - sumCells;
                progress = true;
                QFAIL(
                    qPrintable(QStringLiteral("hidden entry %1 recovered by differencing").arg(l[unknown])));
            }
        }
        // Pictures still come along; the package is still a Phenomap project.
        QCOMPARE(PictureStore(*pkg).list().size(), 2);
    }

    void aggregatedTierSummaryShowsPublishedCountsOnly()
    {
        // `phenomap info` and `open-package` summarise an aggregated package from its zone
        // counts: it has no incidents table, and a suppressed count stays null.
        auto pkg = Project::open(m_packages[PackageTier::Aggregated], Project::OpenMode::ReadOnly);
        const QJsonObject info = projectInfo(*pkg);
        QVERIFY(info.value(QStringLiteral("aggregated")).toBool());
        const QJsonArray zones = info.value(QStringLiteral("byZone")).toArray();
        QCOMPARE(zones.size(), 19);
        qint64 published = 0;
        int suppressed = 0;
        for (const QJsonValue &z : zones) {
            const QJsonValue n = z.toObject().value(QStringLiteral("count"));
            if (n.isNull())
                ++suppressed;
            else
                published += n.toInteger();
        }
        Database &db = pkg->db();
        QCOMPARE(published, db.scalarInt("SELECT sum(incidents) FROM zone_counts WHERE suppressed = 0").value_or(-1));
        QCOMPARE(suppressed, int(db.scalarInt("SELECT count(*) FROM zone_counts WHERE suppressed <> 0").value_or(-1)));
        QCOMPARE(info.value(QStringLiteral("publishedCount")).toInteger(), published);
    }

    void pseudonymsPerRecipient()
    {
        const auto refs = [](const QString &path) {
            auto p = Project::open(path, Project::OpenMode::ReadOnly);
            return column(p->db(), "SELECT source_ref FROM incidents");
        };
        const QSet<QString> first = refs(m_packages[PackageTier::Exact]);
        PackageRequest again = request(PackageTier::Exact, QStringLiteral("again.gpkg"));
        exportPackage(*m_project, again);
        QCOMPARE(refs(again.outputPath), first); // stable for the same recipient
        PackageRequest other =
            request(PackageTier::Exact, QStringLiteral("other.gpkg"), QStringLiteral("Douanes"));
        exportPackage(*m_project, other);
        const QSet<QString> theirs = refs(other.outputPath);
        QCOMPARE(theirs.size(), first.size());
        QVERIFY(!theirs.intersects(first)); // different for another recipient
        QCOMPARE(m_project->db().scalarInt("SELECT count(*) FROM phenomap_recipients").value_or(0), 2);
    }

    void validatesAsGeoPackage()
    {
        for (PackageTier tier : {PackageTier::Exact, PackageTier::Generalised, PackageTier::Aggregated}) {
            bool available = false;
            const QString out = test::validateGpkg(m_packages[tier], &available);
            if (!available)
                QSKIP("validate_gpkg (python3-gdal) is not installed");
            QVERIFY2(out.isEmpty(), qPrintable(tierCode(tier) + QStringLiteral(": ") + out));
        }
    }

    void markingEverywhere()
    {
        for (PackageTier tier : {PackageTier::Exact, PackageTier::Generalised, PackageTier::Aggregated}) {
            auto pkg = Project::open(m_packages[tier], Project::OpenMode::ReadOnly);
            Database &db = pkg->db();
            QCOMPARE(
                db.scalarInt("SELECT count(*) FROM gpkg_contents WHERE description NOT LIKE 'TLP:AMBER · %'")
                    .value_or(-1),
                0);
            QCOMPARE(db.scalarInt(
                           "SELECT count(*) FROM gpkg_contents WHERE description NOT LIKE '%synthetic data'")
                         .value_or(-1),
                     0);
            QCOMPARE(db.scalarInt("SELECT count(*) FROM gpkg_metadata_reference r JOIN gpkg_metadata m ON "
                                  "m.id = r.md_file_id "
                                  "WHERE r.reference_scope = 'geopackage' AND m.metadata LIKE '%TLP:AMBER%'")
                         .value_or(0),
                     2);
            QCOMPARE(db.scalarInt("SELECT count(*) FROM gpkg_contents c WHERE NOT EXISTS (SELECT 1 FROM "
                                  "gpkg_metadata_reference r WHERE r.table_name = c.table_name)")
                         .value_or(-1),
                     0);
        }
        // GDAL reads the marking as dataset metadata.
        GDALAllRegister();
        GDALDatasetH ds = GDALOpenEx(QFile::encodeName(m_packages[PackageTier::Aggregated]).constData(),
                                     GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        QCOMPARE(QString::fromUtf8(GDALGetMetadataItem(ds, "TLP", nullptr)), QStringLiteral("TLP:AMBER"));
        GDALClose(ds);
    }

    void qgisStylesCarryTaxonomyColours()
    {
        GDALAllRegister();
        GDALDatasetH ds = GDALOpenEx(QFile::encodeName(m_packages[PackageTier::Exact]).constData(),
                                     GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH styles = GDALDatasetGetLayerByName(ds, "layer_styles");
        QVERIFY(styles);
        QString qml;
        OGR_L_ResetReading(styles);
        while (OGRFeatureH f = OGR_L_GetNextFeature(styles)) {
            const QString table =
                QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "f_table_name")));
            if (table == QLatin1String("incidents")) {
                QCOMPARE(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "useAsDefault")), 1);
                QVERIFY(OGR_F_IsFieldSetAndNotNull(f, OGR_F_GetFieldIndex(f, "f_table_schema")));
                QCOMPARE(
                    QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "f_geometry_column"))),
                    QStringLiteral("geom"));
                qml = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "styleQML")));
            }
            OGR_F_Destroy(f);
        }
        QVERIFY(OGR_DS_GetLayerByName(ds, "incidents"));
        GDALClose(ds);
        QVERIFY(!qml.isEmpty());

        // Parse the QML: category value -> symbol -> colour.
        QHash<QString, QString> symbolOfValue, colourOfSymbol;
        QString attribute, currentSymbol;
        QXmlStreamReader xml(qml);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("renderer-v2")) {
                QCOMPARE(a.value("type").toString(), QStringLiteral("categorizedSymbol"));
                attribute = a.value("attr").toString();
            } else if (xml.name() == QLatin1String("category")) {
                symbolOfValue.insert(a.value("value").toString(), a.value("symbol").toString());
            } else if (xml.name() == QLatin1String("symbol")) {
                currentSymbol = a.value("name").toString();
            } else if (xml.name() == QLatin1String("Option") && a.value("name") == QLatin1String("color")) {
                colourOfSymbol.insert(currentSymbol, a.value("value").toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(attribute, QStringLiteral("phenomenon_id"));
        int checked = 0;
        for (const TaxonomyNode &n : loadTaxonomy(m_project->db())) {
            if (n.kind != QLatin1String("phenomenon"))
                continue;
            const QColor c(n.colour);
            QVERIFY(symbolOfValue.contains(QString::number(n.id)));
            QCOMPARE(colourOfSymbol.value(symbolOfValue.value(QString::number(n.id))),
                     QStringLiteral("%1,%2,%3,255").arg(c.red()).arg(c.green()).arg(c.blue()));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    void manifestDetectsModification()
    {
        const QString copy = m_dir.filePath("tampered.gpkg");
        QVERIFY(QFile::copy(m_packages[PackageTier::Exact], copy));
        PackageVerification v = verifyPackage(copy);
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.message, QStringLiteral("intact"));
        QCOMPARE(v.exportId, m_results[PackageTier::Exact].exportId);
        QCOMPARE(v.tlp, QStringLiteral("TLP:AMBER"));
        {
            Database db(copy, Database::Mode::ReadWrite);
            gpkg::registerSqlFunctions(db.handle());
            db.exec("UPDATE incidents SET occurred_from = occurred_from - 60 WHERE fid = 7");
        }
        v = verifyPackage(copy);
        QVERIFY(!v.intact);
        QCOMPARE(v.modifiedTables, QStringList{QStringLiteral("incidents")});
        QCOMPARE(v.message, QStringLiteral("modified: table incidents"));
        // An aggregated count changed, and a table added, are caught too.
        const QString agg = m_dir.filePath("tampered_agg.gpkg");
        QVERIFY(QFile::copy(m_packages[PackageTier::Aggregated], agg));
        {
            Database db(agg, Database::Mode::ReadWrite);
            gpkg::registerSqlFunctions(db.handle());
            db.exec("UPDATE zone_phenomenon_counts SET incidents = 3, suppressed = 0 WHERE id = (SELECT "
                    "min(id) FROM "
                    "zone_phenomenon_counts WHERE suppressed = 1)");
            db.exec("CREATE TABLE extra (x)");
        }
        v = verifyPackage(agg);
        QCOMPARE(v.modifiedTables,
                 (QStringList{QStringLiteral("extra"), QStringLiteral("zone_phenomenon_counts")}));
        // A project that is no package is told apart.
        QVERIFY(!verifyPackage(m_source).isPackage);
    }

    void exportLogRecordsEachExport()
    {
        Statement st = m_project->db().prepare("SELECT file_name, recipient, tier, tlp, sha256, kind FROM "
                                               "phenomap_export_log WHERE file_name = ?");
        st.bind(1, m_packages[PackageTier::Generalised]);
        QVERIFY(st.step());
        QCOMPARE(st.text(1), QStringLiteral("PZ Midi"));
        QCOMPARE(st.text(2), QStringLiteral("generalised"));
        QCOMPARE(st.text(3), QStringLiteral("TLP:AMBER"));
        QCOMPARE(st.text(4), fileSha256(m_packages[PackageTier::Generalised]));
        QCOMPARE(st.text(4), m_results[PackageTier::Generalised].sha256);
        QCOMPARE(st.text(5), QStringLiteral("partner-package"));
        QVERIFY(m_project->db()
                    .scalarInt("SELECT count(*) FROM phenomap_audit WHERE action = 'export.package'")
                    .value_or(0) >= 3);
    }

    void feedbackMergeKeepsAuthorsAndIsIdempotent()
    {
        const QString feedback = m_dir.filePath("feedback.gpkg");
        QVERIFY(QFile::copy(m_packages[PackageTier::Aggregated], feedback));
        QFile::setPermissions(feedback, QFile::ReadOwner | QFile::WriteOwner);
        const QDateTime when(QDate(2026, 11, 2), QTime(14, 5, 9, 250), Qt::UTC);
        {
            auto partner = Project::open(feedback);
            PictureComments::add(*partner, {QString(), m_amber, QStringLiteral("Inspecteur Janssens"),
                                            QStringLiteral("PZ Midi"), when,
                                            QStringLiteral("Confirmé rue Lemonnier.")});
            PictureComments::add(*partner, {QString(), m_green, QStringLiteral("Marie Dubois"),
                                            QStringLiteral("Douanes"), when.addSecs(60),
                                            QStringLiteral("Also seen at the port.")});
        }
        const MergeResult first = mergeFeedback(*m_project, feedback);
        QCOMPARE(first.added, 2);
        QCOMPARE(first.duplicates, 0);
        QVERIFY2(first.packageIntact, qPrintable(first.verification)); // comments do not break the manifest
        const QList<PictureComment> merged = PictureComments::list(*m_project, m_amber);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged[0].author, QStringLiteral("Inspecteur Janssens"));
        QCOMPARE(merged[0].agency, QStringLiteral("PZ Midi"));
        QCOMPARE(merged[0].createdAt, when);
        QCOMPARE(merged[0].text, QStringLiteral("Confirmé rue Lemonnier."));
        const MergeResult second = mergeFeedback(*m_project, feedback);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.duplicates, 2);
        QCOMPARE(PictureComments::list(*m_project).size(), 2);
        // Feedback from another project's package is refused.
        const QString stranger = m_dir.filePath("stranger.gpkg");
        {
            auto other = Project::create(stranger, {.title = "Other", .baseZones = false});
        }
        QVERIFY_THROWS_EXCEPTION(PackageError, mergeFeedback(*m_project, stranger));
    }

    void partnerCheckWithQgis()
    {
        if (!QFile::exists(QStringLiteral("/work/shared/tools/partner-check")))
            QSKIP("partner-check is not available");
        if (!pythonHas("qgis.core"))
            QSKIP("QGIS (python3-qgis) is not installed");
        for (PackageTier tier : {PackageTier::Exact, PackageTier::Aggregated}) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral("/work/shared/tools/partner-check"), {m_packages[tier]});
            QVERIFY(p.waitForFinished(300000));
            const QString out = QString::fromUtf8(p.readAll());
            QVERIFY2(p.exitCode() == 0, qPrintable(out));
            QVERIFY2(out.contains(QLatin1String("style from layer_styles loaded")), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestPartnerPackage)
#include "tst_partnerpackage.moc"
