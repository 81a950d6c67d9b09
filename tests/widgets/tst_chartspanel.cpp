// SPDX-License-Identifier: GPL-3.0-or-later
// The charts panel under the offscreen platform: real mouse clicks on bars, legend entries and
// matrix cells emit the period, phenomenon, municipality or weekday-hour they stand for.
#include "chartspanel.h"
#include "weekhourmatrixview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QTest>

using namespace phenomap;

namespace {

constexpr qint64 kJan = 1704063600; // 2024-01-01 00:00 Brussels
constexpr qint64 kFeb = 1706742000; // 2024-02-01
constexpr qint64 kMar = 1709247600; // 2024-03-01
constexpr qint64 kApr = 1711922400; // 2024-04-01 (summer time)

ChartsContent sampleContent()
{
    ChartsContent c;
    c.time.bin = TimeBin::Month;
    c.time.binEdgesUtc = {kJan, kFeb, kMar, kApr};
    c.time.phenomenonIds = {11, 22};
    c.time.counts = {{4, 10, 2}, {6, 8, 12}};
    c.weekHour.weight[2 * 24 + 22] = 3.5;
    c.weekHour.weight[0] = 1.0;
    c.zones = {{21004, 30}, {21001, 12}, {21015, 5}};
    c.mo.zones = {21004, 21001};
    c.mo.moIds = {101, 102};
    c.mo.counts = {{9, 4}, {7, 0}};
    c.mo.otherMo = {2, 1};
    c.labels = {{11, QStringLiteral("Drugs")}, {22, QStringLiteral("Fraud")},
                {101, QStringLiteral("Street dealing")}, {102, QStringLiteral("Phishing")}};
    c.colours = {{11, QColor(Qt::red)}, {22, QColor(Qt::blue)}};
    c.zoneNames = {{21004, QStringLiteral("Bruxelles")}, {21001, QStringLiteral("Anderlecht")},
                   {21015, QStringLiteral("Schaerbeek")}};
    return c;
}

QAbstractBarSeries *barSeries(QChartView *view)
{
    return qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
}

/// Clicks the middle of a bar segment given in chart values.
void clickValue(QChartView *view, const QPointF &value, Qt::KeyboardModifiers modifiers = {})
{
    const QPointF scene = view->chart()->mapToPosition(value, view->chart()->series().value(0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->mapFromScene(scene));
}

} // namespace

class TestChartsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChartsPanel> m_panel;

    void showChart(ChartsPanel::Chart chart)
    {
        m_panel->setCurrentChart(chart);
        QCOMPARE(m_panel->currentChart(), chart);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void init()
    {
        m_panel = std::make_unique<ChartsPanel>();
        m_panel->resize(900, 600);
        m_panel->setContent(sampleContent());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void showsTheContentAsBars()
    {
        QAbstractBarSeries *time = barSeries(m_panel->chartView(ChartsPanel::TimeChart));
        QVERIFY(time);
        QCOMPARE(time->count(), 2);
        QCOMPARE(time->barSets().at(0)->label(), QStringLiteral("Drugs"));
        QCOMPARE(time->barSets().at(1)->at(2), 12.0);
        QCOMPARE(time->barSets().at(0)->color(), QColor(Qt::red));
        QAbstractBarSeries *zones = barSeries(m_panel->chartView(ChartsPanel::ZoneChart));
        QCOMPARE(zones->barSets().at(0)->count(), 3);
        QCOMPARE(zones->barSets().at(0)->at(2), 30.0); // the busiest is drawn last, on top
        QAbstractBarSeries *mo = barSeries(m_panel->chartView(ChartsPanel::MoChart));
        QCOMPARE(mo->count(), 3); // two MO and "other"
        QCOMPARE(m_panel->matrixView()->matrix().at(2, 22), 3.5);
        for (auto chart : {ChartsPanel::TimeChart, ChartsPanel::ZoneChart, ChartsPanel::MoChart})
            QVERIFY(!m_panel->chartView(chart)->accessibleName().isEmpty());
        QVERIFY(!m_panel->matrixView()->accessibleName().isEmpty());
    }

    void clickingATimeBarEmitsItsPeriod()
    {
        showChart(ChartsPanel::TimeChart);
        QSignalSpy period(m_panel.get(), &ChartsPanel::periodClicked);
        QSignalSpy phenomenon(m_panel.get(), &ChartsPanel::phenomenonClicked);
        clickValue(m_panel->chartView(ChartsPanel::TimeChart), QPointF(1, 5)); // February, Drugs segment
        QCOMPARE(period.count(), 1);
        QCOMPARE(period.first().at(0).toLongLong(), kFeb);
        QCOMPARE(period.first().at(1).toLongLong(), kMar);
        QCOMPARE(phenomenon.count(), 0);
        clickValue(m_panel->chartView(ChartsPanel::TimeChart), QPointF(2, 8)); // March, Fraud segment
        QCOMPARE(period.count(), 2);
        QCOMPARE(period.last().at(0).toLongLong(), kMar);
        QCOMPARE(period.last().at(1).toLongLong(), kApr);
    }

    void ctrlClickOrLegendEmitsThePhenomenon()
    {
        showChart(ChartsPanel::TimeChart);
        QSignalSpy period(m_panel.get(), &ChartsPanel::periodClicked);
        QSignalSpy phenomenon(m_panel.get(), &ChartsPanel::phenomenonClicked);
        QChartView *view = m_panel->chartView(ChartsPanel::TimeChart);
        clickValue(view, QPointF(2, 8), Qt::ControlModifier); // March, Fraud segment (2 + 6 of 12)
        QCOMPARE(phenomenon.count(), 1);
        QCOMPARE(phenomenon.first().at(0).toLongLong(), qint64(22));
        QCOMPARE(period.count(), 0);
        const QList<QLegendMarker *> markers = view->chart()->legend()->markers();
        QCOMPARE(markers.size(), 2);
        Q_EMIT markers.at(0)->clicked(); // a legend click (its position depends on the style)
        QCOMPARE(phenomenon.last().at(0).toLongLong(), qint64(11));
    }

    void clickingAZoneBarEmitsTheMunicipality()
    {
        showChart(ChartsPanel::ZoneChart);
        QSignalSpy zone(m_panel.get(), &ChartsPanel::zoneClicked);
        clickValue(m_panel->chartView(ChartsPanel::ZoneChart), QPointF(15, 2)); // top bar: Bruxelles
        QCOMPARE(zone.count(), 1);
        QCOMPARE(zone.first().at(0).toInt(), 21004);
        clickValue(m_panel->chartView(ChartsPanel::ZoneChart), QPointF(2, 0)); // bottom bar: Schaerbeek
        QCOMPARE(zone.last().at(0).toInt(), 21015);

        showChart(ChartsPanel::MoChart);
        clickValue(m_panel->chartView(ChartsPanel::MoChart), QPointF(2, 0)); // bottom: Anderlecht
        QCOMPARE(zone.last().at(0).toInt(), 21001);
    }

    void matrixCellsAreClickableAndDescribed()
    {
        showChart(ChartsPanel::WeekHourChart);
        QSignalSpy cell(m_panel.get(), &ChartsPanel::weekHourClicked);
        WeekHourMatrixView *matrix = m_panel->matrixView();
        QVERIFY(matrix->isVisible());
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(2, 22).center());
        QCOMPARE(cell.count(), 1);
        QCOMPARE(cell.first().at(0).toInt(), 2);
        QCOMPARE(cell.first().at(1).toInt(), 22);
        QVERIFY2(matrix->accessibleDescription().contains(QLocale().toString(3.5, 'f', 2)),
                 qPrintable(matrix->accessibleDescription()));
        QVERIFY(matrix->accessibleDescription().contains(QLocale().dayName(3)));
        // Keyboard: one right (hour 23), Enter.
        matrix->setFocus();
        QTest::keyClick(matrix, Qt::Key_Right);
        QTest::keyClick(matrix, Qt::Key_Return);
        QCOMPARE(cell.last().at(0).toInt(), 2);
        QCOMPARE(cell.last().at(1).toInt(), 23);
        QCOMPARE(matrix->cellAt(QPoint(-5, -5)), -1);
    }

    void binSelectorEmitsTheTimeStep()
    {
        QSignalSpy bin(m_panel.get(), &ChartsPanel::timeBinChanged);
        auto *selector = m_panel->findChild<QComboBox *>(QStringLiteral("chartTimeBin"));
        QVERIFY(selector);
        selector->setCurrentIndex(selector->findData(int(TimeBin::Week)));
        QCOMPARE(bin.count(), 1);
        QCOMPARE(bin.first().at(0).value<TimeBin>(), TimeBin::Week);
        QCOMPARE(m_panel->timeBin(), TimeBin::Week);
    }

    void emptyContentSaysSo()
    {
        m_panel->setContent(ChartsContent{});
        QVERIFY(!m_panel->chartView(ChartsPanel::TimeChart)->chart()->title().isEmpty());
        QVERIFY(!m_panel->chartView(ChartsPanel::ZoneChart)->chart()->title().isEmpty());
        QCOMPARE(m_panel->matrixView()->matrix().total(), 0.0);
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
