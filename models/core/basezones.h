// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace phenomap {

class Database;

/// Loads the shipped base geography (19 municipalities, 6 police zones, UrbIS geometry and
/// Statbel population; see resources/data/PROVENANCE.md) from the embedded GeoPackages through
/// GDAL into the project's `zones` table. Runs inside the caller's transaction.
void loadBaseZones(Database &db);

/// Reads a zone layer from any OGR data source into `zones` (layer name `layer`), reprojecting
/// to EPSG:31370. Returns the number of zones written. Throws std::runtime_error naming the file.
int loadZoneLayer(Database &db, const QString &ogrPath, const QString &layer, const QString &codeField,
                  const QString &nameFrField, const QString &nameNlField, const QString &parentField,
                  const QString &populationField);

} // namespace phenomap
