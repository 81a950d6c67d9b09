// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid.h"
#include "significance.h"
#include "spatialweights.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace phenomap {

class Feedback;
class Project;

/// What `phenomap analyse` asks for; the defaults are the usual choices of crime analysts.
struct AnalysisRequest
{
    QString method = QStringLiteral("gi");       ///< "gi", "lisa", "moran" or "knox"
    QList<qint64> phenomenonIds;                 ///< empty = every phenomenon
    qint64 fromUtc = 0, toUtc = 0;               ///< incident window overlap, 0 = open
    // Units: a grid (default) or the zones of a layer.
    QString zoneLayer;                           ///< non-empty: analyse these zones instead of a grid
    Grid::Shape gridShape = Grid::Shape::Square;
    double cellSize = 100;                       ///< metres
    QString regionLayer = QStringLiteral("municipalities"); ///< grid covers (and is clipped to) it when present
    // Weights; unset = queen for moran/lisa, 300 m distance band for gi.
    std::optional<SpatialWeights::Kind> weights;
    double band = 300;                           ///< metres
    int k = 8;
    std::optional<SpatialWeights::Transform> transform; ///< unset = row-standardised (moran/lisa), binary (gi)
    // Inference
    int permutations = 999;
    quint64 seed = 12345;
    Significance::Correction correction = Significance::Correction::None;
    double alpha = 0.05;
    std::vector<double> knoxDistanceEdges{0, 100, 200, 300, 400, 500}; ///< metres
    std::vector<double> knoxTimeEdges{0, 7, 14, 21, 28};               ///< days
    int threads = 0;                             ///< 0 = all cores
};

/// Runs one analysis on the incidents of a project: loads the incidents with a point (and the
/// phenomenon / time filter) by SQL, builds the units and weights, computes the statistic and
/// returns {"record": AnalysisRecord, "result": ..., "units": ...}. Read-only on the project.
/// Throws std::invalid_argument for a bad request, Canceled, SqliteError.
QJsonObject runAnalysis(Project &project, const AnalysisRequest &request, Feedback *feedback = nullptr);

struct AnalysisRecord;
/// InputDigest of the incidents a record's filter selects today (phenomena and time window), to
/// compare with the record's inputSha256: a difference means the data changed since the result
/// was computed. Throws SqliteError.
QString currentInputDigest(Project &project, const AnalysisRecord &record);

} // namespace phenomap
