// SPDX-License-Identifier: GPL-3.0-or-later
// The choropleth in the workbench: switched on from its dock, it colours every municipality by
// the class of its count for the current filter, follows filter changes, and switches off.
#include "choroplethcontroller.h"
#include "choroplethpanel.h"
#include "project.h"
#include "mappainter.h"
#include "demogenerator.h"
#include "gui_support.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "projectcontroller.h"
#include "zonelayercontroller.h"
#include "zonelayerdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStandardItemModel>
#include <QTest>

using namespace phenomap;

class TestChoroplethController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    test::MapTestProject m_known;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("small.gpkg"));
        m_known = test::createMapTestProject(m_path, 80, QStringLiteral("Choropleth"));
    }

    void switchedOnFromTheDock()
    {
        MainWindow window;
        window.openInitialProject(m_path);
        QVERIFY(window.controller()->project());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("choroplethDock")));
        auto *panel = window.findChild<ChoroplethPanel *>();
        auto *controller = window.findChild<ChoroplethController *>();
        QVERIFY(panel && controller);
        const MapPainter &painter = window.mapCanvas()->mapPainter();
        QVERIFY(!painter.choropleth().isEnabled()); // off until asked for

        panel->findChild<QCheckBox *>(QStringLiteral("choroplethEnabled"))->click();
        const Choropleth &on = painter.choropleth();
        QVERIFY(on.isEnabled());
        QCOMPARE(on.layer, QStringLiteral("municipalities"));
        QCOMPARE(on.title, ChoroplethPanel::measureTitle(ZoneMeasure::Count));
        QCOMPARE(controller->statistics().zones.size(), std::size_t(19));
        // Counts exist for every municipality (zero counts too), so each has a class colour.
        QCOMPARE(on.fills.size(), 19);
        QVERIFY(!on.showNoData);
        quint32 sum = 0;
        for (const ZoneStatistic &z : controller->statistics().zones) {
            sum += z.count;
            QCOMPARE(on.fills.value(z.zone.code), on.colours[controller->breaks().classOf(z.value)]);
        }
        QCOMPARE(qint64(sum),
                 *m_known.project->db().scalarInt("SELECT count(*) FROM incidents WHERE municipality_nis IS "
                                                  "NOT NULL AND municipality_nis <> 0"));

        // A filter change recomputes: only the first phenomenon.
        Filter filter;
        filter.phenomenonIds = {m_known.phenomena.first()};
        window.controller()->applyFilter(filter);
        quint32 filtered = 0;
        for (const ZoneStatistic &z : controller->statistics().zones)
            filtered += z.count;
        QVERIFY(filtered < sum && filtered > 0);

        // Police zones.
        auto *layer = panel->findChild<QComboBox *>(QStringLiteral("choroplethLayer"));
        layer->setCurrentIndex(layer->findData(QStringLiteral("police_zones")));
        QCOMPARE(painter.choropleth().layer, QStringLiteral("police_zones"));
        QCOMPARE(controller->statistics().zones.size(), std::size_t(6));

        // Location quotient without a phenomenon selected: the panel explains why it is flat.
        window.controller()->applyFilter(Filter());
        auto *measure = panel->findChild<QComboBox *>(QStringLiteral("choroplethMeasure"));
        measure->setCurrentIndex(measure->findData(int(ZoneMeasure::LocationQuotient)));
        QVERIFY(!panel->note().isEmpty());
        window.controller()->applyFilter(filter);
        QVERIFY(panel->note().isEmpty());

        panel->findChild<QCheckBox *>(QStringLiteral("choroplethEnabled"))->click();
        QVERIFY(!painter.choropleth().isEnabled());
    }

    /// A generated grid as the zone layer: cells of equal area over the region, every point with a
    /// place counted in one cell, each cell filled with its class colour on the map; no rate per
    /// inhabitant (a grid has no population).
    void gridLayers()
    {
        const QString path = m_dir.filePath(QStringLiteral("grid.gpkg"));
        generateDemo(path, {.incidents = 1500, .seed = 44, .title = QStringLiteral("Grid")});
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(path);
        auto *panel = window.findChild<ChoroplethPanel *>();
        auto *controller = window.findChild<ChoroplethController *>();
        MapPainter &painter = window.mapCanvas()->mapPainter();
        for (const QString &id : {QStringLiteral("basemap"), QStringLiteral("incidents"), QStringLiteral("labels")})
            if (painter.layerIds().contains(id))
                painter.setLayerVisible(id, false);
        panel->findChild<QCheckBox *>(QStringLiteral("choroplethEnabled"))->click();
        auto *layer = panel->findChild<QComboBox *>(QStringLiteral("choroplethLayer"));
        auto *measure = panel->findChild<QComboBox *>(QStringLiteral("choroplethMeasure"));
        measure->setCurrentIndex(measure->findData(int(ZoneMeasure::RatePer1000)));
        for (const QString &grid : {QStringLiteral("grid:square:1000"), QStringLiteral("grid:hex:500")}) {
            layer->setCurrentIndex(layer->findData(grid));
            // The rate cannot be chosen for a grid: the panel fell back to the count.
            QCOMPARE(panel->settings().measure, ZoneMeasure::Count);
            auto *items = qobject_cast<QStandardItemModel *>(measure->model());
            QVERIFY(!items->item(measure->findData(int(ZoneMeasure::RatePer1000)))->isEnabled());
            const Choropleth &on = painter.choropleth();
            QVERIFY(on.isEnabled());
            QCOMPARE(on.layer, grid);
            QVERIFY(on.zones);
            QVERIFY(!on.outlines); // cells side by side: their fills are enough
            const ZoneStatistics &stats = controller->statistics();
            QVERIFY2(stats.zones.size() > 30, qPrintable(QString::number(stats.zones.size())));
            QCOMPARE(on.zones->shapes().size(), stats.zones.size());
            quint64 total = 0;
            for (const ZoneStatistic &z : stats.zones)
                total += z.count;
            // Every incident with a point inside the region falls in a cell touching the region.
            const qint64 located = *Project::open(path, Project::OpenMode::ReadOnly)->db().scalarInt(
                "SELECT count(*) FROM incidents WHERE geom IS NOT NULL AND (flags & 1) = 0");
            QCOMPARE(qint64(total), located);
            const double area = stats.zones.front().zone.areaKm2;
            QVERIFY(std::abs(area - (grid.contains(QLatin1String("square")) ? 1.0 : 0.25 * std::sqrt(3.0) / 2)) < 1e-9);

            // The map: a busy cell's centre in its class colour.
            const auto busiest = std::max_element(stats.zones.begin(), stats.zones.end(),
                                                  [](const ZoneStatistic &a, const ZoneStatistic &b) { return a.count < b.count; });
            const ZoneShape &shape = on.zones->shapes()[std::size_t(busiest - stats.zones.begin())];
            const MapViewport &view = window.mapCanvas()->viewport();
            const QImage image = window.mapCanvas()->grab().toImage();
            const QColor pixel = image.pixelColor(view.toPixel(shape.bounds.center()).toPoint());
            const QColor fill = on.fills.value(shape.code);
            QVERIFY(fill.isValid());
            // Drawn at the choropleth's opacity over the land colour: its hue, not the land's.
            QVERIFY2(pixel != painter.style().land, qPrintable(pixel.name()));
            QVERIFY2(std::abs(pixel.hslHue() - fill.hslHue()) <= 12 || fill.hslSaturation() < 30,
                     qPrintable(pixel.name() + QLatin1Char(' ') + fill.name()));
        }
    }

    /// A polygon file imported from File > Import Zone Layer… becomes a layer of the dock: the
    /// choropleth switches to it, counts each incident in the polygon that holds it, fills the
    /// polygons on the map, and falls back to municipalities when the layer is removed.
    void importedZoneLayer()
    {
        // West and east halves of the test grid (x 147 500..150 250, y 169 500..171 000).
        const QString file = m_dir.filePath(QStringLiteral("quartiers.geojson"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::31370"}},)"
                    R"("features":[{"type":"Feature","properties":{"id":1,"nom":"Ouest"},"geometry":{"type":"Polygon",)"
                    R"("coordinates":[[[147400,169400],[148900,169400],[148900,171100],[147400,171100],[147400,169400]]]}},)"
                    R"({"type":"Feature","properties":{"id":2,"nom":"Est"},"geometry":{"type":"Polygon","coordinates":)"
                    R"([[[148900,169400],[150400,169400],[150400,171100],[148900,171100],[148900,169400]]]}}]})");
        }
        const QString path = m_dir.filePath(QStringLiteral("imported.gpkg"));
        test::createMapTestProject(path, 80, QStringLiteral("Imported zones"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(path);
        auto *panel = window.findChild<ChoroplethPanel *>();
        auto *controller = window.findChild<ChoroplethController *>();
        auto *zoneLayers = window.findChild<ZoneLayerController *>();
        QVERIFY(panel && controller && zoneLayers);
        QVERIFY(zoneLayers->importAction()->isEnabled());
        QVERIFY(!zoneLayers->removeAction()->isEnabled()); // nothing to remove yet
        MapPainter &painter = window.mapCanvas()->mapPainter();
        for (const QString &id : {QStringLiteral("basemap"), QStringLiteral("incidents"), QStringLiteral("labels")})
            if (painter.layerIds().contains(id))
                painter.setLayerVisible(id, false);

        // Through the dialog, as the analyst does.
        QSignalSpy changed(zoneLayers, &ZoneLayerController::layersChanged);
        ZoneLayerDialog *dialog = zoneLayers->startImport(file);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("zoneLayerTitle"))->setText(QStringLiteral("Quartiers"));
        QCOMPARE(dialog->source().codeField, QStringLiteral("id"));
        QCOMPARE(dialog->source().nameField, QStringLiteral("nom"));
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("imported:Quartiers"));
        QVERIFY(zoneLayers->removeAction()->isEnabled());

        auto *layer = panel->findChild<QComboBox *>(QStringLiteral("choroplethLayer"));
        QVERIFY(layer->findData(QStringLiteral("imported:Quartiers")) >= 0);
        QVERIFY(panel->settings().enabled);
        QCOMPARE(panel->settings().layer, QStringLiteral("imported:Quartiers"));
        const ZoneStatistics &stats = controller->statistics();
        QCOMPARE(stats.zones.size(), std::size_t(2));
        // i % 12 < 6 lies west: 6 full rows of 6, then 6 of the last 8.
        QCOMPARE(stats.zones[0].count, quint32(42));
        QCOMPARE(stats.zones[1].count, quint32(38));

        const Choropleth &on = painter.choropleth();
        QVERIFY(on.isEnabled());
        QVERIFY(on.zones);
        QCOMPARE(on.zones->shapes().size(), std::size_t(2));
        const QImage image = window.mapCanvas()->grab().toImage();
        const MapViewport &view = window.mapCanvas()->viewport();
        for (const ZoneShape &shape : on.zones->shapes()) {
            const QColor fill = on.fills.value(shape.code);
            QVERIFY(fill.isValid());
            const QColor pixel = image.pixelColor(view.toPixel(shape.bounds.center()).toPoint());
            QVERIFY2(pixel != painter.style().land, qPrintable(pixel.name()));
            QVERIFY2(std::abs(pixel.hslHue() - fill.hslHue()) <= 12 || fill.hslSaturation() < 30,
                     qPrintable(pixel.name() + QLatin1Char(' ') + fill.name()));
        }
        // Their boundaries are drawn (the layer has no boundary layer of its own): the shared
        // edge at x = 148 900 is darker than the fills on either side.
        QVERIFY(on.outlines);
        const QPoint edge = view.toPixel(QPointF(148900, 170250)).toPoint();
        int darkest = 255;
        for (int dx = -2; dx <= 2; ++dx)
            darkest = std::min(darkest, image.pixelColor(edge + QPoint(dx, 0)).lightness());
        const int fillsLightness = std::min(image.pixelColor(edge + QPoint(-12, 0)).lightness(),
                                            image.pixelColor(edge + QPoint(12, 0)).lightness());
        QVERIFY2(darkest < fillsLightness - 25, qPrintable(QStringLiteral("%1 %2").arg(darkest).arg(fillsLightness)));
        // The two zones are in different classes, so they are drawn differently.
        QVERIFY(on.fills.value(QStringLiteral("1")) != on.fills.value(QStringLiteral("2")));

        // A second layer of the same name is refused, and says so.
        QSignalSpy errors(zoneLayers, &ZoneLayerController::errorOccurred);
        ZoneLayerSource again;
        again.path = file;
        again.title = QStringLiteral("Quartiers");
        // The window shows the message in a box; read and close it.
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!zoneLayers->importLayer(again));
        QVERIFY2(shown.contains(QStringLiteral("Quartiers")), qPrintable(shown));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("Quartiers")));

        // Removed: the dock falls back to municipalities.
        QVERIFY(zoneLayers->removeLayer(QStringLiteral("imported:Quartiers")));
        QCOMPARE(layer->findData(QStringLiteral("imported:Quartiers")), -1);
        QCOMPARE(panel->settings().layer, QStringLiteral("municipalities"));
        QCOMPARE(painter.choropleth().layer, QStringLiteral("municipalities"));
        QCOMPARE(controller->statistics().zones.size(), std::size_t(19));
        QVERIFY(!zoneLayers->removeAction()->isEnabled());
    }

    void buildsNothingWhenOff()
    {
        ZoneStatistics stats;
        stats.zones.push_back({{QStringLiteral("21004"), 1000, 2.0, {}}, 3, 0, 0, 3.0});
        ChoroplethSettings settings;
        QVERIFY(!ChoroplethController::buildChoropleth(settings, stats).isEnabled());
        settings.enabled = true;
        const Choropleth c = ChoroplethController::buildChoropleth(settings, stats);
        QVERIFY(c.isEnabled());
        QCOMPARE(c.colours.size(), 1);
        QCOMPARE(c.fills.value(QStringLiteral("21004")), c.colours.first());
    }
};

QTEST_MAIN(TestChoroplethController)
#include "tst_choroplethcontroller.moc"
