// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace phenomap {

class Project;

/// The aggregated tier publishes counts, never incidents: this counts the chosen incidents per
/// zone of one zone layer and per phenomenon, masks the table with CellSuppression (k and
/// secondary suppression over the row, column and grand totals), and writes it into the
/// package as `zone_counts` (one polygon per zone with its total) and the attributes table
/// `zone_phenomenon_counts` (zone x phenomenon cells, the phenomenon totals under zone code
/// "ALL" and the grand total as "ALL"/"ALL"). A hidden count is NULL with suppressed = 1.
class ZoneCounts
{
public:
    ZoneCounts(Project &source, Project &package);
    /// Counts and writes; throws PackageError when the layer has no zones.
    void write(const std::vector<qint64> &fids, const QString &zoneLayer, int k);
    int primary() const { return m_primary; }
    int secondary() const { return m_secondary; }

private:
    void registerLayer(const QString &description);
    Project &m_source;
    Project &m_package;
    int m_primary = 0, m_secondary = 0;
};

} // namespace phenomap
