// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmapper.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace phenomap {
namespace {

bool isBlank(const QString &s) { return QStringView(s).trimmed().isEmpty(); }

const QString &emptyString()
{
    static const QString empty;
    return empty;
}

} // namespace

RowMapper::RowMapper(Setup setup, LocationResolver &places, CategoryMapper &categories, const TimeParser &times)
    : m_setup(std::move(setup)), m_places(places), m_categories(categories), m_times(times)
{
    auto idx = [this](const char *role) { return m_setup.columnOf.value(QLatin1String(role), -1); };
    m_source = idx("source");
    m_ref = idx("ref");
    m_lon = idx("lon");
    m_lat = idx("lat");
    m_x = idx("x");
    m_y = idx("y");
    m_wkt = idx("wkt");
    m_zone = idx("zone");
    m_from = idx("from");
    m_to = idx("to");
    const bool datetime = m_setup.columnOf.contains(QStringLiteral("datetime"));
    m_date = datetime ? idx("datetime") : idx("date");
    m_time = datetime ? -1 : idx("time");
    m_dateColumn = datetime ? colName("datetime") : colName("date");
    m_reported = idx("reported");
    m_phenomenon = idx("phenomenon");
    m_mo = idx("mo");
    m_address = idx("address");
    m_description = idx("description");
    m_tlp = idx("tlp");
    if (m_lon < 0 || m_lat < 0)
        m_lon = m_lat = -1;
    if (m_x < 0 || m_y < 0)
        m_x = m_y = -1;
}

bool RowMapper::reject(MappedRow &out, const char *field, const QString &reason)
{
    out.field = QLatin1String(field);
    out.reason = reason;
    return false;
}

bool RowMapper::notA(MappedRow &out, const SourceRow &row, const char *role, int column, const QString &what)
{
    return reject(out, role, tr("row %1: '%2' = '%3' is %4").arg(row.number).arg(colName(role), row.values[column].left(200), what));
}

qint64 RowMapper::sourceIdFor(const QString &name, MappedRow &out)
{
    if (const auto it = m_setup.sources.constFind(name); it != m_setup.sources.constEnd())
        return *it;
    auto it = m_newSources.constFind(name);
    if (it == m_newSources.constEnd()) {
        const qint64 placeholder = -qint64(m_newSources.size()) - 1;
        it = m_newSources.insert(name, placeholder);
    }
    out.newSource = name;
    return *it;
}

std::optional<CategoryMapper::Target> RowMapper::resolve(qint64 sourceId, bool mo, const QString &raw)
{
    // A small cache per source and field: the file repeats a few labels a million times.
    QHash<QString, std::optional<CategoryMapper::Target>> &cache = m_categoryCache[{sourceId, mo}];
    if (const auto it = cache.constFind(raw); it != cache.constEnd())
        return *it;
    const auto t = m_categories.resolve(sourceId, mo ? QStringLiteral("mo") : QStringLiteral("phenomenon"), raw);
    cache.insert(raw, t);
    return t;
}

QString RowMapper::rawJson(const SourceRow &row) const
{
    QJsonObject raw;
    for (int i = 0; i < m_setup.columns.size(); ++i)
        raw.insert(m_setup.columns[i], row.values[i]);
    if (row.hasGeometry) {
        raw.insert(QStringLiteral("(geometry x)"), QString::number(row.x, 'g', 17));
        raw.insert(QStringLiteral("(geometry y)"), QString::number(row.y, 'g', 17));
    }
    return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

void RowMapper::map(const SourceRow &row, MappedRow &out)
{
    out.number = row.number;
    out.newSource.clear();
    out.ok = mapRecord(row, out.record, out);
    IncidentRecord &rec = out.record;
    if (out.ok && !rec.sourceRef.isEmpty()) {
        QHash<QString, qint64> &seenRefs = m_seen[rec.sourceId];
        if (const auto first = seenRefs.constFind(rec.sourceRef); first != seenRefs.constEnd()) {
            out.ok = reject(out, "ref", tr("row %1: '%2' = '%3' occurs more than once in this file (first at row %4)")
                                              .arg(row.number)
                                              .arg(colName("ref"), rec.sourceRef)
                                              .arg(*first));
        } else {
            seenRefs.insert(rec.sourceRef, row.number);
        }
    }
    if (out.ok) {
        out.field.clear();
        out.reason.clear();
        out.rawJson.clear();
    } else {
        out.rawJson = rawJson(row);
    }
}

bool RowMapper::mapRecord(const SourceRow &row, IncidentRecord &rec, MappedRow &out)
{
    auto value = [&row](int i) -> const QString & { return i >= 0 ? row.values[i] : emptyString(); };
    rec = IncidentRecord();
    rec.batchId = m_setup.batchId;
    // Source and record id.
    rec.sourceId = m_setup.defaultSource;
    if (m_source >= 0) {
        const QString s = value(m_source).trimmed();
        if (!s.isEmpty())
            rec.sourceId = sourceIdFor(s, out);
    }
    if (m_ref >= 0) {
        const QString ref = value(m_ref).trimmed();
        if (!ref.isEmpty())
            rec.sourceRef = ref;
    }
    // Place.
    LocationResolver::Place place;
    bool placed = false;
    if (m_setup.native && row.hasGeometry) {
        if (!m_places.fromNative(row.x, row.y, m_setup.nativeSrs, place))
            return reject(out, "geometry", tr("row %1: its geometry cannot be converted to Belgian Lambert 72").arg(row.number));
        if (!row.geometryIsPoint)
            place.precision = LocationPrecision::Street;
        placed = true;
    } else if (m_lon >= 0 && (!isBlank(value(m_lon)) || !isBlank(value(m_lat)))) {
        const auto lon = parseNumber(value(m_lon)), lat = parseNumber(value(m_lat));
        if (!lon)
            return notA(out, row, "lon", m_lon, tr("not a longitude"));
        if (!lat)
            return notA(out, row, "lat", m_lat, tr("not a latitude"));
        if (!m_places.fromLonLat(*lon, *lat, place))
            return reject(out, "lon", tr("row %1: '%2' = '%3' and '%4' = '%5' are not a position on Earth")
                                          .arg(row.number)
                                          .arg(colName("lon"), value(m_lon), colName("lat"), value(m_lat)));
        m_swapped += place.swapped;
        placed = true;
    } else if (m_x >= 0 && (!isBlank(value(m_x)) || !isBlank(value(m_y)))) {
        const auto x = parseNumber(value(m_x)), y = parseNumber(value(m_y));
        if (!x)
            return notA(out, row, "x", m_x, tr("not a coordinate"));
        if (!y)
            return notA(out, row, "y", m_y, tr("not a coordinate"));
        const int crs = m_setup.xyCrs;
        if (!(crs == 4326 ? m_places.fromLonLat(*x, *y, place) : m_places.fromXY(*x, *y, crs, place)))
            return reject(out, "x", tr("row %1: '%2' = '%3' and '%4' = '%5' cannot be converted from EPSG:%6")
                                        .arg(row.number)
                                        .arg(colName("x"), value(m_x), colName("y"), value(m_y))
                                        .arg(crs));
        placed = true;
    } else if (m_wkt >= 0 && !isBlank(value(m_wkt))) {
        if (!m_places.fromWkt(value(m_wkt), m_setup.mapping.crs, place))
            return notA(out, row, "wkt", m_wkt, tr("not a valid WKT geometry"));
        placed = true;
    }
    if (!placed && m_zone >= 0) {
        const QString z = value(m_zone).trimmed();
        if (z.isEmpty())
            return reject(out, "zone", tr("row %1: no location: '%2' is empty").arg(row.number).arg(colName("zone")));
        if (!m_places.fromZone(z, place))
            return notA(out, row, "zone", m_zone, tr("not a known municipality or police zone"));
        placed = true;
    }
    if (!placed)
        return reject(out, "location", tr("row %1: no location: the coordinate columns are empty").arg(row.number));
    rec.hasPoint = place.hasPoint;
    rec.x = place.x;
    rec.y = place.y;
    rec.precision = place.precision;
    rec.zoneFid = place.zoneFid;
    rec.municipalityNis = place.municipalityNis;
    rec.policeZone = place.policeZone;
    rec.flags = place.flags;
    // Time.
    if (m_from >= 0) {
        const QString &f = value(m_from);
        if (isBlank(f))
            return reject(out, "from", tr("row %1: '%2' is empty").arg(row.number).arg(colName("from")));
        const auto from = m_times.parse(f);
        if (!from)
            return notA(out, row, "from", m_from, tr("not a date"));
        rec.occurredFrom = from->from;
        rec.occurredTo = from->to;
        if (m_to >= 0 && !isBlank(value(m_to))) {
            const auto to = m_times.parse(value(m_to));
            if (!to)
                return notA(out, row, "to", m_to, tr("not a date"));
            if (to->to < from->from)
                return reject(out, "to", tr("row %1: '%2' = '%3' is before '%4' = '%5'")
                                             .arg(row.number)
                                             .arg(colName("to"), value(m_to), colName("from"), f));
            rec.occurredTo = to->to;
        }
    } else {
        const QString &d = value(m_date);
        if (isBlank(d))
            return reject(out, "date", tr("row %1: '%2' is empty").arg(row.number).arg(m_dateColumn));
        const auto span = m_time >= 0 ? m_times.parse(d, value(m_time)) : m_times.parse(d);
        if (!span) {
            if (m_time >= 0 && m_times.parse(d))
                return notA(out, row, "time", m_time, tr("not a time of day"));
            return reject(out, "date", tr("row %1: '%2' = '%3' is not a date").arg(row.number).arg(m_dateColumn, d.left(200)));
        }
        rec.occurredFrom = span->from;
        rec.occurredTo = span->to;
    }
    if (rec.occurredTo > rec.occurredFrom)
        rec.flags |= TimeUncertain;
    if (m_reported >= 0 && !isBlank(value(m_reported))) {
        const auto r = m_times.parse(value(m_reported));
        if (!r)
            return notA(out, row, "reported", m_reported, tr("not a date"));
        rec.reportedAt = r->from;
    }
    // Category and MO.
    rec.phenomenonId = m_setup.defaultPhenomenon;
    if (m_phenomenon >= 0) {
        const QString &raw = value(m_phenomenon);
        if (isBlank(raw)) {
            if (!m_setup.defaultPhenomenon)
                return reject(out, "phenomenon", tr("row %1: '%2' is empty").arg(row.number).arg(colName("phenomenon")));
        } else if (const auto t = resolve(rec.sourceId, false, raw)) {
            rec.phenomenonId = t->phenomenonId;
            if (t->moId)
                rec.moIds << t->moId;
        } else {
            ++m_unmapped[{QStringLiteral("phenomenon"), colName("phenomenon"), raw.trimmed()}];
            return reject(out, "phenomenon", tr("row %1: '%2' = '%3' is not mapped to the taxonomy")
                                                 .arg(row.number)
                                                 .arg(colName("phenomenon"), raw.left(200)));
        }
    }
    if (m_mo >= 0 && !isBlank(value(m_mo))) {
        const QString &raw = value(m_mo);
        // The whole value when it names one MO (a label may hold ';' or '|'), else its parts.
        QStringList parts;
        if (resolve(rec.sourceId, true, raw)) {
            parts << raw;
        } else {
            qsizetype start = 0;
            for (qsizetype i = 0; i <= raw.size(); ++i) {
                if (i == raw.size() || raw[i] == QLatin1Char(';') || raw[i] == QLatin1Char('|')) {
                    if (i > start)
                        parts << raw.mid(start, i - start);
                    start = i + 1;
                }
            }
        }
        for (const QString &p : std::as_const(parts)) {
            const auto t = resolve(rec.sourceId, true, p);
            if (!t || !t->moId) {
                ++m_unmapped[{QStringLiteral("mo"), colName("mo"), p.trimmed()}];
                return reject(out, "mo", tr("row %1: '%2' = '%3' is not mapped to the taxonomy")
                                             .arg(row.number)
                                             .arg(colName("mo"), p.trimmed().left(200)));
            }
            if (!rec.phenomenonId)
                rec.phenomenonId = t->phenomenonId;
            if (!rec.moIds.contains(t->moId))
                rec.moIds << t->moId;
        }
    }
    if (!rec.phenomenonId)
        return reject(out, "phenomenon", tr("row %1: no phenomenon: '%2' is empty").arg(row.number).arg(colName("mo")));
    // Text fields and marking.
    if (m_address >= 0)
        rec.address = value(m_address).trimmed();
    if (m_description >= 0)
        rec.description = value(m_description);
    rec.tlp = m_setup.defaultTlp;
    if (m_tlp >= 0 && !isBlank(value(m_tlp))) {
        const auto t = parseTlp(value(m_tlp));
        if (!t)
            return notA(out, row, "tlp", m_tlp, tr("not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)"));
        rec.tlp = *t;
    }
    return true;
}

std::optional<Tlp> parseTlp(const QString &value)
{
    QString v = value.trimmed().toUpper();
    v.remove(QLatin1Char(' '));
    if (!v.startsWith(QLatin1String("TLP:")))
        v = QStringLiteral("TLP:") + v;
    return tlpFromLabel(v);
}

} // namespace phenomap
