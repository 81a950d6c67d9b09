// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeslider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace phenomap {

namespace {
/// The Monday on or before a day.
QDate weekStart(const QDate &d) { return d.addDays(1 - d.dayOfWeek()); }
QDate monthStart(const QDate &d) { return QDate(d.year(), d.month(), 1); }
} // namespace

TimeSlider::TimeSlider(QWidget *parent) : QWidget(parent), m_timer(new QTimer(this))
{
    m_enabled = new QCheckBox(tr("&Time window"), this);
    m_enabled->setToolTip(tr("Restrict the map, charts and table to a window of time that you move with the slider"));
    m_play = new QToolButton(this);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Play: step through time like an animation"));
    m_play->setAccessibleName(tr("Play the time animation"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setPageStep(1);
    m_slider->setAccessibleName(tr("Time window position"));
    m_slider->setToolTip(tr("Move the time window; arrow keys step one week or month"));
    m_stepBox = new QComboBox(this);
    m_stepBox->addItem(tr("Weeks"), int(Step::Week));
    m_stepBox->addItem(tr("Months"), int(Step::Month));
    m_stepBox->setCurrentIndex(1);
    m_stepBox->setAccessibleName(tr("Time step"));
    m_modeBox = new QComboBox(this);
    m_modeBox->addItem(tr("Moving window"), int(Mode::Moving));
    m_modeBox->addItem(tr("Cumulative"), int(Mode::Cumulative));
    m_modeBox->setAccessibleName(tr("Time window mode"));
    m_modeBox->setToolTip(tr("Moving: one step at a time; cumulative: everything from the first day"));
    m_label = new QLabel(this);
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 – 00/00/0000")) + 8);
    m_label->setAccessibleName(tr("Time window shown"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_enabled);
    layout->addWidget(m_play);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    layout->addWidget(m_stepBox);
    layout->addWidget(m_modeBox);

    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &TimeSlider::advance);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            pause();
        m_slider->setEnabled(on);
        if (on)
            emitWindow();
        else
            Q_EMIT windowChanged(QDate(), QDate());
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateLabel();
        emitWindow();
    });
    connect(m_stepBox, &QComboBox::currentIndexChanged, this,
            [this] { setStep(Step(m_stepBox->currentData().toInt())); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(Mode(m_modeBox->currentData().toInt())); });
    m_slider->setEnabled(false);
    rebuild();
}

void TimeSlider::setRange(const QDate &first, const QDate &last)
{
    pause();
    m_first = first;
    m_last = last.isValid() && first.isValid() && last < first ? first : last;
    {
        const QSignalBlocker block(m_enabled);
        m_enabled->setChecked(false);
        m_slider->setEnabled(false);
    }
    rebuild();
    const QSignalBlocker block(m_slider);
    m_slider->setValue(0);
    updateLabel();
}

void TimeSlider::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    const QSignalBlocker block(m_stepBox);
    m_stepBox->setCurrentIndex(m_stepBox->findData(int(step)));
    rebuild();
    emitWindow();
}

void TimeSlider::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    const QSignalBlocker block(m_modeBox);
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    updateLabel();
    emitWindow();
}

void TimeSlider::setWindowSteps(int steps)
{
    m_windowSteps = std::clamp(steps, 1, 12);
    rebuild();
    emitWindow();
}

int TimeSlider::positionCount() const
{
    if (!m_first.isValid() || !m_last.isValid())
        return 0;
    if (m_step == Step::Week)
        return int(weekStart(m_first).daysTo(weekStart(m_last)) / 7) + 1;
    return (m_last.year() - m_first.year()) * 12 + m_last.month() - m_first.month() + 1;
}

int TimeSlider::position() const { return m_slider->value(); }

void TimeSlider::setPosition(int position) { m_slider->setValue(position); }

std::pair<QDate, QDate> TimeSlider::windowAt(int position) const
{
    if (positionCount() == 0)
        return {};
    position = std::clamp(position, 0, positionCount() - 1);
    const QDate start = m_step == Step::Week ? weekStart(m_first).addDays(7 * position)
                                             : monthStart(m_first).addMonths(position);
    const int length = m_mode == Mode::Moving ? m_windowSteps : 1;
    const QDate end = (m_step == Step::Week ? start.addDays(7 * length) : start.addMonths(length)).addDays(-1);
    const QDate from = m_mode == Mode::Cumulative ? m_first : std::max(start, m_first);
    return {from, std::min(end, m_last)};
}

void TimeSlider::setActive(bool active) { m_enabled->setChecked(active); }
bool TimeSlider::isActive() const { return m_enabled->isChecked(); }

void TimeSlider::play()
{
    if (positionCount() == 0)
        return;
    if (!isActive())
        setActive(true);
    if (position() >= positionCount() - 1)
        setPosition(0); // start again from the beginning
    if (!m_timer->isActive()) {
        m_timer->start();
        const QSignalBlocker block(m_play);
        m_play->setChecked(true);
        m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        m_play->setText(tr("Pause"));
        Q_EMIT playingChanged(true);
    }
}

void TimeSlider::pause()
{
    if (!m_timer->isActive())
        return;
    m_timer->stop();
    const QSignalBlocker block(m_play);
    m_play->setChecked(false);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setText(tr("Play"));
    Q_EMIT playingChanged(false);
}

bool TimeSlider::isPlaying() const { return m_timer->isActive(); }

void TimeSlider::setInterval(int milliseconds) { m_timer->setInterval(std::max(10, milliseconds)); }

void TimeSlider::advance()
{
    if (position() >= positionCount() - 1) {
        pause(); // the end of the data: stop there
        return;
    }
    setPosition(position() + 1);
}

void TimeSlider::rebuild()
{
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, positionCount() - 1));
    updateLabel();
}

void TimeSlider::updateLabel()
{
    if (positionCount() == 0) {
        m_label->clear();
        return;
    }
    const auto [from, to] = windowAt(position());
    const QLocale locale;
    m_label->setText(tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                      locale.toString(to, QLocale::ShortFormat)));
}

void TimeSlider::emitWindow()
{
    if (!isActive() || positionCount() == 0)
        return;
    const auto [from, to] = windowAt(position());
    Q_EMIT windowChanged(from, to);
}

} // namespace phenomap
