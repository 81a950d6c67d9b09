// SPDX-License-Identifier: GPL-3.0-or-later
// The density surface on the map: each cell lands at its georeferenced place with the ramp
// colour of its value, empty cells stay transparent, and the legend plate is drawn.
#include "densitylayer.h"
#include "mappainter.h"

#include <QGuiApplication>
#include <QTest>

using namespace phenomap;

class TestDensityLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsAtTheirPlaces()
    {
        // 4 x 2 cells of 100 m from (1000, 2000) down to y = 1800; one hot cell at column 2, row 1.
        DensitySurface s;
        s.originX = 1000;
        s.originY = 2000;
        s.cellSize = 100;
        s.columns = 4;
        s.rows = 2;
        s.values = {0, 0, 0, 0, 0, 0, 50, 25};
        DensityLayer layer(s);
        QCOMPARE(layer.surface().maximum(), 50.0);
        QCOMPARE(DensityLayer::colourAt(0.0).alpha(), 0);
        QCOMPARE(DensityLayer::colourAt(0.01).alpha(), 0);
        QVERIFY(DensityLayer::colourAt(1.0).alpha() == 255);

        MapPainter painter;
        const QColor background = painter.style().background;
        painter.setOverlay(QStringLiteral("density"), std::make_shared<DensityLayer>(s));
        const MapViewport view(QPointF(1200, 1900), 2.0, QSize(400, 300)); // 2 m per pixel
        const QImage image = painter.render(view);
        const auto at = [&](double x, double y) { return image.pixelColor(view.toPixel(QPointF(x, y)).toPoint()); };
        // Hot cell (1200..1300, 1800..1900): the top colour of the ramp, fully opaque, at its centre.
        const QColor hot = at(1250, 1850);
        QVERIFY2(hot.red() > 150 && hot.green() < 80, qPrintable(hot.name()));
        // The cell beside it (half the maximum) is lighter, the empty ones show the background.
        const QColor half = at(1350, 1850);
        QVERIFY2(half.green() > hot.green(), qPrintable(half.name()));
        QCOMPARE(at(1050, 1950), background);
        QCOMPARE(at(900, 1850), background); // outside the surface
        // The legend plate in the top-right corner is white-ish.
        const QColor plate = image.pixelColor(400 - 10 - 5, 10 + 5);
        QVERIFY2(plate.red() > 230 && plate.green() > 230, qPrintable(plate.name()));
        painter.setOverlay(QStringLiteral("density"), std::make_shared<DensityLayer>(DensitySurface{}));
        QCOMPARE(painter.render(view).pixelColor(400 - 10 - 5, 10 + 5), background); // no data, no legend
    }
};

QTEST_MAIN(TestDensityLayer)
#include "tst_densitylayer.moc"
