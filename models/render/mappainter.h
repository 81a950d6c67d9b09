// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bingrid.h"
#include "choroplethlayer.h"
#include "hexbins.h"
#include "pointcolours.h"
#include "mapoverlay.h"
#include "mapview.h"
#include "zonelayer.h"
#include "zonelod.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QStaticText>
#include <QString>

#include <memory>
#include <vector>

class QPainter;

namespace phenomap {

struct IncidentColumns;
struct TaxonomyNode;

/// Draws the map — zones, labels, incidents, selection and the mandatory marks — on any
/// QPainter, so the screen, PNG, SVG and PDF outputs are the same picture. It holds only what it
/// draws (decoded zones, a pointer to the engine's columns, the visible rows); it never queries
/// the store, so a frame costs no I/O. Points go through a raster layer with cached sprites, and
/// are binned into counted cells when zoomed out, so 100 000 incidents stay cheap.
class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::MapPainter)
public:
    /// Colours and sizes of the map; the defaults are a light, print-friendly style.
    struct Style
    {
        QColor background{0xdd, 0xe3, 0xe9};          ///< outside the region
        QColor land{0xf6, 0xf4, 0xef};                ///< municipality fill
        QColor municipalityOutline{0x9a, 0xa1, 0xab};
        QColor policeZoneOutline{0x3d, 0x46, 0x55};
        QColor label{0x3a, 0x3f, 0x47};
        QColor selection{0x00, 0xb4, 0xff};
        QColor fallbackPoint{0x66, 0x66, 0x66};        ///< phenomenon without a colour
        double pointRadius = 3.0;                      ///< logical pixels, at 10 m per pixel or closer
        double binThreshold = 45.0;                    ///< metres per pixel above which points are binned
        /// With this many visible incidents or more, points are binned from denseBinThreshold
        /// metres per pixel already: at the scale of the region they would only be a smear.
        std::size_t densePointCount = 200000;
        double denseBinThreshold = 12.0;
        double binCellPixels = 26.0;                   ///< target size of a bin cell on screen
        double labelMaxMetresPerPixel = 70.0;          ///< municipality names shown below this scale
    };

    MapPainter();

    const Style &style() const { return m_style; }
    void setStyle(const Style &style);

    void setMunicipalities(ZoneLayer layer);
    void setPoliceZones(ZoneLayer layer);
    const ZoneLayer &municipalities() const { return m_municipalities; }
    const ZoneLayer &policeZones() const { return m_policeZones; }

    /// The engine's columns (not owned; must outlive the painter or be reset) and the visible rows.
    /// Call it again whenever the columns or the visible rows change: it drops the bin counts.
    void setIncidents(const IncidentColumns *columns, std::vector<quint32> rows);
    const std::vector<quint32> &visibleRows() const { return m_rows; }
    const IncidentColumns *columns() const { return m_columns; }
    /// Point colours from the phenomena's `colour` fields.
    void setTaxonomy(const QList<TaxonomyNode> &nodes);
    void setPhenomenonColour(qint64 phenomenonId, const QColor &colour);
    QColor phenomenonColour(qint64 phenomenonId) const;
    /// Points by phenomenon (default) or by their first MO, in shades of the phenomenon's colour
    /// (an incident without MO keeps its phenomenon's colour).
    void setPointColouring(PointColouring colouring) { m_pointColouring = colouring; }
    PointColouring pointColouring() const { return m_pointColouring; }
    /// The colour of an MO's points (its phenomenon's shade), or the fallback colour.
    QColor moColour(qint64 moId) const;
    /// Zoomed out, incidents are counted in square cells (default) or hexagons of the same area.
    void setBinShape(BinShape shape) { m_binShape = shape; }
    BinShape binShape() const { return m_binShape; }
    /// Incidents (by fid) drawn with a highlight ring.
    void setSelection(const QSet<quint32> &fids) { m_selection = fids; }
    const QSet<quint32> &selection() const { return m_selection; }
    /// "fr", "nl" or "en": zone names and the UrbIS attribution follow it.
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    /// Fills a zone layer with class colours (under the incidents) and draws its legend;
    /// a default Choropleth (no layer) switches it off.
    void setChoropleth(Choropleth choropleth) { m_choropleth = std::move(choropleth); }
    const Choropleth &choropleth() const { return m_choropleth; }
    /// Layers the analyst can hide or fade, bottom to top: the built-in "municipalities",
    /// "police_zones", "incidents" and "labels" (names of municipalities) mixed with the overlays
    /// at their levels. Visibility and opacity apply to both kinds; the region's land fill and the
    /// mandatory marks (attribution, scale bar, synthetic banner) always draw.
    QStringList layerIds() const;
    void setLayerVisible(const QString &id, bool visible);
    bool isLayerVisible(const QString &id) const;
    void setLayerOpacity(const QString &id, double opacity);
    double layerOpacity(const QString &id) const;

    /// Adds or replaces the overlay named `id` (e.g. "basemap", "density", "result"); a null
    /// overlay removes it. A new id goes on top of the overlays of its level; a replaced one keeps
    /// its place, visibility and opacity.
    void setOverlay(const QString &id, std::shared_ptr<const MapOverlay> overlay);
    std::shared_ptr<const MapOverlay> overlay(const QString &id) const;
    /// The ids of the overlays, bottom to top.
    QStringList overlayIds() const;
    void setOverlayVisible(const QString &id, bool visible);
    bool isOverlayVisible(const QString &id) const;
    /// 0 (transparent) to 1 (opaque).
    void setOverlayOpacity(const QString &id, double opacity);
    double overlayOpacity(const QString &id) const;

    /// Shows the "SYNTHETIC DATA" banner.
    void setSynthetic(bool synthetic) { m_synthetic = synthetic; }
    bool isSynthetic() const { return m_synthetic; }

    /// The extent worth showing: the zones, else the incident points; null when nothing is loaded.
    QRectF dataExtent() const;
    /// True when the viewport is zoomed out past the binning threshold.
    bool isBinned(const MapViewport &viewport) const
    {
        return viewport.metresPerPixel() > m_style.binThreshold ||
               (m_rows.size() >= m_style.densePointCount && viewport.metresPerPixel() > m_style.denseBinThreshold);
    }
    /// Radius of an incident dot in logical pixels at this viewport (smaller when zoomed out).
    double pointRadius(const MapViewport &viewport) const;
    /// Side of a bin cell in metres at this viewport (a round number: 100 m, 250 m, 1 km, ...).
    double binCellMetres(const MapViewport &viewport) const;

    /// Draws the whole map into the rectangle (0,0, viewport.pixelSize()) of the painter.
    void paint(QPainter &painter, const MapViewport &viewport) const;
    /// Convenience: renders into a new ARGB image of the viewport's size.
    QImage render(const MapViewport &viewport) const;

    /// The mandatory UrbIS mention in a language ("fr", "nl", else English), from PROVENANCE.md.
    static QString urbisAttribution(const QString &language);

private:
    enum class ZonePass { Land, Choropleth, Outline };
    void drawZones(QPainter &painter, const MapViewport &viewport, double ui, ZonePass pass) const;
    void drawLabels(QPainter &painter, const MapViewport &viewport, double ui) const;
    void drawPoints(QPainter &painter, const MapViewport &viewport, double ui) const;
    void drawBins(QPainter &painter, const MapViewport &viewport, double ui) const;
    void drawHexBins(QPainter &painter, const MapViewport &viewport, double ui, double cell) const;
    void drawBinCells(QPainter &painter, const MapViewport &viewport, double ui, const BinGrid &grid, CellRange cells,
                      quint32 maxCount) const;
    const QImage &labelImage(const QString &text, const QFont &font, double halo, qreal dpr) const;
    void drawSelection(QPainter &painter, const MapViewport &viewport, double ui) const;
    void drawScaleBar(QPainter &painter, const MapViewport &viewport, double ui) const;
    void drawAttribution(QPainter &painter, const MapViewport &viewport, double ui) const;
    void drawSyntheticBanner(QPainter &painter, const MapViewport &viewport, double ui) const;
    const QImage &sprite(QRgb colour, int radius) const;
    void drawOverlays(QPainter &painter, const MapViewport &viewport, double ui, OverlayLevel level) const;
    void drawOverlayLegends(QPainter &painter, const MapViewport &viewport, double ui) const;

    struct OverlayEntry
    {
        QString id;
        std::shared_ptr<const MapOverlay> overlay;
        bool visible = true;
        double opacity = 1.0;
    };
    const OverlayEntry *findOverlay(const QString &id) const;
    OverlayEntry *findOverlay(const QString &id);
    template <typename Self> static auto findOverlayIn(Self &self, const QString &id);

    Style m_style;
    ZoneLayer m_municipalities, m_policeZones;
    const IncidentColumns *m_columns = nullptr;
    std::vector<quint32> m_rows;
    QHash<qint64, QColor> m_colours;
    QHash<qint64, QColor> m_moColours;
    PointColouring m_pointColouring = PointColouring::Phenomenon;
    QSet<quint32> m_selection;
    Choropleth m_choropleth;
    std::vector<OverlayEntry> m_overlays;
    struct LayerState
    {
        bool visible = true;
        double opacity = 1.0;
    };
    LayerState m_municipalityLayer, m_policeZoneLayer, m_incidentLayer, m_labelLayer;
    const LayerState *builtIn(const QString &id) const;
    LayerState *builtIn(const QString &id);
    template <typename Self> static auto builtInOf(Self &self, const QString &id);
    QString m_language = QStringLiteral("en");
    bool m_synthetic = false;
    mutable QHash<quint64, QImage> m_sprites; // key: colour << 8 | radius
    mutable BinCache m_bins;
    mutable HexBinCache m_hexBins;
    BinShape m_binShape = BinShape::Square;
    mutable ZoneLod m_municipalityLod, m_policeZoneLod;
    mutable QHash<QString, QImage> m_labelImages;   // key: text, font size, halo, device pixel ratio
    mutable QHash<quint32, QStaticText> m_binTexts; // count -> laid-out text, for m_binTextKey
    mutable QString m_binTextKey;                   // font and locale of m_binTexts
};

} // namespace phenomap
