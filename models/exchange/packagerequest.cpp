// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagerequest.h"

namespace phenomap {

QString tierCode(PackageTier tier)
{
    switch (tier) {
    case PackageTier::Exact:
        return QStringLiteral("exact");
    case PackageTier::Generalised:
        return QStringLiteral("generalised");
    case PackageTier::Aggregated:
        return QStringLiteral("aggregated");
    }
    return QString();
}

std::optional<PackageTier> tierFromCode(const QString &code)
{
    for (PackageTier t : {PackageTier::Exact, PackageTier::Generalised, PackageTier::Aggregated}) {
        if (code.compare(tierCode(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    if (code.compare(QLatin1String("generalized"), Qt::CaseInsensitive) == 0)
        return PackageTier::Generalised;
    return std::nullopt;
}

} // namespace phenomap
