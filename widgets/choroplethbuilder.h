// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choroplethlayer.h"
#include "choroplethpanel.h"
#include "classbreaks.h"
#include "zonestatistics.h"

namespace phenomap {

/// The map painter's choropleth for settings and zone statistics: class breaks, colours of the
/// palette (diverging ones centred on no change, an even share, else the median), the fills by
/// zone code and the legend's title and decimals. One function for the window and the briefing,
/// so a PDF shows the classes the analyst saw. `breaks` receives the breaks used.
Choropleth buildChoropleth(const ChoroplethSettings &settings, const ZoneStatistics &statistics, const QString &title,
                           ClassBreaks *breaks = nullptr);

} // namespace phenomap
