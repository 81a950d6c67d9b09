// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "feedback.h"
#include "gpkggeometry.h"
#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>

namespace phenomap {

namespace {

constexpr quint8 kNone = 255;
constexpr qint64 kMinutesPerDay = 1440;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 floorMod(qint64 a, qint64 b) { return a - floorDiv(a, b) * b; }

// Howard Hinnant's civil calendar algorithms (proleptic Gregorian, day 0 = 1970-01-01).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = floorDiv(y, 400);
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = qint64(yoe) + era * 400 + (m <= 2);
}

/// Monday = 0 .. Sunday = 6 of a day number (1970-01-01 was a Thursday).
int weekdayOfDay(qint64 day) { return int(floorMod(day + 3, 7)); }

/// Absolute bin number of a local minute: weeks start on Monday, months on the 1st.
qint64 binOfLocalMinute(qint64 localMinute, TimeBin bin)
{
    const qint64 day = floorDiv(localMinute, kMinutesPerDay);
    if (bin == TimeBin::Week)
        return floorDiv(day + 3, 7);
    qint64 y;
    unsigned m;
    civilFromDays(day, y, m);
    return y * 12 + (m - 1);
}

/// First local day of an absolute bin number.
qint64 firstDayOfBin(qint64 index, TimeBin bin)
{
    if (bin == TimeBin::Week)
        return index * 7 - 3;
    return daysFromCivil(floorDiv(index, 12), unsigned(floorMod(index, 12) + 1), 1);
}

QString tooMany(const char *what)
{
    return QCoreApplication::translate("phenomap::Engine",
                                       "The project has more than 255 distinct %1; the engine cannot load it.")
        .arg(QCoreApplication::translate("phenomap::Engine", what));
}

/// Maps store values to small indexes, failing clearly past 255 distinct values.
template<typename Key>
class Dictionary
{
public:
    Dictionary(std::vector<Key> &values, const char *what) : m_values(values), m_what(what) {}
    quint8 index(Key key)
    {
        const auto it = m_index.constFind(key);
        if (it != m_index.constEnd())
            return *it;
        if (m_values.size() >= kNone)
            throw std::runtime_error(tooMany(m_what).toStdString());
        const auto i = quint8(m_values.size());
        m_values.push_back(key);
        m_index.insert(key, i);
        return i;
    }

private:
    std::vector<Key> &m_values;
    const char *m_what;
    QHash<Key, quint8> m_index;
};

/// A lookup table from a dictionary to "allowed", or inactive when the set is empty.
struct Allow
{
    bool active = false;
    std::array<bool, 256> ok{};
    bool operator()(quint8 i) const { return !active || ok[i]; }
};

template<typename Id, typename Set>
Allow allowFrom(const std::vector<Id> &dictionary, const Set &set)
{
    Allow a;
    a.active = !set.isEmpty();
    for (std::size_t i = 0; i < dictionary.size(); ++i)
        a.ok[i] = set.contains(dictionary[i]);
    return a;
}

template<typename T>
std::size_t held(const std::vector<T> &v) { return v.capacity() * sizeof(T); }

} // namespace

std::size_t IncidentColumns::bytes() const
{
    return held(fid) + held(x) + held(y) + held(fromMin) + held(toMin) + held(phenomenon) + held(source)
         + held(tlp) + held(precision) + held(municipality) + held(policeZone) + held(moOffset) + held(mo)
         + held(localWeekHour);
}

qint64 IncidentColumns::rowOfFid(qint64 f) const
{
    if (f < 0 || f > std::numeric_limits<quint32>::max())
        return -1;
    const auto it = std::lower_bound(fid.begin(), fid.end(), quint32(f));
    return (it != fid.end() && *it == quint32(f)) ? qint64(it - fid.begin()) : -1;
}

void Engine::load(Project &project, Feedback *feedback)
{
    Database &db = project.db();
    const qint64 total = db.scalarInt("SELECT count(*) FROM incidents").value_or(0);
    IncidentColumns c;
    const auto reserve = std::size_t(std::max<qint64>(total, 0));
    for (auto *v : {&c.fid})
        v->reserve(reserve);
    for (auto *v : {&c.x, &c.y})
        v->reserve(reserve);
    for (auto *v : {&c.fromMin, &c.toMin})
        v->reserve(reserve);
    for (auto *v : {&c.phenomenon, &c.source, &c.tlp, &c.precision, &c.municipality, &c.policeZone, &c.mo})
        v->reserve(reserve);
    c.moOffset.reserve(reserve + 1);
    c.moOffset.push_back(0);

    Dictionary<qint64> phenomena(c.phenomenonIds, QT_TRANSLATE_NOOP("phenomap::Engine", "phenomena"));
    Dictionary<qint64> mos(c.moIds, QT_TRANSLATE_NOOP("phenomap::Engine", "modi operandi"));
    Dictionary<qint64> sources(c.sourceIds, QT_TRANSLATE_NOOP("phenomap::Engine", "sources"));
    Dictionary<int> municipalities(c.municipalityNis, QT_TRANSLATE_NOOP("phenomap::Engine", "municipalities"));
    Dictionary<int> policeZones(c.policeZoneCodes, QT_TRANSLATE_NOOP("phenomap::Engine", "police zones"));

    // Incidents and their MO links are both read in fid order and merged: one scan of each.
    Statement inc = db.prepare("SELECT fid, geom, precision, occurred_from, occurred_to, phenomenon_id, source_id,"
                               " tlp, municipality_nis, police_zone FROM incidents ORDER BY fid");
    Statement moSt = db.prepare("SELECT incident_fid, mo_id FROM phenomap_incident_mo ORDER BY incident_fid, mo_id");
    bool moRow = moSt.step();
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    std::size_t n = 0;
    while (inc.step()) {
        if (feedback && (n & 0x0fff) == 0) {
            if (feedback->isCanceled())
                throw Canceled();
            if (total > 0)
                feedback->setProgress(90.0 * double(n) / double(total));
        }
        const qint64 fid = inc.int64(0);
        if (fid < 0 || fid > std::numeric_limits<quint32>::max())
            throw std::runtime_error(QCoreApplication::translate("phenomap::Engine", "Incident id %1 is out of range.")
                                         .arg(fid)
                                         .toStdString());
        c.fid.push_back(quint32(fid));
        const auto point = inc.isNull(1) ? std::nullopt : gpkg::pointFromBlob(static_cast<const char *>(inc.blobData(1)), inc.blobSize(1));
        c.x.push_back(point ? float(point->first) : nan);
        c.y.push_back(point ? float(point->second) : nan);
        const auto precision = precisionFromCode(inc.text(2));
        c.precision.push_back(quint8(precision.value_or(point ? LocationPrecision::Exact : LocationPrecision::Zone)));
        const qint64 from = inc.int64(3);
        const qint64 to = inc.isNull(4) ? from : std::max(from, inc.int64(4)); // a broken window collapses to its start
        c.fromMin.push_back(qint32(floorDiv(from, 60)));
        c.toMin.push_back(qint32(floorDiv(to, 60)));
        c.phenomenon.push_back(phenomena.index(inc.int64(5)));
        c.source.push_back(sources.index(inc.int64(6)));
        // An unreadable marking is treated as the most restrictive one, never as shareable.
        c.tlp.push_back(quint8(tlpFromLabel(inc.text(7)).value_or(Tlp::Red)));
        const int nis = int(inc.int64(8));
        c.municipality.push_back(nis == 0 ? kNone : municipalities.index(nis));
        const int zone = int(inc.int64(9));
        c.policeZone.push_back(zone == 0 ? kNone : policeZones.index(zone));
        while (moRow && moSt.int64(0) < fid) // links of a missing incident are ignored
            moRow = moSt.step();
        while (moRow && moSt.int64(0) == fid) {
            c.mo.push_back(mos.index(moSt.int64(1)));
            moRow = moSt.step();
        }
        c.moOffset.push_back(quint32(c.mo.size()));
        ++n;
    }
    if (feedback && feedback->isCanceled())
        throw Canceled();

    qint64 minFrom = 0, maxFrom = 0;
    if (n > 0) {
        const auto [lo, hi] = std::minmax_element(c.fromMin.begin(), c.fromMin.end());
        minFrom = *lo;
        maxFrom = std::max<qint64>(*hi, *std::max_element(c.toMin.begin(), c.toMin.end()));
    }
    buildOffsets(minFrom * 60, maxFrom * 60);
    c.localWeekHour.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 local = c.fromMin[i] + offsetMinutesAt(c.fromMin[i]);
        const qint64 day = floorDiv(local, kMinutesPerDay);
        c.localWeekHour[i] = quint8(weekdayOfDay(day) * 24 + floorMod(local, kMinutesPerDay) / 60);
    }
    for (auto *v : {&c.phenomenon, &c.source, &c.tlp, &c.precision, &c.municipality, &c.policeZone, &c.mo})
        v->shrink_to_fit();
    c.moOffset.shrink_to_fit();
    m_columns = std::move(c);
    if (feedback)
        feedback->setProgress(100.0);
}

void Engine::buildOffsets(qint64 minUtc, qint64 maxUtc)
{
    m_offsets.clear();
    const QTimeZone tz("Europe/Brussels");
    const qint64 lo = minUtc - 2 * 86400, hi = maxUtc + 2 * 86400;
    m_offsetsFromUtc = lo;
    m_offsetsToUtc = hi;
    if (tz.isValid()) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(lo, QTimeZone::utc());
        m_offsets.push_back({std::numeric_limits<qint64>::min(), tz.offsetFromUtc(start) / 60});
        const auto transitions = tz.transitions(start, QDateTime::fromSecsSinceEpoch(hi, QTimeZone::utc()));
        for (const auto &t : transitions)
            m_offsets.push_back({floorDiv(t.atUtc.toSecsSinceEpoch(), 60), t.offsetFromUtc / 60});
        return;
    }
    // No time-zone database: the EU rule (since 1996), summer time from the last Sunday of March
    // to the last Sunday of October, switching at 01:00 UTC.
    m_offsets.push_back({std::numeric_limits<qint64>::min(), 60});
    qint64 y0, y1;
    unsigned m;
    civilFromDays(floorDiv(lo, 86400), y0, m);
    civilFromDays(floorDiv(hi, 86400), y1, m);
    for (qint64 y = y0; y <= y1; ++y) {
        for (auto [month, offset] : {std::pair{3u, 120}, std::pair{10u, 60}}) {
            const qint64 last = daysFromCivil(y, month, 31);
            const qint64 sunday = last - (weekdayOfDay(last) + 1) % 7;
            m_offsets.push_back({sunday * kMinutesPerDay + 60, offset});
        }
    }
}

int Engine::offsetMinutesAt(qint64 utcMinute) const
{
    if (m_offsets.empty())
        return 60;
    auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), utcMinute,
                               [](qint64 v, const Transition &t) { return v < t.utcMinute; });
    return it == m_offsets.begin() ? m_offsets.front().offsetMinutes : std::prev(it)->offsetMinutes;
}

int Engine::utcOffsetAt(qint64 utcSeconds) const
{
    // Inside the loaded range the transitions table answers (the charts ask once per hour of
    // data); outside it the time-zone database does.
    if (!m_offsets.empty() && utcSeconds >= m_offsetsFromUtc && utcSeconds <= m_offsetsToUtc)
        return offsetMinutesAt(floorDiv(utcSeconds, 60)) * 60;
    const QTimeZone tz("Europe/Brussels");
    if (tz.isValid())
        return tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
    return offsetMinutesAt(floorDiv(utcSeconds, 60)) * 60;
}

std::pair<qint64, qint64> Engine::timeRange() const
{
    if (m_columns.size() == 0)
        return {0, 0};
    const auto lo = *std::min_element(m_columns.fromMin.begin(), m_columns.fromMin.end());
    const auto hi = *std::max_element(m_columns.toMin.begin(), m_columns.toMin.end());
    return {qint64(lo) * 60, qint64(hi) * 60};
}

QString Engine::ftsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        bool prefix = false;
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            prefix = true;
        }
        // A word of punctuation only tokenizes to nothing: skip it rather than match nothing.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isLetterOrNumber(); }))
            continue;
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << (QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QLatin1String("*") : QLatin1String()));
    }
    return terms.join(QLatin1String(" AND "));
}

FilterResult Engine::apply(Project &project, const Filter &filter, TimeBin bin) const
{
    const IncidentColumns &c = m_columns;
    const std::size_t n = c.size();
    FilterResult r;
    r.bin = bin;
    r.perMunicipality.assign(c.municipalityNis.size(), 0);
    r.perPoliceZone.assign(c.policeZoneCodes.size(), 0);
    r.perPhenomenon.assign(c.phenomenonIds.size(), 0);
    r.perMo.assign(c.moIds.size(), 0);

    const Allow phenomenonOk = allowFrom(c.phenomenonIds, filter.phenomenonIds);
    const Allow sourceOk = allowFrom(c.sourceIds, filter.sourceIds);
    const Allow municipalityOk = allowFrom(c.municipalityNis, filter.municipalities);
    const Allow zoneOk = allowFrom(c.policeZoneCodes, filter.policeZones);
    const Allow moOk = allowFrom(c.moIds, filter.moIds);
    Allow tlpOk;
    tlpOk.active = !filter.tlps.isEmpty();
    for (int t : filter.tlps)
        if (t >= 0 && t < 256)
            tlpOk.ok[std::size_t(t)] = true;

    const bool weekHourActive = (filter.weekdays & 0x7f) != 0x7f || (filter.hours & 0xffffff) != 0xffffff;
    std::array<bool, 7 * 24> weekHourOk{};
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            weekHourOk[std::size_t(d * 24 + h)] = (filter.weekdays >> d & 1) && (filter.hours >> h & 1);

    // Minute resolution: [from, to] overlaps [F, T) <=> from < T && to >= F.
    const qint64 fromBound = filter.fromUtc != 0 ? floorDiv(filter.fromUtc, 60) : std::numeric_limits<qint64>::min();
    const qint64 toBound = filter.toUtc != 0 ? -floorDiv(-filter.toUtc, 60) : std::numeric_limits<qint64>::max();

    std::vector<char> textOk;
    const QString match = ftsQuery(filter.text);
    if (!match.isEmpty()) {
        textOk.assign(n, 0);
        Statement st = project.db().prepare("SELECT rowid FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH ?");
        st.bind(1, match);
        while (st.step()) {
            const qint64 row = c.rowOfFid(st.int64(0));
            if (row >= 0)
                textOk[std::size_t(row)] = 1;
        }
    }

    std::vector<qint64> binOf;
    qint64 minBin = std::numeric_limits<qint64>::max(), maxBin = std::numeric_limits<qint64>::min();
    for (std::size_t i = 0; i < n; ++i) {
        if (c.fromMin[i] >= toBound || c.toMin[i] < fromBound)
            continue;
        if (!phenomenonOk(c.phenomenon[i]) || !sourceOk(c.source[i]) || !tlpOk(c.tlp[i]))
            continue;
        if (municipalityOk.active && (c.municipality[i] == kNone || !municipalityOk.ok[c.municipality[i]]))
            continue;
        if (zoneOk.active && (c.policeZone[i] == kNone || !zoneOk.ok[c.policeZone[i]]))
            continue;
        if (weekHourActive && !weekHourOk[c.localWeekHour[i]])
            continue;
        if (!textOk.empty() && !textOk[i])
            continue;
        const quint32 moBegin = c.moOffset[i], moEnd = c.moOffset[i + 1];
        // An incident with no MO recorded is not excluded by an MO restriction: unticking one
        // modus operandi hides the incidents that have only unticked MO, not those with none.
        if (moOk.active && moBegin != moEnd
            && std::none_of(c.mo.begin() + moBegin, c.mo.begin() + moEnd, [&](quint8 m) { return moOk.ok[m]; }))
            continue;

        r.rows.push_back(quint32(i));
        if (c.municipality[i] != kNone)
            ++r.perMunicipality[c.municipality[i]];
        if (c.policeZone[i] != kNone)
            ++r.perPoliceZone[c.policeZone[i]];
        ++r.perPhenomenon[c.phenomenon[i]];
        for (quint32 k = moBegin; k < moEnd; ++k)
            ++r.perMo[c.mo[k]];
        const qint64 b = binOfLocalMinute(c.fromMin[i] + offsetMinutesAt(c.fromMin[i]), bin);
        binOf.push_back(b);
        minBin = std::min(minBin, b);
        maxBin = std::max(maxBin, b);
    }

    // The time axis spans the filter window (clamped to the data) and every visible incident.
    if (n > 0) {
        const auto [dataLo, dataHi] = std::minmax_element(c.fromMin.begin(), c.fromMin.end());
        const qint64 lo = std::max<qint64>(*dataLo, fromBound);
        const qint64 hi = std::min<qint64>(*dataHi, toBound - 1);
        if (lo <= hi) {
            minBin = std::min(minBin, binOfLocalMinute(lo + offsetMinutesAt(lo), bin));
            maxBin = std::max(maxBin, binOfLocalMinute(hi + offsetMinutesAt(hi), bin));
        }
    }
    if (minBin <= maxBin) {
        r.perTimeBin.assign(std::size_t(maxBin - minBin + 1), 0);
        for (qint64 b : binOf)
            ++r.perTimeBin[std::size_t(b - minBin)];
        // Local midnight never falls in a DST gap in Brussels, so one offset correction suffices.
        const qint64 localStart = firstDayOfBin(minBin, bin) * kMinutesPerDay;
        const int guess = offsetMinutesAt(localStart - 60);
        r.binStartUtc = (localStart - offsetMinutesAt(localStart - guess)) * 60;
    }
    return r;
}

QHash<int, quint32> municipalityCounts(const IncidentColumns &columns, const FilterResult &result)
{
    QHash<int, quint32> out;
    for (std::size_t i = 0; i < result.perMunicipality.size() && i < columns.municipalityNis.size(); ++i)
        if (result.perMunicipality[i] > 0)
            out.insert(columns.municipalityNis[i], result.perMunicipality[i]);
    return out;
}

QHash<int, quint32> policeZoneCounts(const IncidentColumns &columns, const FilterResult &result)
{
    QHash<int, quint32> out;
    for (std::size_t i = 0; i < result.perPoliceZone.size() && i < columns.policeZoneCodes.size(); ++i)
        if (result.perPoliceZone[i] > 0)
            out.insert(columns.policeZoneCodes[i], result.perPoliceZone[i]);
    return out;
}

QHash<qint64, quint32> taxonomyCounts(const IncidentColumns &columns, const FilterResult &result)
{
    QHash<qint64, quint32> out;
    for (std::size_t i = 0; i < result.perPhenomenon.size() && i < columns.phenomenonIds.size(); ++i)
        if (result.perPhenomenon[i] > 0)
            out[columns.phenomenonIds[i]] += result.perPhenomenon[i];
    for (std::size_t i = 0; i < result.perMo.size() && i < columns.moIds.size(); ++i)
        if (result.perMo[i] > 0)
            out[columns.moIds[i]] += result.perMo[i];
    return out;
}

} // namespace phenomap
