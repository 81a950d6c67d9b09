// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace phenomap {

/// Small counts identify people, and a hidden count is worthless when it can be recovered by
/// subtraction from a published total. This masks a rows x columns count table published with
/// its row totals, column totals and grand total: every entry (cell or total) in 1..k-1 is
/// suppressed (primary), then, until no equation "entries of a line = its total" has exactly
/// one hidden entry, a second entry of such a line is hidden (secondary): the smallest non-zero
/// published one (a zero only when nothing else is left; ties: cells before totals, lower
/// index first), so the result is deterministic. Zeros are published.
class CellSuppression
{
public:
    enum class State { Published, Primary, Secondary };

    /// `cells[r][c]` are non-negative counts; all rows have the same length.
    CellSuppression(const QList<QList<qint64>> &cells, int k);

    int rows() const { return m_rows; }
    int columns() const { return m_cols; }
    /// Entry (r, c) of the extended table: r == rows() is the column-total row, c == columns()
    /// the row-total column, (rows(), columns()) the grand total.
    qint64 value(int r, int c) const { return m_value[index(r, c)]; }
    State state(int r, int c) const { return m_state[index(r, c)]; }
    bool hidden(int r, int c) const { return state(r, c) != State::Published; }
    int primaryCount() const { return m_primary; }
    int secondaryCount() const { return m_secondary; }

private:
    int index(int r, int c) const { return r * (m_cols + 1) + c; }
    void suppressLine(const QList<int> &entries);
    int m_rows = 0, m_cols = 0, m_k = 5;
    int m_primary = 0, m_secondary = 0;
    QList<qint64> m_value;
    QList<State> m_state;
};

} // namespace phenomap
