// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Boost.Geometry types the analysis library exchanges polygons in (EPSG:31370 metres).
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

namespace phenomap::analysis {

using Point = boost::geometry::model::d2::point_xy<double>;
using Polygon = boost::geometry::model::polygon<Point>; ///< clockwise outer ring, closed
using MultiPolygon = boost::geometry::model::multi_polygon<Polygon>;

} // namespace phenomap::analysis
