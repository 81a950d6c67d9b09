// SPDX-License-Identifier: GPL-3.0-or-later
// The offline basemap: the embedded OpenStreetMap layers load with every feature GDAL counts
// (less the underground lines we leave out), water and green draw their colours at their
// places, zoomed-out maps leave the small streets out, the cached frame equals a fresh one, and
// a broken basemap file is refused with its name and the missing layer.
#include "basemap.h"
#include "mappainter.h"
#include "vsimemfile.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;
using Kind = Basemap::Kind;

namespace {

/// Counts features of a layer of the embedded basemap with an OGR SQL filter, independently of
/// Basemap::load.
int countWhere(const QString &layer, const QString &where)
{
    VsiMemFile file(QStringLiteral(":/phenomap/data/brussels_basemap_31370.gpkg"));
    GDALAllRegister();
    GDALDataset *ds = GDALDataset::Open(file.path().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                        nullptr, nullptr, nullptr);
    if (!ds)
        return -1;
    const QByteArray sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(layer, where).toUtf8();
    OGRLayer *result = ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
    int n = -1;
    if (result) {
        std::unique_ptr<OGRFeature> f{result->GetNextFeature()};
        n = f ? int(f->GetFieldAsInteger64(0)) : -1;
        ds->ReleaseResultSet(result);
    }
    GDALClose(ds);
    return n;
}

/// A point well inside a feature's path (the centre of a small square fully inside it).
std::optional<QPointF> interiorPoint(const QPainterPath &path)
{
    const QRectF b = path.boundingRect();
    for (int i = 1; i < 40; ++i)
        for (int j = 1; j < 40; ++j) {
            const QPointF p(b.left() + b.width() * i / 40, b.top() + b.height() * j / 40);
            if (path.contains(QRectF(p - QPointF(15, 15), QSizeF(30, 30))))
                return p;
        }
    return std::nullopt;
}

const Basemap::Feature &largest(const Basemap &basemap, Kind kind)
{
    const auto &features = basemap.features(kind);
    return *std::max_element(features.begin(), features.end(), [](const auto &a, const auto &b) {
        return a.bounds.width() * a.bounds.height() < b.bounds.width() * b.bounds.height();
    });
}

} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Basemap> m_basemap;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_basemap = std::make_shared<const Basemap>(Basemap::loadEmbedded());
        qInfo("basemap: %zu features loaded in %lld ms", m_basemap->featureCount(), timer.elapsed());
    }

    void everyFeatureIsLoaded()
    {
        const auto n = [&](Kind k) { return int(m_basemap->features(k).size()); };
        QCOMPARE(n(Kind::Green) + n(Kind::Forest), countWhere(QStringLiteral("green"), QStringLiteral("1")));
        QCOMPARE(n(Kind::Forest), countWhere(QStringLiteral("green"), QStringLiteral("class = 'forest'")));
        QCOMPARE(n(Kind::Water), countWhere(QStringLiteral("water"), QStringLiteral("1")));
        const QString above = QStringLiteral("(tunnel IS NULL OR tunnel IN ('', 'no', '0'))");
        QCOMPARE(n(Kind::Rail), countWhere(QStringLiteral("railways"), QStringLiteral("class = 'rail' AND ") + above));
        QCOMPARE(n(Kind::Tram), countWhere(QStringLiteral("railways"), QStringLiteral("class = 'tram' AND ") + above));
        QCOMPARE(n(Kind::Motorway),
                 countWhere(QStringLiteral("roads"), QStringLiteral("class IN ('motorway', 'trunk') AND ") + above));
        QCOMPARE(n(Kind::Primary) + n(Kind::Secondary) + n(Kind::Tertiary) + n(Kind::Motorway),
                 countWhere(QStringLiteral("roads"), above));
        QVERIFY(n(Kind::Stream) > 0 && n(Kind::River) > 0);
        // The region (about 20 x 20 km around 150 000, 170 000 in Lambert 72).
        QVERIFY(m_basemap->extent().contains(QPointF(149000, 170000)));
        QVERIFY(m_basemap->extent().width() > 15000 && m_basemap->extent().width() < 30000);
    }

    void waterAndGreenDrawAtTheirPlaces()
    {
        MapPainter painter;
        auto layer = std::make_shared<BasemapLayer>(m_basemap);
        painter.setOverlay(QStringLiteral("basemap"), layer);
        for (Kind kind : {Kind::Water, Kind::Forest}) {
            const auto at = interiorPoint(largest(*m_basemap, kind).path);
            QVERIFY(at);
            const MapViewport view(*at, 5.0, QSize(300, 200));
            const QImage image = painter.render(view);
            const QColor colour = image.pixelColor(150, 100);
            QVERIFY2(colour != painter.style().background, qPrintable(colour.name()));
            // Water is blue-ish, forest green-ish.
            if (kind == Kind::Water)
                QVERIFY2(colour.blue() > colour.red() + 20, qPrintable(colour.name()));
            else
                QVERIFY2(colour.green() > colour.red() + 10 && colour.green() > colour.blue(), qPrintable(colour.name()));
            // Hidden, the same pixel is the plain background.
            painter.setLayerVisible(QStringLiteral("basemap"), false);
            QCOMPARE(painter.render(view).pixelColor(150, 100), painter.style().background);
            painter.setLayerVisible(QStringLiteral("basemap"), true);
        }
    }

    void zoomedOutLeavesSmallStreetsOut()
    {
        const BasemapLayer layer(m_basemap);
        const auto paths = [&](double mpp) {
            QPicture picture;
            QPainter p(&picture);
            layer.paintVector(p, MapViewport(m_basemap->extent().center(), mpp, QSize(1000, 1000)), 1.0);
            p.end();
            return picture.size();
        };
        // The whole region at 30 m per pixel records far fewer paths than at 5 m per pixel
        // (compared on the same ground: 1000 px at 5 m is a 5 km window, so scale by area).
        const int far = paths(30), near = paths(5);
        QVERIFY2(far > 0 && near > 0, qPrintable(QStringLiteral("%1 %2").arg(far).arg(near)));
        QVERIFY2(far < near * 36, qPrintable(QStringLiteral("%1 %2").arg(far).arg(near)));
    }

    void cachedFrameEqualsAFreshOne()
    {
        auto cached = std::make_shared<BasemapLayer>(m_basemap);
        MapPainter painter;
        painter.setOverlay(QStringLiteral("basemap"), cached);
        const MapViewport a(QPointF(149500, 170500), 8.0, QSize(320, 240)), b(QPointF(152000, 168000), 3.0, QSize(320, 240));
        (void)painter.render(a);
        const QImage again = painter.render(b);
        MapPainter fresh;
        fresh.setOverlay(QStringLiteral("basemap"), std::make_shared<BasemapLayer>(m_basemap));
        QCOMPARE(again, fresh.render(b));
        QCOMPARE(painter.render(b), again); // from the cache
    }

    void brokenFilesAreNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partial.gpkg"));
        GDALAllRegister();
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDataset *ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        OGRSpatialReference srs;
        srs.importFromEPSG(31370);
        ds->CreateLayer("roads", &srs, wkbMultiLineString, nullptr);
        GDALClose(ds);
        try {
            (void)Basemap::load(path);
            QFAIL("a basemap without green was accepted");
        } catch (const std::runtime_error &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(path) && message.contains(QLatin1String("green")), qPrintable(message));
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Basemap::load(dir.filePath(QStringLiteral("missing.gpkg"))));
    }
};

QTEST_MAIN(TestBasemap)
#include "tst_basemap.moc"
