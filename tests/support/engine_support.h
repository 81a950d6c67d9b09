// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace phenomap::test {

/// A project filled with deterministic synthetic incidents for engine and model tests.
struct SyntheticProject
{
    std::unique_ptr<Project> project;
    QList<qint64> phenomena;                   ///< phenomenon ids of the default taxonomy
    QHash<qint64, QList<qint64>> moOf;         ///< MO ids per phenomenon id
    QList<qint64> sources;                     ///< source ids used
};

/// Creates `path` with the default taxonomy, three sources and `count` incidents drawn from
/// `seed`: times in 2023-2024 (minute-aligned; about a third with a window of up to 3 days, some
/// on the DST change days), ~10% zone-only, ~10% without municipality or police zone, 0-3 MO,
/// text with accents and punctuation. Written in one transaction with IncidentWriter.
SyntheticProject createSyntheticProject(const QString &path, int count, quint32 seed, bool baseZones = false);

/// The words the synthetic descriptions are drawn from.
QStringList syntheticVocabulary();

} // namespace phenomap::test
