// SPDX-License-Identifier: GPL-3.0-or-later
// The date and time notations partners send, and the daylight-saving rule.
#include "columnmapping.h"
#include "timeparser.h"

#include <QDateTime>
#include <QTest>

using namespace phenomap;

namespace {
qint64 utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(); }
} // namespace

class TestTimeParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("iso offset") << "2024-11-05T14:30:00+01:00" << true << utc("2024-11-05T13:30:00Z") << utc("2024-11-05T13:30:00Z");
        QTest::newRow("iso Z") << "2024-07-05T14:30:00Z" << true << utc("2024-07-05T14:30:00Z") << utc("2024-07-05T14:30:00Z");
        QTest::newRow("iso local winter") << "2024-11-05 14:30" << true << utc("2024-11-05T13:30:00Z") << utc("2024-11-05T13:30:00Z");
        QTest::newRow("iso local summer") << "2024-07-05T14:30:10" << true << utc("2024-07-05T12:30:10Z") << utc("2024-07-05T12:30:10Z");
        QTest::newRow("iso millis offset") << "2024-07-05T14:30:10.250-0300" << true << utc("2024-07-05T17:30:10Z") << utc("2024-07-05T17:30:10Z");
        QTest::newRow("gdal datetime") << "2024/11/05 14:30:00+01" << true << utc("2024-11-05T13:30:00Z") << utc("2024-11-05T13:30:00Z");
        QTest::newRow("dd/mm/yyyy hh:mm") << "05/11/2024 14:30" << true << utc("2024-11-05T13:30:00Z") << utc("2024-11-05T13:30:00Z");
        QTest::newRow("dd.mm.yyyy") << "05.11.2024 14:30:00" << true << utc("2024-11-05T13:30:00Z") << utc("2024-11-05T13:30:00Z");
        QTest::newRow("d/m/yy day") << "5/11/24" << true << utc("2024-11-04T23:00:00Z") << utc("2024-11-05T22:59:59Z");
        QTest::newRow("M/D/YYYY PM") << "11/5/2024 2:30:00 PM" << true << utc("2024-11-05T13:30:00Z") << utc("2024-11-05T13:30:00Z");
        QTest::newRow("M/D/YYYY 12 AM") << "11/5/2024 12:05:00 AM" << true << utc("2024-11-04T23:05:00Z") << utc("2024-11-04T23:05:00Z");
        QTest::newRow("excel serial day") << "45601" << true << utc("2024-11-04T23:00:00Z") << utc("2024-11-05T22:59:59Z");
        QTest::newRow("excel serial noon") << "45601.5" << true << utc("2024-11-05T11:00:00Z") << utc("2024-11-05T11:00:00Z");
        QTest::newRow("yyyymmdd") << "20241105" << true << utc("2024-11-04T23:00:00Z") << utc("2024-11-05T22:59:59Z");
        QTest::newRow("month iso") << "2024-11" << true << utc("2024-10-31T23:00:00Z") << utc("2024-11-30T22:59:59Z");
        QTest::newRow("month over DST") << "2024-03" << true << utc("2024-02-29T23:00:00Z") << utc("2024-03-31T21:59:59Z");
        QTest::newRow("month mm/yyyy") << "11/2024" << true << utc("2024-10-31T23:00:00Z") << utc("2024-11-30T22:59:59Z");
        // DST rule: a local time in the spring gap takes the offset before the change (UTC+1)...
        QTest::newRow("dst gap") << "2024-03-31 02:30" << true << utc("2024-03-31T01:30:00Z") << utc("2024-03-31T01:30:00Z");
        // ... and a local time that occurs twice in autumn becomes the window between both.
        QTest::newRow("dst ambiguous") << "2024-10-27 02:30" << true << utc("2024-10-27T00:30:00Z") << utc("2024-10-27T01:30:00Z");
        QTest::newRow("dst after") << "2024-10-27 03:30" << true << utc("2024-10-27T02:30:00Z") << utc("2024-10-27T02:30:00Z");
        QTest::newRow("31 February") << "31/02/2024" << false << qint64(0) << qint64(0);
        QTest::newRow("month 13") << "2024-13-01" << false << qint64(0) << qint64(0);
        QTest::newRow("hour 25") << "2024-11-05 25:00" << false << qint64(0) << qint64(0);
        QTest::newRow("text") << "yesterday" << false << qint64(0) << qint64(0);
        QTest::newRow("trailing junk") << "2024-11-05 14:30 foo" << false << qint64(0) << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0) << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const TimeParser p;
        const auto span = p.parse(text);
        QCOMPARE(span.has_value(), valid);
        if (valid) {
            QCOMPARE(QDateTime::fromSecsSinceEpoch(span->from, Qt::UTC), QDateTime::fromSecsSinceEpoch(from, Qt::UTC));
            QCOMPARE(QDateTime::fromSecsSinceEpoch(span->to, Qt::UTC), QDateTime::fromSecsSinceEpoch(to, Qt::UTC));
        }
    }
    void separateDateAndTime_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("h form") << "05/11/2024" << "14h30" << true << utc("2024-11-05T13:30:00Z");
        QTest::newRow("colon summer") << "2024-07-05" << "08:15:00" << true << utc("2024-07-05T06:15:00Z");
        QTest::newRow("excel fraction") << "45601" << "0.75" << true << utc("2024-11-05T17:00:00Z");
        QTest::newRow("pm") << "05/11/2024" << "2:30 PM" << true << utc("2024-11-05T13:30:00Z");
        QTest::newRow("bad time") << "05/11/2024" << "25:10" << false << qint64(0);
        QTest::newRow("dst gap") << "31/03/2024" << "02:30" << true << utc("2024-03-31T01:30:00Z");
    }
    void separateDateAndTime()
    {
        QFETCH(QString, date);
        QFETCH(QString, time);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const auto span = TimeParser().parse(date, time);
        QCOMPARE(span.has_value(), valid);
        if (valid) {
            QCOMPARE(span->from, expected);
            QCOMPARE(span->to, span->from);
        }
    }
    void monthFirstOverride()
    {
        TimeParser p(QTimeZone(QByteArrayLiteral("Europe/Brussels")), TimeParser::DateOrder::MonthFirst);
        QCOMPARE(p.parse(u"03/04/2024 10:00")->from, utc("2024-03-04T09:00:00Z"));
        TimeParser d;
        QCOMPARE(d.parse(u"03/04/2024 10:00")->from, utc("2024-04-03T08:00:00Z"));
    }
    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("point") << "4.3517" << true << 4.3517;
        QTest::newRow("comma") << "50,8466" << true << 50.8466;
        QTest::newRow("negative") << "-0,5" << true << -0.5;
        QTest::newRow("thousands comma decimal") << "149.000,25" << true << 149000.25;
        QTest::newRow("thousands space") << "149 000,25" << true << 149000.25;
        QTest::newRow("thousands point decimal") << "1,149,000.5" << true << 1149000.5;
        QTest::newRow("text") << "abc" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto v = parseNumber(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(*v, value);
    }
};

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
