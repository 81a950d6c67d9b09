// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_support.h"

#include "incidentwriter.h"
#include "sqlite.h"
#include "taxonomy.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace phenomap::test {

QStringList syntheticVocabulary()
{
    return {QStringLiteral("cannabis"), QStringLiteral("café"), QStringLiteral("gare"), QStringLiteral("Midi"),
            QStringLiteral("vélo"), QStringLiteral("église"), QStringLiteral("recel"), QStringLiteral("smartphone"),
            QStringLiteral("fraude"), QStringLiteral("phishing"), QStringLiteral("garage"), QStringLiteral("entrepôt"),
            QStringLiteral("Schaerbeek"), QStringLiteral("Molenbeek"), QStringLiteral("nachtwinkel"), QStringLiteral("cash")};
}

SyntheticProject createSyntheticProject(const QString &path, int count, quint32 seed, bool baseZones)
{
    SyntheticProject s;
    Project::CreateOptions options;
    options.title = QStringLiteral("engine test");
    options.synthetic = true;
    options.baseZones = baseZones;
    s.project = Project::create(path, options);
    Project &project = *s.project;

    for (const TaxonomyNode &n : loadTaxonomy(project.db())) {
        if (n.parentId == 0)
            s.phenomena << n.id;
        else
            s.moOf[n.parentId] << n.id;
    }
    QRandomGenerator rng(seed);
    const QStringList words = syntheticVocabulary();
    // 2023-01-01T00:00Z .. 2025-01-01T00:00Z, plus the DST change instants of 2024 (01:00 UTC).
    const qint64 start = 1672531200, span = 2 * 365 * 86400;
    const qint64 dstDays[] = {1711846800 /* 2024-03-31 01:00Z */, 1729990800 /* 2024-10-27 01:00Z */};

    Transaction tx(project.db());
    s.sources << project.ensureSource(QStringLiteral("Zone de police Midi"), QStringLiteral("local_police"))
              << project.ensureSource(QStringLiteral("Police judiciaire fédérale"), QStringLiteral("federal_police"))
              << project.ensureSource(QStringLiteral("Parquet de Bruxelles"), QStringLiteral("prosecutor"));
    IncidentWriter writer(project);
    for (int i = 0; i < count; ++i) {
        IncidentRecord r;
        const quint32 kind = rng.bounded(10);
        r.precision = kind == 0 ? LocationPrecision::Zone : kind == 1 ? LocationPrecision::Street : LocationPrecision::Exact;
        r.hasPoint = r.precision != LocationPrecision::Zone;
        r.x = 140000 + rng.bounded(20000);
        r.y = 160000 + rng.bounded(20000);
        if (i % 25 == 0) // around a DST change: +-3 hours
            r.occurredFrom = dstDays[i % 2] + (qint64(rng.bounded(361)) - 180) * 60;
        else
            r.occurredFrom = start + qint64(rng.bounded(quint32(span / 60))) * 60;
        r.occurredTo = rng.bounded(3) == 0 ? r.occurredFrom + qint64(rng.bounded(3 * 1440)) * 60 : r.occurredFrom;
        r.phenomenonId = s.phenomena.at(int(rng.bounded(s.phenomena.size())));
        const QList<qint64> mo = s.moOf.value(r.phenomenonId);
        const int moCount = mo.isEmpty() ? 0 : int(rng.bounded(4));
        for (int k = 0; k < moCount; ++k) {
            const qint64 id = mo.at(int(rng.bounded(mo.size())));
            if (!r.moIds.contains(id))
                r.moIds << id;
        }
        r.sourceId = s.sources.at(int(rng.bounded(s.sources.size())));
        r.sourceRef = QStringLiteral("PV-%1/%2").arg(2023 + i % 2).arg(i, 6, 10, QLatin1Char('0'));
        r.address = QStringLiteral("Rue %1 %2").arg(words.at(int(rng.bounded(words.size())))).arg(rng.bounded(200));
        QStringList text;
        for (int k = 0; k < 4; ++k)
            text << words.at(int(rng.bounded(words.size())));
        r.description = text.join(QLatin1Char(' ')) + QStringLiteral(" (#%1)").arg(i);
        r.tlp = Tlp(rng.bounded(5));
        r.municipalityNis = rng.bounded(10) == 0 ? 0 : 21001 + int(rng.bounded(19));
        r.policeZone = rng.bounded(10) == 0 ? 0 : 5339 + int(rng.bounded(6));
        writer.insert(r);
    }
    tx.commit();
    return s;
}

} // namespace phenomap::test
