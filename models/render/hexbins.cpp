// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexbins.h"

#include "engine.h"

#include <cmath>

namespace phenomap {

namespace {

const double kSqrt3 = std::sqrt(3.0);

} // namespace

std::pair<qint64, qint64> HexBins::cellOf(double x, double y) const
{
    // Fractional axial coordinates, then rounding in cube coordinates (q + r + s = 0).
    const double qf = (kSqrt3 / 3.0 * x - y / 3.0) / m_size;
    const double rf = (2.0 / 3.0 * y) / m_size;
    const double sf = -qf - rf;
    double q = std::round(qf), r = std::round(rf);
    const double s = std::round(sf);
    const double dq = std::abs(q - qf), dr = std::abs(r - rf), ds = std::abs(s - sf);
    if (dq > dr && dq > ds)
        q = -r - s;
    else if (dr > ds)
        r = -q - s;
    return {qint64(q), qint64(r)};
}

QPointF HexBins::centre(qint64 q, qint64 r) const
{
    return QPointF(m_size * (kSqrt3 * double(q) + kSqrt3 / 2.0 * double(r)), m_size * 1.5 * double(r));
}

QPolygonF HexBins::polygon(qint64 q, qint64 r) const
{
    const QPointF c = centre(q, r);
    QPolygonF out;
    for (int i = 0; i < 6; ++i) {
        const double angle = M_PI / 180.0 * (60.0 * i - 30.0);
        out << QPointF(c.x() + m_size * std::cos(angle), c.y() + m_size * std::sin(angle));
    }
    return out;
}

quint32 HexBins::at(qint64 q, qint64 r) const
{
    const auto it = m_index.find(key(q, r));
    return it == m_index.end() ? 0 : m_cells[it->second].count;
}

HexBins HexBins::count(const IncidentColumns &columns, const std::vector<quint32> &rows, double cell)
{
    HexBins out;
    out.m_cell = cell;
    out.m_size = cell / std::sqrt(1.5 * kSqrt3);
    for (quint32 row : rows) {
        const float x = columns.x[row], y = columns.y[row];
        if (std::isnan(x) || std::isnan(y))
            continue;
        const auto [q, r] = out.cellOf(x, y);
        const auto [it, added] = out.m_index.try_emplace(key(q, r), out.m_cells.size());
        if (added)
            out.m_cells.push_back({q, r, 0});
        ++out.m_cells[it->second].count;
    }
    return out;
}

const HexBins &HexBinCache::bins(const IncidentColumns &columns, const std::vector<quint32> &rows, double cell)
{
    for (std::size_t i = 0; i < m_bins.size(); ++i)
        if (m_bins[i].cellSize() == cell) {
            std::rotate(m_bins.begin(), m_bins.begin() + std::ptrdiff_t(i), m_bins.begin() + std::ptrdiff_t(i) + 1);
            return m_bins.front();
        }
    m_bins.insert(m_bins.begin(), HexBins::count(columns, rows, cell));
    if (m_bins.size() > kMaxGrids)
        m_bins.pop_back();
    return m_bins.front();
}

} // namespace phenomap
