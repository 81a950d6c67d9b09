// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>

namespace phenomap {

/// An incident as compact JSON, so a batch can keep the previous version of every incident it
/// updated (table phenomap_batch_previous) and undo can put it back field for field.
QString incidentToJson(const IncidentRecord &record);
/// The inverse of incidentToJson(); false when the text is not such a record.
bool incidentFromJson(const QString &json, IncidentRecord &record);

} // namespace phenomap
