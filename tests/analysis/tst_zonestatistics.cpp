// SPDX-License-Identifier: GPL-3.0-or-later
// Choropleth zone statistics (count, rate, density, change, location quotient) on a generated
// demo project, each checked against plain SQL over the incidents and zones tables.
#include "demogenerator.h"
#include "engine.h"
#include "gpkggeometry.h"
#include "project.h"
#include "sqlite.h"
#include "zonestatistics.h"

#include <ogr_geometry.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace phenomap;

namespace {

struct SqlZone
{
    QString code;
    qint64 population = 0;
    double area = 0;
    qint64 count = 0;
};

/// Per zone of `layer`, the incidents whose window overlaps [from, to) at minute resolution (as
/// the engine compares), of phenomenon `phenomenon` (0 = any), counted by plain SQL.
QList<SqlZone> sqlCounts(Database &db, const QString &layer, qint64 from, qint64 to, qint64 phenomenon)
{
    const char *column = layer == QLatin1String("police_zones") ? "police_zone" : "municipality_nis";
    const QString sql =
        QStringLiteral("SELECT z.code, coalesce(z.population, 0), coalesce(z.area_km2, 0),"
                       " (SELECT count(*) FROM incidents i WHERE i.%1 = CAST(z.code AS INTEGER)"
                       "  AND i.occurred_from / 60 < ?2 / 60 AND i.occurred_to / 60 >= ?3 / 60"
                       "  AND (?4 = 0 OR i.phenomenon_id = ?4))"
                       " FROM zones z WHERE z.layer = ?1 ORDER BY z.code")
            .arg(QLatin1String(column));
    Statement st = db.prepare(sql);
    st.bind(1, layer).bind(2, to).bind(3, from).bind(4, phenomenon);
    QList<SqlZone> out;
    while (st.step())
        out.append({st.text(0), st.int64(1), st.real(2), st.int64(3)});
    return out;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestZoneStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Engine m_engine;
    Filter m_filter;
    qint64 m_phenomenon = 0;

    ZoneStatistics compute(const QString &layer, ZoneMeasure measure)
    {
        const FilterResult result = m_engine.apply(*m_project, m_filter);
        return computeZoneStatistics(*m_project, m_engine, m_filter, result, layer, measure);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(path, {.incidents = 5000, .seed = 42, .title = QStringLiteral("Choropleth statistics")});
        m_project = Project::open(path, Project::OpenMode::ReadOnly);
        m_engine.load(*m_project);
        m_phenomenon = *m_project->db().scalarInt(
            "SELECT phenomenon_id FROM incidents GROUP BY phenomenon_id ORDER BY count(*) DESC LIMIT 1");
        // The last six months of the demo, for the phenomenon with most incidents.
        const auto [from, to] = demoPeriod();
        m_filter.toUtc = to;
        m_filter.fromUtc = to - 182 * 86400;
        m_filter.phenomenonIds = {m_phenomenon};
        QCOMPARE(m_filter.fromUtc % 60, 0);
        Q_UNUSED(from);
    }

    void layers_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::newRow("municipalities") << QStringLiteral("municipalities");
        QTest::newRow("police zones") << QStringLiteral("police_zones");
    }

    void countsRatesAndDensity_data() { layers_data(); }
    void countsRatesAndDensity()
    {
        QFETCH(QString, layer);
        const QList<SqlZone> sql =
            sqlCounts(m_project->db(), layer, m_filter.fromUtc, m_filter.toUtc, m_phenomenon);
        QCOMPARE(sql.size(), layer == QLatin1String("municipalities") ? 19 : 6);
        const ZoneStatistics count = compute(layer, ZoneMeasure::Count);
        const ZoneStatistics rate = compute(layer, ZoneMeasure::RatePer1000);
        const ZoneStatistics density = compute(layer, ZoneMeasure::PerKm2);
        QCOMPARE(count.zones.size(), std::size_t(sql.size()));
        qint64 sum = 0;
        for (int i = 0; i < sql.size(); ++i) {
            const SqlZone &z = sql[i];
            QCOMPARE(count.zones[std::size_t(i)].zone.code, z.code);
            QCOMPARE(qint64(count.zones[std::size_t(i)].count), z.count);
            QCOMPARE(count.zones[std::size_t(i)].value, double(z.count));
            QVERIFY(z.population > 0 && z.area > 0);
            QVERIFY(near(rate.zones[std::size_t(i)].value, double(z.count) * 1000.0 / double(z.population)));
            QVERIFY(near(density.zones[std::size_t(i)].value, double(z.count) / z.area));
            sum += z.count;
        }
        QVERIFY2(sum > 50, "the filter should select enough incidents to mean something");
        QCOMPARE(count.values().size(), std::size_t(sql.size()));
    }

    void changeAgainstPreviousPeriod_data() { layers_data(); }
    void changeAgainstPreviousPeriod()
    {
        QFETCH(QString, layer);
        const ZoneStatistics change = compute(layer, ZoneMeasure::Change);
        // The previous period has the same length and ends where the window starts.
        QCOMPARE(change.previousToUtc, m_filter.fromUtc);
        QCOMPARE(change.previousToUtc - change.previousFromUtc, m_filter.toUtc - m_filter.fromUtc);
        Database &db = m_project->db();
        const QList<SqlZone> now = sqlCounts(db, layer, m_filter.fromUtc, m_filter.toUtc, m_phenomenon);
        const QList<SqlZone> before =
            sqlCounts(db, layer, change.previousFromUtc, change.previousToUtc, m_phenomenon);
        int withValue = 0;
        for (int i = 0; i < now.size(); ++i) {
            const ZoneStatistic &s = change.zones[std::size_t(i)];
            QCOMPARE(qint64(s.previousCount), before[i].count);
            if (before[i].count == 0) {
                QCOMPARE(s.hasValue(), now[i].count == 0);
                continue;
            }
            ++withValue;
            QVERIFY(near(s.value, 100.0 * double(now[i].count - before[i].count) / double(before[i].count)));
        }
        QVERIFY(withValue > 0);
    }

    void locationQuotient_data() { layers_data(); }
    void locationQuotient()
    {
        QFETCH(QString, layer);
        const ZoneStatistics lq = compute(layer, ZoneMeasure::LocationQuotient);
        Database &db = m_project->db();
        const QList<SqlZone> selected = sqlCounts(db, layer, m_filter.fromUtc, m_filter.toUtc, m_phenomenon);
        const QList<SqlZone> all = sqlCounts(db, layer, m_filter.fromUtc, m_filter.toUtc, 0);
        double selectedTotal = 0, allTotal = 0;
        for (int i = 0; i < selected.size(); ++i)
            selectedTotal += double(selected[i].count), allTotal += double(all[i].count);
        double weighted = 0;
        for (int i = 0; i < selected.size(); ++i) {
            const ZoneStatistic &s = lq.zones[std::size_t(i)];
            QCOMPARE(qint64(s.baseCount), all[i].count);
            const double expected =
                (double(selected[i].count) / double(all[i].count)) / (selectedTotal / allTotal);
            QVERIFY2(near(s.value, expected),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(s.zone.code).arg(s.value).arg(expected)));
            weighted += s.value * double(all[i].count);
        }
        // The region is the sum of the zones: the quotients, weighted by all incidents, average 1.
        QVERIFY(near(weighted / allTotal, 1.0));
    }

    void previousPeriodOfAnOpenWindow()
    {
        // An open window runs from the first to the last incident; the previous period precedes it.
        const auto [first, last] = m_engine.timeRange();
        const auto [from, to] = previousPeriod(m_engine, Filter());
        QCOMPARE(to, first);
        QCOMPARE(to - from, last + 60 - first);
        QCOMPARE(previousPeriod(Engine(), Filter()), (std::pair<qint64, qint64>(0, 0)));
    }

    /// A layer of the zones table the engine does not assign (an imported one): each filtered
    /// point is counted in the polygon that holds it, as a plain bounds test counts it.
    void importedLayerCountsPointsInItsPolygons()
    {
        struct Box
        {
            const char *code;
            double x0, y0, x1, y1;
            qint64 population;
        };
        // Two 3 km squares side by side in the centre; the second without population.
        const Box boxes[] = {{"7", 146000, 169000, 149000, 172000, 4000}, {"9", 149000, 169000, 152000, 172000, 0}};
        {
            auto writable = Project::open(m_project->path(), Project::OpenMode::ReadWrite);
            Transaction tx(writable->db());
            Statement ins = writable->db().prepare(
                "INSERT INTO zones (geom, layer, code, name_fr, name_nl, population, area_km2) "
                "VALUES (?, 'imported:Test', ?, ?, ?, ?, ?)");
            for (const Box &b : boxes) {
                OGRPolygon polygon;
                OGRLinearRing ring;
                ring.addPoint(b.x0, b.y0);
                ring.addPoint(b.x1, b.y0);
                ring.addPoint(b.x1, b.y1);
                ring.addPoint(b.x0, b.y1);
                ring.addPoint(b.x0, b.y0);
                polygon.addRing(&ring);
                QByteArray wkb(polygon.WkbSize(), Qt::Uninitialized);
                polygon.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
                ins.bindBlob(1, gpkg::blobFromWkb(wkb, 31370)).bind(2, QString::fromLatin1(b.code));
                ins.bind(3, QString::fromLatin1(b.code)).bind(4, QString::fromLatin1(b.code));
                if (b.population > 0)
                    ins.bind(5, b.population);
                else
                    ins.bindNull(5);
                ins.bind(6, 9.0);
                ins.run();
            }
            tx.commit();
        }
        const FilterResult result = m_engine.apply(*m_project, m_filter);
        const IncidentColumns &c = m_engine.columns();
        qint64 expected[2] = {0, 0};
        for (const quint32 row : result.rows) {
            const double x = c.x[row], y = c.y[row];
            if (std::isnan(x) || y < 169000 || y > 172000)
                continue;
            if (x >= 146000 && x < 149000)
                ++expected[0];
            else if (x > 149000 && x <= 152000)
                ++expected[1];
        }
        QVERIFY(expected[0] > 10 && expected[1] > 10);

        const ZoneStatistics counts = compute(QStringLiteral("imported:Test"), ZoneMeasure::Count);
        QCOMPARE(counts.zones.size(), std::size_t(2));
        QCOMPARE(counts.zones[0].zone.code, QStringLiteral("7"));
        QCOMPARE(qint64(counts.zones[0].count), expected[0]);
        QCOMPARE(qint64(counts.zones[1].count), expected[1]);
        QVERIFY(counts.zones[0].zone.outline.empty()); // stored polygons, not grid cells

        const ZoneStatistics rates = compute(QStringLiteral("imported:Test"), ZoneMeasure::RatePer1000);
        QVERIFY(near(rates.zones[0].value, double(expected[0]) * 1000.0 / 4000.0));
        QVERIFY(!rates.zones[1].hasValue()); // no population
        const ZoneStatistics density = compute(QStringLiteral("imported:Test"), ZoneMeasure::PerKm2);
        QVERIFY(near(density.zones[1].value, double(expected[1]) / 9.0));
    }

    /// The cache answers as a fresh computation does, and keeps its grid until asked for another.
    void geometryCacheKeepsTheGrid()
    {
        ZoneGeometryCache cache;
        const FilterResult result = m_engine.apply(*m_project, m_filter);
        for (const QString &layer : {QStringLiteral("grid:hex:500"), QStringLiteral("grid:square:250")}) {
            const ZoneStatistics fresh =
                computeZoneStatistics(*m_project, m_engine, m_filter, result, layer, ZoneMeasure::PerKm2);
            for (int round = 0; round < 2; ++round) {
                const ZoneStatistics cached = computeZoneStatistics(*m_project, m_engine, m_filter, result, layer,
                                                                    ZoneMeasure::PerKm2, &cache);
                QCOMPARE(cached.zones.size(), fresh.zones.size());
                for (std::size_t i = 0; i < fresh.zones.size(); ++i) {
                    QCOMPARE(cached.zones[i].count, fresh.zones[i].count);
                    QCOMPARE(cached.zones[i].zone.outline, fresh.zones[i].zone.outline);
                }
            }
        }
        const Grid *kept = &cache.grid(m_project->db(), {Grid::Shape::Square, 250});
        QCOMPARE(&cache.grid(m_project->db(), {Grid::Shape::Square, 250}), kept);
        const int squares = kept->cellCount();
        QVERIFY(cache.grid(m_project->db(), {Grid::Shape::Square, 1000}).cellCount() < squares);
        cache.clear();
        QCOMPARE(cache.grid(m_project->db(), {Grid::Shape::Square, 250}).cellCount(), squares);
    }

    void unknownLayerHasNoZones()
    {
        QVERIFY(compute(QStringLiteral("grid_250"), ZoneMeasure::Count).zones.empty());
    }
};

QTEST_GUILESS_MAIN(TestZoneStatistics)
#include "tst_zonestatistics.moc"
