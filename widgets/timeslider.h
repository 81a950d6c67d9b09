// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace phenomap {

/// The time slider: a window of whole days that moves over the data's dates, week by week or
/// month by month, either as a moving window of fixed length or cumulatively from the first
/// day, with a play button that steps through it like an animation. It knows nothing of the
/// project: it emits the window, and the filter applies it.
class TimeSlider : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Week, Month };
    enum class Mode { Moving, Cumulative };

    explicit TimeSlider(QWidget *parent = nullptr);

    /// The days the data covers; resets to the first step and switches the slider off.
    void setRange(const QDate &first, const QDate &last);
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }

    void setStep(Step step);
    Step step() const { return m_step; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Length of the moving window in steps (1 to 12).
    void setWindowSteps(int steps);
    int windowSteps() const { return m_windowSteps; }

    /// Number of positions of the slider (at least 1 once a range is set).
    int positionCount() const;
    int position() const;
    void setPosition(int position);
    /// The window [from, to] (inclusive days) at a position.
    std::pair<QDate, QDate> windowAt(int position) const;

    /// While active the window restricts the filter; switching off lifts it.
    void setActive(bool active);
    bool isActive() const;

    void play();
    void pause();
    bool isPlaying() const;
    /// Milliseconds between steps while playing.
    void setInterval(int milliseconds);

    QSlider *slider() const { return m_slider; }
    QToolButton *playButton() const { return m_play; }

Q_SIGNALS:
    /// The window to show while active; null dates once when the slider is switched off.
    void windowChanged(const QDate &from, const QDate &to);
    void playingChanged(bool playing);

private:
    void rebuild();
    void emitWindow();
    void advance();
    void updateLabel();

    QDate m_first, m_last;
    Step m_step = Step::Month;
    Mode m_mode = Mode::Moving;
    int m_windowSteps = 1;
    QCheckBox *m_enabled;
    QSlider *m_slider;
    QToolButton *m_play;
    QComboBox *m_stepBox, *m_modeBox;
    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace phenomap
