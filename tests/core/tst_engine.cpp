// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against real project files: every filter and aggregate is checked against an
// independent SQL query on the same file (SQLite's own local-time functions for weekday/hour).
#include "engine.h"
#include "engine_support.h"
#include "feedback.h"
#include "incidentwriter.h"
#include "project.h"
#include "sqlite.h"
#include "storetestsupport.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <ctime>
#include <map>

using namespace phenomap;

Q_DECLARE_METATYPE(phenomap::Filter)

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

Project::CreateOptions withoutZones()
{
    Project::CreateOptions options;
    options.baseZones = false;
    return options;
}

template<typename T>
QSet<T> setOf(const QList<T> &list) { return QSet<T>(list.begin(), list.end()); }

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private:
    std::vector<qint64> sqlFids(const QString &where)
    {
        std::vector<qint64> out;
        Statement st = m_s.project->db().prepare(QStringLiteral("SELECT fid FROM incidents WHERE %1 ORDER BY fid").arg(where));
        while (st.step())
            out.push_back(st.int64(0));
        return out;
    }
    std::map<QString, quint32> sqlGroups(const QString &key, const QString &where, const QString &from = QStringLiteral("incidents"))
    {
        std::map<QString, quint32> out;
        Statement st = m_s.project->db().prepare(
            QStringLiteral("SELECT %1, count(*) FROM %2 WHERE %3 GROUP BY 1").arg(key, from, where));
        while (st.step())
            if (!st.isNull(0))
                out[st.text(0)] = quint32(st.int64(1));
        return out;
    }
    std::vector<qint64> engineFids(const FilterResult &r) const
    {
        std::vector<qint64> out;
        for (quint32 row : r.rows)
            out.push_back(m_engine.columns().fid[row]);
        return out;
    }

    QTemporaryDir m_dir;
    test::SyntheticProject m_s;
    Engine m_engine;
    static constexpr int kCount = 5000;

private Q_SLOTS:
    void initTestCase()
    {
        // The SQL oracle computes local weekday/hour with SQLite's 'localtime' (the C library).
        qputenv("TZ", "Europe/Brussels");
        tzset();
        QVERIFY(m_dir.isValid());
        m_s = test::createSyntheticProject(m_dir.filePath(QStringLiteral("engine.gpkg")), kCount, 20240331);
        m_engine.load(*m_s.project);
        // The MO filter rows below need both kinds of incidents.
        QVERIFY(*m_s.project->db().scalarInt("SELECT count(*) FROM incidents WHERE fid NOT IN "
                                             "(SELECT incident_fid FROM phenomap_incident_mo)") > 0);
    }

    void loadsEveryIncidentCompactly()
    {
        const IncidentColumns &c = m_engine.columns();
        QCOMPARE(qint64(c.size()), *m_s.project->db().scalarInt("SELECT count(*) FROM incidents"));
        QCOMPARE(c.size(), std::size_t(kCount));
        QCOMPARE(c.moOffset.size(), c.size() + 1);
        QCOMPARE(qint64(c.mo.size()), *m_s.project->db().scalarInt("SELECT count(*) FROM phenomap_incident_mo"));
        QVERIFY(std::is_sorted(c.fid.begin(), c.fid.end()));
        const double perIncident = double(c.bytes()) / double(c.size());
        qInfo("%.1f bytes per incident", perIncident);
        QVERIFY2(perIncident <= 48.0, qPrintable(QString::number(perIncident)));
    }

    void columnsMatchStore()
    {
        const IncidentColumns &c = m_engine.columns();
        for (std::size_t i = 0; i < c.size(); i += 37) {
            const auto r = readIncident(m_s.project->db(), c.fid[i]);
            QVERIFY(r);
            QCOMPARE(c.fromUtc(i), r->occurredFrom);
            QCOMPARE(c.toUtc(i), r->occurredTo);
            QCOMPARE(std::isnan(c.x[i]), !r->hasPoint);
            if (r->hasPoint) {
                QCOMPARE(c.x[i], float(r->x));
                QCOMPARE(c.y[i], float(r->y));
            }
            QCOMPARE(LocationPrecision(c.precision[i]), r->precision);
            QCOMPARE(c.phenomenonIds[c.phenomenon[i]], r->phenomenonId);
            QCOMPARE(c.sourceIds[c.source[i]], r->sourceId);
            QCOMPARE(Tlp(c.tlp[i]), r->tlp);
            QCOMPARE(c.municipality[i] == 255 ? 0 : c.municipalityNis[c.municipality[i]], r->municipalityNis);
            QCOMPARE(c.policeZone[i] == 255 ? 0 : c.policeZoneCodes[c.policeZone[i]], r->policeZone);
            QSet<qint64> mo;
            for (quint32 k = c.moOffset[i]; k < c.moOffset[i + 1]; ++k)
                mo.insert(c.moIds[c.mo[k]]);
            QCOMPARE(mo, setOf(r->moIds));
            QCOMPARE(m_engine.columns().rowOfFid(c.fid[i]), qint64(i));
        }
        QCOMPARE(c.rowOfFid(0), -1);
        QCOMPARE(c.rowOfFid(qint64(c.fid.back()) + 1), -1);
    }

    void timeRange()
    {
        const auto [lo, hi] = m_engine.timeRange();
        QCOMPARE(lo, *m_s.project->db().scalarInt("SELECT min(occurred_from) FROM incidents"));
        QCOMPARE(hi, *m_s.project->db().scalarInt("SELECT max(occurred_to) FROM incidents"));
    }

    void filterMatchesSql_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<QString>("where");
        const QList<qint64> &ph = m_s.phenomena;
        const QList<qint64> mo = m_s.moOf.value(ph.at(0)).mid(0, 2) + m_s.moOf.value(ph.at(1)).mid(0, 1);
        const qint64 june = 1685577600, july = 1688169600; // 2023-06-01, 2023-07-01 UTC
        const QString local = QStringLiteral("occurred_from, 'unixepoch', 'localtime'");

        QTest::newRow("none") << Filter{} << QStringLiteral("1");
        Filter f;
        f.fromUtc = june;
        f.toUtc = july;
        QTest::newRow("window") << f << QStringLiteral("occurred_from < %1 AND occurred_to >= %2").arg(july).arg(june);
        f = {};
        f.fromUtc = june;
        QTest::newRow("open end") << f << QStringLiteral("occurred_to >= %1").arg(june);
        f = {};
        f.toUtc = june + 90; // not minute-aligned: rounds up to the next minute
        QTest::newRow("open start") << f << QStringLiteral("occurred_from < %1").arg(june + 120);
        f = {};
        f.phenomenonIds = {ph.at(0), ph.at(2)};
        QTest::newRow("phenomena") << f << QStringLiteral("phenomenon_id IN (%1,%2)").arg(ph.at(0)).arg(ph.at(2));
        f = {};
        f.phenomenonIds = {987654};
        QTest::newRow("unknown phenomenon") << f << QStringLiteral("0");
        f = {};
        f.moIds = setOf(mo);
        // Incidents with no MO recorded stay visible under an MO restriction.
        QTest::newRow("mo") << f
                            << QStringLiteral("fid IN (SELECT incident_fid FROM phenomap_incident_mo WHERE mo_id IN (%1))"
                                              " OR fid NOT IN (SELECT incident_fid FROM phenomap_incident_mo)")
                                   .arg(idList(mo));
        f = {};
        f.municipalities = {21001, 21004, 21015};
        QTest::newRow("municipalities") << f << QStringLiteral("municipality_nis IN (21001, 21004, 21015)");
        f = {};
        f.policeZones = {5339, 5344};
        QTest::newRow("police zones") << f << QStringLiteral("police_zone IN (5339, 5344)");
        f = {};
        f.sourceIds = {m_s.sources.at(1)};
        QTest::newRow("source") << f << QStringLiteral("source_id = %1").arg(m_s.sources.at(1));
        f = {};
        f.tlps = {int(Tlp::Red), int(Tlp::AmberStrict)};
        QTest::newRow("tlp") << f << QStringLiteral("tlp IN ('TLP:RED', 'TLP:AMBER+STRICT')");
        f = {};
        f.weekdays = 0x60; // Saturday, Sunday
        QTest::newRow("weekend") << f << QStringLiteral("strftime('%w', %1) IN ('0', '6')").arg(local);
        f = {};
        f.weekdays = 0x01; // Monday
        QTest::newRow("monday") << f << QStringLiteral("strftime('%w', %1) = '1'").arg(local);
        f = {};
        f.hours = 0xc0003f; // 22:00-05:59 local
        QTest::newRow("night") << f << QStringLiteral("CAST(strftime('%H', %1) AS INTEGER) NOT BETWEEN 6 AND 21").arg(local);
        f = {};
        f.hours = 0x0c; // 02:00-03:59 local: sensitive to the DST change days
        QTest::newRow("02-04h") << f << QStringLiteral("strftime('%H', %1) IN ('02', '03')").arg(local);
        const QString text = QStringLiteral("(description || ' ' || address)");
        f = {};
        f.text = QStringLiteral("cannabis");
        QTest::newRow("text word") << f << QStringLiteral("%1 LIKE '%cannabis%'").arg(text);
        f.text = QStringLiteral("CAFE");
        QTest::newRow("text diacritics and case") << f << QStringLiteral("%1 LIKE '%café%'").arg(text);
        f.text = QStringLiteral("  cannabis,   \"gare!  ");
        QTest::newRow("text punctuation") << f << QStringLiteral("%1 LIKE '%cannabis%' AND %1 LIKE '%gare%'").arg(text);
        f.text = QStringLiteral("garag*");
        QTest::newRow("text prefix") << f << QStringLiteral("%1 LIKE '%garag%'").arg(text);
        f.text = QStringLiteral("NEAR( OR -\"*");
        QTest::newRow("text syntax only") << f << QStringLiteral("1 = 0 AND 0"); // "or" is a literal word: nothing has it
        f.text = QStringLiteral("-- () ***");
        QTest::newRow("text no word") << f << QStringLiteral("1");
        f = {};
        f.fromUtc = 1704067200; // 2024
        f.phenomenonIds = {ph.at(0), ph.at(1), ph.at(3)};
        f.weekdays = 0x1f;
        f.municipalities = {21004, 21009, 21012, 21014, 21016};
        f.text = QStringLiteral("vélo");
        QTest::newRow("combined") << f
                                  << QStringLiteral("occurred_to >= 1704067200 AND phenomenon_id IN (%1,%2,%3)"
                                                    " AND strftime('%w', %4) NOT IN ('0','6')"
                                                    " AND municipality_nis IN (21004,21009,21012,21014,21016)"
                                                    " AND %5 LIKE '%vélo%'")
                                         .arg(ph.at(0)).arg(ph.at(1)).arg(ph.at(3)).arg(local, text);
    }

    void filterMatchesSql()
    {
        QFETCH(Filter, filter);
        QFETCH(QString, where);
        const FilterResult r = m_engine.apply(*m_s.project, filter);
        const std::vector<qint64> expected = sqlFids(where);
        QCOMPARE(r.total(), expected.size());
        QCOMPARE(engineFids(r), expected);
        QVERIFY(std::is_sorted(r.rows.begin(), r.rows.end()));
    }

    void aggregatesMatchSql_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<QString>("where");
        QTest::newRow("all") << Filter{} << QStringLiteral("1");
        Filter f;
        f.fromUtc = 1696118400; // 2023-10-01 .. 2024-04-01 UTC
        f.toUtc = 1711929600;
        f.tlps = {int(Tlp::Clear), int(Tlp::Green), int(Tlp::Amber)};
        QTest::newRow("winter, shareable") << f
            << QStringLiteral("occurred_from < 1711929600 AND occurred_to >= 1696118400 AND tlp IN ('TLP:CLEAR','TLP:GREEN','TLP:AMBER')");
    }

    void aggregatesMatchSql()
    {
        QFETCH(Filter, filter);
        QFETCH(QString, where);
        const IncidentColumns &c = m_engine.columns();
        const FilterResult r = m_engine.apply(*m_s.project, filter, TimeBin::Month);

        std::map<QString, quint32> got;
        for (std::size_t i = 0; i < r.perMunicipality.size(); ++i)
            if (r.perMunicipality[i])
                got[QString::number(c.municipalityNis[i])] = r.perMunicipality[i];
        QCOMPARE(got, sqlGroups(QStringLiteral("NULLIF(municipality_nis, 0)"), where));
        got.clear();
        for (auto [code, n] : policeZoneCounts(c, r).asKeyValueRange())
            got[QString::number(code)] = n;
        QCOMPARE(got, sqlGroups(QStringLiteral("NULLIF(police_zone, 0)"), where));
        got.clear();
        for (std::size_t i = 0; i < r.perPhenomenon.size(); ++i)
            if (r.perPhenomenon[i])
                got[QString::number(c.phenomenonIds[i])] = r.perPhenomenon[i];
        QCOMPARE(got, sqlGroups(QStringLiteral("phenomenon_id"), where));
        got.clear();
        for (std::size_t i = 0; i < r.perMo.size(); ++i)
            if (r.perMo[i])
                got[QString::number(c.moIds[i])] = r.perMo[i];
        QCOMPARE(got, sqlGroups(QStringLiteral("mo_id"), where,
                                QStringLiteral("incidents JOIN phenomap_incident_mo ON incident_fid = fid")));
        const QHash<qint64, quint32> tax = taxonomyCounts(c, r);
        for (std::size_t i = 0; i < r.perPhenomenon.size(); ++i)
            QCOMPARE(tax.value(c.phenomenonIds[i]), r.perPhenomenon[i]);

        // Month bins in Brussels local time.
        got.clear();
        const QTimeZone brussels("Europe/Brussels");
        const QDate first = QDateTime::fromSecsSinceEpoch(r.binStartUtc, brussels).date();
        QCOMPARE(first.day(), 1);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(r.binStartUtc, brussels).time(), QTime(0, 0));
        quint64 sum = 0;
        for (std::size_t k = 0; k < r.perTimeBin.size(); ++k) {
            sum += r.perTimeBin[k];
            if (r.perTimeBin[k])
                got[first.addMonths(int(k)).toString(QStringLiteral("yyyy-MM"))] = r.perTimeBin[k];
        }
        QCOMPARE(sum, quint64(r.total()));
        QCOMPARE(got, sqlGroups(QStringLiteral("strftime('%Y-%m', occurred_from, 'unixepoch', 'localtime')"), where));

        // Week bins start on a local Monday.
        const FilterResult w = m_engine.apply(*m_s.project, filter, TimeBin::Week);
        const QDate monday = QDateTime::fromSecsSinceEpoch(w.binStartUtc, brussels).date();
        QCOMPARE(monday.dayOfWeek(), 1);
        got.clear();
        for (std::size_t k = 0; k < w.perTimeBin.size(); ++k)
            if (w.perTimeBin[k])
                got[monday.addDays(7 * qint64(k)).toString(Qt::ISODate)] = w.perTimeBin[k];
        QCOMPARE(got, sqlGroups(QStringLiteral("date(occurred_from, 'unixepoch', 'localtime', 'weekday 0', '-6 days')"), where));
    }

    void timeAxisCoversFilterWindow()
    {
        Filter f;
        const QTimeZone brussels("Europe/Brussels"); // local 2023-01-01 .. 2023-04-01: three month bins
        f.fromUtc = QDateTime(QDate(2023, 1, 1), QTime(0, 0), brussels).toSecsSinceEpoch();
        f.toUtc = QDateTime(QDate(2023, 4, 1), QTime(0, 0), brussels).toSecsSinceEpoch();
        f.phenomenonIds = {987654}; // nothing matches, the axis still spans the window
        const FilterResult r = m_engine.apply(*m_s.project, f, TimeBin::Month);
        QCOMPARE(r.total(), std::size_t(0));
        QCOMPARE(r.perTimeBin, std::vector<quint32>(3, 0));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(r.binStartUtc, QTimeZone("Europe/Brussels")).date(), QDate(2023, 1, 1));
    }

    void localTimeAroundDst_data()
    {
        QTest::addColumn<qint64>("utc");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("hour");
        QTest::newRow("before spring change") << qint64(1711845000) << 6 << 1; // 2024-03-31 00:30Z = 01:30 CET
        QTest::newRow("after spring change") << qint64(1711848600) << 6 << 3;  // 01:30Z = 03:30 CEST
        QTest::newRow("before autumn change") << qint64(1729989000) << 6 << 2; // 2024-10-27 00:30Z = 02:30 CEST
        QTest::newRow("after autumn change") << qint64(1729992600) << 6 << 2;  // 01:30Z = 02:30 CET
        QTest::newRow("new year local") << qint64(1704065400) << 0 << 0;      // 2023-12-31 23:30Z = Mon 00:30
        QTest::newRow("summer midnight") << qint64(1719871200) << 1 << 0;      // 2024-07-01 22:00Z = Tue 00:00 CEST
    }

    void localTimeAroundDst()
    {
        QFETCH(qint64, utc);
        QFETCH(int, weekday);
        QFETCH(int, hour);
        // The expected values are hand-computed; QDateTime confirms them independently of the engine.
        const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, QTimeZone("Europe/Brussels"));
        QCOMPARE(local.date().dayOfWeek() - 1, weekday);
        QCOMPARE(local.time().hour(), hour);

        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("dst.gpkg")), withoutZones());
        {
            Transaction tx(project->db());
            IncidentWriter writer(*project);
            IncidentRecord r = test::sampleIncident(*project, 0);
            r.occurredFrom = r.occurredTo = utc;
            writer.insert(r);
            tx.commit();
        }
        Engine engine;
        engine.load(*project);
        QCOMPARE(engine.columns().size(), std::size_t(1));
        const int wh = engine.columns().localWeekHour[0];
        QCOMPARE(wh / 24, weekday);
        QCOMPARE(wh % 24, hour);
        QCOMPARE(engine.utcOffsetAt(utc), local.offsetFromUtc());
        Filter f;
        f.hours = 1u << hour;
        f.weekdays = quint8(1u << weekday);
        QCOMPARE(engine.apply(*project, f).total(), std::size_t(1));
        f.hours = 0xffffff & ~(1u << hour);
        QCOMPARE(engine.apply(*project, f).total(), std::size_t(0));
    }

    void ftsQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("one word") << QStringLiteral("drugs") << QStringLiteral("\"drugs\"");
        QTest::newRow("two words") << QStringLiteral(" rue  Neuve ") << QStringLiteral("\"rue\" AND \"Neuve\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("prefix") << QStringLiteral("gar**") << QStringLiteral("\"gar\"*");
        QTest::newRow("operators are words") << QStringLiteral("NOT x") << QStringLiteral("\"NOT\" AND \"x\"");
        QTest::newRow("punctuation only") << QStringLiteral("( ) - : ^ *") << QString();
        QTest::newRow("column filter") << QStringLiteral("address:midi") << QStringLiteral("\"address:midi\"");
    }

    void ftsQuery()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString query = Engine::ftsQuery(text);
        QCOMPARE(query, expected);
        if (!query.isEmpty()) { // whatever the user typed, SQLite accepts it
            Statement st = m_s.project->db().prepare("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH ?");
            st.bind(1, query);
            QVERIFY(st.step());
        }
    }

    void cancelKeepsPreviousColumns()
    {
        Engine engine;
        engine.load(*m_s.project);
        const std::size_t before = engine.columns().size();
        QCOMPARE(before, std::size_t(kCount));
        Feedback feedback;
        QList<double> progress;
        connect(&feedback, &Feedback::progressChanged, &feedback, [&](double p) {
            progress << p;
            feedback.cancel(); // cancel as soon as the load reports
        });
        QVERIFY_THROWS_EXCEPTION(Canceled, engine.load(*m_s.project, &feedback));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(engine.columns().size(), before);
        QCOMPARE(engine.columns().fid, m_engine.columns().fid);
    }

    void progressReachesHundred()
    {
        Engine engine;
        Feedback feedback;
        QList<double> progress;
        connect(&feedback, &Feedback::progressChanged, &feedback, [&](double p) { progress << p; });
        engine.load(*m_s.project, &feedback);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last(), 100.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    }

    void emptyProject()
    {
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("empty.gpkg")), withoutZones());
        Engine engine;
        engine.load(*project);
        QCOMPARE(engine.columns().size(), std::size_t(0));
        QCOMPARE(engine.columns().moOffset.size(), std::size_t(1));
        QCOMPARE(engine.timeRange(), (std::pair<qint64, qint64>(0, 0)));
        Filter f;
        f.text = QStringLiteral("x");
        const FilterResult r = engine.apply(*project, f);
        QCOMPARE(r.total(), std::size_t(0));
        QVERIFY(r.perTimeBin.empty());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
