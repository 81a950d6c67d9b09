// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data against plain SQL over a real generated demo project: counts per month and week
// stacked by phenomenon, top municipalities, MO by municipality, and the aoristic
// hour-by-weekday matrix against a minute-by-minute walk; plus a hand-worked aoristic case.
#include "chartdata.h"
#include "demogenerator.h"
#include "engine.h"
#include "project.h"
#include "sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace phenomap;

namespace {

const QTimeZone &brussels()
{
    static const QTimeZone zone("Europe/Brussels");
    return zone;
}

qint64 local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), brussels()).toSecsSinceEpoch();
}

/// Label of a bin as SQLite computes it below: "yyyy-MM" of the month, or the Monday's date.
QString binLabel(qint64 edgeUtc, TimeBin bin)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(edgeUtc, brussels()).date();
    return d.toString(bin == TimeBin::Month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Engine m_engine;
    FilterResult m_all;

private Q_SLOTS:
    void initTestCase()
    {
        // SQLite's 'localtime' follows the process time zone: make it Brussels for the oracle.
        qputenv("TZ", "Europe/Brussels");
        tzset();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(path, {.incidents = 1500, .seed = 7, .title = QStringLiteral("Charts")});
        m_project = Project::open(path, Project::OpenMode::ReadOnly);
        m_engine.load(*m_project);
        m_all = m_engine.apply(*m_project, Filter{});
        QCOMPARE(m_all.total(), std::size_t(1500));
    }

    void timeSeriesMatchesSql_data()
    {
        QTest::addColumn<TimeBin>("bin");
        QTest::addColumn<QString>("sqlBin");
        QTest::newRow("month") << TimeBin::Month << QStringLiteral("strftime('%Y-%m', t, 'unixepoch', 'localtime')");
        QTest::newRow("week") << TimeBin::Week
                              << QStringLiteral("date(t, 'unixepoch', 'localtime', 'weekday 0', '-6 days')");
    }

    void timeSeriesMatchesSql()
    {
        QFETCH(TimeBin, bin);
        QFETCH(QString, sqlBin);
        const TimeSeriesData data = ChartData::timeSeries(m_engine, m_all, bin);
        QCOMPARE(data.total(), quint64(1500));
        QHash<QString, quint32> chart;
        for (std::size_t s = 0; s < data.phenomenonIds.size(); ++s)
            for (std::size_t b = 0; b < data.bins(); ++b)
                if (data.counts[s][b] > 0)
                    chart.insert(QString::number(data.phenomenonIds[s]) + QLatin1Char('/')
                                     + binLabel(data.binEdgesUtc[b], bin),
                                 data.counts[s][b]);
        QHash<QString, quint32> sql;
        Statement st = m_project->db().prepare(
            QStringLiteral("SELECT phenomenon_id, %1, count(*) FROM"
                           " (SELECT phenomenon_id, (occurred_from / 60) * 60 AS t FROM incidents) GROUP BY 1, 2")
                .arg(sqlBin));
        while (st.step())
            sql.insert(QString::number(st.int64(0)) + QLatin1Char('/') + st.text(1), quint32(st.int64(2)));
        QCOMPARE(chart, sql);
        // Bins are contiguous Brussels weeks or months.
        for (std::size_t b = 0; b + 1 < data.binEdgesUtc.size(); ++b)
            QCOMPARE(data.binEdgesUtc[b + 1], ChartData::nextBinStart(data.binEdgesUtc[b], bin));
        if (bin == TimeBin::Week)
            QCOMPARE(QDateTime::fromSecsSinceEpoch(data.binEdgesUtc.front(), brussels()).date().dayOfWeek(), 1);
    }

    void timeSeriesAgreesWithEngineBins()
    {
        const FilterResult weekly = m_engine.apply(*m_project, Filter{}, TimeBin::Week);
        const TimeSeriesData data = ChartData::timeSeries(m_engine, weekly, TimeBin::Week);
        const auto first = std::find(data.binEdgesUtc.begin(), data.binEdgesUtc.end(), weekly.binStartUtc);
        QVERIFY(first != data.binEdgesUtc.end());
        const std::size_t shift = std::size_t(first - data.binEdgesUtc.begin());
        for (std::size_t b = 0; b < data.bins(); ++b) {
            quint32 sum = 0;
            for (const auto &series : data.counts)
                sum += series[b];
            QVERIFY(b >= shift);
            QCOMPARE(sum, weekly.perTimeBin[b - shift]);
        }
    }

    void topMunicipalitiesMatchSql()
    {
        const auto top = ChartData::topMunicipalities(m_engine.columns(), m_all, 5);
        QCOMPARE(top.size(), std::size_t(5));
        Statement st = m_project->db().prepare(
            "SELECT municipality_nis, count(*) FROM incidents WHERE municipality_nis IS NOT NULL"
            " AND municipality_nis <> 0 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5");
        for (const ZoneCount &zone : top) {
            QVERIFY(st.step());
            QCOMPARE(zone.code, int(st.int64(0)));
            QCOMPARE(qint64(zone.count), st.int64(1));
        }
    }

    void moByZoneMatchesSql()
    {
        const MoByZone mo = ChartData::moByZone(m_engine.columns(), m_all, 4, 5);
        QCOMPARE(mo.zones.size(), std::size_t(4));
        QCOMPARE(mo.moIds.size(), std::size_t(5));
        QHash<QString, qint64> sql;
        QHash<int, qint64> linksPerZone;
        Statement st = m_project->db().prepare(
            "SELECT i.municipality_nis, m.mo_id, count(*) FROM incidents i"
            " JOIN phenomap_incident_mo m ON m.incident_fid = i.fid GROUP BY 1, 2");
        while (st.step()) {
            sql.insert(QStringLiteral("%1/%2").arg(st.int64(0)).arg(st.int64(1)), st.int64(2));
            linksPerZone[int(st.int64(0))] += st.int64(2);
        }
        for (std::size_t z = 0; z < mo.zones.size(); ++z) {
            qint64 shown = mo.otherMo[z];
            for (std::size_t m = 0; m < mo.moIds.size(); ++m) {
                QCOMPARE(qint64(mo.counts[m][z]), sql.value(QStringLiteral("%1/%2").arg(mo.zones[z]).arg(mo.moIds[m])));
                shown += mo.counts[m][z];
            }
            QCOMPARE(shown, linksPerZone.value(mo.zones[z]));
        }
    }

    void aoristicHandWorked()
    {
        // 22:00 on Wednesday 2024-01-10 to 02:00 on Thursday: a quarter in each of four hours.
        WeekHourMatrix m;
        const UtcOffsetFunction offset = [this](qint64 t) { return m_engine.utcOffsetAt(t); };
        addAoristic(m, local(2024, 1, 10, 22), local(2024, 1, 11, 2), offset);
        QCOMPARE(m.at(2, 22), 0.25);
        QCOMPARE(m.at(2, 23), 0.25);
        QCOMPARE(m.at(3, 0), 0.25);
        QCOMPARE(m.at(3, 1), 0.25);
        QCOMPARE(m.total(), 1.0);
        // An exact time adds one to its slot; a window over a half hour splits by minutes.
        addAoristic(m, local(2024, 1, 14, 9, 30), local(2024, 1, 14, 9, 30), offset);
        QCOMPARE(m.at(6, 9), 1.0);
        addAoristic(m, local(2024, 7, 1, 10, 30), local(2024, 7, 1, 12), offset);
        QCOMPARE(m.at(0, 10), 1.0 / 3.0);
        QCOMPARE(m.at(0, 11), 2.0 / 3.0);
        // Summer time in Brussels: 01:00-03:00 CEST on 2024-06-01 (Saturday) is 23:00-01:00 UTC.
        WeekHourMatrix summer;
        addAoristic(summer, local(2024, 6, 1, 1), local(2024, 6, 1, 3), offset);
        QCOMPARE(summer.at(5, 1), 0.5);
        QCOMPARE(summer.at(5, 2), 0.5);
        // A window of eight days: every slot gets 1/192 for the whole week, the rest goes by hour.
        WeekHourMatrix week;
        addAoristic(week, local(2024, 1, 8, 0), local(2024, 1, 16, 0), offset);
        QVERIFY(std::abs(week.at(3, 5) - 1.0 / 192.0) < 1e-12);
        QVERIFY(std::abs(week.at(0, 5) - 2.0 / 192.0) < 1e-12);
        QVERIFY(std::abs(week.total() - 1.0) < 1e-12);
        // Sunday 2024-01-14 21:30 to Monday 02:15: the run of whole hours wraps past the end of
        // the week; 4.75 hours, so a whole hour weighs 4/19.
        WeekHourMatrix wrap;
        addAoristic(wrap, local(2024, 1, 14, 21, 30), local(2024, 1, 15, 2, 15), offset);
        const double hour = 4.0 / 19.0;
        QVERIFY(std::abs(wrap.at(6, 21) - hour / 2) < 1e-12);
        QVERIFY(std::abs(wrap.at(6, 22) - hour) < 1e-12);
        QVERIFY(std::abs(wrap.at(6, 23) - hour) < 1e-12);
        QVERIFY(std::abs(wrap.at(0, 0) - hour) < 1e-12);
        QVERIFY(std::abs(wrap.at(0, 1) - hour) < 1e-12);
        QVERIFY(std::abs(wrap.at(0, 2) - hour / 4) < 1e-12);
        QCOMPARE(wrap.at(0, 3), 0.0);
        QCOMPARE(wrap.at(6, 20), 0.0);
        QVERIFY(std::abs(wrap.total() - 1.0) < 1e-12);
    }

    /// The parallel passes group rows in chunks: any chunk size gives the same charts.
    void chunkingDoesNotChangeTheCharts()
    {
        const WeekHourMatrix whole = ChartData::weekHour(m_engine, m_all, m_all.rows.size());
        const TimeSeriesData series = ChartData::timeSeries(m_engine, m_all, TimeBin::Week, m_all.rows.size());
        for (std::size_t chunk : {std::size_t(1), std::size_t(97), std::size_t(1000)}) {
            const WeekHourMatrix m = ChartData::weekHour(m_engine, m_all, chunk);
            for (std::size_t s = 0; s < m.weight.size(); ++s)
                QVERIFY2(std::abs(m.weight[s] - whole.weight[s]) < 1e-9, qPrintable(QString::number(s)));
            const TimeSeriesData t = ChartData::timeSeries(m_engine, m_all, TimeBin::Week, chunk);
            QCOMPARE(t.counts, series.counts);
            QCOMPARE(t.phenomenonIds, series.phenomenonIds);
        }
    }

    void aoristicMatrixMatchesMinuteWalk()
    {
        const WeekHourMatrix matrix = ChartData::weekHour(m_engine, m_all);
        QVERIFY(std::abs(matrix.total() - 1500.0) < 1e-6);
        std::array<double, 168> oracle{};
        Statement st = m_project->db().prepare(
            "SELECT (occurred_from / 60) * 60, (coalesce(max(occurred_to, occurred_from), occurred_from) / 60) * 60"
            " FROM incidents");
        while (st.step()) {
            const qint64 from = st.int64(0), to = st.int64(1);
            const auto slotOf = [](qint64 utc) {
                const QDateTime t = QDateTime::fromSecsSinceEpoch(utc, brussels());
                return std::size_t((t.date().dayOfWeek() - 1) * 24 + t.time().hour());
            };
            if (to <= from) {
                oracle[slotOf(from)] += 1.0;
                continue;
            }
            const double share = 60.0 / double(to - from);
            for (qint64 t = from; t < to; t += 60)
                oracle[slotOf(t)] += share;
        }
        for (std::size_t i = 0; i < oracle.size(); ++i)
            QVERIFY2(std::abs(matrix.weight[i] - oracle[i]) < 1e-6, qPrintable(QString::number(i)));
    }

    void filteredResultsStayConsistent()
    {
        Filter f;
        f.phenomenonIds.insert(m_engine.columns().phenomenonIds.front());
        f.fromUtc = local(2025, 3, 1, 0);
        f.toUtc = local(2025, 9, 1, 0);
        const FilterResult r = m_engine.apply(*m_project, f);
        QVERIFY(r.total() > 0);
        const TimeSeriesData data = ChartData::timeSeries(m_engine, r, TimeBin::Month);
        QCOMPARE(data.total(), quint64(r.total()));
        QCOMPARE(data.phenomenonIds.size(), std::size_t(1));
        QVERIFY(std::abs(ChartData::weekHour(m_engine, r).total() - double(r.total())) < 1e-6);
        quint64 zoned = 0;
        for (const ZoneCount &z : ChartData::topMunicipalities(m_engine.columns(), r, -1))
            zoned += z.count;
        QCOMPARE(zoned, quint64(std::accumulate(r.perMunicipality.begin(), r.perMunicipality.end(), quint64(0))));
    }

    void emptyResultGivesEmptyCharts()
    {
        const FilterResult none;
        QCOMPARE(ChartData::timeSeries(m_engine, none, TimeBin::Week).bins(), std::size_t(0));
        QCOMPARE(ChartData::weekHour(m_engine, none).total(), 0.0);
        QVERIFY(ChartData::topMunicipalities(m_engine.columns(), none, 10).empty());
        QVERIFY(ChartData::moByZone(m_engine.columns(), none, 10, 5).zones.empty());
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
