// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QJsonObject>
#include <QString>

namespace phenomap {

class Database;

/// A package may be opened by any GeoPackage reader, so its marking must travel inside the
/// GeoPackage itself, not only in our private tables: this writes the GeoPackage metadata
/// extension (gpkg_metadata + gpkg_metadata_reference) with the TLP label and the export facts
/// for the whole file (JSON, and GDAL's XML so ogrinfo and QGIS show it) and for every table,
/// and puts the label (and "synthetic data" when it applies) in each gpkg_contents description.
class PackageMetadata
{
public:
    /// `facts` is stored as the package-wide JSON document; `syntheticNote` (translated, may be
    /// empty) is appended to every description. Call after every table is registered.
    static void write(Database &db, Tlp tlp, const QJsonObject &facts, const QString &syntheticNote);
};

} // namespace phenomap
