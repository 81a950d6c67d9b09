// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeparser.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace phenomap {
namespace {

constexpr qint64 kUnixEpochJd = 2440588;

qint64 localSeconds(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0)
{
    return (QDate(y, m, d).toJulianDay() - kUnixEpochJd) * 86400 + hh * 3600 + mm * 60 + ss;
}

/// A cursor over the text with the small lexing steps the notations need.
struct Cursor
{
    QStringView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s[i]; }
    void skipSpaces()
    {
        while (!atEnd() && s[i].isSpace())
            ++i;
    }
    /// Reads up to maxDigits digits; returns the digit count (0 when none).
    int number(int &value, int maxDigits = 9)
    {
        value = 0;
        int n = 0;
        while (!atEnd() && n < maxDigits && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9')) {
            value = value * 10 + (s[i].unicode() - '0');
            ++i;
            ++n;
        }
        return n;
    }
    bool accept(QChar c)
    {
        if (peek() == c) {
            ++i;
            return true;
        }
        return false;
    }
    bool acceptWord(QLatin1StringView w)
    {
        if (s.mid(i).startsWith(w, Qt::CaseInsensitive)) {
            i += w.size();
            return true;
        }
        return false;
    }
};

struct Clock
{
    int hh = 0, mm = 0, ss = 0;
    std::optional<int> offset; ///< explicit UTC offset in seconds
};

/// Parses "14:30", "14:30:05.250", "14h30", "2:30:00 PM", then "Z", "+01", "+0100", "+01:00".
bool parseClock(Cursor &c, Clock &out)
{
    int digits = c.number(out.hh, 2);
    if (digits == 0)
        return false;
    bool hForm = false;
    if (c.accept(QLatin1Char(':')) || c.accept(QLatin1Char('.')) || (hForm = (c.accept(QLatin1Char('h')) || c.accept(QLatin1Char('H'))))) {
        digits = c.number(out.mm, 2);
        if (digits != 2 && !(hForm && digits == 0))
            return false;
        if (c.accept(QLatin1Char(':'))) {
            if (c.number(out.ss, 2) != 2)
                return false;
            if (c.accept(QLatin1Char('.')) || c.accept(QLatin1Char(','))) {
                int frac = 0;
                if (c.number(frac, 9) == 0)
                    return false;
                while (!c.atEnd() && c.peek().isDigit())
                    ++c.i;
            }
        }
    } else if (digits == 2 && c.peek().isDigit()) {
        // "1430"
        if (c.number(out.mm, 2) != 2)
            return false;
    } else {
        return false;
    }
    c.skipSpaces();
    if (c.acceptWord(QLatin1StringView("am")) || c.acceptWord(QLatin1StringView("a.m."))) {
        if (out.hh < 1 || out.hh > 12)
            return false;
        if (out.hh == 12)
            out.hh = 0;
    } else if (c.acceptWord(QLatin1StringView("pm")) || c.acceptWord(QLatin1StringView("p.m."))) {
        if (out.hh < 1 || out.hh > 12)
            return false;
        if (out.hh != 12)
            out.hh += 12;
    }
    c.skipSpaces();
    if (c.accept(QLatin1Char('Z')) || c.accept(QLatin1Char('z')) || c.acceptWord(QLatin1StringView("utc"))
        || c.acceptWord(QLatin1StringView("gmt"))) {
        out.offset = 0;
    }
    const QChar sign = c.peek();
    if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
        ++c.i;
        int oh = 0, om = 0;
        const int d = c.number(oh, 2);
        if (d != 2)
            return false;
        c.accept(QLatin1Char(':'));
        if (!c.atEnd())
            if (c.number(om, 2) != 2)
                return false;
        if (oh > 14 || om > 59)
            return false;
        out.offset = (sign == QLatin1Char('-') ? -1 : 1) * (oh * 3600 + om * 60);
    }
    c.skipSpaces();
    return c.atEnd() && out.hh <= 23 && out.mm <= 59 && out.ss <= 59;
}

bool isPm(QStringView s)
{
    return s.contains(QLatin1String("pm"), Qt::CaseInsensitive) || s.contains(QLatin1String("am"), Qt::CaseInsensitive)
           || s.contains(QLatin1String("p.m."), Qt::CaseInsensitive) || s.contains(QLatin1String("a.m."), Qt::CaseInsensitive);
}

} // namespace

TimeParser::TimeParser(const QTimeZone &zone, DateOrder order) : m_order(order)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime start(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    m_initialOffset = tz.offsetFromUtc(start);
    for (const QTimeZone::OffsetData &t : tz.transitions(start, end)) {
        m_transitionAt.push_back(t.atUtc.toSecsSinceEpoch());
        m_offsetAfter.push_back(t.offsetFromUtc);
    }
}

int TimeParser::offsetAt(qint64 utc) const
{
    const auto it = std::upper_bound(m_transitionAt.begin(), m_transitionAt.end(), utc);
    if (it == m_transitionAt.begin())
        return m_initialOffset;
    return m_offsetAfter[std::size_t(it - m_transitionAt.begin() - 1)];
}

TimeParser::Span TimeParser::localToUtc(qint64 local) const
{
    const int before = offsetAt(local - 86400);
    const int after = offsetAt(local + 86400);
    qint64 candidates[2];
    int n = 0;
    for (int o : {before, after}) {
        const qint64 u = local - o;
        if (offsetAt(u) == o && (n == 0 || candidates[0] != u))
            candidates[n++] = u;
    }
    if (n == 0) // in the gap of a change to summer time: the offset before the change
        return {local - before, local - before};
    if (n == 1)
        return {candidates[0], candidates[0]};
    return {std::min(candidates[0], candidates[1]), std::max(candidates[0], candidates[1])};
}

std::optional<TimeParser::Span> TimeParser::parseExcel(QStringView s) const
{
    // 20000..80000 days after 1899-12-30 (1954..2119), optional fraction of a day.
    qsizetype intDigits = 0;
    while (intDigits < s.size() && s[intDigits].isDigit())
        ++intDigits;
    if (intDigits != 5)
        return std::nullopt;
    double fraction = 0;
    bool hasFraction = false;
    if (intDigits < s.size()) {
        if (s[intDigits] != QLatin1Char('.') && s[intDigits] != QLatin1Char(','))
            return std::nullopt;
        QString f = QStringLiteral("0.") + s.mid(intDigits + 1).toString();
        bool ok = false;
        fraction = f.toDouble(&ok);
        if (!ok || s.size() == intDigits + 1)
            return std::nullopt;
        hasFraction = true;
    }
    const int days = s.left(intDigits).toInt();
    if (days < 20000 || days > 80000)
        return std::nullopt;
    const qint64 dayStart = (QDate(1899, 12, 30).toJulianDay() + days - kUnixEpochJd) * 86400;
    if (!hasFraction) {
        const Span a = localToUtc(dayStart), b = localToUtc(dayStart + 86400);
        return Span{a.from, b.from - 1};
    }
    return localToUtc(dayStart + qint64(std::llround(fraction * 86400.0)));
}

std::optional<TimeParser::Span> TimeParser::parse(QStringView text) const
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (auto excel = parseExcel(s))
        return excel;
    Cursor c{s};
    int a = 0, b = 0, y = 0, m = 0, d = 0;
    const int da = c.number(a, 8);
    if (da == 8 && c.atEnd()) { // yyyymmdd
        y = a / 10000;
        m = a / 100 % 100;
        d = a % 100;
    } else if (da == 4) { // year first: yyyy-mm[-dd][ time]
        const QChar sep = c.peek();
        if (sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
            return std::nullopt;
        ++c.i;
        y = a;
        if (c.number(m, 2) == 0)
            return std::nullopt;
        if (c.atEnd()) { // month only
            if (m < 1 || m > 12)
                return std::nullopt;
            const qint64 s0 = localSeconds(y, m, 1);
            const QDate next = QDate(y, m, 1).addMonths(1);
            return Span{localToUtc(s0).from, localToUtc(localSeconds(next.year(), next.month(), 1)).from - 1};
        }
        if (!c.accept(sep) || c.number(d, 2) == 0)
            return std::nullopt;
    } else if (da == 1 || da == 2) { // d/m/y, m/d/y or m/yyyy
        const QChar sep = c.peek();
        if (sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
            return std::nullopt;
        ++c.i;
        const int db = c.number(b, 4);
        if (db == 0)
            return std::nullopt;
        if (db == 4 && c.atEnd()) { // month only: 11/2024
            if (a < 1 || a > 12)
                return std::nullopt;
            const QDate next = QDate(b, a, 1).addMonths(1);
            return Span{localToUtc(localSeconds(b, a, 1)).from,
                        localToUtc(localSeconds(next.year(), next.month(), 1)).from - 1};
        }
        if (db > 2 || !c.accept(sep))
            return std::nullopt;
        const int dy = c.number(y, 4);
        if (dy == 2)
            y += y <= 69 ? 2000 : 1900;
        else if (dy != 4)
            return std::nullopt;
        bool monthFirst = m_order == DateOrder::MonthFirst;
        if (m_order == DateOrder::Auto)
            monthFirst = (isPm(s.mid(c.i)) && a <= 12) || (a <= 12 && b > 12);
        d = monthFirst ? b : a;
        m = monthFirst ? a : b;
    } else {
        return std::nullopt;
    }
    if (!QDate::isValid(y, m, d))
        return std::nullopt;
    // The time of day, after 'T', spaces, or a comma.
    const qsizetype beforeTime = c.i;
    if (!c.accept(QLatin1Char('T')))
        c.skipSpaces();
    c.accept(QLatin1Char(','));
    c.skipSpaces();
    if (c.atEnd()) {
        Q_UNUSED(beforeTime);
        const qint64 s0 = localSeconds(y, m, d);
        return Span{localToUtc(s0).from, localToUtc(s0 + 86400).from - 1};
    }
    Clock clock;
    if (!parseClock(c, clock))
        return std::nullopt;
    const qint64 local = localSeconds(y, m, d, clock.hh, clock.mm, clock.ss);
    if (clock.offset)
        return Span{local - *clock.offset, local - *clock.offset};
    return localToUtc(local);
}

std::optional<TimeParser::Span> TimeParser::parse(QStringView date, QStringView time) const
{
    const QStringView t = time.trimmed();
    if (t.isEmpty())
        return parse(date);
    // An Excel time cell: a fraction of a day.
    if (t.startsWith(QLatin1String("0.")) || t.startsWith(QLatin1String("0,"))) {
        bool ok = false;
        const double f = t.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (ok && f >= 0 && f < 1) {
            const int secs = int(std::lround(f * 86400));
            const QString clock = QStringLiteral("%1:%2:%3").arg(secs / 3600, 2, 10, QLatin1Char('0'))
                                      .arg(secs / 60 % 60, 2, 10, QLatin1Char('0')).arg(secs % 60, 2, 10, QLatin1Char('0'));
            return parse(date, clock);
        }
    }
    const auto day = parse(date);
    if (!day || !day->isWindow())
        return day; // invalid, or the date column already holds a time
    if (day->to - day->from > 90000) // a month-only date with a time of day makes no sense
        return std::nullopt;
    Cursor c{t};
    Clock clock;
    if (!parseClock(c, clock))
        return std::nullopt;
    // The day's local midnight, then the clock on that local day.
    const qint64 localMidnight = day->from + offsetAt(day->from);
    const qint64 local = localMidnight + clock.hh * 3600 + clock.mm * 60 + clock.ss;
    if (clock.offset)
        return Span{local - *clock.offset, local - *clock.offset};
    return localToUtc(local);
}

} // namespace phenomap
