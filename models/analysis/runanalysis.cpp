// SPDX-License-Identifier: GPL-3.0-or-later
#include "runanalysis.h"

#include "analysisrecord.h"
#include "feedback.h"
#include "getisord.h"
#include "globalmoran.h"
#include "gpkggeometry.h"
#include "inputdigest.h"
#include "knoxtest.h"
#include "localmoran.h"
#include "project.h"
#include "sqlite.h"
#include "zonecontiguity.h"
#include "zoneindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace phenomap {
namespace {

/// Translation context of this file's messages.
struct RunAnalysisTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::RunAnalysis)
};


struct Incidents
{
    std::vector<qint64> fid;
    std::vector<double> x, y, t;
};

Incidents loadIncidents(Database &db, const AnalysisRequest &req, InputDigest &digest)
{
    Statement st = db.prepare("SELECT fid, geom, occurred_from, occurred_to, phenomenon_id FROM incidents "
                              "WHERE geom IS NOT NULL AND (?1 = 0 OR occurred_from < ?1) AND (?2 = 0 OR occurred_to >= ?2) "
                              "ORDER BY fid");
    st.bind(1, req.toUtc);
    st.bind(2, req.fromUtc);
    const QSet<qint64> phenomena(req.phenomenonIds.begin(), req.phenomenonIds.end());
    Incidents in;
    std::vector<qint64> to;
    while (st.step()) {
        if (!phenomena.isEmpty() && !phenomena.contains(st.int64(4)))
            continue;
        const auto p = gpkg::pointFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
        if (!p || !std::isfinite(p->first) || !std::isfinite(p->second))
            continue;
        in.fid.push_back(st.int64(0));
        in.x.push_back(p->first);
        in.y.push_back(p->second);
        in.t.push_back(double(st.int64(2)));
        to.push_back(st.int64(3));
    }
    digest.section("incidents(fid,x,y,from,to)", in.fid.size());
    for (std::size_t i = 0; i < in.fid.size(); ++i) {
        digest.add(in.fid[i]);
        digest.add(in.x[i]);
        digest.add(in.y[i]);
        digest.add(qint64(in.t[i]));
        digest.add(to[i]);
    }
    return in;
}

QString filterText(const AnalysisRequest &req, std::size_t count)
{
    QStringList parts;
    if (req.phenomenonIds.isEmpty()) {
        parts << RunAnalysisTr::tr("all phenomena");
    } else {
        QStringList ids;
        for (qint64 id : req.phenomenonIds)
            ids << QString::number(id);
        parts << RunAnalysisTr::tr("phenomena %1").arg(ids.join(QStringLiteral(", ")));
    }
    auto date = [](qint64 s) { return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate); };
    if (req.fromUtc || req.toUtc)
        parts << RunAnalysisTr::tr("from %1 to %2").arg(req.fromUtc ? date(req.fromUtc) : RunAnalysisTr::tr("the start"), req.toUtc ? date(req.toUtc) : RunAnalysisTr::tr("the end"));
    parts << RunAnalysisTr::tr("%n incident(s) with a point", nullptr, int(count));
    return parts.join(QStringLiteral("; "));
}

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double d : v)
        a.append(std::isfinite(d) ? QJsonValue(d) : QJsonValue());
    return a;
}

template<typename T>
QJsonArray toIntArray(const std::vector<T> &v)
{
    QJsonArray a;
    for (T d : v)
        a.append(int(d));
    return a;
}

} // namespace

QJsonObject runAnalysis(Project &project, const AnalysisRequest &req, Feedback *feedback)
{
    const QString method = req.method.toLower();
    if (method != QLatin1String("gi") && method != QLatin1String("lisa") && method != QLatin1String("moran")
        && method != QLatin1String("knox"))
        throw std::invalid_argument("runAnalysis: unknown method (gi, lisa, moran or knox)");
    Database &db = project.db();
    if (feedback)
        feedback->setStatus(RunAnalysisTr::tr("Loading incidents"));
    InputDigest digest;
    const Incidents in = loadIncidents(db, req, digest);

    AnalysisRecord rec;
    rec.method = method;
    rec.permutations = req.permutations;
    rec.seed = req.seed;
    rec.filter = filterText(req, in.fid.size());
    rec.phenomenonIds = req.phenomenonIds;
    rec.fromUtc = req.fromUtc;
    rec.toUtc = req.toUtc;
    rec.incidents = qint64(in.fid.size());
    rec.inputSha256 = digest.hex();
    rec.software = QStringLiteral("Phenomap " PHENOMAP_VERSION);
    rec.computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    QJsonObject out;
    if (method == QLatin1String("knox")) {
        KnoxTest::Options o;
        o.distanceEdges = req.knoxDistanceEdges;
        o.timeEdges = req.knoxTimeEdges;
        o.permutations = req.permutations;
        o.seed = req.seed;
        o.threads = req.threads;
        rec.unit = QStringLiteral("incidents");
        rec.distanceEdges = o.distanceEdges;
        rec.timeEdges = o.timeEdges;
        out.insert(QStringLiteral("result"), KnoxTest::compute(in.x, in.y, in.t, o, feedback).toJson());
        out.insert(QStringLiteral("record"), rec.toJson());
        return out;
    }

    // Units and their values.
    std::vector<double> values;
    SpatialWeights w;
    const SpatialWeights::Kind kind = req.weights.value_or(method == QLatin1String("gi") ? SpatialWeights::Kind::DistanceBand
                                                                                          : SpatialWeights::Kind::Queen);
    const bool queen = kind == SpatialWeights::Kind::Queen;
    QJsonObject units;
    std::vector<QPointF> centres;
    if (!req.zoneLayer.isEmpty()) {
        rec.unit = QStringLiteral("zones");
        rec.regionLayer = req.zoneLayer;
        QStringList codes;
        w = ZoneContiguity::fromZonesTable(db, req.zoneLayer, queen || kind != SpatialWeights::Kind::Rook, 0.01, &codes);
        if (codes.size() < 3)
            throw std::invalid_argument("runAnalysis: the zone layer has fewer than 3 zones");
        const ZoneIndex index = ZoneIndex::load(db, req.zoneLayer);
        QHash<int, int> position;
        for (int i = 0; i < codes.size(); ++i)
            position.insert(codes.at(i).toInt(), i);
        values.assign(std::size_t(codes.size()), 0.0);
        for (std::size_t i = 0; i < in.x.size(); ++i) {
            const int code = index.zoneAt(in.x[i], in.y[i]);
            const auto it = position.constFind(code);
            if (code != 0 && it != position.constEnd())
                values[std::size_t(*it)] += 1;
        }
        for (int i = 0; i < codes.size(); ++i) {
            const auto b = index.bounds(codes.at(i).toInt());
            centres.emplace_back(b ? (b->minX + b->maxX) / 2 : 0, b ? (b->minY + b->maxY) / 2 : 0);
        }
        units.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
        if (kind == SpatialWeights::Kind::DistanceBand)
            w = SpatialWeights::distanceBand(centres, req.band);
        else if (kind == SpatialWeights::Kind::KNearest)
            w = SpatialWeights::kNearest(centres, req.k);
    } else {
        if (!(req.cellSize >= 10 && req.cellSize <= 10000))
            throw std::invalid_argument("runAnalysis: cell size out of range");
        // Extent: the region layer when the project has it, else the incidents.
        QList<QByteArray> region;
        std::optional<Envelope> extent;
        if (!req.regionLayer.isEmpty()) {
            Statement st = db.prepare("SELECT geom FROM zones WHERE layer = ?1 AND geom IS NOT NULL ORDER BY fid");
            st.bind(1, req.regionLayer);
            while (st.step()) {
                const char *blob = static_cast<const char *>(st.blobData(0));
                const auto e = gpkg::envelopeFromBlob(blob, st.blobSize(0));
                const QByteArray wkb = gpkg::wkbFromBlob(blob, st.blobSize(0));
                if (!e || wkb.isNull())
                    continue;
                region << wkb;
                extent = extent ? Envelope{std::min(extent->minX, e->minX), std::max(extent->maxX, e->maxX),
                                           std::min(extent->minY, e->minY), std::max(extent->maxY, e->maxY)}
                                : *e;
            }
        }
        if (!extent) {
            if (in.x.empty())
                throw std::invalid_argument("runAnalysis: no incidents with a point and no region layer");
            Envelope e{in.x[0], in.x[0], in.y[0], in.y[0]};
            for (std::size_t i = 0; i < in.x.size(); ++i) {
                e.minX = std::min(e.minX, in.x[i]);
                e.maxX = std::max(e.maxX, in.x[i]);
                e.minY = std::min(e.minY, in.y[i]);
                e.maxY = std::max(e.maxY, in.y[i]);
            }
            extent = e;
        }
        Grid grid(req.gridShape, req.cellSize, *extent);
        if (!region.isEmpty()) {
            grid.keepIntersecting(region);
            rec.regionLayer = req.regionLayer;
        }
        if (grid.cellCount() < 3)
            throw std::invalid_argument("runAnalysis: the grid has fewer than 3 cells");
        values = grid.count(in.x, in.y);
        centres = grid.centroids();
        rec.unit = QStringLiteral("grid");
        rec.gridShape = req.gridShape == Grid::Shape::Square ? QStringLiteral("square") : QStringLiteral("hexagon");
        rec.cellSize = req.cellSize;
        rec.gridOriginX = grid.originX();
        rec.gridOriginY = grid.originY();
        rec.gridColumns = grid.columns();
        rec.gridRows = grid.rows();
        switch (kind) {
        case SpatialWeights::Kind::Queen:
        case SpatialWeights::Kind::Rook: w = SpatialWeights::gridContiguity(grid, queen); break;
        case SpatialWeights::Kind::DistanceBand: w = SpatialWeights::gridDistanceBand(grid, req.band); break;
        case SpatialWeights::Kind::KNearest: w = SpatialWeights::kNearest(centres, req.k); break;
        case SpatialWeights::Kind::Custom: throw std::invalid_argument("runAnalysis: custom weights need the library API");
        }
        std::vector<int> col, row;
        for (int i = 0; i < grid.cellCount(); ++i) {
            col.push_back(grid.columnOf(i));
            row.push_back(grid.rowOf(i));
        }
        units.insert(QStringLiteral("column"), toIntArray(col));
        units.insert(QStringLiteral("row"), toIntArray(row));
    }
    std::vector<double> cx, cy;
    for (const QPointF &p : centres) {
        cx.push_back(p.x());
        cy.push_back(p.y());
    }
    units.insert(QStringLiteral("x"), toArray(cx));
    units.insert(QStringLiteral("y"), toArray(cy));
    units.insert(QStringLiteral("count"), toArray(values));

    const SpatialWeights::Transform transform = req.transform.value_or(
        method == QLatin1String("gi") ? SpatialWeights::Transform::Binary : SpatialWeights::Transform::RowStandardised);
    w.setTransform(transform);
    rec.units = w.size();
    rec.weights = SpatialWeights::kindName(kind);
    rec.band = kind == SpatialWeights::Kind::DistanceBand ? req.band : 0;
    rec.k = kind == SpatialWeights::Kind::KNearest ? req.k : 0;
    rec.transform = transform == SpatialWeights::Transform::Binary ? QStringLiteral("binary") : QStringLiteral("row");
    rec.correction = Significance::correctionName(req.correction);
    rec.alpha = req.alpha;
    if (feedback)
        feedback->setStatus(RunAnalysisTr::tr("Computing"));

    QJsonObject result;
    if (method == QLatin1String("moran")) {
        rec.correction = Significance::correctionName(Significance::Correction::None);
        result = GlobalMoran::compute(values, w, req.permutations, req.seed, feedback, req.threads).toJson();
    } else if (method == QLatin1String("lisa")) {
        const LocalMoran::Result r = LocalMoran::compute(values, w, req.permutations, req.seed, req.correction, req.alpha,
                                                         feedback, req.threads);
        result = QJsonObject{{QStringLiteral("I"), toArray(r.I)},
                             {QStringLiteral("z"), toArray(r.z)},
                             {QStringLiteral("quadrant"), toIntArray(r.quadrant)},
                             {QStringLiteral("p"), toArray(r.pSim)},
                             {QStringLiteral("pAdjusted"), toArray(r.pAdjusted)},
                             {QStringLiteral("cluster"), toIntArray(r.cluster)},
                             {QStringLiteral("significant"), r.significant()}};
    } else {
        rec.selfIncluded = true;
        rec.permutations = 0;
        const GetisOrd::Result r = GetisOrd::compute(values, w.withSelf(), req.correction);
        result = QJsonObject{{QStringLiteral("z"), toArray(r.z)},
                             {QStringLiteral("p"), toArray(r.p)},
                             {QStringLiteral("pAdjusted"), toArray(r.pAdjusted)},
                             {QStringLiteral("hotCold"), toIntArray(r.hotCold)}};
    }
    if (feedback)
        feedback->setProgress(100);
    out.insert(QStringLiteral("record"), rec.toJson());
    out.insert(QStringLiteral("units"), units);
    out.insert(QStringLiteral("result"), result);
    return out;
}

QString currentInputDigest(Project &project, const AnalysisRecord &record)
{
    AnalysisRequest req;
    req.phenomenonIds = record.phenomenonIds;
    req.fromUtc = record.fromUtc;
    req.toUtc = record.toUtc;
    InputDigest digest;
    loadIncidents(project.db(), req, digest);
    return digest.hex();
}

} // namespace phenomap
