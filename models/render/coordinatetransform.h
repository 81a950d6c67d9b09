// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <memory>
#include <optional>

namespace phenomap {

/// Transforms points between two EPSG coordinate systems through OGR/PROJ. It exists so the GUI
/// can show WGS84 beside Lambert 72 without linking GDAL itself (GDAL stays private here).
/// Coordinates are in traditional GIS order: x = easting or longitude, y = northing or latitude.
class CoordinateTransform
{
public:
    /// Builds the transformation; isValid() is false when PROJ does not know either code.
    CoordinateTransform(int sourceEpsg, int targetEpsg);
    ~CoordinateTransform();
    CoordinateTransform(const CoordinateTransform &) = delete;
    CoordinateTransform &operator=(const CoordinateTransform &) = delete;

    bool isValid() const;
    /// The transformed point, or nullopt when the transformation failed for it.
    std::optional<QPointF> transform(QPointF point) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace phenomap
