// SPDX-License-Identifier: GPL-3.0-or-later
// The layer panel in the workbench: the basemap is on the map and listed; checking the density
// surface computes it off the GUI thread for the current filter (its integral is the number of
// visible points), a filter change recomputes it, the opacity slider fades a layer on the map.
#include "filterpanel.h"
#include "gui_support.h"
#include "incidenttableview.h"
#include "layerlistmodel.h"
#include "layerpanel.h"
#include "layerscontroller.h"
#include "mapcanvas.h"
#include "projectcontroller.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {
double integral(const DensitySurface &s)
{
    double sum = 0;
    for (float v : s.values)
        sum += v;
    return sum * s.cellSize * s.cellSize / 1e6; // per km² times cell area in km²
}
} // namespace

class TestLayersController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    test::MapTestProject m_known;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("layers.gpkg"));
        m_known = test::createMapTestProject(m_path, 120, QStringLiteral("Layers"));
    }

    void basemapDensityAndOpacity()
    {
        MapCanvas canvas;
        FilterPanel filter;
        IncidentTableView table;
        ProjectController project(&canvas, &filter, &table);
        LayerPanel panel;
        LayersController layers(&project, &canvas, &panel);
        QAbstractItemModelTester tester(layers.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(project.openProject(m_path));

        const MapPainter &painter = canvas.mapPainter();
        QVERIFY(painter.overlay(QStringLiteral("basemap")));
        QVERIFY(layers.model()->rowOf(QStringLiteral("basemap")) == layers.model()->rowCount() - 1); // bottom
        QVERIFY(!painter.isLayerVisible(QStringLiteral("density")));
        QVERIFY(layers.densitySurface().isEmpty());

        QSignalSpy updated(&layers, &LayersController::densityUpdated);
        const int row = layers.model()->rowOf(QStringLiteral("density"));
        QVERIFY(layers.model()->setData(layers.model()->index(row), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(updated.wait(10000));
        const DensitySurface all = layers.densitySurface();
        QCOMPARE(all.incidents, quint32(project.result().total()));
        QCOMPARE(all.cellSize, 50.0);
        QVERIFY2(std::abs(integral(all) - all.incidents) < 0.01 * all.incidents,
                 qPrintable(QString::number(integral(all))));

        // The map shows the surface: at the hottest cell the pixel is warm, not the land colour.
        std::size_t hottest = 0;
        for (std::size_t i = 0; i < all.values.size(); ++i)
            if (all.values[i] > all.values[hottest])
                hottest = i;
        const QPointF centre(all.originX + (double(hottest % std::size_t(all.columns)) + 0.5) * all.cellSize,
                             all.originY - (double(hottest / std::size_t(all.columns)) + 0.5) * all.cellSize);
        MapPainter copy;
        copy.setMunicipalities(painter.municipalities());
        copy.setOverlay(QStringLiteral("density"), painter.overlay(QStringLiteral("density")));
        const MapViewport view(centre + QPointF(7, 7), 5.0, QSize(200, 200)); // beside a point
        const QColor warm = copy.render(view).pixelColor(100, 100);
        QVERIFY2(warm.red() > warm.blue() + 60, qPrintable(warm.name()));

        // A filter change recomputes for fewer incidents.
        Filter one;
        one.phenomenonIds = {m_known.phenomena.first()};
        project.applyFilter(one);
        QVERIFY(updated.wait(10000));
        QCOMPARE(layers.densitySurface().incidents, quint32(project.result().total()));
        QVERIFY(layers.densitySurface().incidents < all.incidents);

        // Radius and cell size from the panel.
        layers.setDensityParameters(500, 100);
        QVERIFY(updated.wait(10000));
        QCOMPARE(layers.densitySurface().cellSize, 100.0);
        QCOMPARE(layers.densitySurface().bandwidth, 500.0);
        QCOMPARE(panel.densityCellSize(), 100.0);

        // The slider fades the selected layer.
        panel.selectLayer(QStringLiteral("incidents"));
        QCOMPARE(panel.currentLayer(), QStringLiteral("incidents"));
        QCOMPARE(panel.opacitySlider()->value(), 100);
        panel.opacitySlider()->setValue(30);
        QCOMPARE(painter.layerOpacity(QStringLiteral("incidents")), 0.3);
    }
};

QTEST_MAIN(TestLayersController)
#include "tst_layerscontroller.moc"
