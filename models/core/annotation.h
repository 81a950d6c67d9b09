// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace phenomap {

/// How an annotation is drawn. Colours are "#rrggbb" or "#aarrggbb".
struct AnnotationStyle
{
    QString stroke = QStringLiteral("#000000");
    QString fill;
    double width = 1.0;
    double fontPt = 10.0;
    bool operator==(const AnnotationStyle &) const = default;
};

/// Something drawn on the map by the analyst. Points are EPSG:31370 metres: text = its anchor,
/// arrow = a polyline with the head at the last point, area = a ring (no repeated closing point).
/// A plain value in core so that the picture store (exchange) keeps it and the map painter
/// (render) draws it without either depending on the other.
struct Annotation
{
    enum class Kind { Text, Arrow, Area };
    Kind kind = Kind::Text;
    QList<std::pair<double, double>> points;
    QString text;
    AnnotationStyle style;
    bool operator==(const Annotation &) const = default;
};

} // namespace phenomap
