// SPDX-License-Identifier: GPL-3.0-or-later
// MapPainter's overlay stack: overlays draw at their level (under or over the incidents), in
// the order they were added, with their opacity; hidden ones draw nothing; legends stack under
// the choropleth legend; attributions join the map's mention.
#include "engine.h"
#include "mappainter.h"
#include "mapview.h"
#include "zonelayer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>

using namespace phenomap;

namespace {

/// Fills a world rectangle with a colour; optionally has a legend and an attribution.
class RectOverlay : public MapOverlay
{
public:
    RectOverlay(QRectF world, QColor colour, OverlayLevel level, QSizeF legend = {}, QString mention = {})
        : m_world(world), m_colour(colour), m_level(level), m_legend(legend), m_mention(std::move(mention)) {}
    OverlayLevel level() const override { return m_level; }
    void paint(QPainter &painter, const MapViewport &viewport, double) const override
    {
        painter.fillRect(viewport.worldToPixel().mapRect(m_world), m_colour);
    }
    QSizeF legendSize(double ui) const override { return m_legend * ui; }
    void paintLegend(QPainter &painter, QPointF topLeft, double ui) const override
    {
        painter.fillRect(QRectF(topLeft, m_legend * ui), m_colour);
    }
    QString attribution(const QString &) const override { return m_mention; }

private:
    QRectF m_world;
    QColor m_colour;
    OverlayLevel m_level;
    QSizeF m_legend;
    QString m_mention;
};

ZoneLayer square()
{
    ZoneShape s;
    s.code = QStringLiteral("1");
    s.path.addRect(QRectF(0, 0, 1000, 1000));
    s.bounds = s.path.boundingRect();
    s.labelPoint = interiorLabelPoint(s.path);
    return ZoneLayer({s});
}

} // namespace

class TestMapOverlays : public QObject
{
    Q_OBJECT

private:
    MapViewport m_view{QPointF(500, 500), 3.0, QSize(400, 300)};

private Q_SLOTS:
    void levelsOrderAndOpacity()
    {
        MapPainter painter;
        painter.setMunicipalities(square());
        IncidentColumns columns;
        columns.phenomenonIds = {1};
        columns.fid = {10};
        columns.x = {500.f};
        columns.y = {500.f};
        columns.phenomenon = {0};
        painter.setPhenomenonColour(1, QColor(0, 200, 0));
        painter.setIncidents(&columns, {0});

        const QColor red(220, 0, 0), blue(0, 0, 220);
        painter.setOverlay(QStringLiteral("under"),
                           std::make_shared<RectOverlay>(QRectF(400, 400, 200, 200), red, OverlayLevel::UnderIncidents));
        QImage image = painter.render(m_view);
        const QPoint point = m_view.toPixel(QPointF(500, 500)).toPoint();
        const QPoint beside = m_view.toPixel(QPointF(560, 560)).toPoint();
        QCOMPARE(image.pixelColor(point), QColor(0, 200, 0)); // the incident stays on top
        QCOMPARE(image.pixelColor(beside), red);

        painter.setOverlay(QStringLiteral("over"),
                           std::make_shared<RectOverlay>(QRectF(450, 450, 100, 100), blue, OverlayLevel::OverIncidents));
        image = painter.render(m_view);
        QCOMPARE(image.pixelColor(point), blue);
        QCOMPARE(painter.overlayIds(), (QStringList{QStringLiteral("under"), QStringLiteral("over")}));

        painter.setOverlayVisible(QStringLiteral("over"), false);
        QVERIFY(!painter.isOverlayVisible(QStringLiteral("over")));
        QCOMPARE(painter.render(m_view).pixelColor(point), QColor(0, 200, 0));

        // Half opacity over the land colour.
        painter.setOverlayOpacity(QStringLiteral("under"), 0.5);
        const QColor land = painter.style().land, mixed = painter.render(m_view).pixelColor(beside);
        QVERIFY2(std::abs(mixed.red() - (land.red() + 220) / 2) <= 2, qPrintable(mixed.name()));
        QVERIFY2(std::abs(mixed.green() - land.green() / 2) <= 2, qPrintable(mixed.name()));

        // Replacing keeps place, visibility and opacity; null removes.
        painter.setOverlay(QStringLiteral("under"),
                           std::make_shared<RectOverlay>(QRectF(400, 400, 200, 200), blue, OverlayLevel::UnderIncidents));
        QCOMPARE(painter.overlayIds().first(), QStringLiteral("under"));
        QCOMPARE(painter.overlayOpacity(QStringLiteral("under")), 0.5);
        painter.setOverlay(QStringLiteral("under"), nullptr);
        painter.setOverlay(QStringLiteral("over"), nullptr);
        QVERIFY(painter.overlayIds().isEmpty());
        QCOMPARE(painter.render(m_view).pixelColor(beside), land);
    }

    void builtInLayersHideAndFade()
    {
        MapPainter painter;
        painter.setMunicipalities(square());
        IncidentColumns columns;
        columns.phenomenonIds = {1};
        columns.fid = {10};
        columns.x = {500.f};
        columns.y = {500.f};
        columns.phenomenon = {0};
        painter.setPhenomenonColour(1, QColor(0, 200, 0));
        painter.setIncidents(&columns, {0});
        painter.setOverlay(QStringLiteral("base"), std::make_shared<RectOverlay>(QRectF(), Qt::red, OverlayLevel::Basemap));
        painter.setOverlay(QStringLiteral("notes"),
                           std::make_shared<RectOverlay>(QRectF(), Qt::red, OverlayLevel::OverIncidents));
        QCOMPARE(painter.layerIds(),
                 (QStringList{QStringLiteral("base"), QStringLiteral("incidents"), QStringLiteral("municipalities"),
                              QStringLiteral("police_zones"), QStringLiteral("notes"), QStringLiteral("labels")}));

        const QPoint point = m_view.toPixel(QPointF(500, 500)).toPoint();
        const QPoint edge = m_view.toPixel(QPointF(0, 500)).toPoint();
        const QColor land = painter.style().land;
        QImage image = painter.render(m_view);
        QCOMPARE(image.pixelColor(point), QColor(0, 200, 0));
        QVERIFY(image.pixelColor(edge) != land && image.pixelColor(edge) != painter.style().background);

        painter.setLayerOpacity(QStringLiteral("incidents"), 0.5);
        QCOMPARE(painter.layerOpacity(QStringLiteral("incidents")), 0.5);
        const QColor faded = painter.render(m_view).pixelColor(point);
        QVERIFY2(std::abs(faded.green() - (land.green() + 200) / 2) <= 2, qPrintable(faded.name()));

        painter.setLayerVisible(QStringLiteral("incidents"), false);
        painter.setLayerVisible(QStringLiteral("municipalities"), false);
        QVERIFY(!painter.isLayerVisible(QStringLiteral("incidents")));
        image = painter.render(m_view);
        QCOMPARE(image.pixelColor(point), land);
        // Without its outline the edge of the square is land on one side, background on the other.
        const QColor e = image.pixelColor(edge + QPoint(1, 0));
        QVERIFY2(e == land, qPrintable(e.name()));

        // Overlays answer to the same calls.
        painter.setLayerOpacity(QStringLiteral("notes"), 0.25);
        QCOMPARE(painter.overlayOpacity(QStringLiteral("notes")), 0.25);
        painter.setLayerVisible(QStringLiteral("notes"), false);
        QVERIFY(!painter.isOverlayVisible(QStringLiteral("notes")));
    }

    void legendsStackAndAttributionsJoin()
    {
        MapPainter painter;
        painter.setMunicipalities(square());
        const QColor a(200, 0, 200), b(0, 150, 150);
        painter.setOverlay(QStringLiteral("a"), std::make_shared<RectOverlay>(QRectF(), a, OverlayLevel::Basemap,
                                                                              QSizeF(40, 20), QStringLiteral("© Someone")));
        painter.setOverlay(QStringLiteral("b"), std::make_shared<RectOverlay>(QRectF(), b, OverlayLevel::Basemap,
                                                                              QSizeF(40, 20)));
        const QImage image = painter.render(m_view);
        // First plate at the top-right margin (10 px), the second 10 px under it.
        QCOMPARE(image.pixelColor(400 - 10 - 20, 10 + 10), a);
        QCOMPARE(image.pixelColor(400 - 10 - 20, 10 + 20 + 10 + 10), b);

        // The mention is drawn: the attribution plate grows when an overlay adds one.
        MapPainter plain;
        plain.setMunicipalities(square());
        const QImage without = plain.render(m_view);
        int changed = 0;
        for (int x = 0; x < 400; ++x)
            changed += image.pixelColor(x, 295) != without.pixelColor(x, 295);
        QVERIFY2(changed > 20, qPrintable(QString::number(changed)));
        painter.setOverlayVisible(QStringLiteral("a"), false);
        QCOMPARE(painter.render(m_view).pixelColor(400 - 10 - 20, 10 + 10), b); // b moved up
    }
};

QTEST_MAIN(TestMapOverlays)
#include "tst_mapoverlays.moc"
