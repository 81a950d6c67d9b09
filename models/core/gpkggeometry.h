// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

struct sqlite3;

namespace phenomap {

/// Axis-aligned bounds in the layer's CRS.
struct Envelope
{
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
};

/// GeoPackage geometry blobs (GeoPackage 1.3, clause 2.1.3): the "GP" header, an optional
/// envelope, then ISO WKB. Points are written without envelope, as GDAL does; every other
/// geometry gets the XY envelope so readers can skip the WKB.
namespace gpkg {

QByteArray pointBlob(double x, double y, int srsId);
/// Wraps little- or big-endian ISO WKB into a GeoPackage blob with its XY envelope.
/// Returns a null QByteArray when the WKB is malformed.
QByteArray blobFromWkb(const QByteArray &wkb, int srsId);
/// The WKB part of a GeoPackage blob, or a null QByteArray when the header is invalid.
QByteArray wkbFromBlob(const char *data, int size);
/// Reads the point of a POINT blob; nullopt for anything else, empty or malformed.
std::optional<std::pair<double, double>> pointFromBlob(const char *data, int size);
/// Envelope from the header when present, else computed from the WKB; nullopt when empty/invalid.
std::optional<Envelope> envelopeFromBlob(const char *data, int size);
/// XY envelope of ISO WKB; nullopt when empty or malformed.
std::optional<Envelope> envelopeFromWkb(const char *data, int size);

/// Registers ST_MinX, ST_MaxX, ST_MinY, ST_MaxY and ST_IsEmpty (the functions the GeoPackage
/// R-tree triggers call) on a connection, as deterministic and innocuous functions.
void registerSqlFunctions(sqlite3 *db);

} // namespace gpkg
} // namespace phenomap
