// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "xoshirostep.h"

#include "feedback.h"
#include "incidentwriter.h"
#include "project.h"
#include "taxonomy.h"
#include "zoneindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace phenomap {
namespace {

/// Translation context of this file's messages.
struct DemoGeneratorTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::DemoGenerator)
};


/// xoshiro256** seeded through splitmix64, with our own transforms: std:: distributions differ
/// between standard libraries, and the demo must be the same everywhere for a given seed.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (std::uint64_t &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    quint64 next() { return xoshiro256StarStar(m_s); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } ///< [0, 1)
    int below(int n) { return int(uniform() * n); }                ///< [0, n)
    bool chance(double p) { return uniform() < p; }
    double normal() ///< Marsaglia's polar method (sqrt is exact in IEEE 754)
    {
        for (;;) {
            const double u = 2 * uniform() - 1, v = 2 * uniform() - 1, s = u * u + v * v;
            if (s > 0 && s < 1)
                return u * std::sqrt(-2 * std::log(s) / s);
        }
    }
    double exponential(double mean) { return -mean * std::log(1 - uniform()); }
    template<typename Weights>
    int pick(const Weights &w)
    {
        double total = 0;
        for (double x : w)
            total += x;
        double r = uniform() * total;
        int i = 0;
        for (double x : w) {
            if (r < x)
                return i;
            r -= x;
            ++i;
        }
        return i - 1;
    }

private:
    std::uint64_t m_s[4] = {};
};

/// Places that concentrate phenomena. EPSG:31370 from the WGS 84 coordinates in the comment
/// (transformed with GDAL 3.6 / PROJ 9.1, checked against the UrbIS municipality polygons).
struct Hotspot
{
    const char *key;
    double x, y;
    int nis;
    const char *streetFr, *streetNl;
};
constexpr Hotspot kHotspots[] = {
    {"midi", 147658, 169488, 21013, "Avenue Fonsny", "Fonsnylaan"},                       // 50.8358, 4.3355
    {"nord", 149482, 172212, 21015, "Rue du Progrès", "Vooruitgangstraat"},              // 50.8603, 4.3614
    {"anneessens", 148292, 170422, 21004, "Boulevard Maurice Lemonnier", "Maurice Lemonnierlaan"}, // 50.8442, 4.3445
    {"comte_flandre", 147940, 171734, 21012, "Rue du Comte de Flandre", "Graaf van Vlaanderenstraat"}, // 50.8560, 4.3395
    {"clemenceau", 147341, 170088, 21001, "Avenue Clemenceau", "Clemenceaulaan"},        // 50.8412, 4.3310
    {"matonge", 149841, 169231, 21009, "Chaussée de Wavre", "Waversesteenweg"},          // 50.8335, 4.3665
    {"porte_hal", 148348, 169198, 21004, "Boulevard du Midi", "Zuidlaan"},               // 50.8332, 4.3453
    {"flagey", 150243, 168564, 21009, "Place Eugène Flagey", "Eugène Flageyplein"},      // 50.8275, 4.3722
    {"centrale", 148961, 170689, 21004, "Rue du Marché aux Herbes", "Grasmarkt"},        // 50.8466, 4.3540
    {"ribaucourt", 148363, 171901, 21004, "Rue de Ribaucourt", "Ribaucourtstraat"},      // 50.8575, 4.3455
    {"bockstael", 148539, 174237, 21004, "Boulevard Émile Bockstael", "Emile Bockstaellaan"}, // 50.8785, 4.3480
    {"aerschot", 149665, 172346, 21015, "Rue d'Aerschot", "Aarschotstraat"},             // 50.8615, 4.3640
    {"louise", 149560, 168619, 21004, "Avenue Louise", "Louizalaan"},                    // 50.8280, 4.3625
    {"rue_neuve", 149102, 171234, 21004, "Rue Neuve", "Nieuwstraat"},                    // 50.8515, 4.3560
    {"peterbos", 144312, 169790, 21001, "Parc du Peterbos", "Peterbospark"},             // 50.8385, 4.2880
    {"westland", 144875, 169178, 21001, "Boulevard Sylvain Dupuis", "Sylvain Dupuislaan"}, // 50.8330, 4.2960
    {"abattoirs", 146989, 170178, 21001, "Rue Ropsy Chaudron", "Ropsy Chaudronstraat"},  // 50.8420, 4.3260
    {"bethleem", 148186, 168842, 21013, "Place de Bethléem", "Bethlehemplein"},          // 50.8300, 4.3430
    {"chaussee_gand", 147201, 171735, 21012, "Chaussée de Gand", "Gentsesteenweg"},      // 50.8560, 4.3290
    {"chaussee_haecht", 150229, 172735, 21015, "Chaussée de Haecht", "Haachtsesteenweg"}, // 50.8650, 4.3720
    {"port", 149102, 173514, 21004, "Avenue du Port", "Havenlaan"},                      // 50.8720, 4.3560
    {"uccle", 147762, 165616, 21016, "Chaussée d'Alsemberg", "Alsembergsesteenweg"},     // 50.8010, 4.3370
    {"woluwe", 154315, 169177, 21019, "Avenue de Tervueren", "Tervurenlaan"},            // 50.8330, 4.4300
    {"boitsfort", 153260, 165394, 21017, "Avenue des Coccinelles", "Lieveheersbeestjeslaan"}, // 50.7990, 4.4150
    {"auderghem", 154105, 167286, 21002, "Boulevard du Souverain", "Vorstlaan"},         // 50.8160, 4.4270
    {"jette", 147061, 174182, 21010, "Place Cardinal Mercier", "Kardinaal Mercierplein"}, // 50.8780, 4.3270
    {"evere", 152270, 173514, 21006, "Avenue Henri Conscience", "Henri Consciencelaan"}, // 50.8720, 4.4010
    {"etterbeek", 150933, 169621, 21005, "Place Jourdan", "Jourdanplein"},               // 50.8370, 4.3820
    {"forest", 146564, 166729, 21007, "Place Saint-Denis", "Sint-Denijsplein"},          // 50.8110, 4.3200
    {"koekelberg", 147201, 172514, 21011, "Place Simonis", "Simonisplein"},              // 50.8630, 4.3290
    {"colignon", 150651, 173013, 21015, "Place Colignon", "Colignonplein"},              // 50.8675, 4.3780
    {"wsl", 154313, 170679, 21018, "Rue Saint-Lambert", "Sint-Lambertusstraat"},         // 50.8465, 4.4300
};

constexpr std::array<double, 24> kEvening = {4, 3, 2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 12, 11, 8, 6};
constexpr std::array<double, 24> kDaytime = {1, 1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 8, 9, 10, 10, 9, 7, 5, 3, 2, 2, 1, 1};
constexpr std::array<double, 24> kNight = {8, 9, 9, 8, 6, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7};
constexpr std::array<double, 24> kOffice = {1, 1, 1, 1, 1, 1, 2, 4, 8, 10, 10, 10, 9, 10, 10, 9, 8, 6, 4, 3, 2, 2, 1, 1};
constexpr std::array<double, 24> kLate = {9, 8, 6, 4, 2, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 10};
constexpr std::array<double, 24> kSpread = {3, 2, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 4, 4};

constexpr std::array<double, 7> kNightlife = {0.9, 0.9, 1.0, 1.1, 1.3, 1.4, 1.0}; // Monday .. Sunday
constexpr std::array<double, 7> kWorkdays = {1.15, 1.15, 1.15, 1.15, 1.15, 0.65, 0.6};
constexpr std::array<double, 7> kOfficeDays = {1.2, 1.2, 1.2, 1.2, 1.1, 0.5, 0.4};
constexpr std::array<double, 7> kEvenWeek = {1, 1, 1, 1, 1, 1, 1};

constexpr std::array<double, 12> kDarkWinter = {1.3, 1.1, 1.0, 0.9, 0.85, 0.8, 0.8, 0.85, 0.9, 1.1, 1.3, 1.4};
constexpr std::array<double, 12> kNoSeason = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

/// How one phenomenon behaves in the demo.
struct Profile
{
    const char *code;
    double share;          ///< relative frequency
    double hotspotShare;   ///< the rest is population-weighted background
    const char *hotspots;  ///< "key:weight ..."
    double sigma;          ///< spread around a hot spot, metres
    const std::array<double, 24> *hours;
    const std::array<double, 7> *days;
    const std::array<double, 12> *months;
    double growth;         ///< rate at the end of the period relative to its start
    double windowShare;    ///< incidents known only as a time window
    double windowHours;    ///< mean window length
    double zoneOnlyShare;  ///< incidents located by municipality only
    double federal, prosecutor, municipality; ///< source shares; the rest is the local police zone
};
constexpr Profile kProfiles[] = {
    {"drugs", 0.31, 0.75, "midi:3 anneessens:3 comte_flandre:3 clemenceau:3 nord:2 porte_hal:2 peterbos:2 "
     "matonge:1 ribaucourt:2 bockstael:1 chaussee_gand:1 port:0.5 colignon:1", 180, &kEvening, &kNightlife, &kNoSeason,
     1.0, 0.05, 6, 0.01, 0.08, 0.02, 0.03},
    {"fencing", 0.08, 0.7, "midi:3 abattoirs:3 clemenceau:2 chaussee_gand:2 rue_neuve:1 nord:1 anneessens:1 chaussee_haecht:1",
     220, &kDaytime, &kWorkdays, &kNoSeason, 1.0, 0.15, 24, 0.02, 0.05, 0.05, 0.2},
    {"fencing_online", 0.06, 0.2, "midi:1 chaussee_gand:1 nord:1", 400, &kSpread, &kEvenWeek, &kNoSeason, 1.3, 0.3, 72,
     0.1, 0.1, 0.05, 0.0},
    {"fraud", 0.08, 0.3, "louise:2 centrale:1 nord:1 chaussee_haecht:1", 400, &kOffice, &kOfficeDays, &kNoSeason, 1.0,
     0.3, 240, 0.1, 0.05, 0.2, 0.1},
    {"cyber_fraud", 0.12, 0.0, "", 0, &kOffice, &kOfficeDays, &kNoSeason, 1.5, 0.3, 48, 0.15, 0.05, 0.05, 0.0},
    {"money_laundering", 0.04, 0.7, "chaussee_gand:3 clemenceau:2 chaussee_haecht:2 midi:1 louise:1 matonge:1",
     300, &kOffice, &kOfficeDays, &kNoSeason, 1.0, 0.3, 720, 0.1, 0.35, 0.2, 0.05},
    {"thb", 0.05, 0.75, "aerschot:4 nord:2 midi:1 abattoirs:1 porte_hal:1 bethleem:1", 200, &kLate, &kNightlife,
     &kNoSeason, 1.0, 0.2, 168, 0.03, 0.3, 0.1, 0.1},
    {"arms", 0.04, 0.7, "peterbos:3 clemenceau:2 comte_flandre:2 anneessens:1 ribaucourt:1 aerschot:1 port:1", 250,
     &kNight, &kNightlife, &kNoSeason, 1.0, 0.1, 12, 0.02, 0.4, 0.05, 0.0},
    {"property_crime", 0.16, 0.55, "uccle:3 woluwe:3 boitsfort:2 auderghem:2 wsl:2 rue_neuve:2 centrale:2 midi:1 "
     "westland:1 evere:1 jette:1 forest:1 etterbeek:1", 500, &kDaytime, &kWorkdays, &kDarkWinter, 1.0, 0.5, 10, 0.01,
     0.1, 0.0, 0.0},
    {"extortion", 0.05, 0.6, "chaussee_gand:2 matonge:2 chaussee_haecht:2 anneessens:1 clemenceau:1 koekelberg:1 bethleem:1",
     250, &kEvening, &kEvenWeek, &kNoSeason, 1.0, 0.15, 24, 0.05, 0.3, 0.1, 0.0},
};

struct Municipality
{
    int nis = 0;
    QString nameFr, nameNl;
    int policeZone = 0;
    double population = 0;
};

constexpr std::pair<int, const char *> kPostcodes[] = {
    {21001, "1070"}, {21002, "1160"}, {21003, "1082"}, {21004, "1000"}, {21005, "1040"}, {21006, "1140"},
    {21007, "1190"}, {21008, "1083"}, {21009, "1050"}, {21010, "1090"}, {21011, "1081"}, {21012, "1080"},
    {21013, "1060"}, {21014, "1210"}, {21015, "1030"}, {21016, "1180"}, {21017, "1170"}, {21018, "1200"},
    {21019, "1150"}};

constexpr std::pair<const char *, const char *> kStreets[] = {
    {"Rue de la Station", "Stationsstraat"}, {"Rue de l'Église", "Kerkstraat"}, {"Avenue des Tilleuls", "Lindenlaan"},
    {"Rue du Moulin", "Molenstraat"}, {"Rue des Fleurs", "Bloemenstraat"}, {"Rue du Marché", "Marktstraat"},
    {"Avenue du Parc", "Parklaan"}, {"Rue de l'École", "Schoolstraat"}, {"Rue des Champs", "Veldstraat"},
    {"Rue du Pont", "Brugstraat"}, {"Avenue des Érables", "Esdoornlaan"}, {"Rue de la Source", "Bronstraat"},
    {"Rue des Vignes", "Wijngaardstraat"}, {"Avenue du Bois", "Boslaan"}, {"Rue du Canal", "Kanaalstraat"},
    {"Rue des Jardins", "Tuinstraat"}};

constexpr const char *kContextFr[] = {"constat lors d'une patrouille", "signalement d'un riverain", "plainte de la victime",
                                      "information transmise par un partenaire", "contrôle multidisciplinaire",
                                      "enquête en cours"};
constexpr const char *kContextNl[] = {"vastgesteld tijdens een patrouille", "melding van een buurtbewoner",
                                      "klacht van het slachtoffer", "informatie van een partner",
                                      "multidisciplinaire controle", "lopend onderzoek"};

constexpr const char *kLocalZones[][2] = {
    {"5339", "PZ 5339 Bruxelles-Capitale/Ixelles"}, {"5340", "PZ 5340 Bruxelles-Ouest"},
    {"5341", "PZ 5341 Bruxelles-Midi"}, {"5342", "PZ 5342 Uccle/Watermael-Boitsfort/Auderghem (Marlow)"},
    {"5343", "PZ 5343 Montgomery"}, {"5344", "PZ 5344 Bruxelles-Nord"}};

/// The whole generation state, so the per-incident steps stay small functions.
class Generator
{
public:
    Generator(Project &project, const DemoOptions &options, Feedback *feedback)
        : m_project(project), m_options(options), m_feedback(feedback), m_rng(options.seed)
    {
    }
    void run();

private:
    struct PhenomenonData
    {
        const Profile *profile = nullptr;
        qint64 id = 0;
        QList<TaxonomyNode> mo;
        std::vector<const Hotspot *> hotspots;
        std::vector<double> hotspotWeights;
    };

    void loadReference();
    IncidentRecord makeIncident(const PhenomenonData &p);
    void placeIncident(const PhenomenonData &p, IncidentRecord &r, const Hotspot *&near);
    int backgroundPoint(double &x, double &y, int nis);
    int pickMunicipality() { return m_municipalities[std::size_t(m_rng.pick(m_populationWeights))].nis; }
    void timeIncident(const PhenomenonData &p, IncidentRecord &r);
    void describeIncident(const PhenomenonData &p, IncidentRecord &r, const Hotspot *near);

    Project &m_project;
    DemoOptions m_options;
    Feedback *m_feedback;
    Rng m_rng;
    ZoneIndex m_zones;
    std::vector<Municipality> m_municipalities;
    std::vector<double> m_populationWeights;
    QHash<int, std::size_t> m_municipalityIndex;
    std::vector<PhenomenonData> m_phenomena;
    std::vector<double> m_phenomenonWeights;
    QHash<int, qint64> m_localSource;
    qint64 m_federal = 0, m_prosecutor = 0, m_municipalitySource = 0;
    QHash<qint64, int> m_sourceCounter;
    QTimeZone m_tz;
    QDate m_firstDay;
    int m_days = 0;
    qint64 m_periodEnd = 0;
};

void Generator::loadReference()
{
    Database &db = m_project.db();
    m_zones = ZoneIndex::load(db, QStringLiteral("municipalities"));
    Statement st = db.prepare("SELECT code, name_fr, name_nl, parent_code, population FROM zones "
                              "WHERE layer = 'municipalities' ORDER BY code");
    while (st.step()) {
        Municipality m{st.text(0).toInt(), st.text(1), st.text(2), st.text(3).toInt(), double(st.int64(4))};
        if (m.nis == 0 || m_zones.area(m.nis) <= 0)
            continue;
        m_municipalityIndex.insert(m.nis, m_municipalities.size());
        m_populationWeights.push_back(std::max(1.0, m.population));
        m_municipalities.push_back(m);
    }
    if (m_municipalities.empty())
        throw std::runtime_error("the project has no municipalities to place synthetic incidents in");

    const QList<TaxonomyNode> nodes = loadTaxonomy(db);
    for (const Profile &profile : kProfiles) {
        PhenomenonData p;
        p.profile = &profile;
        for (const TaxonomyNode &n : nodes)
            if (n.kind == QLatin1String("phenomenon") && n.code == QLatin1String(profile.code))
                p.id = n.id;
        if (p.id == 0)
            continue; // a custom taxonomy without this phenomenon
        for (const TaxonomyNode &n : nodes)
            if (n.parentId == p.id && n.kind == QLatin1String("mo"))
                p.mo.append(n);
        for (const QString &item : QString::fromLatin1(profile.hotspots).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = item.section(QLatin1Char(':'), 0, 0);
            for (const Hotspot &h : kHotspots)
                if (key == QLatin1String(h.key)) {
                    p.hotspots.push_back(&h);
                    p.hotspotWeights.push_back(item.section(QLatin1Char(':'), 1).toDouble());
                }
        }
        m_phenomenonWeights.push_back(profile.share);
        m_phenomena.push_back(std::move(p));
    }
    if (m_phenomena.empty())
        throw std::runtime_error("the project's taxonomy has none of the demo phenomena");

    for (const auto &zone : kLocalZones)
        m_localSource.insert(QString::fromLatin1(zone[0]).toInt(),
                             m_project.ensureSource(QString::fromUtf8(zone[1]), QStringLiteral("local_police")));
    m_federal = m_project.ensureSource(QStringLiteral("Police judiciaire fédérale de Bruxelles (PJF)"),
                                       QStringLiteral("federal_police"));
    m_prosecutor = m_project.ensureSource(QStringLiteral("Parquet de Bruxelles"), QStringLiteral("prosecutor"));
    m_municipalitySource = m_project.ensureSource(QStringLiteral("Administration communale (prévention)"),
                                                  QStringLiteral("municipality"));

    m_tz = QTimeZone("Europe/Brussels");
    if (!m_tz.isValid())
        m_tz = QTimeZone(3600);
    m_firstDay = QDate(2024, 11, 1);
    m_days = int(m_firstDay.daysTo(QDate(2026, 11, 1)));
    m_periodEnd = QDateTime(QDate(2026, 11, 1), QTime(0, 0), m_tz).toSecsSinceEpoch();
}

int Generator::backgroundPoint(double &x, double &y, int nis)
{
    const std::optional<Envelope> box = m_zones.bounds(nis);
    for (int attempt = 0; box && attempt < 10000; ++attempt) {
        x = box->minX + m_rng.uniform() * (box->maxX - box->minX);
        y = box->minY + m_rng.uniform() * (box->maxY - box->minY);
        if (m_zones.zoneAt(x, y) == nis)
            return nis;
    }
    throw std::runtime_error("could not place a point in municipality " + std::to_string(nis));
}

void Generator::placeIncident(const PhenomenonData &p, IncidentRecord &r, const Hotspot *&near)
{
    const Profile &profile = *p.profile;
    near = nullptr;
    if (m_rng.chance(profile.zoneOnlyShare)) {
        r.hasPoint = false;
        r.precision = LocationPrecision::Zone;
        r.municipalityNis = pickMunicipality();
        return;
    }
    r.hasPoint = true;
    r.precision = m_rng.chance(0.15) ? LocationPrecision::Street : LocationPrecision::Exact;
    if (!p.hotspots.empty() && m_rng.chance(profile.hotspotShare)) {
        const Hotspot *h = p.hotspots[std::size_t(m_rng.pick(p.hotspotWeights))];
        for (int attempt = 0; attempt < 100; ++attempt) {
            const double x = h->x + profile.sigma * m_rng.normal(), y = h->y + profile.sigma * m_rng.normal();
            if (const int nis = m_zones.zoneAt(x, y)) {
                r.x = x;
                r.y = y;
                r.municipalityNis = nis;
                if (std::hypot(x - h->x, y - h->y) < 2 * profile.sigma)
                    near = h;
                return;
            }
        }
    }
    r.municipalityNis = backgroundPoint(r.x, r.y, pickMunicipality());
}

void Generator::timeIncident(const PhenomenonData &p, IncidentRecord &r)
{
    const Profile &profile = *p.profile;
    double maxWeight = 0;
    for (double d : *profile.days)
        for (double m : *profile.months)
            maxWeight = std::max(maxWeight, d * m);
    maxWeight *= std::max(1.0, profile.growth);
    QDate day;
    for (;;) {
        const int offset = m_rng.below(m_days);
        day = m_firstDay.addDays(offset);
        const double trend = 1 + (profile.growth - 1) * offset / double(m_days);
        const double w = (*profile.days)[std::size_t(day.dayOfWeek() - 1)] * (*profile.months)[std::size_t(day.month() - 1)] * trend;
        if (m_rng.uniform() * maxWeight < w)
            break;
    }
    const int hour = m_rng.pick(*profile.hours);
    const QDateTime local(day, QTime(hour, m_rng.below(60)), m_tz);
    r.occurredFrom = local.toSecsSinceEpoch();
    r.occurredTo = r.occurredFrom;
    if (m_rng.chance(profile.windowShare)) {
        const int dow = day.dayOfWeek();
        if (QLatin1String(profile.code) == QLatin1String("property_crime") && dow >= 5 && m_rng.chance(0.5)) {
            // Left on Friday or Saturday, burglary discovered on Monday morning.
            const QDate monday = day.addDays(8 - dow);
            r.occurredFrom = QDateTime(day, QTime(17 + m_rng.below(4), m_rng.below(60)), m_tz).toSecsSinceEpoch();
            r.occurredTo = QDateTime(monday, QTime(7 + m_rng.below(3), m_rng.below(60)), m_tz).toSecsSinceEpoch();
        } else {
            r.occurredTo = r.occurredFrom + 3600 + qint64(m_rng.exponential(profile.windowHours * 3600.0));
        }
        r.occurredTo = std::min(r.occurredTo, m_periodEnd - 1);
        if (r.occurredTo > r.occurredFrom)
            r.flags |= TimeUncertain;
        else
            r.occurredTo = r.occurredFrom;
    }
    r.reportedAt = r.occurredTo + 600 + qint64(m_rng.exponential(18 * 3600.0));
}

void Generator::describeIncident(const PhenomenonData &p, IncidentRecord &r, const Hotspot *near)
{
    const bool dutch = m_rng.chance(0.25);
    const Municipality &m = m_municipalities[m_municipalityIndex.value(r.municipalityNis)];
    QString postcode;
    for (const auto &[nis, code] : kPostcodes)
        if (nis == m.nis)
            postcode = QLatin1String(code);
    const QString place = postcode + QLatin1Char(' ') + (dutch ? m.nameNl : m.nameFr);
    if (!r.hasPoint) {
        r.address = place;
    } else {
        const auto &street = kStreets[m_rng.below(int(std::size(kStreets)))];
        const char *name = near && near->nis == r.municipalityNis ? (dutch ? near->streetNl : near->streetFr)
                                                                   : (dutch ? street.second : street.first);
        QString line = QString::fromUtf8(name);
        if (r.precision == LocationPrecision::Exact)
            line += QLatin1Char(' ') + QString::number(1 + m_rng.below(180));
        r.address = line + QStringLiteral(", ") + place;
    }
    const TaxonomyNode *mo = nullptr;
    for (const TaxonomyNode &n : p.mo)
        if (!r.moIds.isEmpty() && n.id == r.moIds.first())
            mo = &n;
    const QString what = mo ? mo->label(dutch ? QStringLiteral("nl") : QStringLiteral("fr")) : QString();
    const int context = m_rng.below(int(std::size(kContextFr)));
    r.description = (dutch ? QStringLiteral("[SYNTHETISCH] ") : QStringLiteral("[SYNTHÉTIQUE] ")) + what
                    + QStringLiteral(" — ") + QString::fromUtf8(dutch ? kContextNl[context] : kContextFr[context]);
    if (r.flags & TimeUncertain)
        r.description += dutch ? QStringLiteral(" (tijdvenster)") : QStringLiteral(" (fenêtre de temps)");
}

IncidentRecord Generator::makeIncident(const PhenomenonData &p)
{
    const Profile &profile = *p.profile;
    IncidentRecord r;
    r.phenomenonId = p.id;
    const Hotspot *near = nullptr;
    placeIncident(p, r, near);
    r.policeZone = m_municipalities[m_municipalityIndex.value(r.municipalityNis)].policeZone;
    timeIncident(p, r);

    if (!p.mo.isEmpty()) {
        std::vector<double> w;
        for (int i = 0; i < p.mo.size(); ++i)
            w.push_back(1.0 / (1.0 + 0.35 * i));
        const int wanted = std::min(int(p.mo.size()), 1 + m_rng.pick(std::array<double, 3>{0.6, 0.3, 0.1}));
        while (r.moIds.size() < wanted) {
            const int i = m_rng.pick(w);
            w[std::size_t(i)] = 0;
            r.moIds.append(p.mo[i].id);
        }
    }

    const double s = m_rng.uniform();
    r.sourceId = s < profile.federal ? m_federal
               : s < profile.federal + profile.prosecutor ? m_prosecutor
               : s < profile.federal + profile.prosecutor + profile.municipality ? m_municipalitySource
                                                                                : m_localSource.value(r.policeZone);
    const int number = ++m_sourceCounter[r.sourceId];
    const int year = QDateTime::fromSecsSinceEpoch(r.occurredTo, m_tz).date().year();
    r.sourceRef = QStringLiteral("SYN-%1-%2/%3").arg(r.sourceId).arg(number, 6, 10, QLatin1Char('0')).arg(year);

    const double t = m_rng.uniform();
    r.tlp = t < 0.75 ? Tlp::Amber : t < 0.88 ? Tlp::Green : Tlp::AmberStrict;
    describeIncident(p, r, near);
    return r;
}

void Generator::run()
{
    Transaction tx(m_project.db());
    loadReference();
    IncidentWriter writer(m_project, IncidentWriter::Mode::Bulk);
    const IncidentWriter::DiscardOnUnwind discardOnCancel(writer); // tx rolls back: skip the commit's work
    const int total = std::max(0, m_options.incidents);
    for (int i = 0; i < total; ++i) {
        if (m_feedback && i % 256 == 0) {
            if (m_feedback->isCanceled())
                throw Canceled();
            m_feedback->setProgress(100.0 * i / std::max(1, total));
        }
        const PhenomenonData &p = m_phenomena[std::size_t(m_rng.pick(m_phenomenonWeights))];
        writer.insert(makeIncident(p));
    }
    if (m_feedback && m_feedback->isCanceled())
        throw Canceled();
    m_project.setSetting(QStringLiteral("demo_seed"), QString::number(m_options.seed));
    m_project.setSetting(QStringLiteral("demo_incidents"), QString::number(total));
    m_project.updateContentsExtent(QStringLiteral("incidents"));
    m_project.audit(QStringLiteral("demo"),
                    QStringLiteral("%1 synthetic incidents, seed %2").arg(total).arg(m_options.seed));
    tx.commit();
    if (m_feedback)
        m_feedback->setProgress(100.0);
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

std::pair<qint64, qint64> demoPeriod()
{
    QTimeZone tz("Europe/Brussels");
    if (!tz.isValid())
        tz = QTimeZone(3600);
    return {QDateTime(QDate(2024, 11, 1), QTime(0, 0), tz).toSecsSinceEpoch(),
            QDateTime(QDate(2026, 11, 1), QTime(0, 0), tz).toSecsSinceEpoch()};
}

void generateDemo(const QString &path, const DemoOptions &options, Feedback *feedback)
{
    if (options.incidents < 0 || options.incidents > 5000000)
        throw ProjectError(ProjectError::Kind::Io,
                           DemoGeneratorTr::tr("The number of demo incidents must be between 0 and 5,000,000 (got %1).").arg(options.incidents));
    Project::CreateOptions create;
    create.title = options.title.isEmpty() ? DemoGeneratorTr::tr("Synthetic demo (seed %1)").arg(options.seed) : options.title;
    create.synthetic = true;
    create.baseZones = true;
    create.defaultTaxonomy = true;
    if (feedback)
        feedback->setStatus(DemoGeneratorTr::tr("Creating %1").arg(path));
    std::unique_ptr<Project> project = Project::create(path, create); // throws if the file exists: nothing to remove
    try {
        if (feedback)
            feedback->setStatus(DemoGeneratorTr::tr("Generating %1 synthetic incidents").arg(options.incidents));
        Generator(*project, options, feedback).run();
    } catch (const Canceled &) {
        project.reset();
        removeProjectFiles(path);
        throw;
    } catch (const ProjectError &) {
        project.reset();
        removeProjectFiles(path);
        throw;
    } catch (const std::exception &e) {
        project.reset();
        removeProjectFiles(path);
        throw ProjectError(ProjectError::Kind::Io,
                           DemoGeneratorTr::tr("Could not generate the demo project “%1”: %2").arg(path, QString::fromUtf8(e.what())));
    }
}

} // namespace phenomap
