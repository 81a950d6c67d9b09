// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapoverlay.h"

#include <QCoreApplication>
#include <QImage>
#include <QMutex>
#include <QPainterPath>
#include <QRectF>

#include <array>
#include <memory>
#include <vector>

namespace phenomap {

/// The offline orientation basemap: green areas, water, railways and main roads of the region
/// (OpenStreetMap, see resources/data/PROVENANCE.md), read once through GDAL into world-metre
/// paths (EPSG:31370). Immutable after load, so one copy serves every map and thread.
class Basemap
{
public:
    /// Drawing classes, bottom to top.
    enum class Kind : quint8 { Green, Forest, Water, Stream, River, Tram, Rail, Tertiary, Secondary, Primary, Motorway };
    static constexpr int kKindCount = 11;

    struct Feature
    {
        QPainterPath path;
        QRectF bounds;
    };

    /// Reads the layers roads, railways, water, water_lines and green of a GeoPackage in EPSG:31370.
    /// Throws std::runtime_error naming the file and layer when one is missing or unreadable.
    static Basemap load(const QString &path);
    /// The basemap embedded in the application.
    static Basemap loadEmbedded();
    /// The embedded basemap, read once per process and shared (it is immutable). Throws like load().
    static std::shared_ptr<const Basemap> embedded();

    const std::vector<Feature> &features(Kind kind) const { return m_kinds[std::size_t(kind)]; }
    std::size_t featureCount() const;
    QRectF extent() const { return m_extent; }

private:
    std::array<std::vector<Feature>, kKindCount> m_kinds;
    QRectF m_extent;
};

/// Draws a Basemap under the data, muted so that incidents and class colours stay readable,
/// with fewer details when zoomed out. On raster devices the last frame is kept, so a filter
/// change redraws the basemap as one image.
class BasemapLayer : public MapOverlay
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::BasemapLayer)
public:
    explicit BasemapLayer(std::shared_ptr<const Basemap> basemap) : m_basemap(std::move(basemap)) {}

    OverlayLevel level() const override { return OverlayLevel::Basemap; }
    void paint(QPainter &painter, const MapViewport &viewport, double ui) const override;
    /// "© OpenStreetMap contributors" (the licence's wording, the same in every language).
    QString attribution(const QString &language) const override;

    /// Draws straight onto the painter, without the cache.
    void paintVector(QPainter &painter, const MapViewport &viewport, double ui) const;

private:
    std::shared_ptr<const Basemap> m_basemap;
    mutable QMutex m_cacheLock;
    mutable QImage m_cache;
    mutable MapViewport m_cacheViewport;
    mutable double m_cacheUi = 0;
};

} // namespace phenomap
