// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QString>

namespace phenomap::test {

/// A minimal valid incident for tests: a point in the Grand-Place area, phenomenon and source set.
IncidentRecord sampleIncident(Project &project, int index);
/// Runs GDAL's GeoPackage validator (python3-gdal) on a file; returns its output, empty when valid.
/// Sets `available` to false when the validator is not installed.
QString validateGpkg(const QString &path, bool *available = nullptr);
/// SHA-256 over the rows of a table in a stable order, as a hex string.
QString tableDigest(Database &db, const QString &table, const QString &orderBy);

} // namespace phenomap::test
