// SPDX-License-Identifier: GPL-3.0-or-later
// The choropleth panel: each control emits the settings once per effective change, and
// setSettings() shows settings without emitting.
#include "choroplethpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

using namespace phenomap;

class TestChoroplethPanel : public QObject
{
    Q_OBJECT

    static ChoroplethSettings lastOf(const QSignalSpy &spy)
    {
        return spy.last().first().value<ChoroplethSettings>();
    }

private Q_SLOTS:
    void controlsEmitSettings()
    {
        ChoroplethPanel panel;
        QSignalSpy spy(&panel, &ChoroplethPanel::settingsChanged);
        auto *enabled = panel.findChild<QCheckBox *>(QStringLiteral("choroplethEnabled"));
        auto *layer = panel.findChild<QComboBox *>(QStringLiteral("choroplethLayer"));
        auto *measure = panel.findChild<QComboBox *>(QStringLiteral("choroplethMeasure"));
        auto *method = panel.findChild<QComboBox *>(QStringLiteral("choroplethMethod"));
        auto *palette = panel.findChild<QComboBox *>(QStringLiteral("choroplethPalette"));
        auto *classes = panel.findChild<QSpinBox *>(QStringLiteral("choroplethClasses"));
        auto *opacity = panel.findChild<QSlider *>(QStringLiteral("choroplethOpacity"));
        QVERIFY(enabled && layer && measure && method && palette && classes && opacity);
        QVERIFY(!panel.settings().enabled);
        QVERIFY(!measure->isEnabled()); // off: the other controls wait

        enabled->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(lastOf(spy).enabled);
        QVERIFY(measure->isEnabled());

        layer->setCurrentIndex(layer->findData(QStringLiteral("police_zones")));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(lastOf(spy).layer, QStringLiteral("police_zones"));

        method->setCurrentIndex(method->findData(int(ClassMethod::NaturalBreaks)));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(lastOf(spy).method, ClassMethod::NaturalBreaks);

        classes->setValue(7);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(lastOf(spy).classes, 7);
        classes->setValue(7); // no change, no signal
        QCOMPARE(spy.count(), 4);

        // A change has a sign: the panel switches to the diverging palette, in one signal.
        measure->setCurrentIndex(measure->findData(int(ZoneMeasure::Change)));
        QCOMPARE(spy.count(), 5);
        QCOMPARE(lastOf(spy).measure, ZoneMeasure::Change);
        QCOMPARE(lastOf(spy).palette, ChoroplethPalette::BlueOrange);
        measure->setCurrentIndex(measure->findData(int(ZoneMeasure::RatePer1000)));
        QCOMPARE(spy.count(), 6);
        QVERIFY(!isDiverging(lastOf(spy).palette));

        palette->setCurrentIndex(palette->findData(int(ChoroplethPalette::Viridis)));
        QCOMPARE(spy.count(), 7);
        QCOMPARE(lastOf(spy).palette, ChoroplethPalette::Viridis);

        opacity->setValue(40);
        QCOMPARE(spy.count(), 8);
        QCOMPARE(lastOf(spy).opacity, 0.4);
        QCOMPARE(lastOf(spy), panel.settings());
    }

    void setSettingsIsSilent()
    {
        ChoroplethPanel panel;
        QSignalSpy spy(&panel, &ChoroplethPanel::settingsChanged);
        ChoroplethSettings s;
        s.enabled = true;
        s.layer = QStringLiteral("police_zones");
        s.measure = ZoneMeasure::LocationQuotient;
        s.method = ClassMethod::EqualInterval;
        s.classes = 4;
        s.palette = ChoroplethPalette::Oranges;
        s.opacity = 0.55;
        panel.setSettings(s);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(panel.settings(), s);
        panel.setNote(QStringLiteral("note"));
        QCOMPARE(panel.note(), QStringLiteral("note"));
    }

    /// Imported layers are offered after the police zones; when the one shown disappears the
    /// panel falls back to municipalities and says so once.
    void importedLayersAreOffered()
    {
        ChoroplethPanel panel;
        auto *layer = panel.findChild<QComboBox *>(QStringLiteral("choroplethLayer"));
        const int builtIn = layer->count();
        panel.setImportedLayers({{QStringLiteral("imported:Beats"), QStringLiteral("Beats")},
                                 {QStringLiteral("imported:Sectors"), QStringLiteral("Sectors")}});
        QCOMPARE(layer->count(), builtIn + 2);
        QCOMPARE(layer->itemData(2).toString(), QStringLiteral("imported:Beats"));
        QVERIFY(layer->itemText(3).contains(QStringLiteral("Sectors")));

        ChoroplethSettings s;
        s.enabled = true;
        s.layer = QStringLiteral("imported:Sectors");
        panel.setSettings(s);
        QCOMPARE(panel.settings().layer, QStringLiteral("imported:Sectors"));
        QSignalSpy spy(&panel, &ChoroplethPanel::settingsChanged);
        // The list again with the same layers: nothing changes, nothing is emitted.
        panel.setImportedLayers({{QStringLiteral("imported:Beats"), QStringLiteral("Beats")},
                                 {QStringLiteral("imported:Sectors"), QStringLiteral("Sectors")}});
        QCOMPARE(spy.count(), 0);
        QCOMPARE(layer->count(), builtIn + 2);
        panel.setImportedLayers({{QStringLiteral("imported:Beats"), QStringLiteral("Beats")}});
        QCOMPARE(layer->count(), builtIn + 1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastOf(spy).layer, QStringLiteral("municipalities"));
    }

    void measureTitlesAreNamed()
    {
        for (ZoneMeasure m : {ZoneMeasure::Count, ZoneMeasure::RatePer1000, ZoneMeasure::PerKm2,
                              ZoneMeasure::Change, ZoneMeasure::LocationQuotient})
            QVERIFY(!ChoroplethPanel::measureTitle(m).isEmpty());
    }
};

QTEST_MAIN(TestChoroplethPanel)
#include "tst_choroplethpanel.moc"
