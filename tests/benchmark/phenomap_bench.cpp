// SPDX-License-Identifier: GPL-3.0-or-later
// phenomap_bench: the in-app side of the benchmark suite (issue 8). One case per run; each case
// prints JSON with raw samples (see benchutil.h). packaging/benchmark.sh runs the cases and the
// reference tools and writes the report.
//
//   phenomap_bench zones   --project P --points CSV [--reps N] [--counts-out CSV]
//   phenomap_bench engine  --project P [--reps N]
//   phenomap_bench open    --project P [--reps N]
//   phenomap_bench frame   --project P [--reps N] [--frames F]
//   phenomap_bench hotspot --project P [--reps N] --out DIR [--permutations 999]
//   phenomap_bench kde     --points CSV [--reps N] --out DIR
//   phenomap_bench knox    --project P [--reps N] [--permutations 999] [--incidents 20000] [--threads T]
//   phenomap_bench import  --csv FILE [--reps N] --out DIR

#include "benchutil.h"
#include "chartdata.h"

#include "engine.h"
#include "feedback.h"
#include "gpkggeometry.h"
#include "mappainter.h"
#include "project.h"
#include "sqlite.h"
#include "taxonomy.h"
#include "zoneindex.h"
#include "gridzones.h"
#include "zonestatistics.h"
#include "zonelayer.h"

#include "getisord.h"
#include "grid.h"
#include "knoxtest.h"
#include "localmoran.h"
#include "spatialweights.h"

#include "importer.h"
#include "kerneldensity.h"

#include <gdal.h>
#include <ogr_spatialref.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <cstdio>
#include <thread>

using namespace phenomap;
using phenomap::bench::Report;
using phenomap::bench::Stopwatch;

namespace {

struct Options
{
    QString command, project, points, countsOut, out, csv;
    int reps = 5;
    int frames = 10;
    int permutations = 999;
    int incidents = 20000;
    int threads = 0;
    QSize frameSize{1920, 1080};
};

Options parse(const QStringList &args)
{
    Options o;
    if (args.size() < 2)
        return o;
    o.command = args[1];
    for (int i = 2; i + 1 < args.size(); i += 2) {
        const QString &k = args[i], &v = args[i + 1];
        if (k == QLatin1String("--project"))
            o.project = v;
        else if (k == QLatin1String("--points"))
            o.points = v;
        else if (k == QLatin1String("--counts-out"))
            o.countsOut = v;
        else if (k == QLatin1String("--out"))
            o.out = v;
        else if (k == QLatin1String("--csv"))
            o.csv = v;
        else if (k == QLatin1String("--reps"))
            o.reps = std::max(1, v.toInt());
        else if (k == QLatin1String("--frames"))
            o.frames = std::max(1, v.toInt());
        else if (k == QLatin1String("--permutations"))
            o.permutations = std::max(0, v.toInt());
        else if (k == QLatin1String("--incidents"))
            o.incidents = std::max(1, v.toInt());
        else if (k == QLatin1String("--threads"))
            o.threads = std::max(0, v.toInt());
        else
            throw std::invalid_argument("unknown option " + k.toStdString());
    }
    return o;
}

/// Points of a "fid,x,y" CSV written by phenomap_bench_data.
void readPoints(const QString &path, std::vector<double> &x, std::vector<double> &y)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    const QByteArray all = f.readAll();
    const char *p = all.constData(), *end = p + all.size();
    p = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
    if (!p)
        return;
    ++p;
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        if (!eol)
            eol = end;
        const char *c1 = static_cast<const char *>(std::memchr(p, ',', std::size_t(eol - p)));
        const char *c2 = c1 ? static_cast<const char *>(std::memchr(c1 + 1, ',', std::size_t(eol - c1 - 1))) : nullptr;
        if (c2) {
            double vx = 0, vy = 0;
            std::from_chars(c1 + 1, c2, vx);
            std::from_chars(c2 + 1, eol, vy);
            x.push_back(vx);
            y.push_back(vy);
        }
        p = eol + 1;
    }
}

/// Everything the map needs, opened the way ProjectController::openProject does it.
struct OpenedProject
{
    std::unique_ptr<Project> project;
    Engine engine;
    FilterResult result;
    MapPainter painter;
    MapViewport viewport;
};

/// Opens a project to a first drawn map; returns the per-stage times (ms) in `stages`.
QImage openToFirstMap(const QString &path, QSize size, OpenedProject &o, QMap<QString, double> *stages)
{
    Stopwatch total, t;
    // As the window opens a project: SQLite's whole-file check runs after the first map
    // (ProjectController::startIntegrityCheck); caseOpen times it on its own.
    o.project = Project::open(path, Project::OpenMode::ReadWrite, Project::IntegrityCheck::Deferred);
    const QList<TaxonomyNode> taxonomy = loadTaxonomy(o.project->db());
    ZoneLayer municipalities = ZoneLayer::load(o.project->db(), QStringLiteral("municipalities"));
    ZoneLayer policeZones = ZoneLayer::load(o.project->db(), QStringLiteral("police_zones"));
    const bool synthetic = o.project->isSynthetic();
    if (stages)
        stages->insert(QStringLiteral("open_project_and_zones"), t.ms());
    t.restart();
    o.engine.load(*o.project);
    if (stages)
        stages->insert(QStringLiteral("engine_load"), t.ms());
    t.restart();
    o.result = o.engine.apply(*o.project, Filter());
    o.painter.setMunicipalities(std::move(municipalities));
    o.painter.setPoliceZones(std::move(policeZones));
    o.painter.setTaxonomy(taxonomy);
    o.painter.setSynthetic(synthetic);
    o.painter.setIncidents(&o.engine.columns(), o.result.rows);
    o.viewport = MapViewport(QPointF(), 10.0, size);
    o.viewport.fit(o.painter.dataExtent());
    if (stages)
        stages->insert(QStringLiteral("filter_and_painter_setup"), t.ms());
    t.restart();
    QImage image = o.painter.render(o.viewport);
    if (stages) {
        stages->insert(QStringLiteral("first_render"), t.ms());
        stages->insert(QStringLiteral("total"), total.ms());
    }
    return image;
}

/// Municipality and police-zone polygons as ISO WKB.
QList<QByteArray> zoneWkb(Database &db, const QString &layer)
{
    QList<QByteArray> out;
    Statement st = db.prepare("SELECT geom FROM zones WHERE layer = ?1 ORDER BY fid");
    st.bind(1, layer);
    while (st.step())
        out.append(gpkg::wkbFromBlob(static_cast<const char *>(st.blobData(0)), st.blobSize(0)));
    return out;
}

// ---------------------------------------------------------------------------------------------

void caseZones(const Options &o, Report &r)
{
    auto project = Project::open(o.project, Project::OpenMode::ReadOnly);
    std::vector<double> x, y;
    Stopwatch t;
    readPoints(o.points, x, y);
    r.value(QStringLiteral("points"), double(x.size()));
    r.value(QStringLiteral("read_points_csv_ms"), t.ms());

    t.restart();
    ZoneIndex municipalities = ZoneIndex::load(project->db(), QStringLiteral("municipalities"));
    ZoneIndex police = ZoneIndex::load(project->db(), QStringLiteral("police_zones"));
    r.sample(QStringLiteral("zone_index_build"), t.ms(), QStringLiteral("ms"),
             QStringLiteral("ZoneIndex::load of municipalities and police zones from the project"));
    r.value(QStringLiteral("municipalities"), municipalities.size());
    r.value(QStringLiteral("police_zones"), police.size());

    const std::size_t n = x.size();
    std::vector<int> muni(n), pz(n);
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    r.value(QStringLiteral("threads"), int(threads));
    for (int rep = 0; rep < o.reps; ++rep) {
        t.restart();
        for (std::size_t i = 0; i < n; ++i) {
            muni[i] = municipalities.zoneAt(x[i], y[i]);
            pz[i] = police.zoneAt(x[i], y[i]);
        }
        r.sample(QStringLiteral("zone_assignment_1_thread"), t.ms(), QStringLiteral("ms"),
                 QStringLiteral("every point to its municipality and police zone, one thread"));
        t.restart();
        std::vector<std::thread> pool;
        for (unsigned k = 0; k < threads; ++k) {
            pool.emplace_back([&, k] {
                const std::size_t b = n * k / threads, e = n * (k + 1) / threads;
                for (std::size_t i = b; i < e; ++i) {
                    muni[i] = municipalities.zoneAt(x[i], y[i]);
                    pz[i] = police.zoneAt(x[i], y[i]);
                }
            });
        }
        for (std::thread &th : pool)
            th.join();
        r.sample(QStringLiteral("zone_assignment_all_threads"), t.ms(), QStringLiteral("ms"),
                 QStringLiteral("same work split over all hardware threads"));
    }
    QMap<int, qint64> cm, cp;
    qint64 outside = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ++cm[muni[i]];
        ++cp[pz[i]];
        outside += muni[i] == 0;
    }
    r.value(QStringLiteral("points_outside_municipalities"), double(outside));
    if (!o.countsOut.isEmpty()) {
        QFile f(o.countsOut);
        if (!f.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write " + o.countsOut.toStdString());
        f.write("layer,code,count\n");
        for (auto it = cm.cbegin(); it != cm.cend(); ++it)
            if (it.key())
                f.write("municipalities," + QByteArray::number(it.key()) + ',' + QByteArray::number(it.value()) + '\n');
        for (auto it = cp.cbegin(); it != cp.cend(); ++it)
            if (it.key())
                f.write("police_zones," + QByteArray::number(it.key()) + ',' + QByteArray::number(it.value()) + '\n');
    }
}

void caseEngine(const Options &o, Report &r)
{
    auto project = Project::open(o.project, Project::OpenMode::ReadOnly);
    Engine engine;
    Stopwatch t;
    engine.load(*project);
    r.sample(QStringLiteral("engine_load"), t.ms(), QStringLiteral("ms"), QStringLiteral("Engine::load from SQLite"));
    const IncidentColumns &c = engine.columns();
    r.value(QStringLiteral("incidents"), double(c.size()));
    r.value(QStringLiteral("engine_bytes"), double(c.bytes()));
    r.value(QStringLiteral("bytes_per_incident"), c.size() ? double(c.bytes()) / double(c.size()) : 0.0);

    // A fixed sequence of filter changes an analyst makes (none uses free text, which is a
    // separate metric because it goes through SQLite's FTS5 index).
    const auto [tMin, tMax] = engine.timeRange();
    std::vector<std::pair<QString, Filter>> filters;
    filters.emplace_back(QStringLiteral("all"), Filter());
    if (!c.phenomenonIds.empty()) {
        Filter f;
        f.phenomenonIds.insert(c.phenomenonIds.front());
        filters.emplace_back(QStringLiteral("one phenomenon"), f);
    }
    {
        Filter f;
        f.fromUtc = tMax - 90 * 86400;
        f.toUtc = tMax + 1;
        filters.emplace_back(QStringLiteral("last 90 days"), f);
    }
    {
        Filter f;
        f.weekdays = 0x30; // Friday, Saturday
        f.hours = 0xf0000f; // 20:00-03:59
        filters.emplace_back(QStringLiteral("Fri-Sat nights"), f);
    }
    if (c.municipalityNis.size() >= 2 && c.phenomenonIds.size() >= 2) {
        Filter f;
        f.municipalities.insert(c.municipalityNis[0]);
        f.municipalities.insert(c.municipalityNis[1]);
        f.phenomenonIds.insert(c.phenomenonIds[1]);
        f.fromUtc = tMin + (tMax - tMin) / 2;
        filters.emplace_back(QStringLiteral("2 municipalities, 1 phenomenon, 2nd half"), f);
    }
    if (c.moIds.size() >= 3) {
        Filter f;
        f.moIds.insert(c.moIds[0]);
        f.moIds.insert(c.moIds[2]);
        filters.emplace_back(QStringLiteral("two MO"), f);
    }
    QStringList names;
    for (const auto &f : filters)
        names.append(f.first);
    r.value(QStringLiteral("filter_sequence"), names.join(QStringLiteral("; ")));
    engine.apply(*project, Filter()); // warm-up
    ZoneGeometryCache geometry;       // as the choropleth controller keeps it across filter changes
    for (int rep = 0; rep < o.reps; ++rep) {
        for (const auto &f : filters) {
            t.restart();
            const FilterResult res = engine.apply(*project, f.second);
            const double applyMs = t.ms();
            r.sample(QStringLiteral("filter_change_engine_apply"), applyMs, QStringLiteral("ms"),
                     QStringLiteral("Engine::apply (visible rows + all aggregates), over the filter sequence"));
            // What the charts panel computes for the same change (ChartsController::refresh).
            Stopwatch charts;
            const TimeSeriesData series = ChartData::timeSeries(engine, res, TimeBin::Month);
            const double seriesMs = charts.ms();
            const WeekHourMatrix matrix = ChartData::weekHour(engine, res);
            const double matrixMs = charts.ms() - seriesMs;
            const auto zones = ChartData::topMunicipalities(c, res, 10);
            const MoByZone mo = ChartData::moByZone(c, res, 8, 6);
            const double chartsMs = charts.ms();
            r.sample(QStringLiteral("filter_change_chart_time_series"), seriesMs);
            r.sample(QStringLiteral("filter_change_chart_week_hour"), matrixMs);
            r.sample(QStringLiteral("filter_change_chart_zones_mo"), chartsMs - seriesMs - matrixMs);
            r.sample(QStringLiteral("filter_change_chart_data"), chartsMs, QStringLiteral("ms"),
                     QStringLiteral("the four chart data sets (time series by month, aoristic hour-by-weekday, top "
                                    "municipalities, MO by municipality) for the filtered rows"));
            r.sample(QStringLiteral("filter_change_engine_and_charts"), applyMs + chartsMs, QStringLiteral("ms"),
                     QStringLiteral("Engine::apply + chart data; the map's binned frame is the frame case"));
            if (series.total() != res.total() || zones.size() > 10 || mo.zones.size() > 8
                || std::abs(matrix.total() - double(res.total())) > 1e-6 * double(res.total() + 1))
                throw std::runtime_error("chart data disagree with the filter's total");
            if (rep == 0)
                r.value(QStringLiteral("rows: ") + f.first, double(res.total()));

            // What the choropleth computes for the same change (ChoroplethController::refresh):
            // counts per municipality from the engine's columns, per 500 m hexagon, and per zone
            // of an imported layer (the municipalities' polygons again, looked up point by point),
            // with the grid and the index kept from one change to the next as the window keeps them.
            Stopwatch choropleth;
            const ZoneStatistics byEngine = computeZoneStatistics(*project, engine, f.second, res,
                                                                  QStringLiteral("municipalities"), ZoneMeasure::Count);
            r.sample(QStringLiteral("filter_change_choropleth_municipalities"), choropleth.ms(), QStringLiteral("ms"),
                     QStringLiteral("computeZoneStatistics, count per municipality (engine columns)"));
            choropleth.restart();
            const ZoneStatistics byHex = computeZoneStatistics(*project, engine, f.second, res,
                                                               QStringLiteral("grid:hex:500"), ZoneMeasure::Count, &geometry);
            r.sample(QStringLiteral("filter_change_choropleth_hex500"), choropleth.ms(), QStringLiteral("ms"),
                     QStringLiteral("computeZoneStatistics, count per 500 m hexagon (hexagons kept)"));
            choropleth.restart();
            const ZoneStatistics byImported = computeZoneStatistics(*project, engine, f.second, res,
                                                                    QStringLiteral("imported:bench"), ZoneMeasure::Count, &geometry);
            if (!byImported.zones.empty()) {
                r.sample(QStringLiteral("filter_change_choropleth_imported"), choropleth.ms(), QStringLiteral("ms"),
                         QStringLiteral("computeZoneStatistics, count per zone of an imported layer (the 19 "
                                        "municipality polygons: one ZoneIndex lookup per point, index kept)"));
                // The same polygons must give the engine's counts, less the zone-only incidents.
                qint64 engineTotal = 0, importedTotal = 0;
                for (const ZoneStatistic &z : byEngine.zones)
                    engineTotal += z.count;
                for (const ZoneStatistic &z : byImported.zones)
                    importedTotal += z.count;
                if (rep == 0)
                    r.value(QStringLiteral("choropleth: engine minus imported (zone-only rows): ") + f.first,
                            double(engineTotal - importedTotal));
            }
            if (byHex.zones.empty())
                throw std::runtime_error("no hexagons over the region");
            choropleth.restart();
            const Grid hexes = regionGrid(project->db(), {Grid::Shape::Hexagon, 500});
            r.sample(QStringLiteral("filter_change_choropleth_hex500_grid_only"), choropleth.ms(), QStringLiteral("ms"),
                     QStringLiteral("building the hexagons over the region once (regionGrid), kept after"));
            if (hexes.cellCount() != int(byHex.zones.size()))
                throw std::runtime_error("hexagon counts disagree");
        }
        Filter text;
        text.text = QStringLiteral("rue");
        t.restart();
        const FilterResult res = engine.apply(*project, text);
        r.sample(QStringLiteral("filter_change_text"), t.ms(), QStringLiteral("ms"),
                 QStringLiteral("Engine::apply with free text 'rue' (FTS5)"));
        if (rep == 0)
            r.value(QStringLiteral("rows: text 'rue'"), double(res.total()));
    }
}

void caseOpen(const Options &o, Report &r)
{
    for (int rep = 0; rep < o.reps; ++rep) {
        OpenedProject op;
        QMap<QString, double> stages;
        const QImage image = openToFirstMap(o.project, o.frameSize, op, &stages);
        Stopwatch check;
        Project::checkIntegrity(o.project);
        r.sample(QStringLiteral("open_deferred_integrity_check"), check.ms(), QStringLiteral("ms"),
                 QStringLiteral("Project::checkIntegrity (PRAGMA quick_check), run by the window in the background "
                                "after the first map"));
        for (auto it = stages.cbegin(); it != stages.cend(); ++it)
            r.sample(it.key() == QLatin1String("total") ? QStringLiteral("open_to_first_map")
                                                        : QStringLiteral("open_stage_") + it.key(),
                     it.value());
        if (rep == 0) {
            r.value(QStringLiteral("incidents"), double(op.engine.columns().size()));
            r.value(QStringLiteral("image"), QStringLiteral("%1x%2").arg(image.width()).arg(image.height()));
            r.value(QStringLiteral("metres_per_pixel"), op.viewport.metresPerPixel());
        }
    }
    r.note(QStringLiteral("open_to_first_map: Project::open (integrity check deferred, as in the window), taxonomy, zone layers, Engine::load, Engine::apply, "
                          "MapPainter set-up and one offscreen QImage render at 1920x1080, fitted to the data"));
}

void caseFrame(const Options &o, Report &r)
{
    OpenedProject op;
    openToFirstMap(o.project, o.frameSize, op, nullptr);
    QImage image(o.frameSize, QImage::Format_ARGB32_Premultiplied);
    r.value(QStringLiteral("incidents_visible"), double(op.result.total()));
    r.value(QStringLiteral("metres_per_pixel"), op.viewport.metresPerPixel());
    for (const int mode : {0, 1, 2}) { // square bins, hexagonal bins, every point
        const bool binned = mode < 2;
        MapPainter::Style style = op.painter.style();
        style.binThreshold = binned ? 0.0 : 1e9; // force the mode at the whole-region view
        style.densePointCount = binned ? 0 : std::numeric_limits<std::size_t>::max();
        op.painter.setStyle(style);
        op.painter.setBinShape(mode == 1 ? BinShape::Hexagon : BinShape::Square);
        const QString metric = mode == 0   ? QStringLiteral("frame_binned")
                               : mode == 1 ? QStringLiteral("frame_binned_hex")
                                           : QStringLiteral("frame_points");
        r.value(metric + QStringLiteral("_bin_cell_m"), binned ? op.painter.binCellMetres(op.viewport) : 0.0);
        for (int w = 0; w < 2; ++w) { // warm-up: sprites, glyph cache
            QPainter p(&image);
            op.painter.paint(p, op.viewport);
        }
        for (int rep = 0; rep < o.reps; ++rep) {
            for (int f = 0; f < o.frames; ++f) {
                Stopwatch t;
                QPainter p(&image);
                op.painter.paint(p, op.viewport);
                p.end();
                r.sample(metric, t.ms(), QStringLiteral("ms"),
                         binned ? QStringLiteral("full redraw, whole region at 1920x1080, binned counts (squares, or "
                                                 "hexagons of the same area)")
                                : QStringLiteral("full redraw, whole region at 1920x1080, every point drawn"));
            }
        }
        if (!o.out.isEmpty())
            image.save(o.out + QStringLiteral("/") + metric + QStringLiteral(".png"));
    }
}

void caseHotspot(const Options &o, Report &r)
{
    auto project = Project::open(o.project, Project::OpenMode::ReadOnly);
    Engine engine;
    engine.load(*project);
    const IncidentColumns &c = engine.columns();
    const QList<QByteArray> wkb = zoneWkb(project->db(), QStringLiteral("municipalities"));
    ZoneIndex municipalities = ZoneIndex::load(project->db(), QStringLiteral("municipalities"));
    const auto extent = municipalities.extent();
    if (!extent)
        throw std::runtime_error("the project has no municipalities");

    std::vector<double> counts;
    GetisOrd::Result gi;
    LocalMoran::Result lisa;
    Grid grid;
    for (int rep = 0; rep < o.reps; ++rep) {
        Stopwatch t;
        grid = Grid(Grid::Shape::Square, 100.0, *extent);
        if (!grid.keepIntersecting(wkb))
            throw std::runtime_error("malformed municipality geometry");
        r.sample(QStringLiteral("grid_100m_build"), t.ms(), QStringLiteral("ms"),
                 QStringLiteral("100 m square grid masked to cells touching the region (depends only on the "
                                "zones; not in gi_star_total)"));
        Stopwatch total;
        t.restart();
        counts = grid.count(c.x.data(), c.y.data(), c.size());
        r.sample(QStringLiteral("grid_count"), t.ms(), QStringLiteral("ms"), QStringLiteral("count every incident into its cell"));
        t.restart();
        SpatialWeights band = SpatialWeights::gridDistanceBand(grid, 300.0);
        r.sample(QStringLiteral("weights_300m_band"), t.ms(), QStringLiteral("ms"));
        t.restart();
        gi = GetisOrd::compute(counts, band.withSelf());
        r.sample(QStringLiteral("gi_star_statistic"), t.ms(), QStringLiteral("ms"));
        r.sample(QStringLiteral("gi_star_total"), total.ms(), QStringLiteral("ms"),
                 QStringLiteral("counting + 300 m band weights + Gi* z and p (grid already built)"));
        t.restart();
        SpatialWeights rowStd = band;
        rowStd.setTransform(SpatialWeights::Transform::RowStandardised);
        lisa = LocalMoran::compute(counts, rowStd, o.permutations, 12345);
        r.sample(QStringLiteral("lisa_999"), t.ms(), QStringLiteral("ms"),
                 QStringLiteral("Local Moran, 300 m band row-standardised, %1 conditional permutations, all threads")
                     .arg(o.permutations));
        if (rep == 0) {
            r.value(QStringLiteral("cells"), grid.cellCount());
            r.value(QStringLiteral("weights_nonzero"), double(band.nonZero()));
            r.value(QStringLiteral("incidents"), double(c.size()));
        }
    }
    QFile f(o.out + QStringLiteral("/hotspot-grid.csv"));
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + f.fileName().toStdString());
    f.write("cell,col,row,x,y,count,gi_z,lisa_i,lisa_p\n");
    for (int i = 0; i < grid.cellCount(); ++i) {
        const QPointF p = grid.centroid(i);
        const std::size_t k = std::size_t(i);
        f.write(QByteArray::number(i) + ',' + QByteArray::number(grid.columnOf(i)) + ',' + QByteArray::number(grid.rowOf(i))
                + ',' + QByteArray::number(p.x(), 'f', 3) + ',' + QByteArray::number(p.y(), 'f', 3) + ','
                + QByteArray::number(counts[k], 'g', 17) + ',' + QByteArray::number(gi.z[k], 'g', 17) + ','
                + QByteArray::number(lisa.I[k], 'g', 17) + ',' + QByteArray::number(lisa.pSim[k], 'g', 17) + '\n');
    }
}

// Quartic KDE, 50 m cells, 300 m radius, on the same points and the same raster QGIS's heat map
// makes (KernelDensity::qgisRaster), raw scaling as OUTPUT_VALUE=0; written as GeoTIFF for
// reference.py compare-rasters.
void caseKde(const Options &o, Report &r)
{
    std::vector<double> px, py;
    readPoints(o.points, px, py);
    r.value(QStringLiteral("points"), double(px.size()));
    KernelDensity::Raster raster;
    for (int rep = 0; rep < o.reps; ++rep) {
        Stopwatch t;
        const double x0 = px.empty() ? 0.0 : px[0], y0 = py.empty() ? 0.0 : py[0];
        Envelope e{x0, x0, y0, y0}; // minX, maxX, minY, maxY
        for (std::size_t i = 0; i < px.size(); ++i) {
            e.minX = std::min(e.minX, px[i]);
            e.maxX = std::max(e.maxX, px[i]);
            e.minY = std::min(e.minY, py[i]);
            e.maxY = std::max(e.maxY, py[i]);
        }
        raster = KernelDensity::qgisRaster(e, 300.0, 50.0);
        KernelDensity::fast(raster, px, py, nullptr, 300.0, KernelDensity::Scaling::Raw);
        r.sample(QStringLiteral("kde_quartic_50m_300m"), t.ms(), QStringLiteral("ms"),
                 QStringLiteral("KernelDensity::fast, quartic, 50 m cells, 300 m radius, QGIS's raster over all "
                                "points (extent + raster + surface)"));
    }
    r.value(QStringLiteral("raster"), QStringLiteral("%1x%2").arg(raster.columns).arg(raster.rows));
    const QString tif = o.out + QStringLiteral("/kde-phenomap.tif");
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    GDALDatasetH ds = drv ? GDALCreate(drv, tif.toUtf8().constData(), raster.columns, raster.rows, 1, GDT_Float64, nullptr)
                          : nullptr;
    if (!ds)
        throw std::runtime_error("cannot create " + tif.toStdString());
    double gt[6] = {raster.originX, raster.cellSize, 0, raster.originY, 0, -raster.cellSize};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(31370);
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    const CPLErr err = GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, raster.columns, raster.rows,
                                    raster.values.data(), raster.columns, raster.rows, GDT_Float64, 0, 0);
    GDALClose(ds);
    if (err != CE_None)
        throw std::runtime_error("cannot write " + tif.toStdString());
}

// Knox test (issue 5 target: 999 permutations on 20,000 incidents in under 5 s): the first
// --incidents incidents with a point (by fid) of the project, default bands 0-500 m by 100 m
// (with "same location") x 0-28 days by 7, seed 12345. The table is printed so that two builds
// can be checked for identical numbers.
void caseKnox(const Options &o, Report &r)
{
    auto project = Project::open(o.project, Project::OpenMode::ReadOnly);
    std::vector<double> x, y, t;
    Statement st = project->db().prepare("SELECT geom, occurred_from FROM incidents WHERE geom IS NOT NULL ORDER BY fid");
    while (st.step() && x.size() < std::size_t(o.incidents)) {
        const auto p = gpkg::pointFromBlob(static_cast<const char *>(st.blobData(0)), st.blobSize(0));
        if (!p)
            continue;
        x.push_back(p->first);
        y.push_back(p->second);
        t.push_back(double(st.int64(1)));
    }
    KnoxTest::Options ko;
    ko.permutations = o.permutations;
    ko.threads = o.threads;
    KnoxTest::Result k;
    for (int rep = 0; rep < o.reps; ++rep) {
        Stopwatch w;
        k = KnoxTest::compute(x, y, t, ko);
        r.sample(QStringLiteral("knox_999"), w.ms(), QStringLiteral("ms"),
                 QStringLiteral("KnoxTest::compute, %1 permutations, 6 distance x 4 time bands, %2 thread(s)")
                     .arg(o.permutations)
                     .arg(o.threads == 0 ? QStringLiteral("all") : QString::number(o.threads)));
    }
    r.value(QStringLiteral("incidents"), double(k.incidents));
    r.value(QStringLiteral("close_pairs"), double(k.closePairs));
    r.value(QStringLiteral("table"), k.toJson().value(QStringLiteral("cells")));
}

void caseImport(const Options &o, Report &r)
{
    for (int rep = 0; rep < o.reps; ++rep) {
        const QString path = o.out + QStringLiteral("/import-target.gpkg");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        {
            Project::CreateOptions co;
            co.title = QStringLiteral("Benchmark import");
            co.synthetic = true;
            Project::create(path, co);
        }
        auto project = Project::open(path);
        ImportRequest request;
        request.filePath = o.csv;
        request.source = QStringLiteral("benchmark");
        Stopwatch t;
        const ImportSummary s = runImport(*project, request, nullptr);
        r.sample(QStringLiteral("import_csv"), t.ms(), QStringLiteral("ms"),
                 QStringLiteral("runImport into a new project: parse, reproject, zone assignment, GeoPackage R-tree"));
        if (rep == 0) {
            r.value(QStringLiteral("rows_read"), double(s.rowsRead));
            r.value(QStringLiteral("inserted"), double(s.inserted));
            r.value(QStringLiteral("updated"), double(s.updated));
            r.value(QStringLiteral("rejected"), double(s.rejected));
            r.value(QStringLiteral("outside_region"), double(s.outsideRegion));
            r.value(QStringLiteral("zone_only"), double(s.zoneOnly));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    try {
        const Options o = parse(app.arguments());
        Report r(o.command);
        r.value(QStringLiteral("reps"), o.reps);
        if (o.command == QLatin1String("zones"))
            caseZones(o, r);
        else if (o.command == QLatin1String("engine"))
            caseEngine(o, r);
        else if (o.command == QLatin1String("open"))
            caseOpen(o, r);
        else if (o.command == QLatin1String("frame"))
            caseFrame(o, r);
        else if (o.command == QLatin1String("hotspot"))
            caseHotspot(o, r);
        else if (o.command == QLatin1String("kde"))
            caseKde(o, r);
        else if (o.command == QLatin1String("import"))
            caseImport(o, r);
        else if (o.command == QLatin1String("knox"))
            caseKnox(o, r);
        else {
            std::fprintf(stderr, "usage: phenomap_bench zones|engine|open|frame|hotspot|kde|import|knox [options]\n");
            return 2;
        }
        r.print();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "phenomap_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
