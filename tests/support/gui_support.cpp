// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_support.h"

#include "incidentwriter.h"
#include "taxonomy.h"

namespace phenomap::test {

MapTestProject createMapTestProject(const QString &path, int count, const QString &title)
{
    MapTestProject result;
    Project::CreateOptions options;
    options.title = title;
    options.synthetic = true;
    result.project = Project::create(path, options);
    Project &project = *result.project;

    QHash<qint64, qint64> firstMo;
    for (const TaxonomyNode &node : loadTaxonomy(project.db())) {
        if (node.kind == QLatin1String("phenomenon"))
            result.phenomena.append(node.id);
        else if (!firstMo.contains(node.parentId))
            firstMo.insert(node.parentId, node.id);
    }

    Transaction tx(project.db());
    const qint64 source = project.ensureSource(QStringLiteral("Map test source"), QStringLiteral("police"));
    IncidentWriter writer(project);
    const qint64 start = 1704067200; // 2024-01-01T00:00:00Z
    for (int i = 0; i < count; ++i) {
        IncidentRecord r;
        r.hasPoint = true;
        r.x = 147500.0 + (i % 12) * 250.0;
        r.y = 169500.0 + (i / 12 % 12) * 250.0;
        r.occurredFrom = r.occurredTo = start + qint64(i) * 86400 * 366 / std::max(1, count);
        r.phenomenonId = result.phenomena.at(i % 3);
        const bool hasMo = i % 2 == 0 && firstMo.contains(r.phenomenonId);
        if (hasMo)
            r.moIds = {firstMo.value(r.phenomenonId)};
        r.sourceId = source;
        r.sourceRef = QStringLiteral("MT-%1").arg(i);
        r.address = QStringLiteral("Rue de Test %1, 1000 Bruxelles").arg(i);
        r.description = i % 5 == 0 ? QStringLiteral("cocaine seized, incident %1").arg(i)
                                   : QStringLiteral("routine incident %1").arg(i);
        r.municipalityNis = 21004;
        r.policeZone = 5339;
        r.tlp = Tlp::Green;
        MapTestIncident known;
        known.fid = writer.insert(r);
        known.x = r.x;
        known.y = r.y;
        known.phenomenonId = r.phenomenonId;
        known.hasMo = hasMo;
        result.incidents.append(known);
    }
    project.updateContentsExtent(QStringLiteral("incidents"));
    tx.commit();
    return result;
}

} // namespace phenomap::test
