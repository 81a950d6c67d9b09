// SPDX-License-Identifier: GPL-3.0-or-later
// The time slider: the windows it gives for each step, mode and position (worked by hand on a
// calendar), playback that steps to the end and stops, and switching off that lifts the window.
#include "timeslider.h"

#include <QApplication>
#include <QCheckBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace phenomap;

class TestTimeSlider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsByStepAndMode()
    {
        TimeSlider slider;
        // Wednesday 10 January 2024 to Monday 15 April 2024.
        slider.setRange(QDate(2024, 1, 10), QDate(2024, 4, 15));
        QVERIFY(!slider.isActive());
        QCOMPARE(slider.step(), TimeSlider::Step::Month);
        QCOMPARE(slider.positionCount(), 4); // Jan, Feb, Mar, Apr
        QCOMPARE(slider.windowAt(0), std::make_pair(QDate(2024, 1, 10), QDate(2024, 1, 31))); // clipped to the data
        QCOMPARE(slider.windowAt(1), std::make_pair(QDate(2024, 2, 1), QDate(2024, 2, 29)));  // leap year
        QCOMPARE(slider.windowAt(3), std::make_pair(QDate(2024, 4, 1), QDate(2024, 4, 15)));
        slider.setWindowSteps(3);
        QCOMPARE(slider.windowAt(1), std::make_pair(QDate(2024, 2, 1), QDate(2024, 4, 15))); // Feb-Apr, clipped
        slider.setWindowSteps(1);

        slider.setStep(TimeSlider::Step::Week);
        // Weeks start on Monday: 8 Jan 2024 is the Monday of the first week; 15 Apr the last.
        QCOMPARE(slider.positionCount(), 15);
        QCOMPARE(slider.windowAt(0), std::make_pair(QDate(2024, 1, 10), QDate(2024, 1, 14)));
        QCOMPARE(slider.windowAt(1), std::make_pair(QDate(2024, 1, 15), QDate(2024, 1, 21)));
        QCOMPARE(slider.windowAt(14), std::make_pair(QDate(2024, 4, 15), QDate(2024, 4, 15)));

        slider.setMode(TimeSlider::Mode::Cumulative);
        QCOMPARE(slider.windowAt(1), std::make_pair(QDate(2024, 1, 10), QDate(2024, 1, 21)));
        QCOMPARE(slider.windowAt(99), std::make_pair(QDate(2024, 1, 10), QDate(2024, 4, 15))); // clamped
    }

    void movingEmitsAndOffLifts()
    {
        TimeSlider slider;
        slider.setRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
        QSignalSpy window(&slider, &TimeSlider::windowChanged);
        slider.setPosition(2); // inactive: nothing restricts
        QCOMPARE(window.count(), 0);
        slider.setActive(true);
        QCOMPARE(window.count(), 1);
        QCOMPARE(window.last().at(0).toDate(), QDate(2024, 3, 1));
        QCOMPARE(window.last().at(1).toDate(), QDate(2024, 3, 31));
        QTest::keyClick(slider.slider(), Qt::Key_Right);
        QCOMPARE(window.last().at(0).toDate(), QDate(2024, 4, 1));
        slider.setActive(false);
        QVERIFY(window.last().at(0).toDate().isNull() && window.last().at(1).toDate().isNull());
    }

    void playStepsToTheEndAndStops()
    {
        TimeSlider slider;
        slider.setRange(QDate(2024, 1, 1), QDate(2024, 6, 30));
        slider.setInterval(10);
        QSignalSpy window(&slider, &TimeSlider::windowChanged);
        QSignalSpy playing(&slider, &TimeSlider::playingChanged);
        slider.playButton()->click();
        QVERIFY(slider.isPlaying());
        QVERIFY(slider.isActive()); // playing switches the window on
        QTRY_VERIFY_WITH_TIMEOUT(!slider.isPlaying(), 5000);
        QCOMPARE(slider.position(), 5);
        QCOMPARE(playing.count(), 2);
        // One window per month: January (on switching on), then February to June.
        QCOMPARE(window.count(), 6);
        QCOMPARE(window.last().at(0).toDate(), QDate(2024, 6, 1));
        QVERIFY(!slider.playButton()->isChecked());
        // Playing again from the end starts from the beginning.
        slider.play();
        QCOMPARE(slider.position(), 0);
        slider.pause();
        QVERIFY(!slider.isPlaying());
    }
};

QTEST_MAIN(TestTimeSlider)
#include "tst_timeslider.moc"
