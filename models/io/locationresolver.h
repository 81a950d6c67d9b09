// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"
#include "zoneindex.h"

#include <QHash>
#include <QString>

#include <map>
#include <memory>

class OGRCoordinateTransformation;
class OGRSpatialReference;

namespace phenomap {

class Database;

/// Turns whatever a row says about its place into an EPSG:31370 point with its municipality and
/// police zone, or into a zone-only place. Partners send WGS 84 degrees (sometimes with the two
/// columns swapped), Lambert 72, Lambert 2008 or other projected coordinates, or just a
/// municipality name, NIS code or police zone number. Points are assigned with the project's
/// ZoneIndex (Boost.Geometry R-tree); points outside the 19 municipalities are kept and flagged.
class LocationResolver
{
public:
    struct Place
    {
        bool hasPoint = false;
        double x = 0, y = 0; ///< EPSG:31370
        LocationPrecision precision = LocationPrecision::Exact;
        qint64 zoneFid = 0;
        int municipalityNis = 0;
        int policeZone = 0;
        quint32 flags = 0;
        bool swapped = false; ///< lon/lat were given in the other order
    };

    /// Loads the municipality and police-zone layers and the zone names. Throws SqliteError.
    explicit LocationResolver(Database &db);
    ~LocationResolver();

    /// Longitude/latitude in WGS 84; when only the swapped order falls in Belgium it is swapped.
    bool fromLonLat(double lon, double lat, Place &out);
    /// Projected or geographic coordinates in `epsg` (traditional GIS order: x/easting first).
    bool fromXY(double x, double y, int epsg, Place &out);
    /// Coordinates in a layer's own CRS (nullptr: already EPSG:31370).
    bool fromNative(double x, double y, const OGRSpatialReference *srs, Place &out);
    /// WKT text (a point, or any geometry whose centroid is taken) in `epsg`; 0 guesses by range.
    bool fromWkt(const QString &wkt, int epsg, Place &out);
    /// A zone named by NIS code, municipality name (FR or NL, any case and accents) or police
    /// zone number or name; false when nothing matches.
    bool fromZone(const QString &value, Place &out) const;
    /// Sets municipality, police zone and the outside flag of a point place.
    void assignZones(Place &out) const;
    /// Whether an EPSG code is known to PROJ.
    static bool isValidEpsg(int epsg);

private:
    OGRCoordinateTransformation *transformFor(int epsg);
    struct ZoneEntry
    {
        qint64 fid = 0;
        int municipalityNis = 0;
        int policeZone = 0;
    };
    ZoneIndex m_municipalities, m_policeZones;
    QHash<QString, ZoneEntry> m_zoneByKey; // folded names and codes
    std::map<int, std::unique_ptr<OGRCoordinateTransformation>> m_transforms;
    std::unique_ptr<OGRCoordinateTransformation> m_native;
    const OGRSpatialReference *m_nativeSrs = nullptr;
    std::unique_ptr<OGRSpatialReference> m_target;
};

} // namespace phenomap
