// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridzones.h"

#include "gpkggeometry.h"
#include "sqlite.h"

#include <QStringList>

#include <algorithm>

namespace phenomap {

std::optional<GridLayer> parseGridLayer(const QString &layer)
{
    const QStringList parts = layer.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QLatin1String("grid"))
        return std::nullopt;
    GridLayer out;
    if (parts[1] == QLatin1String("square"))
        out.shape = Grid::Shape::Square;
    else if (parts[1] == QLatin1String("hex"))
        out.shape = Grid::Shape::Hexagon;
    else
        return std::nullopt;
    bool ok = false;
    out.cellSize = parts[2].toDouble(&ok);
    if (!ok || !(out.cellSize >= 50 && out.cellSize <= 5000))
        return std::nullopt;
    return out;
}

QString gridLayerName(const GridLayer &grid)
{
    return QStringLiteral("grid:%1:%2")
        .arg(grid.shape == Grid::Shape::Hexagon ? QStringLiteral("hex") : QStringLiteral("square"))
        .arg(grid.cellSize);
}

Grid regionGrid(Database &db, const GridLayer &spec)
{
    QList<QByteArray> region;
    std::optional<Envelope> extent;
    Statement st = db.prepare("SELECT geom FROM zones WHERE layer = 'municipalities' AND geom IS NOT NULL ORDER BY fid");
    while (st.step()) {
        const char *blob = static_cast<const char *>(st.blobData(0));
        const auto e = gpkg::envelopeFromBlob(blob, st.blobSize(0));
        const QByteArray wkb = gpkg::wkbFromBlob(blob, st.blobSize(0));
        if (!e)
            continue;
        if (!wkb.isNull())
            region << wkb;
        extent = extent ? Envelope{std::min(extent->minX, e->minX), std::max(extent->maxX, e->maxX),
                                   std::min(extent->minY, e->minY), std::max(extent->maxY, e->maxY)}
                        : *e;
    }
    if (!extent)
        return Grid();
    Grid grid(spec.shape, spec.cellSize, *extent);
    if (!region.isEmpty())
        grid.keepIntersecting(region); // a malformed polygon leaves the whole extent
    return grid;
}

} // namespace phenomap
