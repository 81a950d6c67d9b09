// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taxonomy.h"

#include <QColor>
#include <QHash>
#include <QList>

namespace phenomap {

/// How incident points are coloured: by their phenomenon, or by their (first) modus operandi.
enum class PointColouring { Phenomenon, Mo };

/// The shape incidents are counted in when zoomed out.
enum class BinShape { Square, Hexagon };

/// "phenomenon" / "mo", as a picture stores the incidents layer's style; and back (unknown:
/// Phenomenon).
QString pointColouringCode(PointColouring colouring);
PointColouring pointColouringFromCode(const QString &code);
/// The incidents layer's style in a picture: "phenomenon" or "mo", then ";hex" for hexagonal
/// bins ("mo;hex"); and its parts back (a style without ";hex" means squares).
QString incidentStyle(PointColouring colouring, BinShape shape);
PointColouring colouringOfStyle(const QString &style);
BinShape binShapeOfStyle(const QString &style);

/// Colours of the modus operandi, derived from their phenomenon's colour so that the map still
/// reads by phenomenon: the MO of one phenomenon (in their sort order) get distinct shades of its
/// hue, from dark to light, the same every time for the same taxonomy. MO whose phenomenon has no
/// colour are absent.
QHash<qint64, QColor> moShades(const QList<TaxonomyNode> &nodes);

} // namespace phenomap
