// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choroplethlayer.h"
#include "densitylayer.h"
#include "engine.h"
#include "mappainter.h"
#include "situationpicture.h"

#include <QCoreApplication>
#include <QRectF>

#include <tuple>
#include <vector>

namespace phenomap {

class Project;

/// The computed layers of a situation picture, for the briefing and the map images: the
/// choropleth and the density surface of the picture's own filter, built as the window builds
/// them, with the legend title in the report's language.
class PictureOverlays
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::PictureOverlays)
public:
    /// The choropleth a picture asks for over `result` (of `filter`); disabled (empty) when the
    /// picture has none or it is off. Throws std::exception when the statistics cannot be read.
    static Choropleth choropleth(Project &project, const Engine &engine, const Filter &filter,
                                 const FilterResult &result, const ChoroplethView &view, const QString &language);
    /// The choropleth legend's title for a measure code in "fr", "nl" or English.
    static QString measureTitle(const QString &measure, const QString &language);

    /// The legend of points coloured by MO: (MO id, incidents whose first MO it is, its colour),
    /// most first, then (phenomenon id, incidents without MO, its colour).
    static std::vector<std::tuple<qint64, quint32, QColor>> moLegend(const IncidentColumns &columns,
                                                                     const std::vector<quint32> &rows,
                                                                     const MapPainter &painter);

    /// Quartic kernel density of the points (incidents per km²) over `extent` grown by the
    /// bandwidth; points with a NaN coordinate are left out.
    static DensitySurface density(const std::vector<double> &x, const std::vector<double> &y, QRectF extent,
                                  double bandwidth, double cellSize);
    /// The same for the visible rows of an engine, over the extent of all its points.
    static DensitySurface density(const IncidentColumns &columns, const std::vector<quint32> &rows, QRectF extent,
                                  double bandwidth, double cellSize);
};

} // namespace phenomap
