// SPDX-License-Identifier: GPL-3.0-or-later
// Grids, spatial weights and zone contiguity. Expected values are worked out by hand in the
// comments, except the Columbus contiguity, which is libpysal 4.7's Queen.from_shapefile (see
// tst_spatialstats.cpp for the script that printed it).
#include "grid.h"
#include "project.h"
#include "spatialweights.h"
#include "wkbreader.h"
#include "zonecontiguity.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <boost/geometry.hpp>
#include <gdal.h>
#include <ogr_api.h>

#include <cmath>

using namespace phenomap;

namespace {

QByteArray squareWkb(double x0, double y0, double x1, double y1)
{
    analysis::Polygon p;
    boost::geometry::read_wkt(QStringLiteral("POLYGON((%1 %2,%1 %4,%3 %4,%3 %2,%1 %2))")
                                  .arg(x0, 0, 'g', 17).arg(y0, 0, 'g', 17).arg(x1, 0, 'g', 17).arg(y1, 0, 'g', 17)
                                  .toStdString(), p);
    // Build ISO WKB by hand (little-endian Polygon, one ring).
    QByteArray out;
    auto u32 = [&](quint32 v) { out.append(reinterpret_cast<const char *>(&v), 4); };
    auto f64 = [&](double v) { out.append(reinterpret_cast<const char *>(&v), 8); };
    out.append(char(1));
    u32(3);
    u32(1);
    u32(quint32(p.outer().size()));
    for (const auto &pt : p.outer()) {
        f64(pt.x());
        f64(pt.y());
    }
    return out;
}

} // namespace

class TestWeights : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void squareGrid()
    {
        // 300 x 200 m at 100 m: 3 columns x 2 rows.
        Grid g(Grid::Shape::Square, 100, Envelope{1000, 1300, 2000, 2200});
        QCOMPARE(g.cellCount(), 6);
        QCOMPARE(g.cellAt(1050, 2050), 0);
        QCOMPARE(g.cellAt(1250, 2150), 5);
        QCOMPARE(g.cellAt(1300, 2200), 5); // the far corner belongs to the last cell
        QCOMPARE(g.cellAt(999, 2050), -1);
        QCOMPARE(g.centroid(4), QPointF(1150, 2150));
        const float x[] = {1010, 1020, 1210, NAN, 5000}, y[] = {2010, 2020, 2190, 2000, 2000};
        const std::vector<double> counts = g.count(x, y, 5);
        QCOMPARE(counts, (std::vector<double>{2, 0, 0, 0, 0, 1}));
        const std::vector<quint32> rows{1, 2};
        const std::vector<float> weights{0.5f, 0.25f, 0.125f, 1, 1};
        QCOMPARE(g.count(x, y, 5, &rows, &weights), (std::vector<double>{0.25, 0, 0, 0, 0, 0.125}));
        // Masking renumbers the active cells.
        g.setMask({true, false, true, false, true, true});
        QCOMPARE(g.cellCount(), 4);
        QCOMPARE(g.cellAt(1150, 2050), -1);
        QCOMPARE(g.cellAt(1250, 2150), 3);
        // Polygon WKB reads back with the cell's area.
        analysis::MultiPolygon mp;
        QVERIFY(WkbReader::readMultiPolygon(g.polygonWkb(3), mp));
        QVERIFY(std::fabs(boost::geometry::area(mp) - 10000) < 1e-6);
    }

    void hexGrid()
    {
        const double s = 200;
        Grid g(Grid::Shape::Hexagon, s, Envelope{0, 2000, 0, 2000});
        QVERIFY(std::fabs(g.cellArea() - s * s * std::sqrt(3.0) / 2) < 1e-9);
        // Every point of the extent falls in a cell whose polygon covers it, and that cell has
        // the nearest centre (checked against all centres for a sample).
        QRandomGenerator rng(5);
        const std::vector<QPointF> centres = g.centroids();
        for (int i = 0; i < 2000; ++i) {
            const double x = rng.bounded(2000.0), y = rng.bounded(2000.0);
            const int c = g.cellAt(x, y);
            QVERIFY(c >= 0);
            analysis::MultiPolygon mp;
            QVERIFY(WkbReader::readMultiPolygon(g.polygonWkb(c), mp));
            QVERIFY(std::fabs(boost::geometry::area(mp) - g.cellArea()) < 1e-6);
            QVERIFY(boost::geometry::covered_by(analysis::Point(x, y), mp));
            double best = 1e300;
            for (const QPointF &p : centres)
                best = std::min(best, std::hypot(p.x() - x, p.y() - y));
            QVERIFY(std::fabs(std::hypot(centres[std::size_t(c)].x() - x, centres[std::size_t(c)].y() - y) - best) < 1e-9);
        }
        // Interior hexagons have 6 neighbours at distance s (queen == rook).
        const int mid = g.cellAtLattice(4, 4);
        const std::vector<int> nb = g.neighbours(mid, true);
        QCOMPARE(int(nb.size()), 6);
        QCOMPARE(g.neighbours(mid, false), nb);
        for (int n : nb) {
            const QPointF a = g.centroid(mid), b = g.centroid(n);
            QVERIFY(std::fabs(std::hypot(a.x() - b.x(), a.y() - b.y()) - s) < 1e-9);
        }
        // The distance-band stencil agrees with the R-tree on the centres (band = 2 s).
        const SpatialWeights stencil = SpatialWeights::gridDistanceBand(g, 2 * s);
        const SpatialWeights tree = SpatialWeights::distanceBand(centres, 2 * s);
        QVERIFY(stencil.neighbourLists() == tree.neighbourLists());
        QCOMPARE(stencil.cardinality(g.cellAtLattice(5, 5)), 18); // 6 + 12 within two rings
        const SpatialWeights withSelf = SpatialWeights::gridDistanceBand(g, 2 * s, true);
        QVERIFY(withSelf.includesSelf());
        QVERIFY(withSelf.neighbourLists() == stencil.withSelf().neighbourLists());
    }

    void gridContiguity()
    {
        // 3x3: the centre has 8 queen / 4 rook neighbours, a corner 3 / 2, an edge cell 5 / 3.
        Grid g(Grid::Shape::Square, 100, Envelope{0, 300, 0, 300});
        const SpatialWeights q = SpatialWeights::gridContiguity(g, true), r = SpatialWeights::gridContiguity(g, false);
        QCOMPARE(q.cardinality(4), 8);
        QCOMPARE(r.cardinality(4), 4);
        QCOMPARE(q.cardinality(0), 3);
        QCOMPARE(r.cardinality(0), 2);
        QCOMPARE(q.cardinality(1), 5);
        QCOMPARE(r.cardinality(1), 3);
        QCOMPARE(r.neighbourLists()[0], (std::vector<int>{1, 3}));
        // Binary rook: S0 = 2 * 12 edges = 24, S1 = 1/2 * 24 * (1+1)^2 = 48,
        // S2 = sum (2 k_i)^2 = 4 * (4*4 + 4*9 + 16) = 272.
        QCOMPARE(r.s0(), 24.0);
        QCOMPARE(r.s1(), 48.0);
        QCOMPARE(r.s2(), 272.0);
        // Row-standardised rook: S0 = n = 9. S1 = 1/2 sum over ordered pairs of (w_ij + w_ji)^2:
        // corner (k=2) - edge (k=3): 8 pairs, 16 ordered, each (1/2 + 1/3)^2 = 25/36;
        // edge - centre (k=4): 4 pairs, 8 ordered, each (1/3 + 1/4)^2 = 49/144.
        SpatialWeights rr = r;
        rr.setTransform(SpatialWeights::Transform::RowStandardised);
        QVERIFY(std::fabs(rr.s0() - 9) < 1e-12);
        QVERIFY(std::fabs(rr.s1() - 0.5 * (16 * 25.0 / 36 + 8 * 49.0 / 144)) < 1e-12);
        // Gi* weights include self once.
        const SpatialWeights self = r.withSelf();
        QCOMPARE(self.cardinality(4), 5);
        QCOMPARE(self.weightOf(4, 4), 1.0);
        QCOMPARE(self.islands(), 0);
    }

    void kNearest()
    {
        // Points on a line at 0, 1, 3, 7, 15: nearest of 0 is 1; of 3 is 1 (d=2) then 0 (d=3).
        std::vector<QPointF> pts{{0, 0}, {1, 0}, {3, 0}, {7, 0}, {15, 0}};
        const SpatialWeights w = SpatialWeights::kNearest(pts, 2);
        const auto lists = w.neighbourLists();
        QCOMPARE(lists[0], (std::vector<int>{1, 2}));
        QCOMPARE(lists[2], (std::vector<int>{0, 1}));
        QCOMPARE(lists[4], (std::vector<int>{2, 3}));
        // Ties are broken by the lower index: from 1, points 0 (d=1) and 2 (d=2).
        QCOMPARE(lists[1], (std::vector<int>{0, 2}));
        const SpatialWeights band = SpatialWeights::distanceBand(pts, 2.0);
        QCOMPARE(band.neighbourLists()[1], (std::vector<int>{0, 2}));
        QCOMPARE(band.cardinality(3), 0);
        QCOMPARE(band.islands(), 2);
    }

    void polygonContiguity()
    {
        // 2x2 squares of 10 m. The upper-right one is digitised 1 mm off (within tolerance 0.01).
        // Queen: every pair touches. Rook: diagonals (0-3, 1-2) touch at one corner only.
        QList<QByteArray> zones{squareWkb(0, 0, 10, 10), squareWkb(10, 0, 20, 10), squareWkb(0, 10, 10, 20),
                                squareWkb(10.001, 10.001, 20, 20)};
        const SpatialWeights q = ZoneContiguity::fromWkb(zones, true, 0.01);
        const SpatialWeights r = ZoneContiguity::fromWkb(zones, false, 0.01);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(q.cardinality(i), 3);
        QCOMPARE(r.neighbourLists()[0], (std::vector<int>{1, 2}));
        QCOMPARE(r.neighbourLists()[3], (std::vector<int>{1, 2}));
        // With zero tolerance the offset square loses its neighbours.
        QCOMPARE(ZoneContiguity::fromWkb(zones, true, 0.0).cardinality(3), 0);
        // T-junction: a 20 m wide rectangle above two 10 m squares shares an edge with both
        // although it has no vertex at x = 10.
        QList<QByteArray> t{squareWkb(0, 0, 10, 10), squareWkb(10, 0, 20, 10), squareWkb(0, 10, 20, 20)};
        const SpatialWeights tr = ZoneContiguity::fromWkb(t, false, 0.01);
        QCOMPARE(tr.neighbourLists()[2], (std::vector<int>{0, 1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ZoneContiguity::fromWkb({QByteArray("junk")}, true));
    }

    void columbusContiguity()
    {
        const QString path = QStringLiteral("/usr/lib/python3/dist-packages/libpysal/examples/columbus/columbus.shp");
        if (!QFile::exists(path))
            QSKIP("python3-libpysal's columbus.shp is not installed");
        // libpysal Queen.from_shapefile(columbus.shp): 236 neighbour pairs (each way), no islands;
        // first rows printed by the reference script: 0: {1,2}, 1: {0,2,3}, 4: {2,3,5,7,8,10,14,15}.
        GDALAllRegister();
        GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        QList<QByteArray> wkbs;
        OGRFeatureH f;
        while ((f = OGR_L_GetNextFeature(layer)) != nullptr) {
            OGRGeometryH g = OGR_F_GetGeometryRef(f);
            QByteArray wkb(OGR_G_WkbSize(g), Qt::Uninitialized);
            OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
            wkbs << wkb;
            OGR_F_Destroy(f);
        }
        GDALClose(ds);
        QCOMPARE(wkbs.size(), 49);
        const SpatialWeights w = ZoneContiguity::fromWkb(wkbs, true, 1e-9);
        const auto lists = w.neighbourLists();
        QCOMPARE(lists[0], (std::vector<int>{1, 2}));
        QCOMPARE(lists[1], (std::vector<int>{0, 2, 3}));
        QCOMPARE(lists[4], (std::vector<int>{2, 3, 5, 7, 8, 10, 14, 15}));
        QCOMPARE(lists[19], (std::vector<int>{8, 9, 16, 21, 22, 26, 31, 32, 34, 39}));
        QCOMPARE(lists[48], (std::vector<int>{43, 44, 47}));
        QCOMPARE(int(w.nonZero()), 236);
    }

    void zonesTable()
    {
        QTemporaryDir dir;
        Project::CreateOptions o;
        o.title = QStringLiteral("zones");
        auto project = Project::create(dir.filePath(QStringLiteral("z.gpkg")), o);
        QStringList codes;
        const SpatialWeights w = ZoneContiguity::fromZonesTable(project->db(), QStringLiteral("municipalities"), true, 0.5, &codes);
        QCOMPARE(codes.size(), 19);
        QCOMPARE(w.size(), 19);
        QCOMPARE(w.islands(), 0); // the 19 municipalities form one connected region
        for (int i = 0; i < 19; ++i)
            for (std::size_t e = w.rowBegin(i); e < w.rowEnd(i); ++e)
                QVERIFY(w.weightOf(w.neighbour(e), i) > 0); // symmetric
        // Brussels city (21004) borders Schaerbeek (21015); Watermael-Boitsfort (21017) does not.
        const int bxl = int(codes.indexOf(QStringLiteral("21004"))), sch = int(codes.indexOf(QStringLiteral("21015")));
        const int wb = int(codes.indexOf(QStringLiteral("21017")));
        QVERIFY(bxl >= 0 && sch >= 0 && wb >= 0);
        QVERIFY(w.weightOf(bxl, sch) > 0);
        QCOMPARE(w.weightOf(sch, wb), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestWeights)
#include "tst_weights.moc"
