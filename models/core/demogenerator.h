// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace phenomap {

class Feedback;

/// What the synthetic demo generator makes.
struct DemoOptions
{
    int incidents = 20000; ///< number of incidents, 0 .. 5,000,000
    quint64 seed = 1;      ///< same seed and count -> identical incident rows
    QString title;         ///< project title; a default naming the seed when empty
};

/// Creates a new synthetic project at `path` (which must not exist) and fills it with realistic,
/// deterministic synthetic incidents over the two years ending 2026-10-31: hot spots per
/// phenomenon plus a population-weighted background, weekly and daily rhythms, time windows,
/// zone-only incidents, several sources and TLP markings. All incidents are written in one
/// transaction. Throws Canceled when `feedback` is canceled and ProjectError or SqliteError on
/// failure; in every such case the partial file is removed.
void generateDemo(const QString &path, const DemoOptions &options, Feedback *feedback = nullptr);

/// The period the demo covers, UTC seconds: [from, to).
std::pair<qint64, qint64> demoPeriod();

} // namespace phenomap
