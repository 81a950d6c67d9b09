// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapoverlay.h"
#include "zonelayer.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QPainterPath>
#include <QStringList>

#include <memory>
#include <vector>

namespace phenomap {

/// The map layer of a local statistics result (Getis-Ord Gi* or Local Moran): each unit - a
/// square or hexagonal grid cell, or a zone - filled by its class, with a legend plate titled
/// with the method and its key parameters.
/// Why built from runAnalysis's JSON ({"record", "result", "units"}): a result just computed and
/// one saved in the project months ago are drawn by the same code from the same data.
/// Colours: Gi* hot and cold spots use ColorBrewer's diverging RdBu (colour-blind safe), darker
/// for higher confidence; LISA uses the usual GeoDa cluster colours. Units that are not
/// significant are left unfilled so the map beneath stays readable.
class ResultLayer : public MapOverlay
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ResultLayer)
public:
    /// A class of the legend: its colour and label; units hold an index into classes().
    struct Class
    {
        QColor colour;
        QString label;
    };

    /// Builds the layer of a Gi* or LISA output; nullptr for methods without per-unit classes
    /// (Global Moran, Knox) or when the units cannot be drawn (zone units without `zones`, sizes
    /// that do not match). `zones` are the shapes of the record's zone layer, for zone units.
    static std::shared_ptr<ResultLayer> fromOutput(const QJsonObject &output, const ZoneLayer *zones = nullptr);

    OverlayLevel level() const override { return OverlayLevel::UnderIncidents; }
    void paint(QPainter &painter, const MapViewport &viewport, double ui) const override;
    QSizeF legendSize(double ui) const override;
    void paintLegend(QPainter &painter, QPointF topLeft, double ui) const override;

    const std::vector<Class> &classes() const { return m_classes; }
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    int unitCount() const { return int(m_shapes.size()); }
    /// Class index of unit i, -1 = not significant (not drawn).
    int classOf(int unit) const { return m_classOf[std::size_t(unit)]; }
    /// Union of the units' bounds (world metres).
    QRectF extent() const { return m_extent; }

    /// ColorBrewer RdBu (6 classes, without the middle): hot 99 / 95 / 90 %, cold 90 / 95 / 99 %.
    static QColor hotColdColour(int hotCold);
    /// GeoDa LISA colours for LocalMoran::Quadrant 1..4 (high-high, low-high, low-low, high-low).
    static QColor lisaColour(int quadrant);

private:
    ResultLayer() = default;
    struct Layout;
    Layout layout(double ui) const;

    QString m_title, m_subtitle;
    std::vector<Class> m_classes;
    std::vector<QPainterPath> m_shapes; ///< world metres
    std::vector<int> m_classOf;
    QRectF m_extent;
};

} // namespace phenomap
