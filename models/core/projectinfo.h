// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace phenomap {

class Project;

/// A summary of a project for `phenomap info` and the about-this-project view:
/// {title, synthetic, schemaVersion, taxonomyVersion, incidents, zoneOnly, outsideRegion,
///  timeUncertain, timeRange {from, to} (ISO 8601 UTC, absent when empty),
///  byPhenomenon [{code, fr, nl, en, count}], byMo [{code, phenomenon, fr, nl, en, count}],
///  byMunicipality [{nis, fr, nl, count}], byPoliceZone [{code, fr, nl, count}],
///  bySource [{name, kind, count}], byTlp {label: count}}.
/// Lists include zero counts for known taxonomy entries and zones, so they are comparable across
/// projects; incidents with no municipality or zone are counted under code 0. Read-only.
QJsonObject projectInfo(Project &project);

} // namespace phenomap
