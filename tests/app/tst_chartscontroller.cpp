// SPDX-License-Identifier: GPL-3.0-or-later
// The charts dock in the main window over a real demo project: chart totals agree with the
// filter and the incident table for the same filter, and clicks on chart elements change the
// filter (period and phenomenon through the filter panel, municipality and weekday-hour on top).
#include "chartscontroller.h"
#include "chartspanel.h"
#include "demogenerator.h"
#include "filterpanel.h"
#include "incidenttablemodel.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "weekhourmatrixview.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <numeric>

using namespace phenomap;

class TestChartsController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester; ///< the table stays a sound model under chart clicks

    ChartsPanel *panel() const { return m_window->findChild<ChartsPanel *>(); }
    ProjectController *controller() const { return m_window->controller(); }

    /// Every chart adds up to what the filter shows and the table lists.
    void checkTotals()
    {
        const ChartsContent &c = panel()->content();
        const quint64 visible = controller()->result().total();
        QCOMPARE(quint64(controller()->tableModel()->rowCount()), visible);
        QCOMPARE(c.time.total(), visible);
        QVERIFY2(std::abs(c.weekHour.total() - double(visible)) < 1e-6, qPrintable(QString::number(c.weekHour.total())));
        const auto &perZone = controller()->result().perMunicipality;
        QVERIFY(!c.zones.empty());
        QCOMPARE(c.zones.front().count, *std::max_element(perZone.begin(), perZone.end()));
        QVERIFY(c.zones.size() <= std::size_t(ChartsController::kTopZones));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(m_path, {.incidents = 2000, .seed = 5, .title = QStringLiteral("Charts demo")});
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->raise(); // the analyst looks at the charts
        QTRY_VERIFY(panel()->isVisible());
        m_window->openInitialProject(m_path);
        QVERIFY(controller()->project());
        QVERIFY(panel());
        m_tableTester = std::make_unique<QAbstractItemModelTester>(
            controller()->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tableTester.reset();
        m_window.reset();
    }

    void chartsDockIsThere()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        QVERIFY(dock);
        QCOMPARE(dock->widget(), panel());
        QCOMPARE(panel()->content().time.total(), quint64(2000));
        QCOMPARE(panel()->content().zoneNames.size(), 19);
        checkTotals();
    }

    void hiddenChartsWaitUntilShown()
    {
        // With the Charts dock closed the charts are not recomputed on a filter change ...
        auto *charts = m_window->findChild<ChartsController *>();
        QVERIFY(charts);
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        dock->close();
        QTRY_VERIFY(!panel()->isVisible());
        m_window->filterPanel()->setPeriod(QDate(2025, 5, 1), QDate(2025, 5, 31));
        QVERIFY(charts->isStale());
        QCOMPARE(panel()->content().time.total(), quint64(2000));
        // ... and catch up as soon as they show.
        dock->show();
        QTRY_VERIFY(panel()->isVisible());
        QVERIFY(!charts->isStale());
        QCOMPARE(panel()->content().time.total(), quint64(controller()->result().total()));
        QVERIFY(controller()->result().total() < 2000);
        checkTotals();
    }

    void totalsFollowTheFilter()
    {
        // A period and one phenomenon through the filter panel, then the week view.
        m_window->filterPanel()->setPeriod(QDate(2025, 5, 1), QDate(2025, 10, 31));
        checkTotals();
        const qint64 first = panel()->content().time.phenomenonIds.front();
        QVERIFY(m_window->filterPanel()->showOnlyPhenomenon(first));
        QCOMPARE(controller()->currentFilter().phenomenonIds, QSet<qint64>{first});
        QCOMPARE(panel()->content().time.phenomenonIds.size(), std::size_t(1));
        checkTotals();
        auto *bin = panel()->findChild<QComboBox *>(QStringLiteral("chartTimeBin"));
        bin->setCurrentIndex(bin->findData(int(TimeBin::Week)));
        QCOMPARE(panel()->content().time.bin, TimeBin::Week);
        checkTotals();
    }

    void clickingAPeriodRestrictsTheDates()
    {
        QSignalSpy applied(controller(), &ProjectController::filterApplied);
        const TimeSeriesData &time = panel()->content().time;
        QVERIFY(time.bins() > 3);
        const qint64 from = time.binEdgesUtc[2], to = time.binEdgesUtc[3];
        quint64 inBin = 0;
        for (const auto &series : time.counts)
            inBin += series[2];
        Q_EMIT panel()->periodClicked(from, to);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(controller()->currentFilter().fromUtc, from);
        QCOMPARE(controller()->currentFilter().toUtc, to);
        QVERIFY(m_window->filterPanel()->summary().contains(
            QLocale().toString(QDateTime::fromSecsSinceEpoch(from, QTimeZone("Europe/Brussels")).date(), QLocale::ShortFormat)));
        // Incidents that started in the month, plus those started before whose window reaches into it.
        QVERIFY(controller()->result().total() >= inBin);
        checkTotals();
    }

    void clickingAPhenomenonTicksOnlyIt()
    {
        const qint64 id = panel()->content().time.phenomenonIds.back();
        Q_EMIT panel()->phenomenonClicked(id);
        QCOMPARE(controller()->currentFilter().phenomenonIds, QSet<qint64>{id});
        QCOMPARE(m_window->filterPanel()->filter().phenomenonIds, QSet<qint64>{id});
        checkTotals();
    }

    void clickingAZoneRestrictsToIt()
    {
        const ZoneCount busiest = panel()->content().zones.front();
        Q_EMIT panel()->zoneClicked(busiest.code);
        QCOMPARE(controller()->currentFilter().municipalities, QSet<int>{busiest.code});
        QCOMPARE(quint64(controller()->result().total()), quint64(busiest.count));
        QCOMPARE(panel()->content().zones.size(), std::size_t(1));
        checkTotals();
    }

    void clickingAMatrixCellRestrictsWeekdayAndHour()
    {
        panel()->setCurrentChart(ChartsPanel::WeekHourChart);
        WeekHourMatrixView *matrix = panel()->matrixView();
        m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->raise();
        QCoreApplication::processEvents();
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(4, 21).center());
        QCOMPARE(controller()->currentFilter().weekdays, quint8(1 << 4));
        QCOMPARE(controller()->currentFilter().hours, quint32(1) << 21);
        checkTotals();
    }

    /// A selection on the map (or in the table) is highlighted in the charts: a line over the time
    /// bars with the selected incidents per bin, a bar beside each municipality's, outlined matrix
    /// cells; counts agree with the selected rows, and clearing the selection removes it all.
    void selectionIsHighlightedInTheCharts()
    {
        const IncidentColumns &c = controller()->engine().columns();
        const ZoneCount busiest = panel()->content().zones.front();
        // Every visible incident of the busiest municipality, plus one fid that is not loaded.
        QSet<quint32> fids{4000000000u};
        quint32 expected = 0;
        for (quint32 row : controller()->result().rows) {
            const quint8 m = c.municipality[row];
            if (m != 255 && c.municipalityNis[m] == busiest.code && expected < 40) {
                fids.insert(c.fid[row]);
                ++expected;
            }
        }
        QVERIFY(expected > 5);
        controller()->selectIncidents(fids);
        const SelectionCounts &sel = panel()->content().selection;
        QCOMPARE(sel.count, expected);
        QCOMPARE(quint64(std::accumulate(sel.perBin.begin(), sel.perBin.end(), quint64(0))), quint64(expected));
        QCOMPARE(sel.perZone.front(), expected); // all in the busiest, which is listed first
        QVERIFY(std::abs(sel.weekHour.total() - double(expected)) < 1e-9);

        // Time chart: a line series of the selection, its points the counts per bin.
        QChart *time = panel()->chartView(ChartsPanel::TimeChart)->chart();
        QLineSeries *line = nullptr;
        for (QAbstractSeries *series : time->series())
            if (series->objectName() == QLatin1String("selectionSeries"))
                line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        QCOMPARE(std::size_t(line->count()), sel.perBin.size());
        for (int b = 0; b < line->count(); ++b)
            QCOMPARE(line->at(b).y(), double(sel.perBin[std::size_t(b)]));
        // ... drawn in the map's selection colour.
        panel()->setCurrentChart(ChartsPanel::TimeChart);
        QCoreApplication::processEvents();
        const QImage image = panel()->chartView(ChartsPanel::TimeChart)->grab().toImage();
        const QColor colour = panel()->content().selectionColour;
        int highlighted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == colour)
                    ++highlighted;
        QVERIFY2(highlighted > 20, qPrintable(QString::number(highlighted)));

        // Zone chart: a second bar set beside the counts.
        QChart *zones = panel()->chartView(ChartsPanel::ZoneChart)->chart();
        auto *bars = qobject_cast<QHorizontalBarSeries *>(zones->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QBarSet *picked = bars->barSets().at(1);
        QCOMPARE(picked->at(picked->count() - 1), double(expected)); // busiest drawn last (on top)
        // Matrix: the selected cells are outlined (and say so).
        QCOMPARE(panel()->matrixView()->highlight().total(), sel.weekHour.total());

        controller()->selectIncidents({});
        QCOMPARE(panel()->content().selection.count, quint32(0));
        for (QAbstractSeries *series : time->series())
            QVERIFY(series->objectName() != QLatin1String("selectionSeries"));
        QCOMPARE(qobject_cast<QHorizontalBarSeries *>(zones->series().first())->count(), 1);
        QCOMPARE(panel()->matrixView()->highlight().total(), 0.0);
    }

    /// A selection made while the charts are hidden shows when they are shown again.
    void selectionWaitsForHiddenCharts()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        dock->close();
        QTRY_VERIFY(!panel()->isVisible());
        const quint32 fid = controller()->engine().columns().fid[controller()->result().rows.front()];
        controller()->selectIncidents({fid});
        QCOMPARE(panel()->content().selection.count, quint32(0));
        dock->show();
        QTRY_COMPARE(panel()->content().selection.count, quint32(1));
    }
};

QTEST_MAIN(TestChartsController)
#include "tst_chartscontroller.moc"
