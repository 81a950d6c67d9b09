// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include "sourcereader.h"
#include "textfold.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace phenomap {
namespace {

/// Folded header names per role, strongest first (FR, NL, EN spellings).
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> s = {
        {QStringLiteral("lon"), {QStringLiteral("longitude"), QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("long"),
                                 QStringLiteral("lengtegraad"), QStringLiteral("wgs84lon"), QStringLiteral("lengte")}},
        {QStringLiteral("lat"), {QStringLiteral("latitude"), QStringLiteral("lat"), QStringLiteral("breedtegraad"),
                                 QStringLiteral("wgs84lat"), QStringLiteral("breedte")}},
        {QStringLiteral("x"), {QStringLiteral("x"), QStringLiteral("xcoord"), QStringLiteral("coordx"), QStringLiteral("coordonneex"),
                               QStringLiteral("xlambert"), QStringLiteral("lambertx"), QStringLiteral("xl72"), QStringLiteral("easting"),
                               QStringLiteral("xcoordinaat")}},
        {QStringLiteral("y"), {QStringLiteral("y"), QStringLiteral("ycoord"), QStringLiteral("coordy"), QStringLiteral("coordonneey"),
                               QStringLiteral("ylambert"), QStringLiteral("lamberty"), QStringLiteral("yl72"), QStringLiteral("northing"),
                               QStringLiteral("ycoordinaat")}},
        {QStringLiteral("wkt"), {QStringLiteral("wkt"), QStringLiteral("geometry"), QStringLiteral("geom"), QStringLiteral("geometrie"),
                                 QStringLiteral("thegeom")}},
        {QStringLiteral("zone"), {QStringLiteral("commune"), QStringLiteral("gemeente"), QStringLiteral("municipality"),
                                  QStringLiteral("niscode"), QStringLiteral("codenis"), QStringLiteral("nis"),
                                  QStringLiteral("zonedepolice"), QStringLiteral("politiezone"), QStringLiteral("policezone"),
                                  QStringLiteral("zonepolice"), QStringLiteral("zone"), QStringLiteral("pz"), QStringLiteral("localite"),
                                  QStringLiteral("nomcommune"), QStringLiteral("gemeentenaam")}},
        {QStringLiteral("datetime"), {QStringLiteral("datetime"), QStringLiteral("dateheure"), QStringLiteral("datumtijd"),
                                      QStringLiteral("datumuur"), QStringLiteral("timestamp"), QStringLiteral("horodatage"),
                                      QStringLiteral("tijdstip"), QStringLiteral("datefait"), QStringLiteral("datedesfaits"),
                                      QStringLiteral("datumfeit"), QStringLiteral("datumfeiten"), QStringLiteral("occurred"),
                                      QStringLiteral("occurredat")}},
        {QStringLiteral("date"), {QStringLiteral("date"), QStringLiteral("datum"), QStringLiteral("jour"), QStringLiteral("dag"),
                                  QStringLiteral("day")}},
        {QStringLiteral("time"), {QStringLiteral("heure"), QStringLiteral("uur"), QStringLiteral("tijd"), QStringLiteral("time"),
                                  QStringLiteral("hour")}},
        {QStringLiteral("from"), {QStringLiteral("from"), QStringLiteral("van"), QStringLiteral("du"), QStringLiteral("debut"),
                                  QStringLiteral("datedebut"), QStringLiteral("begindatum"), QStringLiteral("start"),
                                  QStringLiteral("vanaf"), QStringLiteral("datefrom")}},
        {QStringLiteral("to"), {QStringLiteral("to"), QStringLiteral("tot"), QStringLiteral("au"), QStringLiteral("fin"),
                                QStringLiteral("datefin"), QStringLiteral("einddatum"), QStringLiteral("end"), QStringLiteral("totmet"),
                                QStringLiteral("dateto")}},
        {QStringLiteral("reported"), {QStringLiteral("datesignalement"), QStringLiteral("dateplainte"), QStringLiteral("reported"),
                                      QStringLiteral("reportedat"), QStringLiteral("datumaangifte"), QStringLiteral("aangifte"),
                                      QStringLiteral("meldingsdatum")}},
        {QStringLiteral("phenomenon"), {QStringLiteral("fait"), QStringLiteral("feit"), QStringLiteral("categorie"),
                                        QStringLiteral("category"), QStringLiteral("phenomene"), QStringLiteral("fenomeen"),
                                        QStringLiteral("phenomenon"), QStringLiteral("typefait"), QStringLiteral("infraction"),
                                        QStringLiteral("misdrijf"), QStringLiteral("qualification"), QStringLiteral("kwalificatie"),
                                        QStringLiteral("nature"), QStringLiteral("type"), QStringLiteral("name")}},
        {QStringLiteral("mo"), {QStringLiteral("mo"), QStringLiteral("modus"), QStringLiteral("modusoperandi"),
                                QStringLiteral("modeoperatoire"), QStringLiteral("werkwijze")}},
        {QStringLiteral("ref"), {QStringLiteral("ref"), QStringLiteral("reference"), QStringLiteral("referentie"), QStringLiteral("id"),
                                 QStringLiteral("numero"), QStringLiteral("nummer"), QStringLiteral("num"), QStringLiteral("nr"),
                                 QStringLiteral("no"), QStringLiteral("pv"), QStringLiteral("pvnummer"), QStringLiteral("numeropv"),
                                 QStringLiteral("dossier"), QStringLiteral("recordid"), QStringLiteral("identifiant")}},
        {QStringLiteral("source"), {QStringLiteral("source"), QStringLiteral("bron"), QStringLiteral("service"),
                                    QStringLiteral("dienst"), QStringLiteral("agency")}},
        {QStringLiteral("address"), {QStringLiteral("adresse"), QStringLiteral("adres"), QStringLiteral("address"),
                                     QStringLiteral("rue"), QStringLiteral("straat"), QStringLiteral("lieu"), QStringLiteral("plaats")}},
        {QStringLiteral("description"), {QStringLiteral("description"), QStringLiteral("descr"), QStringLiteral("omschrijving"),
                                         QStringLiteral("beschrijving"), QStringLiteral("commentaire"), QStringLiteral("remarque"),
                                         QStringLiteral("opmerking"), QStringLiteral("details"), QStringLiteral("notes"),
                                         QStringLiteral("texte"), QStringLiteral("resume"), QStringLiteral("samenvatting")}},
        {QStringLiteral("tlp"), {QStringLiteral("tlp"), QStringLiteral("marking"), QStringLiteral("marquage"),
                                 QStringLiteral("classification")}},
    };
    return s;
}

bool inBelgiumLonLat(double lon, double lat) { return lon > 2.3 && lon < 6.6 && lat > 49.3 && lat < 51.7; }

} // namespace

std::optional<double> parseNumber(QStringView text)
{
    char buf[64];
    int n = 0, commas = 0, points = 0, lastSep = -1;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == ' ' || u == 0xA0 || u == 0x202F || u == '\'' || u == '\t')
            continue;
        if (n >= 63)
            return std::nullopt;
        if (u == ',' || u == '.') {
            (u == ',' ? commas : points)++;
            lastSep = n;
        } else if (!((u >= '0' && u <= '9') || u == '-' || u == '+' || u == 'e' || u == 'E')) {
            return std::nullopt;
        }
        buf[n++] = char(u);
    }
    if (n == 0)
        return std::nullopt;
    // The last separator is the decimal one when both kinds occur or a single comma occurs;
    // every other separator groups thousands.
    int out = 0;
    for (int i = 0; i < n; ++i) {
        const char c = buf[i];
        if (c == ',' || c == '.') {
            const bool decimal = (commas + points == 1) || (i == lastSep && commas > 0 && points > 0)
                                 || (i == lastSep && commas == 0 && points == 1);
            if (decimal)
                buf[out++] = '.';
        } else {
            buf[out++] = c;
        }
    }
    const char *begin = buf[0] == '+' ? buf + 1 : buf;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(begin, buf + out, v);
    if (ec != std::errc() || ptr != buf + out || !std::isfinite(v))
        return std::nullopt;
    return v;
}

const QStringList &ColumnMapping::roles()
{
    static const QStringList r = {QStringLiteral("lon"),         QStringLiteral("lat"),    QStringLiteral("x"),
                                  QStringLiteral("y"),           QStringLiteral("wkt"),    QStringLiteral("zone"),
                                  QStringLiteral("datetime"),    QStringLiteral("date"),   QStringLiteral("time"),
                                  QStringLiteral("from"),        QStringLiteral("to"),     QStringLiteral("reported"),
                                  QStringLiteral("phenomenon"),  QStringLiteral("mo"),     QStringLiteral("ref"),
                                  QStringLiteral("source"),      QStringLiteral("address"), QStringLiteral("description"),
                                  QStringLiteral("tlp")};
    return r;
}

void ColumnMapping::setColumn(const QString &role, const QString &column)
{
    if (column.isEmpty()) {
        m_columns.remove(role);
        m_confidence.remove(role);
    } else {
        m_columns.insert(role, column);
        m_confidence.insert(role, 1.0);
    }
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject cols;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        cols.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("phenomap-import-mapping"));
    o.insert(QStringLiteral("formatVersion"), 1);
    o.insert(QStringLiteral("columns"), cols);
    o.insert(QStringLiteral("crs"), crs);
    o.insert(QStringLiteral("nativeGeometry"), useNativeGeometry);
    o.insert(QStringLiteral("dateOrder"), dateOrder == TimeParser::DateOrder::DayFirst     ? QStringLiteral("dmy")
                                          : dateOrder == TimeParser::DateOrder::MonthFirst ? QStringLiteral("mdy")
                                                                                           : QStringLiteral("auto"));
    o.insert(QStringLiteral("decimalComma"), decimalComma);
    if (!defaultPhenomenon.isEmpty())
        o.insert(QStringLiteral("defaultPhenomenon"), defaultPhenomenon);
    if (!defaultTlp.isEmpty())
        o.insert(QStringLiteral("defaultTlp"), defaultTlp);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping m;
    const QJsonObject cols = json.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it)
        if (roles().contains(it.key()))
            m.setColumn(it.key(), it.value().toString());
    m.crs = json.value(QStringLiteral("crs")).toInt();
    m.useNativeGeometry = json.value(QStringLiteral("nativeGeometry")).toBool();
    const QString order = json.value(QStringLiteral("dateOrder")).toString();
    m.dateOrder = order == QLatin1String("dmy")   ? TimeParser::DateOrder::DayFirst
                  : order == QLatin1String("mdy") ? TimeParser::DateOrder::MonthFirst
                                                  : TimeParser::DateOrder::Auto;
    m.decimalComma = json.value(QStringLiteral("decimalComma")).toBool();
    m.defaultPhenomenon = json.value(QStringLiteral("defaultPhenomenon")).toString();
    m.defaultTlp = json.value(QStringLiteral("defaultTlp")).toString();
    m.source = json.value(QStringLiteral("source")).toString();
    return m;
}

int ColumnMapping::guessCrs(const QList<std::pair<double, double>> &xy)
{
    if (xy.isEmpty())
        return 0;
    std::map<int, int> votes;
    for (const auto &[x, y] : xy) {
        if (inBelgiumLonLat(x, y) || inBelgiumLonLat(y, x))
            ++votes[4326];
        else if (x > 0 && x < 320000 && y > 0 && y < 320000)
            ++votes[31370];
        else if (x > 480000 && x < 820000 && y > 480000 && y < 820000)
            ++votes[3812];
    }
    int best = 0, bestVotes = 0;
    for (const auto &[epsg, n] : votes)
        if (n > bestVotes) {
            best = epsg;
            bestVotes = n;
        }
    return bestVotes * 2 >= int(xy.size()) ? best : 0;
}

ColumnMapping ColumnMapping::propose(const QStringList &columns, const QList<SourceRow> &sample, bool hasGeometry)
{
    // Score every (column, role) pair by its name, then give each role its best column.
    struct Candidate
    {
        double score;
        QString role;
        int column;
    };
    QList<Candidate> candidates;
    for (int c = 0; c < columns.size(); ++c) {
        const QString key = foldText(columns[c]);
        if (key.isEmpty())
            continue;
        // A column empty in every sampled row (KML's unused "timestamp", "description") maps nothing,
        // except to the zone role: it is read only for rows without a point, and files often list
        // those after many rows that have one (zone-only rows would otherwise all be rejected).
        const bool empty = !sample.isEmpty() && std::all_of(sample.begin(), sample.end(), [c](const SourceRow &r) {
            return c >= r.values.size() || r.values[c].trimmed().isEmpty();
        });
        for (const QString &role : roles()) {
            if (empty && role != QLatin1String("zone"))
                continue;
            const QStringList &syn = synonyms().value(role);
            double score = 0;
            for (int i = 0; i < syn.size(); ++i) {
                const QString &s = syn[i];
                if (key == s)
                    score = std::max(score, 0.95 - 0.01 * i);
                else if (s.size() >= 4 && key.startsWith(s))
                    score = std::max(score, 0.7 - 0.01 * i);
                else if (s.size() >= 5 && key.contains(s))
                    score = std::max(score, 0.55 - 0.01 * i);
            }
            if (score > 0)
                candidates.push_back({score, role, c});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    ColumnMapping m;
    QSet<int> usedColumns;
    for (const Candidate &cand : candidates) {
        if (m.m_columns.contains(cand.role) || usedColumns.contains(cand.column))
            continue;
        m.m_columns.insert(cand.role, columns[cand.column]);
        m.m_confidence.insert(cand.role, cand.score);
        usedColumns.insert(cand.column);
    }

    auto values = [&](const QString &role) {
        QList<QString> out;
        const int idx = columns.indexOf(m.column(role));
        if (idx >= 0)
            for (const SourceRow &r : sample)
                if (idx < r.values.size() && !r.values[idx].trimmed().isEmpty())
                    out << r.values[idx];
        return out;
    };
    auto pairs = [&](const QString &a, const QString &b) {
        QList<std::pair<double, double>> out;
        const int ia = columns.indexOf(m.column(a)), ib = columns.indexOf(m.column(b));
        if (ia < 0 || ib < 0)
            return out;
        for (const SourceRow &r : sample) {
            const auto x = parseNumber(r.values.value(ia)), y = parseNumber(r.values.value(ib));
            if (x && y)
                out.push_back({*x, *y});
        }
        return out;
    };

    // Coordinates: x/y holding degrees are lon/lat; lon/lat columns confirm by their range.
    if (!m.column(QStringLiteral("x")).isEmpty() && !m.column(QStringLiteral("y")).isEmpty()) {
        const auto xy = pairs(QStringLiteral("x"), QStringLiteral("y"));
        m.crs = guessCrs(xy);
        if (m.crs == 4326 && m.column(QStringLiteral("lon")).isEmpty()) {
            m.m_columns.insert(QStringLiteral("lon"), m.m_columns.take(QStringLiteral("x")));
            m.m_columns.insert(QStringLiteral("lat"), m.m_columns.take(QStringLiteral("y")));
            m.m_confidence.insert(QStringLiteral("lon"), 0.8);
            m.m_confidence.insert(QStringLiteral("lat"), 0.8);
            m.crs = 0;
        } else if (m.crs == 0 && !xy.isEmpty()) {
            m.m_confidence[QStringLiteral("x")] *= 0.5;
            m.m_confidence[QStringLiteral("y")] *= 0.5;
        }
    }
    if (!m.column(QStringLiteral("lon")).isEmpty() && !m.column(QStringLiteral("lat")).isEmpty()) {
        const auto ll = pairs(QStringLiteral("lon"), QStringLiteral("lat"));
        int inside = 0;
        for (const auto &[lon, lat] : ll)
            inside += inBelgiumLonLat(lon, lat) || inBelgiumLonLat(lat, lon);
        const double f = ll.isEmpty() ? 0.5 : double(inside) / ll.size();
        for (const QString &r : {QStringLiteral("lon"), QStringLiteral("lat")})
            m.m_confidence[r] = std::min(1.0, m.m_confidence[r] * (0.5 + 0.5 * f) + 0.05 * f);
    }
    if (hasGeometry) {
        m.useNativeGeometry = true;
        m.m_confidence.insert(QStringLiteral("geometry"), 1.0);
    }
    // Time columns: the share of sample values that parse lowers or raises the confidence; the
    // date order follows the values (a first number above 12 is a day).
    TimeParser parser;
    for (const QString &role : {QStringLiteral("datetime"), QStringLiteral("date"), QStringLiteral("from"),
                                QStringLiteral("to"), QStringLiteral("reported")}) {
        const QList<QString> v = values(role);
        if (v.isEmpty())
            continue;
        int ok = 0;
        for (const QString &s : v)
            ok += parser.parse(s).has_value();
        const double f = double(ok) / v.size();
        m.m_confidence[role] = std::min(1.0, m.m_confidence[role] * (0.4 + 0.6 * f) + 0.05 * f);
        if (f < 0.2 && role != QLatin1String("date")) {
            m.m_columns.remove(role);
            m.m_confidence.remove(role);
        }
    }
    // A "datetime"-ish column and a "date" column both found: keep the one that parses.
    if (!m.column(QStringLiteral("datetime")).isEmpty() && !m.column(QStringLiteral("date")).isEmpty()
        && m.column(QStringLiteral("time")).isEmpty()) {
        m.m_columns.remove(QStringLiteral("date"));
        m.m_confidence.remove(QStringLiteral("date"));
    }
    return m;
}

} // namespace phenomap
