// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packagerequest.h"
#include "situationpicture.h"

#include <QSet>

#include <vector>

namespace phenomap {

class Project;
class RecipientKeys;

/// The tiers differ only in what happens to each incident; everything else a package holds
/// (taxonomy, sources, base zones, pictures) is copied the same way. This copies those rows
/// from the analyst's project into the package (same taxonomy and source ids, so the pictures'
/// filters keep working) and writes the incidents at the exact or generalised tier: new row
/// ids, the source reference replaced by the recipient's pseudonym, points snapped to the grid
/// and free text dropped when generalised. It never opens a transaction (the exporter does).
class PackageDataWriter
{
public:
    PackageDataWriter(Project &source, Project &package, const PackageRequest &request,
                      const RecipientKeys &keys);

    /// Copies phenomena, sources (description only at the exact tier) and the zones of `layers`
    /// plus the zones with the given fids.
    void copyReference(const QStringList &layers, const QSet<qint64> &zoneFids);
    /// Writes the incidents with these source fids (exact or generalised tier) with their MO
    /// links; returns how many were written. (Packages carry no full-text index; see PackageTables.)
    qint64 copyIncidents(const std::vector<qint64> &fids);
    /// Removes the incident tables and their registrations (aggregated tier: no point layer).
    void dropIncidents();
    /// Copies the pictures in this order (positions 0..n-1); outside the exact tier the filter's
    /// free-text query is removed, as the text it searched is not in the package.
    void copyPictures(const QList<SituationPicture> &pictures);
    /// The categorized QGIS style of `incidents` (taxonomy colours by phenomenon).
    void styleIncidents(const QString &language);
    /// zone_fid of each of these source incidents (zone-only places need their zone).
    QSet<qint64> zoneFidsOf(const std::vector<qint64> &fids);

private:
    Project &m_source;
    Project &m_package;
    const PackageRequest &m_request;
    const RecipientKeys &m_keys;
};

} // namespace phenomap
