// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagedatawriter.h"

#include "gpkggeometry.h"
#include "project.h"
#include "qgisstyle.h"
#include "recipientkeys.h"
#include "sqlite.h"
#include "taxonomy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace phenomap {
namespace {

/// One incident on its way into the package.
struct Row
{
    QString pseudonym;
    qint64 sourceFid = 0;
    QByteArray geom;
    QString precision;
    std::optional<qint64> zoneFid, reportedAt;
    qint64 from = 0, to = 0, phenomenon = 0, source = 0;
    QString address, description, tlp;
    std::optional<qint64> municipality, policeZone;
    qint64 flags = 0;
};

double snap(double v, double cell)
{
    return (std::floor(v / cell) + 0.5) * cell;
}

} // namespace

PackageDataWriter::PackageDataWriter(Project &source, Project &package, const PackageRequest &request,
                                     const RecipientKeys &keys)
    : m_source(source), m_package(package), m_request(request), m_keys(keys)
{
}

void PackageDataWriter::copyReference(const QStringList &layers, const QSet<qint64> &zoneFids)
{
    Database &src = m_source.db();
    Database &dst = m_package.db();
    dst.exec("PRAGMA defer_foreign_keys = ON");
    {
        Statement from =
            src.prepare("SELECT id, parent_id, kind, code, label_fr, label_nl, label_en, colour, "
                        "plan_measure, sort_order, taxonomy_version FROM phenomena ORDER BY id");
        Statement to =
            dst.prepare("INSERT INTO phenomena (id, parent_id, kind, code, label_fr, label_nl, label_en, "
                        "colour, plan_measure, sort_order, taxonomy_version) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        while (from.step()) {
            to.bind(1, from.int64(0)).bindOptional(2, from.optionalInt(1));
            for (int c = 2; c <= 8; ++c)
                to.bind(c + 1, from.isNull(c) ? QString() : from.text(c));
            to.bind(10, from.int64(9)).bind(11, from.text(10)).run();
            to.reset();
        }
    }
    {
        Statement from = src.prepare("SELECT id, name, agency_kind, description FROM sources ORDER BY id");
        Statement to =
            dst.prepare("INSERT INTO sources (id, name, agency_kind, description) VALUES (?, ?, ?, ?)");
        const bool exact = m_request.tier == PackageTier::Exact;
        while (from.step()) {
            to.bind(1, from.int64(0))
                .bind(2, from.text(1))
                .bind(3, from.isNull(2) ? QString() : from.text(2))
                .bind(4, exact && !from.isNull(3) ? from.text(3) : QString())
                .run();
            to.reset();
        }
    }
    Statement from = src.prepare("SELECT fid, geom, layer, code, name_fr, name_nl, parent_code, population, "
                                 "population_year, area_km2 FROM zones ORDER BY fid");
    Statement to =
        dst.prepare("INSERT INTO zones (fid, geom, layer, code, name_fr, name_nl, parent_code, population, "
                    "population_year, area_km2) VALUES (?,?,?,?,?,?,?,?,?,?)");
    while (from.step()) {
        if (!layers.contains(from.text(2)) && !zoneFids.contains(from.int64(0)))
            continue;
        to.bind(1, from.int64(0)).bindBlob(2, from.blob(1));
        for (int c = 2; c <= 6; ++c)
            to.bind(c + 1, from.isNull(c) ? QString() : from.text(c));
        to.bindOptional(8, from.optionalInt(7)).bindOptional(9, from.optionalInt(8));
        if (from.isNull(9))
            to.bindNull(10);
        else
            to.bind(10, from.real(9));
        to.run();
        to.reset();
    }
    m_package.updateContentsExtent(QStringLiteral("zones"));
}

QSet<qint64> PackageDataWriter::zoneFidsOf(const std::vector<qint64> &fids)
{
    const std::unordered_set<qint64> wanted(fids.cbegin(), fids.cend());
    QSet<qint64> out;
    Statement st = m_source.db().prepare("SELECT fid, zone_fid FROM incidents WHERE zone_fid IS NOT NULL");
    while (st.step()) {
        if (wanted.count(st.int64(0)))
            out.insert(st.int64(1));
    }
    return out;
}

qint64 PackageDataWriter::copyIncidents(const std::vector<qint64> &fids)
{
    const std::unordered_set<qint64> wanted(fids.cbegin(), fids.cend());
    const bool exact = m_request.tier == PackageTier::Exact;
    const double cell = m_request.gridMetres;
    std::vector<Row> rows;
    rows.reserve(fids.size());
    Statement st = m_source.db().prepare(
        "SELECT fid, geom, precision, zone_fid, occurred_from, occurred_to, reported_at, phenomenon_id, "
        "source_id, "
        "address, description, tlp, municipality_nis, police_zone, flags FROM incidents ORDER BY fid");
    while (st.step()) {
        const qint64 fid = st.int64(0);
        if (!wanted.count(fid))
            continue;
        Row r;
        r.sourceFid = fid;
        r.pseudonym = m_keys.pseudonym(QStringLiteral("incident"), fid);
        if (!st.isNull(1)) {
            if (exact) {
                r.geom = st.blob(1);
            } else if (const auto p =
                           gpkg::pointFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1))) {
                r.geom = gpkg::pointBlob(snap(p->first, cell), snap(p->second, cell), kProjectSrid);
            }
        }
        r.precision = st.text(2);
        r.zoneFid = st.optionalInt(3);
        r.from = st.int64(4);
        r.to = st.int64(5);
        r.reportedAt = st.optionalInt(6);
        r.phenomenon = st.int64(7);
        r.source = st.int64(8);
        if (exact) {
            r.address = st.isNull(9) ? QString() : st.text(9);
            r.description = st.isNull(10) ? QString() : st.text(10);
        }
        r.tlp = st.text(11);
        r.municipality = st.optionalInt(12);
        r.policeZone = st.optionalInt(13);
        r.flags = st.int64(14);
        rows.push_back(std::move(r));
    }
    // Row ids follow the pseudonyms, so they reveal neither our ids nor the import order.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.pseudonym < b.pseudonym; });

    Database &dst = m_package.db();
    Statement ins = dst.prepare(
        "INSERT INTO incidents (fid, geom, precision, zone_fid, occurred_from, occurred_to, reported_at, "
        "phenomenon_id, "
        "source_id, source_ref, address, description, tlp, batch_id, municipality_nis, police_zone, flags) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?,?,?)");
    Statement mo =
        m_source.db().prepare("SELECT mo_id FROM phenomap_incident_mo WHERE incident_fid = ? ORDER BY mo_id");
    Statement insMo = dst.prepare("INSERT INTO phenomap_incident_mo (incident_fid, mo_id) VALUES (?, ?)");
    qint64 fid = 0;
    for (const Row &r : rows) {
        ++fid;
        ins.bind(1, fid)
            .bindBlob(2, r.geom)
            .bind(3, r.precision)
            .bindOptional(4, r.zoneFid)
            .bind(5, r.from)
            .bind(6, r.to)
            .bindOptional(7, r.reportedAt)
            .bind(8, r.phenomenon)
            .bind(9, r.source)
            .bind(10, r.pseudonym)
            .bind(11, r.address)
            .bind(12, r.description)
            .bind(13, r.tlp)
            .bindOptional(14, r.municipality)
            .bindOptional(15, r.policeZone)
            .bind(16, r.flags)
            .run();
        ins.reset();
        mo.bind(1, r.sourceFid);
        while (mo.step()) {
            insMo.bind(1, fid).bind(2, mo.int64(0)).run();
            insMo.reset();
        }
        mo.reset();
    }
    m_package.updateContentsExtent(QStringLiteral("incidents"));
    return fid;
}

void PackageDataWriter::dropIncidents()
{
    Database &dst = m_package.db();
    dst.exec(R"SQL(
DROP TABLE phenomap_incident_fts;
DROP TABLE phenomap_incident_mo;
DROP TRIGGER rtree_incidents_geom_insert;
DROP TRIGGER rtree_incidents_geom_update1;
DROP TRIGGER rtree_incidents_geom_update2;
DROP TRIGGER rtree_incidents_geom_update3;
DROP TRIGGER rtree_incidents_geom_update4;
DROP TRIGGER rtree_incidents_geom_delete;
DROP TABLE rtree_incidents_geom;
DROP TABLE incidents;
DELETE FROM gpkg_extensions WHERE table_name = 'incidents';
DELETE FROM gpkg_geometry_columns WHERE table_name = 'incidents';
DELETE FROM gpkg_contents WHERE table_name = 'incidents';
)SQL");
}

void PackageDataWriter::copyPictures(const QList<SituationPicture> &pictures)
{
    Statement ins = m_package.db().prepare("INSERT INTO phenomap_pictures (uuid, position, title, tlp, "
                                           "author, state, narrative, created_at, modified_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (SituationPicture p : pictures) {
        if (m_request.tier != PackageTier::Exact)
            p.state.filter.text.clear();
        ins.bind(1, p.uuid)
            .bind(2, position++)
            .bind(3, p.title)
            .bind(4, tlpLabel(p.tlp))
            .bind(5, p.author)
            .bind(6, QString::fromUtf8(SituationPicture::stateToBytes(p.state)))
            .bind(7, p.narrative)
            .bind(8, p.createdAt.toUTC().toString(Qt::ISODateWithMs))
            .bind(9, p.modifiedAt.toUTC().toString(Qt::ISODateWithMs))
            .run();
        ins.reset();
    }
}

void PackageDataWriter::styleIncidents(const QString &language)
{
    QList<QgisStyle::Category> categories;
    for (const TaxonomyNode &n : loadTaxonomy(m_package.db())) {
        if (n.kind == QLatin1String("phenomenon"))
            categories.append({QString::number(n.id), n.label(language), QColor(n.colour)});
    }
    QgisStyle::addStyle(
        m_package.db(), QStringLiteral("incidents"),
        QCoreApplication::translate("phenomap::exchange", "Incidents by phenomenon"),
        QgisStyle::categorizedPoints(QStringLiteral("phenomenon_id"), categories),
        QCoreApplication::translate("phenomap::exchange",
                                    "Incidents coloured by phenomenon, with the taxonomy colours"));
}

} // namespace phenomap
