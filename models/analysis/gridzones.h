// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid.h"

#include <QString>

#include <optional>

namespace phenomap {

class Database;

/// A generated zone layer: a square or hexagonal grid over the region, named
/// "grid:square:500" or "grid:hex:250" (shape, cell size in metres) wherever a zone layer is
/// named (the choropleth's layer, a picture's state).
struct GridLayer
{
    Grid::Shape shape = Grid::Shape::Square;
    double cellSize = 500;
    bool operator==(const GridLayer &) const = default;
};

/// The grid a layer name stands for; nullopt when the name is not a grid's or its size is
/// outside 50..5,000 m.
std::optional<GridLayer> parseGridLayer(const QString &layer);
QString gridLayerName(const GridLayer &grid);

/// The grid's cells that touch the region (the project's municipalities; their extent when
/// they cannot be read as polygons). Throws SqliteError; an empty grid when the project has no
/// municipalities.
Grid regionGrid(Database &db, const GridLayer &spec);

} // namespace phenomap
