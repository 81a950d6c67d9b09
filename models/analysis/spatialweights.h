// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <cstdint>
#include <vector>

namespace phenomap {

class Grid;

/// A sparse spatial weights matrix W (compressed sparse rows) over n units (cells, zones, points).
/// Why a class of its own: every statistic (Moran's I, LISA, Gi*) is defined by its weights, and
/// the analyst must be able to state them exactly ("queen contiguity, row-standardised"); keeping
/// the neighbour structure (binary) apart from the transform lets one structure serve several
/// statistics. Neighbours of each row are sorted ascending; there are no duplicate entries.
class SpatialWeights
{
public:
    enum class Kind { Queen, Rook, DistanceBand, KNearest, Custom };
    enum class Transform { Binary, RowStandardised };

    SpatialWeights() = default;
    /// From neighbour lists (binary weights). Self-references and duplicates are dropped.
    static SpatialWeights fromNeighbours(const std::vector<std::vector<int>> &neighbours, Kind kind = Kind::Custom);
    /// Queen (shared edge or corner) or rook (shared edge) contiguity between active grid cells.
    static SpatialWeights gridContiguity(const Grid &grid, bool queen);
    /// Cells whose centres lie within `band` metres (inclusive) of each other, computed from the
    /// lattice (no spatial index needed). includeSelf gives the Gi* weights directly.
    static SpatialWeights gridDistanceBand(const Grid &grid, double band, bool includeSelf = false);
    /// Points within `band` (inclusive, Euclidean) of each other, via a Boost.Geometry R-tree.
    static SpatialWeights distanceBand(const std::vector<QPointF> &points, double band);
    /// The k nearest other points (ties broken by lower index), via a Boost.Geometry R-tree.
    /// Not symmetric in general, as in PySAL's KNN.
    static SpatialWeights kNearest(const std::vector<QPointF> &points, int k);

    int size() const { return m_offsets.empty() ? 0 : int(m_offsets.size() - 1); }
    Kind kind() const { return m_kind; }
    Transform transform() const { return m_transform; }
    bool includesSelf() const { return m_self; }
    /// Sets the transform: binary (every weight 1) or rows summing to 1 (islands keep 0).
    void setTransform(Transform transform);
    /// A copy where each unit is also its own neighbour (weight 1 before the transform), as
    /// Getis-Ord Gi* requires.
    SpatialWeights withSelf() const;

    /// Row i's neighbours and weights: indexes [rowBegin(i), rowEnd(i)) into neighbour()/weight().
    std::size_t rowBegin(int i) const { return m_offsets[std::size_t(i)]; }
    std::size_t rowEnd(int i) const { return m_offsets[std::size_t(i) + 1]; }
    int neighbour(std::size_t e) const { return int(m_neighbours[e]); }
    double weight(std::size_t e) const { return m_weights[e]; }
    int cardinality(int i) const { return int(rowEnd(i) - rowBegin(i)); }
    std::size_t nonZero() const { return m_neighbours.size(); }
    int maxCardinality() const;
    /// Units without any neighbour (excluding self).
    int islands() const;
    /// Weight w_ij (0 when j is not a neighbour of i).
    double weightOf(int i, int j) const;
    /// Neighbour lists (without weights), e.g. to compare with another implementation.
    std::vector<std::vector<int>> neighbourLists() const;

    /// S0 = sum of all weights.
    double s0() const;
    /// S1 = 1/2 sum_ij (w_ij + w_ji)^2.
    double s1() const;
    /// S2 = sum_i (w_i. + w_.i)^2.
    double s2() const;
    /// Spatial lag: out_i = sum_j w_ij * values_j.
    std::vector<double> lag(const std::vector<double> &values) const;

    /// Short machine-readable name of a kind ("queen", "rook", "distance", "knn", "custom").
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name, bool *ok = nullptr);

private:
    void build(const std::vector<std::vector<int>> &neighbours);
    void applyTransform();

    Kind m_kind = Kind::Custom;
    Transform m_transform = Transform::Binary;
    bool m_self = false;
    std::vector<std::size_t> m_offsets;
    std::vector<quint32> m_neighbours;
    std::vector<double> m_weights;
};

} // namespace phenomap
