// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisgeometry.h"

#include <QByteArray>

namespace phenomap {

/// Reads ISO WKB polygons into Boost.Geometry.
/// Why: zone layers reach the analysis as WKB (from GeoPackage blobs or GDAL), and contiguity
/// and grid clipping need them as Boost.Geometry multi-polygons; GDAL is not linked here.
class WkbReader
{
public:
    /// Appends the parts of a Polygon or MultiPolygon (2D, Z, M or ZM; either byte order) to
    /// `out`, corrected to Boost's orientation. Returns false when the WKB is malformed or of
    /// another type.
    static bool readMultiPolygon(const QByteArray &wkb, analysis::MultiPolygon &out);
};

} // namespace phenomap
