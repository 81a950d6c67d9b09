// SPDX-License-Identifier: GPL-3.0-or-later
// Layers and chart as part of a picture, on a real project: saving stores every layer's
// visibility and opacity and the chart shown; showing the picture restores them on the map, in
// the layer panel's model and in the charts panel.
#include "annotationcontroller.h"
#include "chartspanel.h"
#include "choroplethpanel.h"
#include "mainwindow.h"
#include "mappainter.h"
#include "demogenerator.h"
#include "filterpanel.h"
#include "incidenttableview.h"
#include "keystorelocation.h"
#include "layerlistmodel.h"
#include "layerpanel.h"
#include "layerscontroller.h"
#include "mapcanvas.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"
#include "storyboardcontroller.h"
#include "storyboardmodel.h"
#include "storyboardpanel.h"
#include "viewstatecontroller.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestViewState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    }

    void saveAndRestoreLayersAndChart()
    {
        const QString path = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(path, {.incidents = 200, .seed = 9, .title = QStringLiteral("Layers")});
        MapCanvas canvas;
        canvas.resize(640, 480);
        FilterPanel filters;
        IncidentTableView table;
        ProjectController controller(&canvas, &filters, &table);
        StoryboardPanel panel;
        StoryboardController storyboard(&controller, &canvas, &filters, &panel, nullptr);
        ChartsPanel charts;
        LayerPanel layerPanel;
        LayersController layers(&controller, &canvas, &layerPanel);
        AnnotationController annotations(&controller, &canvas, &storyboard);
        ViewStateController viewState(&canvas, &charts, &layers, &storyboard);
        // The annotations are listed in the layer panel under their own name.
        const int annotationRow = layers.model()->rowOf(QStringLiteral("annotations"));
        QVERIFY(annotationRow >= 0);
        QCOMPARE(layers.model()->index(annotationRow).data().toString(), QStringLiteral("Annotations"));
        QVERIFY(controller.openProject(path));
        MapPainter &painter = canvas.mapPainter();
        const QString zones = QStringLiteral("police_zones"), incidents = QStringLiteral("incidents");
        QVERIFY(painter.layerIds().contains(zones));

        painter.setLayerVisible(zones, false);
        painter.setLayerOpacity(incidents, 0.4);
        layers.model()->refresh();
        charts.setCurrentChart(ChartsPanel::WeekHourChart);
        QVERIFY(storyboard.saveCurrentView(QStringLiteral("Layers"), Tlp::Green, QString()));
        {
            auto fresh = Project::open(path, Project::OpenMode::ReadOnly);
            const SituationPicture stored = PictureStore(*fresh).list().first();
            QCOMPARE(stored.state.chartKind, QStringLiteral("weekhour"));
            QCOMPARE(stored.state.layers.size(), painter.layerIds().size());
            bool sawZones = false, sawIncidents = false;
            for (const LayerState &l : stored.state.layers) {
                if (l.layer == zones) {
                    sawZones = true;
                    QVERIFY(!l.visible);
                }
                if (l.layer == incidents) {
                    sawIncidents = true;
                    QVERIFY(l.visible);
                    QCOMPARE(l.opacity, 0.4);
                }
            }
            QVERIFY(sawZones && sawIncidents);
        }

        // Change everything, then show the picture.
        painter.setLayerVisible(zones, true);
        painter.setLayerOpacity(incidents, 1.0);
        layers.model()->refresh();
        charts.setCurrentChart(ChartsPanel::ZoneChart);
        QVERIFY(storyboard.showPicture(storyboard.model()->pictures().first().uuid));
        QVERIFY(!painter.isLayerVisible(zones));
        QCOMPARE(painter.layerOpacity(incidents), 0.4);
        QCOMPARE(charts.currentChart(), ChartsPanel::WeekHourChart);
        const QModelIndex row = layers.model()->index(layers.model()->rowOf(zones));
        QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(layers.model()->index(layers.model()->rowOf(incidents)).data(LayerListModel::OpacityRole).toDouble(), 0.4);

        // A picture without layers or chart (an older one) leaves the view as it is.
        PictureState old;
        painter.setLayerVisible(zones, true);
        viewState.restore(old);
        QVERIFY(painter.isLayerVisible(zones));
        QCOMPARE(charts.currentChart(), ChartsPanel::WeekHourChart);
    }

    /// The choropleth (measure, classes, palette, layer) and the density surface's radius and
    /// cells are part of a picture: saved, then brought back on the map after the analyst
    /// changed them, with the map's pixels in the picture's colours again.
    void saveAndRestoreChoroplethAndDensity()
    {
        const QString path = m_dir.filePath(QStringLiteral("choropleth.gpkg"));
        generateDemo(path, {.incidents = 400, .seed = 3, .title = QStringLiteral("Choropleth")});
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(path);
        auto *choropleth = window.findChild<ChoroplethPanel *>();
        auto *storyboard = window.findChild<StoryboardController *>();
        auto *layers = window.findChild<LayersController *>();
        QVERIFY(choropleth && storyboard && layers);
        MapPainter &painter = window.mapCanvas()->mapPainter();
        for (const QString &id : {QStringLiteral("incidents"), QStringLiteral("basemap")})
            if (painter.layerIds().contains(id))
                painter.setLayerVisible(id, false); // the fills alone, to read their colours
        ChoroplethSettings wanted;
        wanted.enabled = true;
        wanted.layer = QStringLiteral("police_zones");
        wanted.measure = ZoneMeasure::PerKm2;
        wanted.method = ClassMethod::EqualInterval;
        wanted.classes = 4;
        wanted.palette = ChoroplethPalette::Oranges;
        wanted.opacity = 1.0;
        choropleth->applySettings(wanted);
        QCOMPARE(painter.choropleth().layer, QStringLiteral("police_zones"));
        layers->setDensityParameters(450, 30);
        // Points by MO, chosen in the layer panel as the analyst would.
        auto *layerPanel = window.findChild<LayerPanel *>();
        QComboBox *colouring = layerPanel->pointColouringCombo();
        colouring->setCurrentIndex(colouring->findData(QStringLiteral("mo")));
        Q_EMIT colouring->activated(colouring->currentIndex());
        QCOMPARE(painter.pointColouring(), PointColouring::Mo);
        QComboBox *shape = layerPanel->binShapeCombo();
        shape->setCurrentIndex(shape->findData(QStringLiteral("hex")));
        Q_EMIT shape->activated(shape->currentIndex());
        QCOMPARE(painter.binShape(), BinShape::Hexagon);
        const QImage before = window.mapCanvas()->grab().toImage();
        QVERIFY(storyboard->saveCurrentView(QStringLiteral("Zones"), Tlp::Green, QString()));
        {
            auto project = Project::open(path, Project::OpenMode::ReadOnly);
            const SituationPicture stored = PictureStore(*project).list().first();
            QVERIFY(stored.state.choropleth.has_value());
            QCOMPARE(ChoroplethSettings::fromView(*stored.state.choropleth), wanted);
            QCOMPARE(stored.state.density, std::optional<DensityView>(DensityView{450, 30}));
        }

        ChoroplethSettings other = wanted;
        other.layer = QStringLiteral("municipalities");
        other.palette = ChoroplethPalette::Viridis;
        other.classes = 6;
        choropleth->applySettings(other);
        layers->setDensityParameters(300, 50);
        layers->setPointColouring(PointColouring::Phenomenon);
        layers->setBinShape(BinShape::Square);
        QCOMPARE(layerPanel->binShape(), QStringLiteral("square"));
        QCOMPARE(layerPanel->pointColouring(), QStringLiteral("phenomenon"));
        QVERIFY(window.mapCanvas()->grab().toImage() != before);

        QVERIFY(storyboard->showPicture(storyboard->model()->pictures().first().uuid));
        QCOMPARE(choropleth->settings(), wanted);
        QCOMPARE(painter.choropleth().layer, QStringLiteral("police_zones"));
        QCOMPARE(painter.choropleth().colours.size(), 4);
        QCOMPARE(layers->densityBandwidth(), 450.0);
        QCOMPARE(layers->densityCellSize(), 30.0);
        QCOMPARE(painter.pointColouring(), PointColouring::Mo);
        QCOMPARE(layerPanel->pointColouring(), QStringLiteral("mo"));
        QCOMPARE(painter.binShape(), BinShape::Hexagon);
        QCOMPARE(layerPanel->binShape(), QStringLiteral("hex"));
        // The map shows the same fills as when the picture was saved.
        const QImage after = window.mapCanvas()->grab().toImage();
        QCOMPARE(after.size(), before.size());
        qint64 same = 0, total = 0;
        for (int y = 0; y < after.height(); y += 4)
            for (int x = 0; x < after.width(); x += 4, ++total)
                if (after.pixel(x, y) == before.pixel(x, y))
                    ++same;
        QVERIFY2(same > total * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(total)));
    }
};

QTEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
