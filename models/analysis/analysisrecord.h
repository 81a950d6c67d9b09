// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace phenomap {

/// The recipe of one analysis result: every parameter, the filter and a digest of the input.
/// Why: "why is this street red?" must be answerable months later, and re-running the recipe
/// on the same data must give the same numbers; a changed input digest shows that the data
/// moved on since the result was computed. Serialised as JSON for the project and for --json.
struct AnalysisRecord
{
    static constexpr int kFormatVersion = 1;

    QString method;            ///< "gi", "lisa", "moran", "knox", "kde"
    // Units
    QString unit;              ///< "grid" or "zones"
    QString gridShape;         ///< "square" or "hexagon" (grid units)
    double cellSize = 0;       ///< metres (grid units)
    double gridOriginX = 0, gridOriginY = 0;
    int gridColumns = 0, gridRows = 0;
    QString regionLayer;       ///< zone layer the grid was clipped to, or the zone layer analysed
    int units = 0;             ///< number of cells / zones
    // Weights
    QString weights;           ///< "queen", "rook", "distance", "knn"
    double band = 0;           ///< metres (distance weights)
    int k = 0;                 ///< neighbours (knn weights)
    QString transform;         ///< "binary" or "row"
    bool selfIncluded = false; ///< Gi*
    // Inference
    int permutations = 0;
    quint64 seed = 0;
    QString correction;        ///< "none", "bonferroni", "fdr"
    double alpha = 0.05;
    std::vector<double> distanceEdges, timeEdges; ///< Knox bands (m, days)
    double bandwidth = 0;      ///< KDE (m)
    // Data
    QString filter;            ///< human-readable filter description (translated)
    QList<qint64> phenomenonIds;
    qint64 fromUtc = 0, toUtc = 0;
    qint64 incidents = 0;      ///< incidents used
    QString inputSha256;       ///< InputDigest of the incidents used
    QString software;          ///< "Phenomap <version>"
    QString computedAt;        ///< ISO 8601 UTC (not part of the numbers)

    QJsonObject toJson() const;
    /// Parses toJson()'s output; nullopt when the object is not a record of a known version.
    static std::optional<AnalysisRecord> fromJson(const QJsonObject &json);
    /// True when both describe the same computation (everything but computedAt and software).
    bool sameRecipe(const AnalysisRecord &other) const;
};

} // namespace phenomap
