// SPDX-License-Identifier: GPL-3.0-or-later
// The map layer of a hot-spot or cluster result: cells and zones are filled by class under the
// incidents, unclassified units stay unfilled, and the legend plate names the method and its
// parameters. Checked on pixels of a real MapPainter render.
#include "mappainter.h"
#include "mapview.h"
#include "resultlayer.h"
#include "zonelayer.h"

#include <QJsonArray>
#include <QTest>

using namespace phenomap;

namespace {

/// A runAnalysis-shaped output for a 3 x 2 grid of 100 m cells with centres (50 + 100 c, 50 + 100 r).
QJsonObject gridOutput(const QString &method, const QString &shape, const QJsonArray &classes)
{
    QJsonArray xs, ys, counts;
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c) {
            xs.append(50 + 100 * c);
            ys.append(50 + 100 * r);
            counts.append(c + r);
        }
    const bool gi = method == QLatin1String("gi");
    return QJsonObject{
        {QStringLiteral("record"),
         QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("unit"), QStringLiteral("grid")},
                     {QStringLiteral("gridShape"), shape}, {QStringLiteral("cellSize"), 100},
                     {QStringLiteral("weights"), gi ? QStringLiteral("distance") : QStringLiteral("queen")},
                     {QStringLiteral("band"), 300}, {QStringLiteral("permutations"), 999},
                     {QStringLiteral("seed"), QStringLiteral("12345")}, {QStringLiteral("correction"), QStringLiteral("fdr")},
                     {QStringLiteral("alpha"), 0.05}}},
        {QStringLiteral("units"), QJsonObject{{QStringLiteral("x"), xs}, {QStringLiteral("y"), ys}, {QStringLiteral("count"), counts}}},
        {QStringLiteral("result"), QJsonObject{{gi ? QStringLiteral("hotCold") : QStringLiteral("cluster"), classes}}}};
}

/// Pixels of exactly `colour` in a rectangle of the image.
int countColour(const QImage &image, const QRect &rect, const QColor &colour)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += image.pixelColor(x, y) == colour;
    return n;
}

} // namespace

class TestResultLayer : public QObject
{
    Q_OBJECT

    // 1 m per pixel, the 300 x 200 m grid in the middle of a 800 x 500 image (clear of the
    // legend plate in the top-right corner).
    MapViewport m_view{QPointF(150, 100), 1.0, QSize(800, 500)};

private Q_SLOTS:
    void hotAndColdCellsFilledByClass()
    {
        const QJsonArray classes{3, 2, 1, -1, -2, 0};
        const auto layer = ResultLayer::fromOutput(gridOutput(QStringLiteral("gi"), QStringLiteral("square"), classes));
        QVERIFY(layer);
        QCOMPARE(layer->level(), OverlayLevel::UnderIncidents);
        QCOMPARE(layer->unitCount(), 6);
        QCOMPARE(layer->classOf(0), 0);
        QCOMPARE(layer->classOf(5), -1);
        QCOMPARE(layer->title(), QStringLiteral("Hot spots (Getis-Ord Gi*)"));
        QCOMPARE(layer->subtitle(), QStringLiteral("100 m squares, 300 m band, FDR corrected"));

        MapPainter painter;
        const QImage before = painter.render(m_view);
        painter.setOverlay(QStringLiteral("result"), layer);
        const QImage image = painter.render(m_view);
        for (int i = 0; i < 5; ++i) {
            const QPointF centre(50 + 100 * (i % 3), 50 + 100 * (i / 3));
            QCOMPARE(image.pixelColor(m_view.toPixel(centre).toPoint()), ResultLayer::hotColdColour(classes[i].toInt()));
        }
        // RdBu: the darkest red and blue stand for 99 %.
        QCOMPARE(ResultLayer::hotColdColour(3), QColor(0xb2, 0x18, 0x2b));
        QCOMPARE(ResultLayer::hotColdColour(-3), QColor(0x21, 0x66, 0xac));
        // Not significant: the map beneath shows through.
        const QPoint last = m_view.toPixel(QPointF(250, 150)).toPoint();
        QCOMPARE(image.pixelColor(last), before.pixelColor(last));
        // Outside the grid nothing changes either.
        QCOMPARE(image.pixelColor(5, 5 + 200), before.pixelColor(5, 5 + 200));

        // The legend plate, top right, shows every class swatch.
        const QSize plate = layer->legendSize(1.0).toSize();
        QVERIFY(plate.width() > 100 && plate.height() > 6 * 12);
        const QRect legend(800 - 10 - plate.width(), 10, plate.width(), plate.height());
        for (int h : {3, 2, 1, -1, -2, -3})
            QVERIFY2(countColour(image, legend, ResultLayer::hotColdColour(h)) >= 50, qPrintable(QString::number(h)));
        QCOMPARE(countColour(before, legend, ResultLayer::hotColdColour(3)), 0);
    }

    void lisaHexagons()
    {
        // Quadrants 1 high-high, 3 low-low, 4 high-low, 2 low-high, 0 none, 1.
        const QJsonArray clusters{1, 3, 4, 2, 0, 1};
        const auto layer = ResultLayer::fromOutput(gridOutput(QStringLiteral("lisa"), QStringLiteral("hexagon"), clusters));
        QVERIFY(layer);
        QCOMPARE(layer->classes().size(), std::size_t(4));
        QCOMPARE(layer->classes()[0].label, QStringLiteral("High-high cluster"));
        QVERIFY(layer->subtitle().startsWith(QStringLiteral("100 m hexagons, queen contiguity, 999 permutations, seed 12345")));
        MapPainter painter;
        painter.setOverlay(QStringLiteral("result"), layer);
        const QImage image = painter.render(m_view);
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(50, 50)).toPoint()), QColor(255, 0, 0));
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(150, 50)).toPoint()), QColor(0, 0, 255));
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(250, 50)).toPoint()), ResultLayer::lisaColour(4));
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(50, 150)).toPoint()), ResultLayer::lisaColour(2));
        // A pointy-topped hexagon of flat-to-flat width 100 reaches 57.7 m above its centre, but
        // its corner region is empty: (-48, +48) from a centre is inside the square cell only.
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(50, 150 + 55)).toPoint()), ResultLayer::lisaColour(2));
        const QImage plain = MapPainter().render(m_view);
        const QPoint corner = m_view.toPixel(QPointF(2, 98)).toPoint();
        QCOMPARE(image.pixelColor(corner), plain.pixelColor(corner));
    }

    void zoneUnitsAndMethodsWithoutLayer()
    {
        ZoneShape a, b;
        a.code = QStringLiteral("21004");
        a.path.addRect(QRectF(0, 0, 150, 200));
        b.code = QStringLiteral("21001");
        b.path.addRect(QRectF(150, 0, 150, 200));
        const ZoneLayer zones({a, b});
        QJsonObject out = gridOutput(QStringLiteral("gi"), QStringLiteral("square"), QJsonArray{-3, 2});
        QJsonObject record = out.value(QStringLiteral("record")).toObject();
        record.insert(QStringLiteral("unit"), QStringLiteral("zones"));
        record.insert(QStringLiteral("regionLayer"), QStringLiteral("municipalities"));
        out.insert(QStringLiteral("record"), record);
        out.insert(QStringLiteral("units"),
                   QJsonObject{{QStringLiteral("codes"), QJsonArray{QStringLiteral("21001"), QStringLiteral("21004")}}});
        QVERIFY(!ResultLayer::fromOutput(out)); // zone units need their shapes
        const auto layer = ResultLayer::fromOutput(out, &zones);
        QVERIFY(layer);
        QVERIFY(layer->subtitle().startsWith(QStringLiteral("zones: municipalities")));
        MapPainter painter;
        painter.setOverlay(QStringLiteral("result"), layer);
        const QImage image = painter.render(m_view);
        // Units follow the codes, not the layer's order.
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(220, 100)).toPoint()), ResultLayer::hotColdColour(-3));
        QCOMPARE(image.pixelColor(m_view.toPixel(QPointF(70, 100)).toPoint()), ResultLayer::hotColdColour(2));

        // Global Moran and Knox have no per-unit classes; a class list of the wrong size is refused.
        QVERIFY(!ResultLayer::fromOutput(gridOutput(QStringLiteral("moran"), QStringLiteral("square"), {})));
        QVERIFY(!ResultLayer::fromOutput(gridOutput(QStringLiteral("gi"), QStringLiteral("square"), QJsonArray{1, 2})));
    }
};

QTEST_MAIN(TestResultLayer)
#include "tst_resultlayer.moc"
