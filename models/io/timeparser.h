// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace phenomap {

/// Parses the date and time notations partners use into UTC seconds: ISO 8601 with or without
/// offset (also GDAL's 2024/11/05 14:30:00+01), dd/mm/yyyy and d/m/yy with or without a time,
/// M/D/YYYY h:mm:ss AM/PM, Excel serial days, yyyymmdd, month-only values (2024-11, 11/2024).
/// A value without a time of day becomes a window over the day, a month-only value a window over
/// the month. Local times are in the parser's zone (Europe/Brussels by default), converted
/// through a table of the zone's transitions built once, so a million rows cost no time-zone
/// database lookups. Daylight-saving rule, as Python's zoneinfo with fold=0 for the gap:
///  - a local time that does not exist (2024-03-31 02:30) is read with the offset in force
///    before the change (UTC+1), i.e. 01:30 UTC, shown as 03:30 summer time;
///  - a local time that occurs twice (2024-10-27 02:30) becomes the window from its first
///    occurrence (00:30 UTC) to its second (01:30 UTC), flagged uncertain, rather than a guess.
class TimeParser
{
public:
    enum class DateOrder { Auto, DayFirst, MonthFirst };

    /// A parsed time: an instant (from == to) or a window.
    struct Span
    {
        qint64 from = 0;
        qint64 to = 0;
        bool isWindow() const { return to > from; }
    };

    explicit TimeParser(const QTimeZone &zone = QTimeZone(QByteArrayLiteral("Europe/Brussels")),
                        DateOrder order = DateOrder::Auto);

    /// One value holding a date, optionally with a time. nullopt when it is not a valid date.
    std::optional<Span> parse(QStringView text) const;
    /// A date and a separate time-of-day column ("14:30", "14h30", "2:30 PM", an Excel fraction).
    std::optional<Span> parse(QStringView date, QStringView time) const;
    /// Local wall-clock seconds (as if UTC) to UTC, following the rule above.
    Span localToUtc(qint64 localSeconds) const;
    /// UTC offset in seconds of the parser's zone at a UTC instant.
    int offsetAt(qint64 utc) const;

    void setDateOrder(DateOrder order) { m_order = order; }
    DateOrder dateOrder() const { return m_order; }

private:
    std::optional<Span> parseExcel(QStringView s) const;
    DateOrder m_order;
    std::vector<qint64> m_transitionAt;
    std::vector<int> m_offsetAfter;
    int m_initialOffset = 0;
};

} // namespace phenomap
