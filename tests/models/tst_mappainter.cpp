// SPDX-License-Identifier: GPL-3.0-or-later
// The map painter draws on any device: check pixels it puts at known places, and the zones it
// reads from a real project. Its caches (bin counts per cell size, simplified outlines, label
// images) must never show a stale picture: a painter that has drawn before must draw exactly
// what a fresh painter draws, after a filter change, a pan, a zoom and a change of the columns.
#include "bingrid.h"
#include "engine.h"
#include "gpkggeometry.h"
#include "gui_support.h"
#include "hexbins.h"
#include "mappainter.h"
#include "mapview.h"
#include "zonelayer.h"
#include "zonelod.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTest>
#include <QRandomGenerator>
#include <QtEndian>

#include <cmath>

using namespace phenomap;

namespace {

const QColor kRed(0xd0, 0x10, 0x20);
const QColor kBlue(0x10, 0x40, 0xc0);
constexpr qint64 kRedId = 7, kBlueId = 9;

/// A 1 km square municipality "Testville" at (0,0)-(1000,1000), inside a police zone square.
ZoneLayer squareLayer(double x0, double y0, double side, const QString &name)
{
    ZoneShape s;
    s.code = QStringLiteral("1");
    s.nameFr = s.nameNl = name;
    s.path.addRect(QRectF(x0, y0, side, side));
    s.bounds = s.path.boundingRect();
    s.labelPoint = interiorLabelPoint(s.path);
    return ZoneLayer({s});
}

/// Columns with points: row i at points[i], phenomenon dictionary 0 = red, 1 = blue.
IncidentColumns columnsWith(const QList<QPointF> &points, const QList<int> &phenomena)
{
    IncidentColumns c;
    c.phenomenonIds = {kRedId, kBlueId};
    for (int i = 0; i < points.size(); ++i) {
        c.fid.push_back(quint32(100 + i));
        c.x.push_back(float(points[i].x()));
        c.y.push_back(float(points[i].y()));
        c.phenomenon.push_back(quint8(phenomena[i]));
    }
    return c;
}

std::vector<quint32> allRows(const IncidentColumns &c)
{
    std::vector<quint32> rows(c.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = quint32(i);
    return rows;
}

QColor pixelAt(const QImage &image, QPointF p)
{
    return image.pixelColor(int(std::floor(p.x())), int(std::floor(p.y())));
}

bool close(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QByteArray polygonWkb(bool bigEndian, const QList<QList<QPointF>> &rings)
{
    QByteArray out;
    auto u32 = [&](quint32 v) {
        v = bigEndian ? qToBigEndian(v) : qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&v), 4);
    };
    auto f64 = [&](double d) {
        quint64 v;
        std::memcpy(&v, &d, 8);
        v = bigEndian ? qToBigEndian(v) : qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&v), 8);
    };
    out.append(char(bigEndian ? 0 : 1));
    u32(3);
    u32(quint32(rings.size()));
    for (const auto &ring : rings) {
        u32(quint32(ring.size()));
        for (const QPointF &p : ring) {
            f64(p.x());
            f64(p.y());
        }
    }
    return out;
}

/// Premultiplied source colour with alpha over an opaque background, as the raster blend does.
QColor over(const QColor &colour, int alpha, const QColor &background)
{
    const auto mix = [&](int s, int d) { return (s * alpha + d * (255 - alpha)) / 255; };
    return QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
                  mix(colour.blue(), background.blue()));
}

/// The colour of the busiest cell of a binned view: the dark red end of the ramp at alpha 225.
QColor busiestCell(const MapPainter &painter)
{
    return over(QColor(0xb3, 0x1b, 0x2c), 225, painter.style().land);
}

/// Largest distance from p to the outline of a polygon.
double distanceToRing(QPointF p, const QPolygonF &ring)
{
    double best = INFINITY;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QPointF a = ring[i], b = ring[i + 1];
        const double dx = b.x() - a.x(), dy = b.y() - a.y(), len2 = dx * dx + dy * dy;
        const double t = len2 > 0 ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, std::hypot(p.x() - a.x() - t * dx, p.y() - a.y() - t * dy));
    }
    return best;
}

} // namespace

class TestMapPainter : public QObject
{
    Q_OBJECT

private:
    MapPainter m_painter;
    IncidentColumns m_columns;
    MapViewport m_view{QPointF(500, 500), 3.0, QSize(400, 300)}; // world -100..1100 x 50..950

private Q_SLOTS:
    void init()
    {
        m_painter = MapPainter();
        m_painter.setMunicipalities(squareLayer(0, 0, 1000, QString()));
        m_painter.setPhenomenonColour(kRedId, kRed);
        m_painter.setPhenomenonColour(kBlueId, kBlue);
        m_columns = columnsWith({QPointF(300, 700), QPointF(650, 350), QPointF(800, 800)}, {0, 1, 0});
        m_painter.setIncidents(&m_columns, allRows(m_columns));
    }

    void viewportTransforms()
    {
        MapViewport v(QPointF(150000, 170000), 10, QSize(800, 600));
        QCOMPARE(v.toPixel(QPointF(150000, 170000)), QPointF(400, 300));
        // North is up: a point 100 m north is 10 pixels higher on screen.
        QCOMPARE(v.toPixel(QPointF(150000, 170100)), QPointF(400, 290));
        QCOMPARE(v.toWorld(QPointF(410, 300)), QPointF(150100, 170000));
        const QPointF anchor(123, 456);
        const QPointF before = v.toWorld(anchor);
        v.zoomAt(anchor, 2.0);
        QCOMPARE(v.metresPerPixel(), 5.0);
        QVERIFY(std::abs(v.toWorld(anchor).x() - before.x()) < 1e-6);
        QVERIFY(std::abs(v.toWorld(anchor).y() - before.y()) < 1e-6);
        v.pan(QPointF(10, 0)); // drag right: the map moves right, the centre goes west
        QCOMPARE(v.centre().x(), before.x() - (anchor.x() - 400) * 5 - 50);
        const QRectF region(140000, 160000, 20000, 10000);
        v.fit(region);
        QVERIFY(v.worldExtent().contains(region));
        QVERIFY(v.worldExtent().width() < region.width() * 1.2);
    }

    void pointHasPhenomenonColourAtItsPixel()
    {
        const QImage image = m_painter.render(m_view);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 700))), kRed);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(650, 350))), kBlue);
        // Two pixels beside a point (radius 3) is still the point; ten pixels away it is land.
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 700)) + QPointF(1, 0)), kRed);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 700)) + QPointF(10, 0)), m_painter.style().land);
    }

    /// Coloured by MO, a point takes its first MO's shade of its phenomenon's colour; a point
    /// without MO keeps the phenomenon colour; by phenomenon again, the MO make no difference.
    void pointsColouredByModusOperandi()
    {
        // Red has two MO (ids 11, 12), blue one (21); rows: MO 12, none, MO 11 then 21.
        QList<TaxonomyNode> nodes;
        const auto node = [](qint64 id, qint64 parent, const QString &colour, int order) {
            TaxonomyNode n;
            n.id = id;
            n.parentId = parent;
            n.kind = parent ? QStringLiteral("mo") : QStringLiteral("phenomenon");
            n.colour = colour;
            n.sortOrder = order;
            return n;
        };
        nodes << node(kRedId, 0, kRed.name(), 0) << node(kBlueId, 0, kBlue.name(), 1) << node(11, kRedId, {}, 0)
              << node(12, kRedId, {}, 1) << node(21, kBlueId, {}, 0);
        m_painter.setTaxonomy(nodes);
        m_columns.moIds = {11, 12, 21};
        m_columns.moOffset = {0, 1, 1, 3};
        m_columns.mo = {1, 0, 2};
        m_painter.setIncidents(&m_columns, allRows(m_columns));
        const QColor mo11 = m_painter.moColour(11), mo12 = m_painter.moColour(12), mo21 = m_painter.moColour(21);
        QVERIFY(mo11 != mo12 && mo11 != kRed && mo12 != kRed);
        QCOMPARE(mo21, kBlue); // a lone MO keeps its phenomenon's colour
        QCOMPARE(mo11.hue(), kRed.hue());
        QVERIFY(mo11.lightness() < mo12.lightness()); // in sort order, dark to light
        QCOMPARE(moShades(nodes).value(12).rgb(), mo12.rgb()); // the same shades every time

        m_painter.setPointColouring(PointColouring::Mo);
        QImage image = m_painter.render(m_view);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 700))).rgb(), mo12.rgb());
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(650, 350))), kBlue);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(800, 800))).rgb(), mo11.rgb());
        m_painter.setPointColouring(PointColouring::Phenomenon);
        image = m_painter.render(m_view);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 700))), kRed);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(800, 800))), kRed);
        QCOMPARE(pointColouringFromCode(pointColouringCode(PointColouring::Mo)), PointColouring::Mo);
        QCOMPARE(pointColouringFromCode(QStringLiteral("unknown")), PointColouring::Phenomenon);
    }

    void municipalityFillAndBackground()
    {
        const QImage image = m_painter.render(m_view);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 300))), m_painter.style().land);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(-50, 500))), m_painter.style().background);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(1080, 900))), m_painter.style().background);
        // The outline runs along x = 0.
        const QColor edge = pixelAt(image, m_view.toPixel(QPointF(1, 500)));
        QVERIFY2(edge != m_painter.style().land && edge != m_painter.style().background, qPrintable(edge.name()));
    }

    void onlyVisibleRowsAreDrawn()
    {
        m_painter.setIncidents(&m_columns, {1});
        const QImage image = m_painter.render(m_view);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 700))), m_painter.style().land);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(650, 350))), kBlue);
    }

    void zoneOnlyIncidentsAreSkipped()
    {
        IncidentColumns c = columnsWith({QPointF(300, 700)}, {0});
        c.x.push_back(NAN);
        c.y.push_back(NAN);
        c.fid.push_back(999);
        c.phenomenon.push_back(1);
        m_painter.setIncidents(&c, allRows(c));
        const QImage image = m_painter.render(m_view);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 700))), kRed);
        QCOMPARE(pixelAt(image, QPointF(0, 0)), m_painter.style().background);
    }

    void selectionIsHighlighted()
    {
        const QPointF p = m_view.toPixel(QPointF(800, 800));
        const double ring = m_painter.style().pointRadius + 3.5;
        const QImage plain = m_painter.render(m_view);
        QCOMPARE(pixelAt(plain, p + QPointF(ring, 0)), m_painter.style().land);
        m_painter.setSelection({102});
        const QImage selected = m_painter.render(m_view);
        QVERIFY(close(pixelAt(selected, p + QPointF(ring, 0)), m_painter.style().selection, 40));
        QCOMPARE(pixelAt(selected, p), kRed);
    }

    void binnedWhenZoomedOut()
    {
        // 400 points in one 100 m square, 10 in another 5 km away.
        QList<QPointF> points;
        QList<int> phenomena;
        for (int i = 0; i < 400; ++i) {
            points << QPointF(20000 + (i % 20) * 4.0, 20000 + (i / 20) * 4.0);
            phenomena << 0;
        }
        for (int i = 0; i < 10; ++i) {
            points << QPointF(25000 + i, 20000);
            phenomena << 1;
        }
        IncidentColumns c = columnsWith(points, phenomena);
        MapPainter painter;
        painter.setMunicipalities(squareLayer(0, 0, 40000, QString()));
        painter.setPhenomenonColour(kRedId, kRed);
        painter.setIncidents(&c, allRows(c));

        const MapViewport near(QPointF(20000, 20000), 0.2, QSize(300, 300));
        QVERIFY(!painter.isBinned(near));
        QCOMPARE(pixelAt(painter.render(near), near.toPixel(QPointF(20000, 20000))), kRed);

        const MapViewport far(QPointF(22000, 21000), 100.0, QSize(400, 300));
        QVERIFY(painter.isBinned(far));
        const double cell = painter.binCellMetres(far);
        QVERIFY(cell >= 100.0 * painter.style().binCellPixels);
        const QImage image = painter.render(far);
        // Probe the middle of each cell (cells are aligned on multiples of their size).
        const auto middle = [cell](double x, double y) {
            return QPointF((std::floor(x / cell) + 0.5) * cell, (std::floor(y / cell) + 0.5) * cell);
        };
        QVERIFY(middle(20000, 20000) != middle(25005, 20000));
        const QColor dense = pixelAt(image, far.toPixel(middle(20000, 20000)) + QPointF(0, 8));
        const QColor sparse = pixelAt(image, far.toPixel(middle(25005, 20000)) + QPointF(0, 8));
        const QColor empty = pixelAt(image, far.toPixel(middle(20000, 20000 + 2 * cell)));
        QCOMPARE(empty, painter.style().land);
        // Cells are drawn (neither land nor a point colour), the busier one darker and redder.
        QVERIFY2(dense != painter.style().land && dense != kRed, qPrintable(dense.name()));
        QVERIFY2(sparse != painter.style().land && sparse != kBlue, qPrintable(sparse.name()));
        QVERIFY2(dense.lightness() < sparse.lightness(), qPrintable(dense.name() + sparse.name()));
    }

    /// Hexagonal bins: of the square cell's area, every point counted once in the hexagon whose
    /// centre is nearest, and drawn in the ramp colours at the hexagons' centres.
    void hexagonalBins()
    {
        QList<QPointF> points;
        QList<int> phenomena;
        quint32 seed = 7;
        const auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return double(seed >> 8) / double(1u << 24);
        };
        for (int i = 0; i < 2000; ++i) {
            points << QPointF(20000 + next() * 3000, 20000 + next() * 2000);
            phenomena << 0;
        }
        points << QPointF(std::nan(""), 1.0); // no point: not counted
        phenomena << 0;
        IncidentColumns c = columnsWith(points, phenomena);
        const double cell = 250;
        const HexBins bins = HexBins::count(c, allRows(c), cell);
        quint64 total = 0;
        for (const HexBins::Cell &h : bins.cells())
            total += h.count;
        QCOMPARE(total, quint64(2000));
        // Same area as the square cell: shoelace area of the hexagon.
        const QPolygonF hex = bins.polygon(3, -2);
        double area = 0;
        for (int i = 0; i < hex.size(); ++i)
            area += hex[i].x() * hex[(i + 1) % hex.size()].y() - hex[(i + 1) % hex.size()].x() * hex[i].y();
        QVERIFY(std::abs(std::abs(area) / 2 - cell * cell) < 1e-6 * cell * cell);
        // Each point's hexagon has the nearest centre among it and its six neighbours.
        const qint64 around[6][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, -1}, {-1, 1}};
        for (int i = 0; i < 2000; ++i) {
            const auto [q, r] = bins.cellOf(points[i].x(), points[i].y());
            const QPointF d0 = bins.centre(q, r) - points[i];
            for (const auto &o : around) {
                const QPointF d = bins.centre(q + o[0], r + o[1]) - points[i];
                QVERIFY(QPointF::dotProduct(d0, d0) <= QPointF::dotProduct(d, d) + 1e-6);
            }
            QCOMPARE(bins.cellOf(bins.centre(q, r).x(), bins.centre(q, r).y()), std::make_pair(q, r));
        }

        MapPainter painter;
        painter.setMunicipalities(squareLayer(0, 0, 40000, QString()));
        painter.setIncidents(&c, allRows(c));
        const MapViewport far(QPointF(21500, 21000), 50.0, QSize(400, 300));
        QVERIFY(painter.isBinned(far));
        const QImage squares = painter.render(far);
        painter.setBinShape(BinShape::Hexagon);
        const QImage hexagons = painter.render(far);
        QVERIFY(squares != hexagons);
        const HexBins drawn = HexBins::count(c, allRows(c), painter.binCellMetres(far));
        const HexBins::Cell busiest = *std::max_element(
            drawn.cells().begin(), drawn.cells().end(),
            [](const HexBins::Cell &a, const HexBins::Cell &b) { return a.count < b.count; });
        const QColor atCentre = pixelAt(hexagons, far.toPixel(drawn.centre(busiest.q, busiest.r)) + QPointF(0, 9));
        QVERIFY2(atCentre != painter.style().land && atCentre.lightness() < painter.style().land.lightness(),
                 qPrintable(atCentre.name()));
        // Far from every point: land.
        QCOMPARE(pixelAt(hexagons, far.toPixel(QPointF(21500, 25500))), painter.style().land);
        QCOMPARE(binShapeOfStyle(incidentStyle(PointColouring::Mo, BinShape::Hexagon)), BinShape::Hexagon);
        QCOMPARE(colouringOfStyle(QStringLiteral("mo;hex")), PointColouring::Mo);
        QCOMPARE(binShapeOfStyle(QStringLiteral("mo")), BinShape::Square);
    }

    void binCacheMatchesAFreshPainter()
    {
        // Three clusters 20 km from the origin, each in its own 5 km cell of the binned view.
        QList<QPointF> points;
        QList<int> phenomena;
        for (int i = 0; i < 400; ++i) { // A: 400 incidents in one cell
            points << QPointF(20100 + (i % 20) * 4.0, 20100 + (i / 20) * 4.0);
            phenomena << 0;
        }
        for (int i = 0; i < 10; ++i) { // B: 10 incidents 5 km east
            points << QPointF(25100 + i, 20100);
            phenomena << 1;
        }
        for (int i = 0; i < 50; ++i) { // C: 50 incidents north
            points << QPointF(22600 + i, 26000);
            phenomena << 1;
        }
        IncidentColumns c = columnsWith(points, phenomena);
        const std::vector<quint32> all = allRows(c);
        std::vector<quint32> withoutA;
        for (quint32 r = 400; r < c.size(); ++r)
            withoutA.push_back(r);
        const ZoneLayer land = squareLayer(0, 0, 40000, QString());
        const auto fresh = [&](const std::vector<quint32> &rows, const MapViewport &view) {
            MapPainter p;
            p.setMunicipalities(land);
            p.setIncidents(&c, rows);
            return p.render(view);
        };

        MapPainter painter;
        painter.setMunicipalities(land);
        painter.setIncidents(&c, all);
        MapViewport view(QPointF(22000, 21000), 100.0, QSize(400, 300));
        QVERIFY(painter.isBinned(view));
        const double cell = painter.binCellMetres(view);
        QCOMPARE(cell, 5000.0);
        const auto probe = [&](const MapViewport &v, QPointF world) { // 4 px inside the cell's corner
            const QPointF corner(std::floor(world.x() / cell) * cell, (std::floor(world.y() / cell) + 1) * cell);
            return v.toPixel(corner) + QPointF(4, 4);
        };
        QImage image = painter.render(view);
        QCOMPARE(image, fresh(all, view));
        QVERIFY(close(pixelAt(image, probe(view, QPointF(20100, 20100))), busiestCell(painter), 2));

        // Filter change: A is filtered out, C (50) becomes the busiest cell.
        painter.setIncidents(&c, withoutA);
        image = painter.render(view);
        QCOMPARE(image, fresh(withoutA, view));
        QCOMPARE(pixelAt(image, probe(view, QPointF(20100, 20100))), painter.style().land);
        QVERIFY(close(pixelAt(image, probe(view, QPointF(22600, 26000))), busiestCell(painter), 2));

        // Pan (the cached grid is reused at another offset), then zoom out and back in.
        MapViewport panned = view;
        panned.pan(QPointF(37, -23));
        QCOMPARE(painter.render(panned), fresh(withoutA, panned));
        MapViewport zoomed = view;
        zoomed.zoom(0.4);
        QVERIFY(painter.binCellMetres(zoomed) != cell);
        QCOMPARE(painter.render(zoomed), fresh(withoutA, zoomed));
        QCOMPARE(painter.render(view), fresh(withoutA, view));

        // The columns change in place (a reload): setIncidents again drops the old counts.
        for (std::size_t r = 400; r < 410; ++r)
            c.x[r] = 22610.0f, c.y[r] = 26010.0f; // B moves into C's cell
        painter.setIncidents(&c, withoutA);
        image = painter.render(view);
        QCOMPARE(image, fresh(withoutA, view));
        QCOMPARE(pixelAt(image, probe(view, QPointF(25100, 20100))), painter.style().land);
    }

    void binsOfAHugeExtentCountTheView()
    {
        // Points 40,000 km apart: the whole-extent grid would be too large, so the painter counts
        // the visible window each frame; the counts must be the same.
        IncidentColumns c = columnsWith({QPointF(20100, 20100), QPointF(20200, 20200), QPointF(4e7, 4e7)}, {0, 0, 0});
        MapPainter painter;
        painter.setMunicipalities(squareLayer(0, 0, 40000, QString()));
        painter.setIncidents(&c, allRows(c));
        const MapViewport view(QPointF(22000, 21000), 100.0, QSize(400, 300));
        BinCache cache;
        QVERIFY(cache.grid(c, allRows(c), painter.binCellMetres(view)) == nullptr);
        const QImage image = painter.render(view);
        const QPointF corner(20000, 25000); // top-left of the cell holding both near points
        QCOMPARE(painter.binCellMetres(view), 5000.0);
        QVERIFY(close(pixelAt(image, view.toPixel(corner) + QPointF(4, 4)), busiestCell(painter), 2));
        QCOMPARE(pixelAt(image, view.toPixel(corner + QPointF(5000, 0)) + QPointF(4, 4)), painter.style().land);
    }

    void binGridCountsEveryPoint()
    {
        QRandomGenerator rng(5);
        QList<QPointF> points;
        QList<int> phenomena;
        for (int i = 0; i < 3000; ++i) {
            points << QPointF(-5000 + rng.bounded(12000.0), -3000 + rng.bounded(9000.0));
            phenomena << 0;
        }
        IncidentColumns c = columnsWith(points, phenomena);
        c.x.push_back(NAN), c.y.push_back(NAN), c.fid.push_back(1), c.phenomenon.push_back(0);
        std::vector<quint32> rows;
        for (quint32 r = 0; r < c.size(); r += 2) // a filter: every other row, and the NaN one
            rows.push_back(r);
        BinCache cache;
        for (double cell : {100.0, 250.0, 1000.0, 5000.0, 100.0, 20.0, 50.0, 500.0}) {
            const BinGrid *grid = cache.grid(c, rows, cell);
            QVERIFY(grid);
            QCOMPARE(grid->cellSize(), cell);
            QHash<QPair<qint64, qint64>, quint32> expected;
            for (quint32 r : rows)
                if (!std::isnan(c.x[r]))
                    ++expected[{qint64(std::floor(double(c.x[r]) / cell)), qint64(std::floor(double(c.y[r]) / cell))}];
            quint64 total = 0;
            for (qint64 iy = grid->firstRow() - 1; iy <= grid->firstRow() + grid->rows(); ++iy) {
                for (qint64 ix = grid->firstColumn() - 1; ix <= grid->firstColumn() + grid->columns(); ++ix) {
                    QCOMPARE(grid->at(ix, iy), expected.value({ix, iy}));
                    total += grid->at(ix, iy);
                }
            }
            QCOMPARE(total, quint64(rows.size() - 1));
            QVERIFY(cache.size() <= BinCache::kMaxGrids);
        }
        cache.clear();
        QCOMPARE(cache.size(), std::size_t(0));
    }

    void outlinesSimplifiedWithinTolerance()
    {
        // A ring of 4000 jittered vertices (radius 1 km) with a hole, and a ring smaller than the tolerance.
        QRandomGenerator rng(6);
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        QPolygonF outer;
        for (int i = 0; i < 4000; ++i) {
            const double a = 2 * M_PI * i / 4000, r = 1000 + rng.bounded(3.0);
            outer << QPointF(r * std::cos(a), r * std::sin(a));
        }
        outer << outer.first();
        path.addPolygon(outer);
        path.closeSubpath();
        path.addRect(QRectF(-100, -100, 200, 200));
        path.addRect(QRectF(500, 0, 1, 1)); // a speck
        const double tolerance = 4;
        const QPainterPath simple = simplifiedPath(path, tolerance);
        const QList<QPolygonF> rings = simple.toSubpathPolygons();
        QCOMPARE(rings.size(), 2); // the speck is gone
        QVERIFY2(rings[0].size() < 400, qPrintable(QString::number(rings[0].size())));
        for (const QPointF &p : outer)
            QVERIFY(distanceToRing(p, rings[0]) <= tolerance + 1e-9);
        QVERIFY(!simple.contains(QPointF(0, 0))); // the hole stays a hole
        QVERIFY(simple.contains(QPointF(700, 0)));
        QCOMPARE(simple.fillRule(), Qt::OddEvenFill);
        QPainterPath curve;
        curve.addEllipse(QPointF(0, 0), 10, 10);
        QCOMPARE(simplifiedPath(curve, 1.0), curve);

        // Tolerances are powers of two metres up to a quarter pixel; fine scales keep every vertex.
        QCOMPARE(ZoneLod::toleranceFor(1.0), 0.0);
        QCOMPARE(ZoneLod::toleranceFor(16.8), 4.0);
        QCOMPARE(ZoneLod::toleranceFor(31.9), 4.0);
        QCOMPARE(ZoneLod::toleranceFor(32.0), 8.0);
        ZoneShape shape;
        shape.path = path;
        shape.bounds = path.boundingRect();
        const ZoneLayer layer({shape});
        ZoneLod lod;
        const ZoneLod::Level &level = lod.level(layer, 16.8);
        QCOMPARE(level.tolerance, 4.0);
        QCOMPARE(level.paths.size(), std::size_t(1));
        std::size_t edges = 0;
        for (const QPolygonF &ring : level.paths[0].toSubpathPolygons())
            edges += std::size_t(ring.size() - 1);
        QCOMPARE(level.segments[0].size(), edges);
        QCOMPARE(&lod.level(layer, 20.0), &level); // same level, not recomputed
    }

    void rasterZonesMatchVectorZones()
    {
        // The real outlines at the whole-region scale, simplified on the raster, and at full detail
        // through a vector device (a QPicture played back): nearly every pixel is the same.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto p = test::createMapTestProject(dir.filePath(QStringLiteral("zones.gpkg")), 10);
        MapPainter painter;
        painter.setMunicipalities(ZoneLayer::load(p.project->db(), QStringLiteral("municipalities")));
        painter.setPoliceZones(ZoneLayer::load(p.project->db(), QStringLiteral("police_zones")));
        MapViewport view(QPointF(), 10, QSize(960, 540));
        view.fit(painter.dataExtent());
        QVERIFY(ZoneLod::toleranceFor(view.metresPerPixel()) > 0);
        const QImage raster = painter.render(view);
        QPicture picture;
        QPainter recorder(&picture);
        painter.paint(recorder, view);
        recorder.end();
        QImage vector(view.pixelSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter player(&vector);
        picture.play(&player);
        player.end();
        int different = 0;
        for (int y = 0; y < raster.height(); ++y)
            for (int x = 0; x < raster.width(); ++x)
                different += !close(raster.pixelColor(x, y), vector.pixelColor(x, y), 40);
        QVERIFY2(different < raster.width() * raster.height() / 100, qPrintable(QString::number(different)));
    }

    void syntheticBannerAndAttribution()
    {
        const QPointF bannerProbe(m_view.pixelSize().width() / 2.0, 14);
        const QImage plain = m_painter.render(m_view);
        QCOMPARE(pixelAt(plain, bannerProbe), m_painter.style().land);
        m_painter.setSynthetic(true);
        const QImage synthetic = m_painter.render(m_view);
        const QColor banner = pixelAt(synthetic, bannerProbe);
        QVERIFY2(banner.red() > 120 && banner.green() < 100, qPrintable(banner.name()));

        // The attribution plate is at the bottom right and contains dark text.
        int dark = 0;
        const int w = plain.width(), h = plain.height();
        for (int y = h - 14; y < h; ++y)
            for (int x = w - 120; x < w; ++x)
                dark += plain.pixelColor(x, y).lightness() < 128;
        QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
        QVERIFY(MapPainter::urbisAttribution(QStringLiteral("nl")).startsWith(QLatin1String("Verwezenlijkt")));
        QVERIFY(MapPainter::urbisAttribution(QStringLiteral("fr")).startsWith(QStringLiteral("Réalisé")));
        QVERIFY(MapPainter::urbisAttribution(QStringLiteral("en")).contains(QLatin1String("Brussels UrbIS")));
    }

    void vectorDevicesGetTheSamePicture()
    {
        QPicture picture;
        QPainter recorder(&picture);
        m_painter.paint(recorder, m_view);
        recorder.end();
        QImage image(m_view.pixelSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        QPainter player(&image);
        picture.play(&player);
        player.end();
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(650, 350))), kBlue);
        QCOMPARE(pixelAt(image, m_view.toPixel(QPointF(300, 300))), m_painter.style().land);
    }

    void wkbDecoding()
    {
        const QList<QList<QPointF>> rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
                                             {{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}}};
        for (bool big : {false, true}) {
            const QPainterPath path = pathFromWkb(polygonWkb(big, rings));
            QCOMPARE(path.boundingRect(), QRectF(0, 0, 10, 10));
            QVERIFY(path.contains(QPointF(2, 2)));
            QVERIFY(!path.contains(QPointF(5, 5))); // the hole
            QVERIFY(path.contains(interiorLabelPoint(path)));
        }
        QByteArray truncated = polygonWkb(false, rings);
        truncated.chop(9);
        QVERIFY(pathFromWkb(truncated).isEmpty());
        QVERIFY(pathFromWkb(QByteArray()).isEmpty());
        QVERIFY(pathFromWkb(QByteArray::fromHex("0101000000000000000000f03f0000000000000040")).isEmpty()); // a point
    }

    void zonesFromRealProject()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto p = test::createMapTestProject(dir.filePath(QStringLiteral("zones.gpkg")), 10);
        const ZoneLayer municipalities = ZoneLayer::load(p.project->db(), QStringLiteral("municipalities"));
        const ZoneLayer zones = ZoneLayer::load(p.project->db(), QStringLiteral("police_zones"));
        QCOMPARE(int(municipalities.shapes().size()), 19);
        QCOMPARE(int(zones.shapes().size()), 6);
        // The region spans about 19 x 20 km around the centre of Brussels.
        const QRectF extent = municipalities.extent();
        QVERIFY2(extent.width() > 15000 && extent.width() < 25000, qPrintable(QString::number(extent.width())));
        QVERIFY(extent.contains(QPointF(149000, 170500)));
        for (const ZoneShape &s : municipalities.shapes())
            QVERIFY2(s.path.contains(s.labelPoint), qPrintable(s.nameFr));
        const auto ixelles = std::find_if(municipalities.shapes().begin(), municipalities.shapes().end(),
                                          [](const ZoneShape &s) { return s.code == QLatin1String("21009"); });
        QVERIFY(ixelles != municipalities.shapes().end());
        QCOMPARE(ixelles->name(QStringLiteral("nl")), QStringLiteral("Elsene"));
        QCOMPARE(ixelles->name(QStringLiteral("en")), QStringLiteral("Ixelles / Elsene"));
        QVERIFY(ixelles->path.toSubpathPolygons().size() >= 2); // Ixelles has two parts
        QCOMPARE(municipalities.indexAt(ixelles->labelPoint), int(ixelles - municipalities.shapes().begin()));
        QCOMPARE(municipalities.indexAt(QPointF(0, 0)), -1);
    }
};

QTEST_MAIN(TestMapPainter)
#include "tst_mappainter.moc"
