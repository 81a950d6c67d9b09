// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemap.h"

#include "mapdrawing.h"
#include "vsimemfile.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QMutexLocker>
#include <QPaintDevice>
#include <QPainter>

#include <stdexcept>

namespace phenomap {
namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};

void addRing(QPainterPath &path, const OGRLinearRing *ring)
{
    const int n = ring ? ring->getNumPoints() : 0;
    if (n < 3)
        return;
    path.moveTo(ring->getX(0), ring->getY(0));
    for (int i = 1; i < n; ++i)
        path.lineTo(ring->getX(i), ring->getY(i));
    path.closeSubpath();
}

void addLine(QPainterPath &path, const OGRLineString *line)
{
    const int n = line ? line->getNumPoints() : 0;
    if (n < 2)
        return;
    path.moveTo(line->getX(0), line->getY(0));
    for (int i = 1; i < n; ++i)
        path.lineTo(line->getX(i), line->getY(i));
}

void addGeometry(QPainterPath &path, const OGRGeometry *g)
{
    if (!g)
        return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: {
        const auto *poly = g->toPolygon();
        addRing(path, poly->getExteriorRing());
        for (int i = 0; i < poly->getNumInteriorRings(); ++i)
            addRing(path, poly->getInteriorRing(i));
        break;
    }
    case wkbLineString:
        addLine(path, g->toLineString());
        break;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        const auto *collection = g->toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            addGeometry(path, collection->getGeometryRef(i));
        break;
    }
    default:
        break;
    }
}

using Kind = Basemap::Kind;

/// The drawing class of a feature of a layer, or -1 to leave it out (underground lines).
int classify(const QByteArray &layer, OGRFeature &f)
{
    const QByteArray cls = f.GetFieldAsString("class");
    const auto underground = [&] {
        const int i = f.GetFieldIndex("tunnel");
        if (i < 0 || !f.IsFieldSetAndNotNull(i))
            return false;
        const QByteArray v = f.GetFieldAsString(i);
        return !v.isEmpty() && v != "no" && v != "0";
    };
    if (layer == "green")
        return int(cls == "forest" ? Kind::Forest : Kind::Green);
    if (layer == "water")
        return int(Kind::Water);
    if (layer == "water_lines") {
        if (underground())
            return -1;
        return int(cls == "stream" ? Kind::Stream : Kind::River);
    }
    if (layer == "railways") {
        if (cls == "subway" || underground())
            return -1;
        return int(cls == "tram" ? Kind::Tram : Kind::Rail);
    }
    if (underground())
        return -1;
    if (cls == "motorway" || cls == "trunk")
        return int(Kind::Motorway);
    if (cls == "primary")
        return int(Kind::Primary);
    if (cls == "secondary")
        return int(Kind::Secondary);
    return int(Kind::Tertiary);
}

struct KindStyle
{
    QColor fill, line;
    double width = 0;          ///< logical pixels; 0 = polygon
    double maxMetresPerPixel;  ///< drawn at this scale or closer
};

KindStyle styleOf(Kind kind)
{
    switch (kind) {
    case Kind::Green: return {QColor(0xdf, 0xea, 0xd3), {}, 0, 2000};
    case Kind::Forest: return {QColor(0xd4, 0xe3, 0xc5), {}, 0, 2000};
    case Kind::Water: return {QColor(0xc4, 0xdb, 0xeb), {}, 0, 2000};
    case Kind::Stream: return {{}, QColor(0xa9, 0xc9, 0xe0), 0.8, 8};
    case Kind::River: return {{}, QColor(0xa9, 0xc9, 0xe0), 1.6, 2000};
    case Kind::Tram: return {{}, QColor(0xbd, 0xb8, 0xb4), 0.7, 8};
    case Kind::Rail: return {{}, QColor(0x9a, 0x96, 0x92), 1.0, 2000};
    case Kind::Tertiary: return {{}, QColor(0xe2, 0xde, 0xd6), 1.0, 10};
    case Kind::Secondary: return {{}, QColor(0xdc, 0xd6, 0xcc), 1.3, 25};
    case Kind::Primary: return {{}, QColor(0xd5, 0xcd, 0xc0), 1.8, 2000};
    case Kind::Motorway: return {{}, QColor(0xcf, 0xbf, 0xa6), 2.4, 2000};
    }
    return {};
}

} // namespace

Basemap Basemap::load(const QString &path)
{
    GDALAllRegister();
    const QByteArray utf8 = path.toUtf8();
    std::unique_ptr<GDALDataset, DatasetCloser> ds(
        GDALDataset::Open(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        throw std::runtime_error("cannot open basemap " + path.toStdString());
    Basemap out;
    for (const char *name : {"green", "water", "water_lines", "railways", "roads"}) {
        OGRLayer *layer = ds->GetLayerByName(name);
        if (!layer)
            throw std::runtime_error("basemap " + path.toStdString() + " has no layer " + name);
        const OGRSpatialReference *srs = layer->GetSpatialRef();
        if (!srs || !srs->GetAuthorityCode(nullptr) || QByteArray(srs->GetAuthorityCode(nullptr)) != "31370")
            throw std::runtime_error("basemap layer " + std::string(name) + " of " + path.toStdString() +
                                     " is not in EPSG:31370");
        layer->ResetReading();
        while (std::unique_ptr<OGRFeature> f{layer->GetNextFeature()}) {
            const int kind = classify(name, *f);
            if (kind < 0)
                continue;
            Feature feature;
            addGeometry(feature.path, f->GetGeometryRef());
            if (feature.path.isEmpty())
                continue;
            feature.bounds = feature.path.controlPointRect();
            out.m_extent = out.m_extent.isNull() ? feature.bounds : out.m_extent.united(feature.bounds);
            out.m_kinds[std::size_t(kind)].push_back(std::move(feature));
        }
    }
    return out;
}

Basemap Basemap::loadEmbedded()
{
    VsiMemFile file(QStringLiteral(":/phenomap/data/brussels_basemap_31370.gpkg"));
    return load(file.path());
}

std::shared_ptr<const Basemap> Basemap::embedded()
{
    static const std::shared_ptr<const Basemap> shared = std::make_shared<const Basemap>(loadEmbedded());
    return shared;
}

std::size_t Basemap::featureCount() const
{
    std::size_t n = 0;
    for (const auto &kind : m_kinds)
        n += kind.size();
    return n;
}

QString BasemapLayer::attribution(const QString &) const
{
    return QStringLiteral("© OpenStreetMap contributors");
}

void BasemapLayer::paintVector(QPainter &painter, const MapViewport &viewport, double ui) const
{
    if (!m_basemap)
        return;
    const double mpp = viewport.metresPerPixel();
    const QRectF visible = viewport.worldExtent();
    const double minSize = 2.0 * mpp; // polygons smaller than two pixels are left out
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(viewport.worldToPixel(), true);
    for (int k = 0; k < Basemap::kKindCount; ++k) {
        const Kind kind = Kind(k);
        const KindStyle style = styleOf(kind);
        if (mpp > style.maxMetresPerPixel)
            continue;
        if (style.width > 0) {
            // Wider lines when zoomed in to street level.
            QPen pen(style.line, style.width * ui * (mpp < 3 ? 1.6 : 1.0));
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.fill);
        }
        for (const Basemap::Feature &f : m_basemap->features(kind)) {
            if (!f.bounds.intersects(visible))
                continue;
            if (style.width <= 0 && std::max(f.bounds.width(), f.bounds.height()) < minSize)
                continue;
            painter.drawPath(f.path);
        }
    }
    painter.restore();
}

void BasemapLayer::paint(QPainter &painter, const MapViewport &viewport, double ui) const
{
    if (!mapdrawing::isRaster(painter)) {
        paintVector(painter, viewport, ui);
        return;
    }
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QMutexLocker lock(&m_cacheLock);
    if (m_cache.isNull() || !(m_cacheViewport == viewport) || m_cacheUi != ui || m_cache.devicePixelRatio() != dpr) {
        m_cache = QImage(viewport.pixelSize() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter p(&m_cache);
        paintVector(p, viewport, ui);
        m_cacheViewport = viewport;
        m_cacheUi = ui;
    }
    painter.drawImage(QPointF(0, 0), m_cache);
}

} // namespace phenomap
