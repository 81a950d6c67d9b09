// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choroplethlayer.h"
#include "choroplethpanel.h"
#include "classbreaks.h"
#include "zonestatistics.h"

namespace phenomap {

class Database;
class ZoneLayer;

/// The map painter's choropleth for settings and zone statistics: class breaks, colours of the
/// palette (diverging ones centred on no change, an even share, else the median), the fills by
/// zone code and the legend's title and decimals. One function for the window and the briefing,
/// so a PDF shows the classes the analyst saw. `breaks` receives the breaks used. `shapes` are
/// the polygons to fill for a layer the painter does not hold (an imported one; see
/// choroplethShapes()); a generated grid's cells come from the statistics.
Choropleth buildChoropleth(const ChoroplethSettings &settings, const ZoneStatistics &statistics, const QString &title,
                           ClassBreaks *breaks = nullptr, std::shared_ptr<const ZoneLayer> shapes = nullptr);

/// The polygons of `layer` when the map painter does not already hold them (not municipalities,
/// police zones or a generated grid): read from the project's `zones` table; null otherwise.
std::shared_ptr<const ZoneLayer> choroplethShapes(Database &db, const QString &layer);

} // namespace phenomap
