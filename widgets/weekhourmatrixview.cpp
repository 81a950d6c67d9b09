// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekhourmatrixview.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace phenomap {

namespace {

constexpr int kDays = 7;
constexpr int kHours = 24;

/// A light-to-dark blue ramp (ColorBrewer Blues end points), readable with colour blindness.
QColor rampColour(double t)
{
    const QColor lo(0xf7, 0xfb, 0xff), hi(0x08, 0x30, 0x6b);
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(lo.redF() + (hi.redF() - lo.redF()) * t),
                            float(lo.greenF() + (hi.greenF() - lo.greenF()) * t),
                            float(lo.blueF() + (hi.blueF() - lo.blueF()) * t));
}

QString dayName(int day, QLocale::FormatType format)
{
    return QLocale().dayName(day + 1, format); // QLocale counts Monday = 1
}

} // namespace

WeekHourMatrixView::WeekHourMatrixView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Hour-by-weekday matrix"));
    setToolTip(QString()); // tooltips are per cell, see event()
    setCurrent(0);
}

void WeekHourMatrixView::setMatrix(const WeekHourMatrix &matrix)
{
    m_matrix = matrix;
    setCurrent(m_current);
    update();
}

void WeekHourMatrixView::setHighlight(const WeekHourMatrix &selected, const QColor &colour)
{
    m_highlight = selected;
    m_highlightColour = colour;
    setCurrent(m_current);
    update();
}

QSize WeekHourMatrixView::sizeHint() const { return {640, 260}; }

QSize WeekHourMatrixView::minimumSizeHint() const { return {320, 140}; }

QRect WeekHourMatrixView::gridRect() const
{
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (int d = 0; d < kDays; ++d)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(dayName(d, QLocale::ShortFormat)));
    const int left = labelWidth + 8, top = fm.height() + 4;
    return QRect(left, top, std::max(kHours, width() - left - 4), std::max(kDays, height() - top - 4));
}

QRect WeekHourMatrixView::cellRect(int day, int hour) const
{
    const QRect g = gridRect();
    const int x0 = g.left() + g.width() * hour / kHours, x1 = g.left() + g.width() * (hour + 1) / kHours;
    const int y0 = g.top() + g.height() * day / kDays, y1 = g.top() + g.height() * (day + 1) / kDays;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

int WeekHourMatrixView::cellAt(const QPoint &pos) const
{
    const QRect g = gridRect();
    if (!g.contains(pos))
        return -1;
    const int hour = std::min(kHours - 1, (pos.x() - g.left()) * kHours / g.width());
    const int day = std::min(kDays - 1, (pos.y() - g.top()) * kDays / g.height());
    return day * kHours + hour;
}

QString WeekHourMatrixView::cellText(int day, int hour) const
{
    const QLocale locale;
    const QString from = locale.toString(QTime(hour, 0), QLocale::ShortFormat);
    const QString to = locale.toString(QTime((hour + 1) % kHours, 0), QLocale::ShortFormat);
    const QString text = tr("%1 %2–%3: %4 incidents (spread over their time windows)")
                             .arg(dayName(day, QLocale::LongFormat), from, to,
                                  locale.toString(m_matrix.at(day, hour), 'f', 2));
    if (m_highlight.at(day, hour) <= 0)
        return text;
    return tr("%1; %2 of the selection").arg(text, locale.toString(m_highlight.at(day, hour), 'f', 2));
}

void WeekHourMatrixView::setCurrent(int cell)
{
    m_current = std::clamp(cell, 0, kDays * kHours - 1);
    setAccessibleDescription(cellText(m_current / kHours, m_current % kHours));
    if (QAccessible::isActive()) {
        QAccessibleEvent e(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&e);
    }
    update();
}

void WeekHourMatrixView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const double max = m_matrix.maximum();
    const QFontMetrics fm = fontMetrics();
    for (int day = 0; day < kDays; ++day) {
        const QRect row = cellRect(day, 0);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(0, row.top(), gridRect().left() - 4, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   dayName(day, QLocale::ShortFormat));
        for (int hour = 0; hour < kHours; ++hour)
            p.fillRect(cellRect(day, hour), rampColour(max > 0 ? m_matrix.at(day, hour) / max : 0.0));
    }
    if (m_highlight.total() > 0) {
        p.setPen(QPen(m_highlightColour, 2));
        p.setBrush(Qt::NoBrush);
        for (int day = 0; day < kDays; ++day)
            for (int hour = 0; hour < kHours; ++hour)
                if (m_highlight.at(day, hour) > 0)
                    p.drawRect(cellRect(day, hour).adjusted(2, 2, -2, -2));
    }
    p.setPen(palette().color(QPalette::Text));
    for (int hour = 0; hour < kHours; hour += 3) {
        const QRect cell = cellRect(0, hour);
        p.drawText(QRect(cell.left(), 0, cell.width() * 3, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(hour));
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_current / kHours, m_current % kHours).adjusted(1, 1, -1, -1));
    }
}

void WeekHourMatrixView::mousePressEvent(QMouseEvent *event)
{
    const int cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || cell < 0)
        return QWidget::mousePressEvent(event);
    setCurrent(cell);
    Q_EMIT cellClicked(cell / kHours, cell % kHours);
}

void WeekHourMatrixView::keyPressEvent(QKeyEvent *event)
{
    int day = m_current / kHours, hour = m_current % kHours;
    switch (event->key()) {
    case Qt::Key_Left: hour = std::max(0, hour - 1); break;
    case Qt::Key_Right: hour = std::min(kHours - 1, hour + 1); break;
    case Qt::Key_Up: day = std::max(0, day - 1); break;
    case Qt::Key_Down: day = std::min(kDays - 1, day + 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: Q_EMIT cellClicked(day, hour); return;
    default: return QWidget::keyPressEvent(event);
    }
    setCurrent(day * kHours + hour);
}

bool WeekHourMatrixView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cell = cellAt(help->pos());
        if (cell >= 0)
            QToolTip::showText(help->globalPos(), cellText(cell / kHours, cell % kHours), this, cellRect(cell / kHours, cell % kHours));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace phenomap
