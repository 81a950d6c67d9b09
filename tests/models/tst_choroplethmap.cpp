// SPDX-License-Identifier: GPL-3.0-or-later
// The choropleth on the map, rendered offscreen from a real project's zones: every
// municipality is filled with its class colour at a point inside it, the legend shows each class
// colour beside its range, and the fill lies under the incidents at its opacity.
#include "choroplethlayer.h"
#include "choroplethpalette.h"
#include "engine.h"
#include "gui_support.h"
#include "mappainter.h"
#include "mapview.h"
#include "zonelayer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace phenomap;

namespace {

bool close(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return c.name();
}

} // namespace

class TestChoroplethMap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ZoneLayer m_municipalities, m_policeZones;
    Choropleth m_choropleth;
    QHash<QString, int> m_classOf; ///< municipality code -> class

    MapPainter painter() const
    {
        MapPainter p;
        MapPainter::Style style;
        style.labelMaxMetresPerPixel = 0; // no names over the points checked
        p.setStyle(style);
        p.setMunicipalities(m_municipalities);
        p.setPoliceZones(m_policeZones);
        p.setChoropleth(m_choropleth);
        return p;
    }

    MapViewport viewport() const
    {
        MapViewport v(QPointF(), 10, QSize(1200, 1000));
        v.fit(m_municipalities.extent());
        return v;
    }

    /// A point well inside a zone: its label point (the middle of its widest horizontal run),
    /// kept only when the 9 x 9 pixels around it lie inside the zone, away from any outline.
    std::optional<QPointF> interiorPixel(const ZoneShape &zone, const MapViewport &v) const
    {
        const QPointF px = v.toPixel(zone.labelPoint);
        const QRectF box(v.toWorld(px - QPointF(4.5, 4.5)), v.toWorld(px + QPointF(4.5, 4.5)));
        if (!zone.path.contains(box.normalized()))
            return std::nullopt;
        return px;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto p = test::createMapTestProject(m_dir.filePath(QStringLiteral("zones.gpkg")), 0);
        m_municipalities = ZoneLayer::load(p.project->db(), QStringLiteral("municipalities"));
        m_policeZones = ZoneLayer::load(p.project->db(), QStringLiteral("police_zones"));
        QCOMPARE(int(m_municipalities.shapes().size()), 19);

        // Four classes by population rank (5, 5, 5, 4 municipalities); one municipality is left
        // without a value to show the "no data" fill.
        std::vector<const ZoneShape *> order;
        for (const ZoneShape &z : m_municipalities.shapes())
            order.push_back(&z);
        std::sort(order.begin(), order.end(), [](auto *a, auto *b) { return a->population < b->population; });
        m_choropleth.layer = QStringLiteral("municipalities");
        m_choropleth.colours = sequentialColours(ChoroplethPalette::Viridis, 4);
        m_choropleth.bounds = {double(order.front()->population)};
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int cls = int(i / 5);
            if (i + 1 == order.size() || i % 5 == 4)
                m_choropleth.bounds.push_back(double(order[i]->population));
            if (i == 7)
                continue; // no value
            m_classOf.insert(order[i]->code, cls);
            m_choropleth.fills.insert(order[i]->code, m_choropleth.colours[cls]);
        }
        QCOMPARE(m_choropleth.bounds.size(), std::size_t(5));
        m_choropleth.title = QStringLiteral("Inhabitants");
        m_choropleth.showNoData = true;
        m_choropleth.opacity = 1.0;
    }

    void paletteColoursAreDistinct()
    {
        for (ChoroplethPalette palette : {ChoroplethPalette::Blues, ChoroplethPalette::Oranges,
                                          ChoroplethPalette::Viridis, ChoroplethPalette::BlueOrange}) {
            for (int k = 1; k <= 9; ++k) {
                const QList<QColor> colours = sequentialColours(palette, k);
                QCOMPARE(colours.size(), k);
                for (int i = 1; i < k; ++i)
                    QVERIFY(colours[i] != colours[i - 1]);
            }
        }
        // Sequential palettes darken with the class (Viridis lightens): lightness is monotone.
        const QList<QColor> blues = sequentialColours(ChoroplethPalette::Blues, 7);
        for (int i = 1; i < blues.size(); ++i)
            QVERIFY(blues[i].lightness() < blues[i - 1].lightness());
        // Diverging colours: below the centre blue, above it orange, the class across it neutral.
        const QList<QColor> change = classColours(ChoroplethPalette::BlueOrange, {-50, -10, 10, 80}, 0);
        QCOMPARE(change.size(), 3);
        QVERIFY(change[0].blue() > change[0].red());
        QVERIFY(change[2].red() > change[2].blue());
        QVERIFY(std::abs(change[1].red() - change[1].blue()) < 12);
    }

    void municipalitiesHaveTheirClassColour()
    {
        const MapViewport v = viewport();
        const QImage image = painter().render(v);
        int checked = 0;
        for (const ZoneShape &zone : m_municipalities.shapes()) {
            const auto px = interiorPixel(zone, v);
            if (!px)
                continue;
            ++checked;
            const QColor want = m_classOf.contains(zone.code)
                                    ? m_choropleth.colours[m_classOf.value(zone.code)]
                                    : ChoroplethLayer::noDataColour();
            const QColor got = image.pixelColor(int(px->x()), int(px->y()));
            QVERIFY2(
                close(got, want),
                qPrintable(
                    QStringLiteral("%1: %2, expected %3").arg(zone.nameFr, describe(got), describe(want))));
        }
        QVERIFY2(checked >= 17, qPrintable(QString::number(checked)));
    }

    void fillIsBlendedAtItsOpacity()
    {
        Choropleth half = m_choropleth;
        half.opacity = 0.5;
        MapPainter p = painter();
        p.setChoropleth(half);
        const MapViewport v = viewport();
        const QImage image = p.render(v);
        const QColor land = MapPainter::Style().land;
        for (const ZoneShape &zone : m_municipalities.shapes()) {
            const auto px = interiorPixel(zone, v);
            if (!px || !m_classOf.contains(zone.code))
                continue;
            const QColor c = m_choropleth.colours[m_classOf.value(zone.code)];
            const QColor want((c.red() + land.red()) / 2, (c.green() + land.green()) / 2,
                              (c.blue() + land.blue()) / 2);
            QVERIFY(close(image.pixelColor(int(px->x()), int(px->y())), want, 4));
        }
    }

    void policeZoneLayer()
    {
        // The same on the police zones: each zone one colour, by code.
        Choropleth zones;
        zones.layer = QStringLiteral("police_zones");
        zones.colours = sequentialColours(ChoroplethPalette::Oranges, int(m_policeZones.shapes().size()));
        zones.bounds = {0, 1, 2, 3, 4, 5, 6};
        for (std::size_t i = 0; i < m_policeZones.shapes().size(); ++i)
            zones.fills.insert(m_policeZones.shapes()[i].code, zones.colours[qsizetype(i)]);
        zones.opacity = 1.0;
        zones.title = QStringLiteral("Zones");
        MapPainter p = painter();
        p.setChoropleth(zones);
        const MapViewport v = viewport();
        const QImage image = p.render(v);
        for (std::size_t i = 0; i < m_policeZones.shapes().size(); ++i) {
            // Municipality outlines cross a police zone: check inside one of its municipalities.
            const ZoneShape &zone = m_policeZones.shapes()[i];
            std::optional<QPointF> px;
            for (const ZoneShape &m : m_municipalities.shapes())
                if (!px && m.parentCode == zone.code && zone.path.contains(m.labelPoint))
                    px = interiorPixel(m, v);
            QVERIFY2(px, qPrintable(zone.code));
            QVERIFY(close(image.pixelColor(int(px->x()), int(px->y())), zones.colours[qsizetype(i)]));
        }
    }

    void legendShowsEachClass()
    {
        const MapViewport v = viewport();
        const QImage image = painter().render(v);
        const ChoroplethLegendLayout layout = ChoroplethLayer::legendLayout(m_choropleth, v.pixelSize(), 1.0);
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(v.pixelSize())).contains(layout.plate));
        QCOMPARE(layout.swatches.size(), 5); // four classes and "no data"
        for (int i = 0; i < layout.swatches.size(); ++i) {
            const QPointF c = layout.swatches[i].center();
            const QColor want = i < 4 ? m_choropleth.colours[i] : ChoroplethLayer::noDataColour();
            QVERIFY(close(image.pixelColor(int(c.x()), int(c.y())), want));
        }
        // Class ranges in the locale's numbers; the title and labels are drawn as dark text.
        QCOMPARE(layout.labels.first(),
                 ChoroplethLayer::classLabel(m_choropleth.bounds[0], m_choropleth.bounds[1], 0));
        QVERIFY(layout.labels.first().contains(QLocale().toString(qint64(m_choropleth.bounds[1]))));
        const auto darkPixels = [&](const QRectF &r) {
            int dark = 0;
            for (int y = int(r.top()); y < int(r.bottom()); ++y)
                for (int x = int(r.left()); x < int(r.right()); ++x)
                    dark += image.pixelColor(x, y).lightness() < 100;
            return dark;
        };
        const QRectF title(layout.plate.left(), layout.plate.top(), layout.plate.width(),
                           layout.swatches[0].top() - layout.plate.top());
        QVERIFY(darkPixels(title) > 20);
        const QRectF labels(layout.swatches[0].right() + 2, layout.swatches[0].top(),
                            layout.plate.right() - layout.swatches[0].right() - 2,
                            layout.swatches[0].height());
        QVERIFY(darkPixels(labels) > 20);
        // No choropleth, no legend: the plate area shows the map.
        MapPainter off = painter();
        off.setChoropleth({});
        const QImage plain = off.render(v);
        const QPointF c = layout.swatches[0].center();
        QVERIFY(!close(plain.pixelColor(int(c.x()), int(c.y())), m_choropleth.colours[0]));
    }

    void fillLiesUnderTheIncidents()
    {
        // An incident inside a filled municipality is drawn over the fill.
        const ZoneShape &zone = m_municipalities.shapes().front();
        const MapViewport v = viewport();
        const auto px = interiorPixel(zone, v);
        QVERIFY(px);
        IncidentColumns columns;
        columns.phenomenonIds = {1};
        columns.fid = {1};
        columns.x = {float(zone.labelPoint.x())};
        columns.y = {float(zone.labelPoint.y())};
        columns.phenomenon = {0};
        MapPainter p = painter();
        const QColor red(0xd0, 0x10, 0x20);
        p.setPhenomenonColour(1, red);
        p.setIncidents(&columns, {0});
        const QImage image = p.render(v);
        const QPointF at = v.toPixel(QPointF(columns.x[0], columns.y[0]));
        QVERIFY(close(image.pixelColor(int(std::floor(at.x())), int(std::floor(at.y()))), red, 6));
    }

    void vectorDevicesGetTheSameFill()
    {
        // A QPicture records vector commands (as PDF and SVG do); replayed, it shows the fills.
        const MapViewport v = viewport();
        QPicture picture;
        {
            QPainter recorder(&picture);
            painter().paint(recorder, v);
        }
        QImage image(v.pixelSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter replay(&image);
            replay.drawPicture(0, 0, picture);
        }
        int checked = 0;
        for (const ZoneShape &zone : m_municipalities.shapes()) {
            const auto px = interiorPixel(zone, v);
            if (!px || !m_classOf.contains(zone.code))
                continue;
            QVERIFY(close(image.pixelColor(int(px->x()), int(px->y())),
                          m_choropleth.colours[m_classOf.value(zone.code)]));
            ++checked;
        }
        QVERIFY(checked > 10);
    }
};

QTEST_MAIN(TestChoroplethMap)
#include "tst_choroplethmap.moc"
