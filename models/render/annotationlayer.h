// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "mapoverlay.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPolygonF>

namespace phenomap {

/// The analyst's annotations — text labels, arrows and areas — as a map overlay over the
/// incidents (id "annotations"). It draws for the projector and for paper alike: text with a
/// white halo, arrows with a filled head, areas with a semi-transparent fill and a haloed outline.
/// Sizes are logical pixels times `ui`, so a 300 dpi PDF shows them as large as the screen.
class AnnotationLayer : public MapOverlay
{
public:
    /// The overlay id under which MapPainter holds the annotations of the current view.
    static QString overlayId() { return QStringLiteral("annotations"); }

    explicit AnnotationLayer(QList<Annotation> annotations = {}) : m_annotations(std::move(annotations)) {}

    const QList<Annotation> &annotations() const { return m_annotations; }

    OverlayLevel level() const override { return OverlayLevel::OverIncidents; }
    void paint(QPainter &painter, const MapViewport &viewport, double ui) const override;

    /// Draws one annotation (also used by the tools for the shape being drawn).
    static void paintAnnotation(QPainter &painter, const Annotation &annotation, const MapViewport &viewport, double ui);
    /// The default look of a new annotation of a kind: a strong red that reads on the light map.
    static AnnotationStyle defaultStyle(Annotation::Kind kind);
    /// Distance in pixels from `pixel` to the annotation as drawn (0 inside an area or a label).
    static double pixelDistance(const Annotation &annotation, QPointF pixel, const MapViewport &viewport);
    /// Index of the annotation drawn nearest to `pixel` within `tolerance` pixels (topmost first
    /// on ties), or -1.
    static int hitTest(const QList<Annotation> &annotations, QPointF pixel, const MapViewport &viewport,
                       double tolerance = 6.0);
    /// The pixel rectangle a text label covers, centred on its anchor.
    static QRectF textRect(const Annotation &annotation, const MapViewport &viewport, double ui);
    /// The font of a text label at `ui`.
    static QFont textFont(const Annotation &annotation, double ui);

private:
    QList<Annotation> m_annotations;
};

} // namespace phenomap
