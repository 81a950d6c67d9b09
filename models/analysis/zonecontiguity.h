// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisgeometry.h"
#include "spatialweights.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace phenomap {

class Database;

/// Queen and rook contiguity between the polygons of a zone layer (municipalities, police zones,
/// statistical sectors, any imported layer).
/// Why a tolerance: partner layers are digitised independently and neighbouring polygons rarely
/// share bit-identical vertices; exact vertex matching (as PySAL does) would silently drop
/// neighbours. Two zones are queen neighbours when a vertex of one lies within `tolerance` of the
/// other's boundary; rook neighbours when those contact points span more than `tolerance`
/// (a shared stretch of edge rather than a single corner). Every vertex is matched against an
/// R-tree of all boundary segments, so cost grows with the number of vertices, not of pairs.
class ZoneContiguity
{
public:
    /// Contiguity between the given zones (one multi-polygon per zone).
    static SpatialWeights fromPolygons(const std::vector<analysis::MultiPolygon> &zones, bool queen,
                                       double tolerance = 0.01);
    /// Same from ISO WKB Polygon/MultiPolygon per zone; throws std::invalid_argument on bad WKB.
    static SpatialWeights fromWkb(const QList<QByteArray> &zones, bool queen, double tolerance = 0.01);
    /// Reads the zones of `layer` from the project's `zones` table (ordered by fid) and returns
    /// their contiguity; `codes` (optional) receives the zone codes in weight order.
    static SpatialWeights fromZonesTable(Database &db, const QString &layer, bool queen, double tolerance = 0.01,
                                         QStringList *codes = nullptr);
};

} // namespace phenomap
