// SPDX-License-Identifier: GPL-3.0-or-later
// The layer list: top of the map first, check boxes are the painter's visibility, the opacity
// role is the painter's opacity, and overlays appear after refresh(). Checked by
// QAbstractItemModelTester throughout.
#include "densitylayer.h"
#include "layerlistmodel.h"
#include "mappainter.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace phenomap;

class TestLayerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndEditsThePainter()
    {
        MapPainter painter;
        LayerListModel model(&painter);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0).data(LayerListModel::IdRole).toString(), QStringLiteral("labels"));
        QCOMPARE(model.index(3).data(LayerListModel::IdRole).toString(), QStringLiteral("incidents"));
        QCOMPARE(model.index(3).data().toString(), LayerListModel::tr("Incidents"));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);

        painter.setOverlay(QStringLiteral("density"), std::make_shared<DensityLayer>(DensitySurface{}));
        model.setTitle(QStringLiteral("density"), QStringLiteral("Heat"));
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOf(QStringLiteral("density"));
        QCOMPARE(row, 4); // under the incidents
        QCOMPARE(model.index(row).data().toString(), QStringLiteral("Heat"));

        QSignalSpy changed(&model, &LayerListModel::layersChanged);
        QCOMPARE(model.index(row).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(model.index(row), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!painter.isLayerVisible(QStringLiteral("density")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.setData(model.index(3), 0.4, LayerListModel::OpacityRole));
        QCOMPARE(painter.layerOpacity(QStringLiteral("incidents")), 0.4);
        QCOMPARE(model.index(3).data(LayerListModel::OpacityRole).toDouble(), 0.4);
        QCOMPARE(changed.count(), 2);
        QVERIFY(model.setData(model.index(3), 7.0, LayerListModel::OpacityRole)); // clamped
        QCOMPARE(painter.layerOpacity(QStringLiteral("incidents")), 1.0);
        QVERIFY(!model.setData(model.index(3), QStringLiteral("x"), LayerListModel::OpacityRole));
        QVERIFY(!model.setData(model.index(3), QStringLiteral("x"), Qt::DisplayRole));

        painter.setOverlay(QStringLiteral("density"), nullptr);
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(QStringLiteral("density")), -1);
    }
};

QTEST_MAIN(TestLayerListModel)
#include "tst_layerlistmodel.moc"
