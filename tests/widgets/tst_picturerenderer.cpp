// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing's and map images' drawing of a picture's computed layers, on a real project: the
// choropleth the picture saved fills each municipality with its class colour (the same classes as
// in the window, with the legend title in the report's language) and the density surface shows
// when the picture shows it; neither leaks into the next picture.
#include "choroplethbuilder.h"
#include "choroplethpanel.h"
#include "demogenerator.h"
#include "engine.h"
#include "mapview.h"
#include "pictureoverlays.h"
#include "project.h"
#include "reportcharts.h"
#include "reportrenderer.h"
#include "zonelayer.h"
#include "zonelayerimport.h"
#include "zonestatistics.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestPictureRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Engine m_engine;
    static constexpr int kWidth = 900, kHeight = 650;

    QImage render(PictureRenderer &renderer, const PictureRenderer::Prepared &prepared)
    {
        QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        renderer.paintMap(p, QRectF(0, 0, kWidth, kHeight), prepared);
        p.end();
        return image;
    }

    /// Where paintMap puts a world point.
    static QPoint pixelOf(const PictureRenderer::Prepared &prepared, QPointF world)
    {
        MapViewport viewport;
        viewport.setPixelSize(QSize(kWidth, kHeight));
        viewport.fit(prepared.world, 0.02);
        return viewport.toPixel(world).toPoint();
    }

    static SituationPicture plainPicture()
    {
        SituationPicture picture;
        picture.title = QStringLiteral("Choropleth");
        // Only the fills: no basemap, incidents or labels over the points looked at.
        for (const char *id : {"basemap", "incidents", "labels"})
            picture.state.layers.append({QString::fromLatin1(id), false, 1.0, QString()});
        return picture;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(path, {.incidents = 1500, .seed = 21, .title = QStringLiteral("Renderer")});
        m_project = Project::open(path);
        m_engine.load(*m_project);
    }

    void choroplethIsDrawnAsThePictureSays()
    {
        PictureRenderer renderer(*m_project, m_engine, QStringLiteral("fr"));
        SituationPicture picture = plainPicture();
        ChoroplethView view;
        view.enabled = true;
        view.measure = QStringLiteral("count");
        view.method = QStringLiteral("quantile");
        view.classes = 4;
        view.palette = QStringLiteral("oranges");
        view.opacity = 1.0;
        picture.state.choropleth = view;
        const PictureRenderer::Prepared prepared = renderer.prepare(picture);
        const QImage image = render(renderer, prepared);

        // The classes the window would compute for the same filter.
        const ZoneStatistics statistics = computeZoneStatistics(*m_project, m_engine, prepared.filter, prepared.result,
                                                                QStringLiteral("municipalities"), ZoneMeasure::Count);
        const Choropleth expected = buildChoropleth(ChoroplethSettings::fromView(view), statistics, QString());
        QCOMPARE(expected.colours.size(), 4);
        QCOMPARE(PictureOverlays::choropleth(*m_project, m_engine, prepared.filter, prepared.result, view,
                                             QStringLiteral("fr"))
                     .title,
                 QStringLiteral("Faits"));
        int checked = 0;
        QSet<QRgb> classesSeen;
        for (const ZoneShape &shape : renderer.mapPainter().municipalities().shapes()) {
            const QPoint at = pixelOf(prepared, shape.labelPoint);
            if (!QRect(0, 0, kWidth, kHeight).contains(at) || !expected.fills.contains(shape.code))
                continue;
            // A few pixels beside the label point, clear of the zone's name.
            const QRgb pixel = image.pixel(at + QPoint(0, 14));
            const QColor fill = expected.fills.value(shape.code);
            if (qAbs(qRed(pixel) - fill.red()) <= 2 && qAbs(qGreen(pixel) - fill.green()) <= 2
                && qAbs(qBlue(pixel) - fill.blue()) <= 2) {
                ++checked;
                classesSeen.insert(fill.rgb());
            }
        }
        QVERIFY2(checked >= 15, qPrintable(QString::number(checked))); // 19 municipalities, a few under labels
        QVERIFY(classesSeen.size() >= 3);

        // The next picture has no choropleth: nothing of it remains on the painter or the map.
        QVERIFY(!renderer.mapPainter().choropleth().isEnabled());
        const SituationPicture plain = plainPicture();
        const PictureRenderer::Prepared next = renderer.prepare(plain);
        const QImage without = render(renderer, next);
        const ZoneShape &first = renderer.mapPainter().municipalities().shapes().front();
        const QRgb fill = expected.fills.value(first.code).rgb();
        QVERIFY(without.pixel(pixelOf(next, first.labelPoint) + QPoint(0, 14)) != fill);
    }

    /// A picture of an imported zone layer: the briefing fills its polygons, which the window's
    /// painter does not hold, with the classes the window computes.
    void importedZoneLayerIsDrawn()
    {
        const QString file = m_dir.filePath(QStringLiteral("blocks.geojson"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::31370"}},)"
                    R"("features":[{"type":"Feature","properties":{"n":1},"geometry":{"type":"Polygon","coordinates":)"
                    R"([[[146000,168000],[150000,168000],[150000,173000],[146000,173000],[146000,168000]]]}},)"
                    R"({"type":"Feature","properties":{"n":2},"geometry":{"type":"Polygon","coordinates":)"
                    R"([[[150000,168000],[156000,168000],[156000,173000],[150000,173000],[150000,168000]]]}}]})");
        }
        ZoneLayerSource source;
        source.path = file;
        source.title = QStringLiteral("Blocks");
        source.codeField = QStringLiteral("n");
        const ImportedZoneLayer layer = ZoneLayerImport::run(*m_project, source);

        PictureRenderer renderer(*m_project, m_engine, QStringLiteral("nl"));
        SituationPicture picture = plainPicture();
        ChoroplethView view;
        view.enabled = true;
        view.layer = layer.layer;
        view.measure = QStringLiteral("count");
        view.method = QStringLiteral("equal_interval");
        view.classes = 2;
        view.palette = QStringLiteral("blues");
        view.opacity = 1.0;
        picture.state.choropleth = view;
        const PictureRenderer::Prepared prepared = renderer.prepare(picture);
        const QImage image = render(renderer, prepared);

        const ZoneStatistics statistics = computeZoneStatistics(*m_project, m_engine, prepared.filter, prepared.result,
                                                                layer.layer, ZoneMeasure::Count);
        QCOMPARE(statistics.zones.size(), std::size_t(2));
        QVERIFY(statistics.zones[0].count != statistics.zones[1].count);
        const Choropleth expected = buildChoropleth(ChoroplethSettings::fromView(view), statistics, QString());
        const Choropleth drawn = PictureOverlays::choropleth(*m_project, m_engine, prepared.filter, prepared.result,
                                                             view, QStringLiteral("nl"));
        QVERIFY(drawn.zones);
        QCOMPARE(drawn.zones->shapes().size(), std::size_t(2));
        for (const auto &[code, centre] : {std::pair{QStringLiteral("1"), QPointF(148000, 170500)},
                                           std::pair{QStringLiteral("2"), QPointF(153000, 170500)}}) {
            const QColor fill = expected.fills.value(code);
            QVERIFY(fill.isValid());
            // Beside the centre, clear of any municipality name.
            bool found = false;
            for (int dy = -20; dy <= 20 && !found; dy += 4) {
                const QRgb pixel = image.pixel(pixelOf(prepared, centre) + QPoint(0, dy));
                found = qAbs(qRed(pixel) - fill.red()) <= 2 && qAbs(qGreen(pixel) - fill.green()) <= 2 &&
                        qAbs(qBlue(pixel) - fill.blue()) <= 2;
            }
            QVERIFY2(found, qPrintable(code + QLatin1Char(' ') + fill.name()));
        }
        ZoneLayerImport::remove(*m_project, layer.layer);
    }

    void densityShowsWhenThePictureShowsIt()
    {
        PictureRenderer renderer(*m_project, m_engine, QStringLiteral("en"));
        SituationPicture picture = plainPicture();
        const PictureRenderer::Prepared off = renderer.prepare(picture);
        const QImage without = render(renderer, off);
        picture.state.layers.append({QStringLiteral("density"), true, 1.0, QString()});
        picture.state.density = DensityView{400, 40};
        const PictureRenderer::Prepared on = renderer.prepare(picture);
        const QImage with = render(renderer, on);
        qint64 differ = 0;
        for (int y = 0; y < kHeight; y += 3)
            for (int x = 0; x < kWidth; x += 3)
                if (with.pixel(x, y) != without.pixel(x, y))
                    ++differ;
        QVERIFY2(differ > 2000, qPrintable(QString::number(differ)));
        QVERIFY(!renderer.mapPainter().overlay(QStringLiteral("density"))); // taken off after drawing
        // A wider radius gives another surface.
        picture.state.density = DensityView{1200, 40};
        QVERIFY(render(renderer, renderer.prepare(picture)) != with);
    }

    /// With points coloured by MO, the legend lists the MO in their shades, most frequent first,
    /// then the phenomena of incidents without MO; every incident counts once.
    void moLegendCountsEveryIncidentOnce()
    {
        PictureRenderer renderer(*m_project, m_engine, QStringLiteral("fr"));
        const PictureRenderer::Prepared prepared = renderer.prepare(plainPicture());
        const auto legend = PictureOverlays::moLegend(m_engine.columns(), prepared.result.rows, renderer.mapPainter());
        quint64 total = 0;
        for (const auto &[id, n, colour] : legend)
            total += n;
        QCOMPARE(total, quint64(prepared.result.total()));
        const auto &[firstId, firstCount, firstColour] = legend.front();
        QVERIFY(std::find(m_engine.columns().moIds.begin(), m_engine.columns().moIds.end(), firstId)
                != m_engine.columns().moIds.end());
        QCOMPARE(firstColour, renderer.mapPainter().moColour(firstId));
        QVERIFY(firstCount >= std::get<1>(legend[1]));
    }

    /// A picture that shows the MO chart prints the MO of the busiest municipalities, not the
    /// months (as it did before): bars in the MO colours, another drawing than the time chart.
    void moChartPrintsTheModusOperandi()
    {
        PictureRenderer renderer(*m_project, m_engine, QStringLiteral("nl"));
        const auto chart = [&](const QString &kind) {
            SituationPicture picture = plainPicture();
            picture.state.chartKind = kind;
            QImage image(700, 360, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            renderer.paintChart(p, QRectF(0, 0, 700, 360), renderer.prepare(picture));
            p.end();
            return image;
        };
        const QImage mo = chart(QStringLiteral("mo")), time = chart(QStringLiteral("time"));
        QVERIFY(mo != time);
        const auto count = [](const QImage &image, const QColor &colour) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y) == colour)
                        ++n;
            return n;
        };
        // The most frequent MO's colour fills bars of several municipalities (and its swatch).
        QVERIFY2(count(mo, reportcharts::moColour(0)) > 300, qPrintable(QString::number(count(mo, reportcharts::moColour(0)))));
        QVERIFY(count(mo, reportcharts::moColour(1)) > 100);
        const MoByZone data = ChartData::moByZone(m_engine.columns(), renderer.prepare(plainPicture()).result, 8, 6);
        QVERIFY(data.moIds.size() >= 2);
    }
};

QTEST_MAIN(TestPictureRenderer)
#include "tst_picturerenderer.moc"
