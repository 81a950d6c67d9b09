// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace phenomap {

/// A key for case-, accent- and punctuation-insensitive matching: "Saint-Gilles", "SAINT GILLES"
/// and "saint-gillés" all give "saintgilles". Used for column names, category values and zone
/// names, so that partners' spelling variants meet the same rule.
QString foldText(QStringView text);

} // namespace phenomap
