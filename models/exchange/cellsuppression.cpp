// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellsuppression.h"

#include <algorithm>
#include <tuple>

namespace phenomap {

CellSuppression::CellSuppression(const QList<QList<qint64>> &cells, int k)
    : m_rows(int(cells.size())), m_cols(cells.isEmpty() ? 0 : int(cells.first().size())), m_k(std::max(k, 1))
{
    m_value.fill(0, (m_rows + 1) * (m_cols + 1));
    m_state.fill(State::Published, m_value.size());
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_cols; ++c) {
            const qint64 v = c < cells[r].size() ? std::max<qint64>(cells[r][c], 0) : 0;
            m_value[index(r, c)] = v;
            m_value[index(r, m_cols)] += v;
            m_value[index(m_rows, c)] += v;
            m_value[index(m_rows, m_cols)] += v;
        }
    }
    for (qsizetype i = 0; i < m_value.size(); ++i) {
        if (m_value[i] > 0 && m_value[i] < m_k) {
            m_state[i] = State::Primary;
            ++m_primary;
        }
    }
    // Lines: every row with its total (including the row of column totals), every column with
    // its total (including the column of row totals).
    QList<QList<int>> lines;
    for (int r = 0; r <= m_rows; ++r) {
        QList<int> line;
        for (int c = 0; c <= m_cols; ++c)
            line << index(r, c);
        lines << line;
    }
    for (int c = 0; c <= m_cols; ++c) {
        QList<int> line;
        for (int r = 0; r <= m_rows; ++r)
            line << index(r, c);
        lines << line;
    }
    if (m_rows == 0 || m_cols == 0)
        return;
    for (bool changed = true; changed;) {
        changed = false;
        for (const QList<int> &line : lines) {
            const auto hiddenCount = std::count_if(line.cbegin(), line.cend(),
                                                   [&](int i) { return m_state[i] != State::Published; });
            if (hiddenCount == 1) {
                suppressLine(line);
                changed = true;
            }
        }
    }
}

void CellSuppression::suppressLine(const QList<int> &entries)
{
    // The line's last entry is its total; prefer cells over the total at equal value.
    int best = -1;
    std::tuple<bool, qint64, bool, int> bestKey;
    for (int pos = 0; pos < entries.size(); ++pos) {
        const int i = entries[pos];
        if (m_state[i] != State::Published)
            continue;
        const std::tuple<bool, qint64, bool, int> key{m_value[i] == 0, m_value[i], pos == entries.size() - 1,
                                                      pos};
        if (best < 0 || key < bestKey) {
            best = i;
            bestKey = key;
        }
    }
    if (best >= 0) {
        m_state[best] = State::Secondary;
        ++m_secondary;
    }
}

} // namespace phenomap
