// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <vector>

namespace phenomap {

class Project;
class Feedback;

/// The incidents of a project as compact in-memory columns (structure of arrays), loaded once
/// on open. SQLite stays the source of truth; columns are rebuilt from it after a write.
/// Categorical values are small dictionary indexes (see the *Ids dictionaries).
struct IncidentColumns
{
    std::vector<quint32> fid;
    std::vector<float> x, y;                  ///< EPSG:31370 metres; NaN when zone-only
    std::vector<qint32> fromMin, toMin;       ///< occurred window, minutes since the epoch (UTC)
    std::vector<quint8> phenomenon;           ///< index into phenomenonIds
    std::vector<quint8> source;               ///< index into sourceIds
    std::vector<quint8> tlp;                  ///< Tlp value
    std::vector<quint8> precision;            ///< LocationPrecision value
    std::vector<quint8> municipality;         ///< index into municipalityNis; 255 = none
    std::vector<quint8> policeZone;           ///< index into policeZoneCodes; 255 = none
    std::vector<quint32> moOffset;            ///< size()+1 entries; MO of row i in mo[moOffset[i]..moOffset[i+1])
    std::vector<quint8> mo;                   ///< index into moIds
    std::vector<quint8> localWeekHour;        ///< weekday (0 = Monday) * 24 + hour of occurred_from, Europe/Brussels

    std::vector<qint64> phenomenonIds, moIds, sourceIds; ///< dictionary: index -> store id
    std::vector<int> municipalityNis, policeZoneCodes;   ///< dictionary: index -> code

    std::size_t size() const { return fid.size(); }
    std::size_t bytes() const; ///< memory held by the columns (not the dictionaries)
    /// Row of an incident (fid is ascending), or -1 when the fid is not loaded.
    qint64 rowOfFid(qint64 fid) const;
    /// occurred_from / occurred_to in seconds UTC (the columns hold minutes).
    qint64 fromUtc(std::size_t row) const { return qint64(fromMin[row]) * 60; }
    qint64 toUtc(std::size_t row) const { return qint64(toMin[row]) * 60; }
};

/// Everything an analyst can filter on. Empty sets mean "no restriction".
/// Times are compared at minute resolution (the engine holds minutes): an incident matches the
/// time window when its [occurred_from, occurred_to] overlaps [fromUtc, toUtc), i.e.
/// occurred_from < toUtc and occurred_to >= fromUtc.
struct Filter
{
    qint64 fromUtc = 0;         ///< window start (seconds), 0 = open
    qint64 toUtc = 0;           ///< window end, exclusive (seconds), 0 = open
    QSet<qint64> phenomenonIds; ///< store ids
    QSet<qint64> moIds;         ///< store ids; an incident matches when it has any of them or has no MO at all
    QSet<int> municipalities;   ///< NIS codes
    QSet<int> policeZones;      ///< zone codes
    QSet<qint64> sourceIds;
    QSet<int> tlps;             ///< Tlp values
    quint8 weekdays = 0x7f;     ///< bit 0 = Monday .. bit 6 = Sunday (Europe/Brussels local time of occurred_from)
    quint32 hours = 0xffffff;   ///< bit h = hour h local time of occurred_from
    QString text;               ///< full-text query (SQLite FTS5 syntax, words ANDed)

    bool operator==(const Filter &) const = default;
};

enum class TimeBin { Week, Month };

/// The visible set and every aggregate, computed in one pass over the columns.
struct FilterResult
{
    std::vector<quint32> rows;                 ///< visible row indexes into IncidentColumns, ascending
    std::vector<quint32> perMunicipality;      ///< per municipality dictionary index
    std::vector<quint32> perPoliceZone;        ///< per police-zone dictionary index
    std::vector<quint32> perPhenomenon;        ///< per phenomenon dictionary index
    std::vector<quint32> perMo;                ///< per MO dictionary index (an incident counts once per MO)
    std::vector<quint32> perTimeBin;           ///< per bin from binStartUtc, binned by occurred_from
    qint64 binStartUtc = 0;                    ///< start of the first bin (seconds, UTC)
    TimeBin bin = TimeBin::Month;
    std::size_t total() const { return rows.size(); }
};

/// Loads the columns and answers filters. Not thread-safe: one engine per thread of use;
/// load() may run off the GUI thread.
class Engine
{
public:
    /// Reads every incident of the project into columns; throws Canceled when canceled.
    void load(Project &project, Feedback *feedback = nullptr);
    const IncidentColumns &columns() const { return m_columns; }
    /// Applies a filter; the text part queries the project's FTS5 index.
    FilterResult apply(Project &project, const Filter &filter, TimeBin bin = TimeBin::Month) const;
    /// Time range of all incidents (seconds UTC), {0,0} when empty.
    std::pair<qint64, qint64> timeRange() const;
    /// UTC offset in seconds of Europe/Brussels at a UTC instant (seconds), from the table built by load().
    int utcOffsetAt(qint64 utcSeconds) const;

    /// Makes free text safe for FTS5 MATCH: each word becomes a quoted FTS5 string (a trailing
    /// '*' keeps prefix search), words are ANDed. Empty when the text has no searchable word.
    static QString ftsQuery(const QString &text);

private:
    struct Transition
    {
        qint64 utcMinute; ///< first minute (UTC) at which offsetMinutes applies
        int offsetMinutes;
    };
    void buildOffsets(qint64 minUtc, qint64 maxUtc);
    int offsetMinutesAt(qint64 utcMinute) const;

    IncidentColumns m_columns;
    std::vector<Transition> m_offsets; ///< Europe/Brussels UTC offsets over the loaded range, ascending
    qint64 m_offsetsFromUtc = 0, m_offsetsToUtc = 0; ///< the range m_offsets is exact for (seconds)
};

/// Per NIS code counts of a result (municipalities without incidents are absent).
QHash<int, quint32> municipalityCounts(const IncidentColumns &columns, const FilterResult &result);
/// Per police-zone code counts of a result.
QHash<int, quint32> policeZoneCounts(const IncidentColumns &columns, const FilterResult &result);
/// Per taxonomy id counts of a result: phenomena and MO in one hash (ids are unique in `phenomena`).
QHash<qint64, quint32> taxonomyCounts(const IncidentColumns &columns, const FilterResult &result);

} // namespace phenomap
