// SPDX-License-Identifier: GPL-3.0-or-later
// The choropleth in the workbench: switched on from its dock, it colours every municipality by
// the class of its count for the current filter, follows filter changes, and switches off.
#include "choroplethcontroller.h"
#include "choroplethpanel.h"
#include "gui_support.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "projectcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
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

    void buildsNothingWhenOff()
    {
        ZoneStatistics stats;
        stats.zones.push_back({{QStringLiteral("21004"), 1000, 2.0}, 3, 0, 0, 3.0});
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
