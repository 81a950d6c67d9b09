// SPDX-License-Identifier: GPL-3.0-or-later
#include "coordinatetransform.h"

#include <ogr_spatialref.h>

namespace phenomap {

struct CoordinateTransform::Private
{
    OGRSpatialReference source, target;
    OGRCoordinateTransformation *transform = nullptr;
};

CoordinateTransform::CoordinateTransform(int sourceEpsg, int targetEpsg) : d(std::make_unique<Private>())
{
    if (d->source.importFromEPSG(sourceEpsg) != OGRERR_NONE || d->target.importFromEPSG(targetEpsg) != OGRERR_NONE)
        return;
    d->source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    d->target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    d->transform = OGRCreateCoordinateTransformation(&d->source, &d->target);
}

CoordinateTransform::~CoordinateTransform()
{
    if (d->transform)
        OGRCoordinateTransformation::DestroyCT(d->transform);
}

bool CoordinateTransform::isValid() const
{
    return d->transform != nullptr;
}

std::optional<QPointF> CoordinateTransform::transform(QPointF point) const
{
    if (!d->transform)
        return std::nullopt;
    double x = point.x(), y = point.y();
    if (!d->transform->Transform(1, &x, &y))
        return std::nullopt;
    return QPointF(x, y);
}

} // namespace phenomap
