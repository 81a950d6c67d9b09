// SPDX-License-Identifier: GPL-3.0-or-later
// Point-in-zone lookup: known places, holes and detached parts, WKB variants, and agreement with
// OGR's own predicates on the project's polygons, and the lookup grid against the exact test.
#include "gpkggeometry.h"
#include "project.h"
#include "zoneindex.h"

#include <ogr_geometry.h>

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

using namespace phenomap;

namespace {

/// WKB polygon builder for the synthetic cases (byte order and Z chosen by the caller).
class WkbWriter
{
public:
    explicit WkbWriter(bool little, bool withZ = false) : m_little(little), m_z(withZ) {}
    void header(quint32 type)
    {
        m_out.append(char(m_little ? 1 : 0));
        u32(m_z ? type + 1000 : type);
    }
    void u32(quint32 v)
    {
        char b[4];
        m_little ? qToLittleEndian(v, b) : qToBigEndian(v, b);
        m_out.append(b, 4);
    }
    void f64(double d)
    {
        quint64 v;
        std::memcpy(&v, &d, 8);
        char b[8];
        m_little ? qToLittleEndian(v, b) : qToBigEndian(v, b);
        m_out.append(b, 8);
    }
    void ring(const QList<QPointF> &pts)
    {
        u32(quint32(pts.size()));
        for (const QPointF &p : pts) {
            f64(p.x());
            f64(p.y());
            if (m_z)
                f64(42.0);
        }
    }
    QByteArray m_out;

private:
    bool m_little, m_z;
};

QList<QPointF> square(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

/// A multipolygon: square 0..10 with hole 4..6, plus a detached square 20..22.
QByteArray sampleWkb(bool little, bool withZ)
{
    WkbWriter w(little, withZ);
    w.header(6);
    w.u32(2);
    w.header(3);
    w.u32(2);
    w.ring(square(0, 0, 10, 10));
    w.ring(square(4, 4, 6, 6));
    w.header(3);
    w.u32(1);
    w.ring(square(20, 20, 22, 22));
    return w.m_out;
}

} // namespace

class TestZoneIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = Project::create(m_dir.filePath("zones.gpkg"), {.title = "zones"});
    }

    void wkbVariants_data()
    {
        QTest::addColumn<bool>("little");
        QTest::addColumn<bool>("withZ");
        QTest::newRow("little-endian 2D") << true << false;
        QTest::newRow("big-endian 2D") << false << false;
        QTest::newRow("little-endian Z") << true << true;
        QTest::newRow("big-endian Z") << false << true;
    }
    void wkbVariants()
    {
        QFETCH(bool, little);
        QFETCH(bool, withZ);
        ZoneIndex index;
        QVERIFY(index.build({{7, sampleWkb(little, withZ)}}));
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.zoneAt(1, 1), 7);
        QCOMPARE(index.zoneAt(5, 5), 0);    // in the hole
        QCOMPARE(index.zoneAt(4.5, 3), 7);  // beside the hole
        QCOMPARE(index.zoneAt(21, 21), 7);  // detached part
        QCOMPARE(index.zoneAt(15, 15), 0);  // between the parts (inside the layer's box)
        QCOMPARE(index.zoneAt(-1, 5), 0);
        QCOMPARE(index.zoneAt(10, 5), 7);   // on the boundary: covered
        QCOMPARE(index.zoneAt(qQNaN(), 5), 0);
        QCOMPARE(index.area(7), 100.0 - 4.0 + 4.0);
        const auto b = index.bounds(7);
        QVERIFY(b);
        QCOMPARE(b->minX, 0.0);
        QCOMPARE(b->maxY, 22.0);
        QVERIFY(!index.bounds(8));
    }

    void malformedWkbRejected()
    {
        ZoneIndex index;
        QVERIFY(index.build({{1, sampleWkb(true, false)}}));
        QByteArray truncated = sampleWkb(true, false);
        truncated.chop(5);
        QVERIFY(!index.build({{2, truncated}}));
        QVERIFY(!index.build({{3, QByteArray::fromHex("0101000000000000000000f03f000000000000f03f")}})); // a POINT
        QCOMPARE(index.codes(), QList<int>{1}); // unchanged
    }

    void knownPlaces_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<int>("municipality");
        QTest::addColumn<int>("policeZone");
        QTest::newRow("Grand-Place") << 148848.0 << 170700.0 << 21004 << 5339;
        QTest::newRow("detached Saint-Gilles in zone 5339's hole") << 149110.13 << 169432.36 << 21013 << 5341;
        QTest::newRow("Flagey, Ixelles") << 150243.0 << 168564.0 << 21009 << 5339;
        QTest::newRow("Gare du Midi") << 147658.0 << 169488.0 << 21013 << 5341;
        QTest::newRow("Peterbos, Anderlecht") << 144312.0 << 169790.0 << 21001 << 5341;
        QTest::newRow("Place Simonis, Koekelberg") << 147201.0 << 172514.0 << 21011 << 5340;
        QTest::newRow("Uccle") << 147762.0 << 165616.0 << 21016 << 5342;
        QTest::newRow("Place Jourdan, Etterbeek") << 150933.0 << 169621.0 << 21005 << 5343;
        QTest::newRow("Place Colignon, Schaerbeek") << 150651.0 << 173013.0 << 21015 << 5344;
        QTest::newRow("Antwerp, far outside") << 152000.0 << 212000.0 << 0 << 0;
        QTest::newRow("Vilvoorde, just outside") << 154207.0 << 179634.0 << 0 << 0;
    }
    void knownPlaces()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(int, municipality);
        QFETCH(int, policeZone);
        const ZoneIndex m = ZoneIndex::load(m_project->db(), QStringLiteral("municipalities"));
        const ZoneIndex z = ZoneIndex::load(m_project->db(), QStringLiteral("police_zones"));
        QCOMPARE(m.size(), 19);
        QCOMPARE(z.size(), 6);
        QCOMPARE(m.zoneAt(x, y), municipality);
        QCOMPARE(z.zoneAt(x, y), policeZone);
    }

    void agreesWithOgr_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::newRow("municipalities") << QStringLiteral("municipalities");
        QTest::newRow("police_zones") << QStringLiteral("police_zones");
    }
    void agreesWithOgr()
    {
        QFETCH(QString, layer);
        const ZoneIndex index = ZoneIndex::load(m_project->db(), layer);
        std::vector<std::pair<int, std::unique_ptr<OGRGeometry>>> polygons;
        Statement st = m_project->db().prepare("SELECT code, geom FROM zones WHERE layer = ?");
        st.bind(1, layer);
        while (st.step()) {
            const QByteArray wkb = gpkg::wkbFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
            OGRGeometry *g = nullptr;
            QCOMPARE(OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, wkb.size()), OGRERR_NONE);
            polygons.emplace_back(st.text(0).toInt(), std::unique_ptr<OGRGeometry>(g));
        }
        QVERIFY(!polygons.empty());
        const auto extent = index.extent();
        QVERIFY(extent);
        std::mt19937_64 rng(20261031); // the engine's sequence is specified by the standard
        int inside = 0, holeChecks = 0;
        for (int i = 0; i < 4000; ++i) {
            // widen the box by 1 km to also sample outside the region
            const double x = extent->minX - 1000 + double(rng() % 1000000) / 1e6 * (extent->maxX - extent->minX + 2000);
            const double y = extent->minY - 1000 + double(rng() % 1000000) / 1e6 * (extent->maxY - extent->minY + 2000);
            OGRPoint p(x, y);
            int expected = 0;
            for (const auto &[code, geom] : polygons)
                if (p.Within(geom.get()))
                    expected = code;
            QVERIFY2(index.zoneAt(x, y) == expected,
                     qPrintable(QStringLiteral("%1 %2: index %3, OGR %4").arg(x, 0, 'f', 3).arg(y, 0, 'f', 3)
                                    .arg(index.zoneAt(x, y)).arg(expected)));
            inside += expected != 0;
        }
        // the sample exercises both outcomes
        QVERIFY(inside > 1000 && inside < 3900);
        // points in the small detached part of Saint-Gilles / hole of 5339
        for (int i = 0; i < 200; ++i) {
            const double x = 149110.13 + double(rng() % 1000) / 10.0 - 50, y = 169432.36 + double(rng() % 1000) / 10.0 - 50;
            OGRPoint p(x, y);
            int expected = 0;
            for (const auto &[code, geom] : polygons)
                if (p.Within(geom.get()))
                    expected = code;
            QCOMPARE(index.zoneAt(x, y), expected);
            holeChecks += expected == 21013 || expected == 5341;
        }
        QVERIFY(holeChecks > 10);
    }

    // The lookup grid must give exactly the exact test's answer: 200,000 points per layer, half
    // uniform over the region and around it, half on and next to polygon vertices and edges at
    // distances from 1 m down to 1e-9 m, where a cell's answer would first go wrong.
    void gridMatchesExactPath_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::newRow("municipalities") << QStringLiteral("municipalities");
        QTest::newRow("police_zones") << QStringLiteral("police_zones");
    }
    void gridMatchesExactPath()
    {
        QFETCH(QString, layer);
        const ZoneIndex index = ZoneIndex::load(m_project->db(), layer);
        std::vector<std::pair<double, double>> vertices; // consecutive pairs of a ring are edges
        std::vector<std::size_t> ringStarts;
        Statement st = m_project->db().prepare("SELECT geom FROM zones WHERE layer = ?");
        st.bind(1, layer);
        while (st.step()) {
            const QByteArray wkb = gpkg::wkbFromBlob(static_cast<const char *>(st.blobData(0)), st.blobSize(0));
            OGRGeometry *g = nullptr;
            QCOMPARE(OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, wkb.size()), OGRERR_NONE);
            std::unique_ptr<OGRGeometry> geom(g);
            std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(geom.release()));
            for (const OGRPolygon *poly : *multi->toMultiPolygon())
                for (const OGRLinearRing *ring : *poly) {
                    ringStarts.push_back(vertices.size());
                    for (const OGRPoint &p : *ring)
                        vertices.emplace_back(p.getX(), p.getY());
                }
        }
        QVERIFY(vertices.size() > 100);
        const auto extent = index.extent();
        QVERIFY(extent);
        std::mt19937_64 rng(20261128);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        int compared = 0, inside = 0, byGrid = 0;
        auto check = [&](double x, double y) {
            const int fast = index.zoneAt(x, y), exact = index.zoneAtExact(x, y);
            if (fast != exact)
                QFAIL(qPrintable(QStringLiteral("%1 %2: grid %3, exact %4").arg(x, 0, 'f', 10).arg(y, 0, 'f', 10)
                                     .arg(fast).arg(exact)));
            ++compared;
        };
        for (int i = 0; i < 100000; ++i) {
            const double x = extent->minX - 1000 + unit(rng) * (extent->maxX - extent->minX + 2000);
            const double y = extent->minY - 1000 + unit(rng) * (extent->maxY - extent->minY + 2000);
            check(x, y);
            if (index.zoneAtExact(x, y) != 0) {
                ++inside;
                byGrid += index.answeredByGrid(x, y);
            }
        }
        for (int i = 0; i < 100000; ++i) {
            const std::size_t v = std::size_t(rng() % (vertices.size() - 1));
            const bool edge = std::binary_search(ringStarts.begin(), ringStarts.end(), v + 1) == false && (i & 1);
            double x = vertices[v].first, y = vertices[v].second;
            if (edge) { // a point on the edge to the next vertex of the same ring
                const double t = unit(rng);
                x += t * (vertices[v + 1].first - x);
                y += t * (vertices[v + 1].second - y);
            }
            const int k = int(rng() % 11); // 10^0 .. 10^-9 m, or exactly on the line
            if (k < 10) {
                const double d = std::pow(10.0, -k), a = unit(rng) * 6.283185307179586;
                x += d * std::cos(a);
                y += d * std::sin(a);
            }
            check(x, y);
        }
        QCOMPARE(compared, 200000);
        // The fast path is really taken: nearly every point inside the region is read off the grid.
        QVERIFY2(byGrid > inside * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(byGrid).arg(inside)));
    }

    void gridMatchesExactPathOnCellLines()
    {
        // A small layer (the square with a hole and a detached part): its grid cells are
        // 22/1024 units wide, and points exactly on the cell lines and on the polygon edges
        // must still get the exact answer.
        ZoneIndex index;
        QVERIFY(index.build({{7, sampleWkb(true, false)}}));
        const double cell = 22.0 / 1024;
        int byGrid = 0;
        for (int i = -3; i <= 1027; ++i)
            for (const double y : {0.0, 3.0, 4.0, 5.0, 6.0, 10.0, 20.0, 21.5, 22.0, double(i % 1024) * cell}) {
                const double x = i * cell;
                QCOMPARE(index.zoneAt(x, y), index.zoneAtExact(x, y));
                QCOMPARE(index.zoneAt(y, x), index.zoneAtExact(y, x));
                byGrid += index.answeredByGrid(x, y);
            }
        QVERIFY(byGrid > 1000);
        QCOMPARE(index.zoneAt(1, 1), 7);
        QCOMPARE(index.zoneAt(5, 5), 0);
        QCOMPARE(index.zoneAt(10, 5), 7);
        QVERIFY(index.answeredByGrid(1, 1));
        QVERIFY(!index.answeredByGrid(10, 5)); // on an edge: the exact test decides
    }

    void cleanupTestCase() { m_project.reset(); }
};

QTEST_GUILESS_MAIN(TestZoneIndex)
#include "tst_zoneindex.moc"
