// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QWidget>

namespace phenomap {

/// The hour-by-weekday heat matrix: seven rows (Monday first, local day names), 24 columns, each
/// cell shaded by its aoristic weight. A cell is chosen by mouse or keyboard (arrows, Enter);
/// the tooltip and the accessible description say the day, hour and weight.
class WeekHourMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekHourMatrixView(QWidget *parent = nullptr);

    void setMatrix(const WeekHourMatrix &matrix);
    /// Outlines, in `colour`, the cells where `selected` has weight (selected incidents); an
    /// empty matrix removes the outlines.
    void setHighlight(const WeekHourMatrix &selected, const QColor &colour);
    const WeekHourMatrix &highlight() const { return m_highlight; }
    const WeekHourMatrix &matrix() const { return m_matrix; }
    /// Where a cell is drawn, in widget coordinates.
    QRect cellRect(int day, int hour) const;
    /// The cell under a point: day * 24 + hour, or -1.
    int cellAt(const QPoint &pos) const;
    /// "Tuesday 14:00–15:00: 3.25 incidents" for a cell.
    QString cellText(int day, int hour) const;
    int currentCell() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A cell was chosen (Monday = day 0).
    void cellClicked(int day, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    void setCurrent(int cell);

    WeekHourMatrix m_matrix;
    WeekHourMatrix m_highlight;
    QColor m_highlightColour;
    int m_current = 0;
};

} // namespace phenomap
