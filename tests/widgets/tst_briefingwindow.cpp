// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing window driven the way a presentation clicker drives it: key presses only.
#include "briefingwindow.h"
#include "demogenerator.h"
#include "engine.h"
#include "picturestore.h"
#include "project.h"

#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace phenomap;

class TestBriefingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clickerKeysStep();
    void tlpLabelOnEveryScreen();
    void drawsTheMap();
    void playAnimatesMonths();
    void notesShowTheNarrative();
    void escapeLeaves();
    void wholeProjectWithoutPictures();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Engine m_engine;
    QList<SituationPicture> m_pictures;
};

void TestBriefingWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    DemoOptions demo;
    demo.incidents = 2000;
    demo.seed = 5;
    generateDemo(path, demo);
    m_project = Project::open(path);
    m_engine.load(*m_project);
    PictureStore store(*m_project);
    const Tlp marks[] = {Tlp::Amber, Tlp::Green, Tlp::Red};
    for (int i = 0; i < 3; ++i) {
        SituationPicture p;
        p.title = QStringLiteral("Picture %1").arg(i + 1);
        p.tlp = marks[i];
        p.narrative = QStringLiteral("<p>Notes for picture %1</p>").arg(i + 1);
        p.state.extent = {149000, 170000, 20.0 + i * 5};
        store.add(p);
    }
    m_pictures = store.list();
    QCOMPARE(m_pictures.size(), 3);
}

void TestBriefingWindow::clickerKeysStep()
{
    BriefingWindow window(*m_project, m_engine, m_pictures, QStringLiteral("en"));
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy spy(&window, &BriefingWindow::currentChanged);
    QCOMPARE(window.currentIndex(), 0);

    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(window.currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(window.currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_Space); // at the end: stays
    QCOMPARE(window.currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(window.currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(window.currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_Backspace); // at the start: stays
    QCOMPARE(window.currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_End);
    QCOMPARE(window.currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_Home);
    QCOMPARE(window.currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_Down);
    QCOMPARE(window.currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_Up);
    QCOMPARE(window.currentIndex(), 0);

    QCOMPARE(spy.size(), 8);
    QCOMPARE(spy.at(0).at(0).toInt(), 1);
    QCOMPARE(spy.at(1).at(0).toInt(), 2);
    QCOMPARE(spy.at(2).at(0).toInt(), 1);
}

void TestBriefingWindow::tlpLabelOnEveryScreen()
{
    BriefingWindow window(*m_project, m_engine, m_pictures, QStringLiteral("fr"));
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tlp = window.findChild<QLabel *>(QStringLiteral("tlpLabel"));
    QVERIFY(tlp);
    const QStringList expected = {QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:RED")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(window.currentIndex(), i);
        QVERIFY(tlp->isVisible());
        QCOMPARE(tlp->text(), expected[i]); // never translated, even in a French briefing
        QVERIFY(tlp->width() > 40);
        // The label is drawn in its TLP colour on black.
        const QImage grab = tlp->grab().toImage();
        QCOMPARE(QColor(grab.pixel(2, 2)), QColor(Qt::black));
        QVERIFY(tlp->styleSheet().contains(PictureRenderer::tlpColour(m_pictures[i].tlp).name()));
        auto *title = window.findChild<QLabel *>(QStringLiteral("briefingTitle"));
        QVERIFY(title->text().startsWith(m_pictures[i].title));
        QVERIFY(title->text().contains(QStringLiteral("DONNÉES SYNTHÉTIQUES")));
        QTest::keyClick(&window, Qt::Key_Right);
    }
}

void TestBriefingWindow::drawsTheMap()
{
    BriefingWindow window(*m_project, m_engine, m_pictures, QStringLiteral("en"));
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    // Land colour of the map painter in the middle of the window.
    int land = 0;
    for (int y = 200; y < 560; y += 4)
        for (int x = 200; x < 820; x += 4)
            land += QColor(image.pixel(x, y)) == MapPainter::Style().land ? 1 : 0;
    QVERIFY2(land > 500, qPrintable(QString::number(land)));
}

void TestBriefingWindow::playAnimatesMonths()
{
    BriefingWindow window(*m_project, m_engine, m_pictures, QStringLiteral("en"));
    window.setFrameInterval(20);
    window.show();
    QSignalSpy playing(&window, &BriefingWindow::playingChanged);
    QTest::keyClick(&window, Qt::Key_P);
    QVERIFY(window.isPlaying());
    const qint64 first = window.frameStart();
    QVERIFY(first > 0);
    QTRY_VERIFY(window.frameStart() > first);
    auto *frame = window.findChild<QLabel *>(QStringLiteral("briefingFrame"));
    QVERIFY(frame->text().startsWith(QStringLiteral("▶")));
    // Each frame is one calendar month.
    const QDate d = QDateTime::fromSecsSinceEpoch(window.frameStart(), Qt::UTC).date();
    QCOMPARE(d.day(), 1);
    QTest::keyClick(&window, Qt::Key_P);
    QVERIFY(!window.isPlaying());
    QCOMPARE(window.frameStart(), 0);
    QCOMPARE(playing.size(), 2);
    // Stepping stops the animation.
    QTest::keyClick(&window, Qt::Key_P);
    QVERIFY(window.isPlaying());
    QTest::keyClick(&window, Qt::Key_Right);
    QVERIFY(!window.isPlaying());
}

void TestBriefingWindow::notesShowTheNarrative()
{
    BriefingWindow window(*m_project, m_engine, m_pictures, QStringLiteral("en"));
    window.show();
    QVERIFY(window.notesWindow()->isWindow());
    QVERIFY(window.notesText()->toPlainText().contains(QStringLiteral("Notes for picture 1")));
    QCOMPARE(window.notesNext()->text(), QStringLiteral("Next: %1").arg(m_pictures.at(1).title));
    QCOMPARE(window.notesElapsed()->text(), QStringLiteral("00:00"));
    QTest::keyClick(&window, Qt::Key_N);
    QVERIFY(window.notesWindow()->isVisible());
    // One screen (offscreen): the notes are a separate window beside the presentation.
    QVERIFY(window.notesWindow() != window.window());
    QTest::keyClick(&window, Qt::Key_Right);
    QVERIFY(window.notesText()->toPlainText().contains(QStringLiteral("Notes for picture 2")));
    QCOMPARE(window.notesNext()->text(), QStringLiteral("Next: %1").arg(m_pictures.at(2).title));
    QTest::keyClick(&window, Qt::Key_End);
    QCOMPARE(window.notesNext()->text(), QStringLiteral("Last picture"));
    // The clock runs.
    QTRY_COMPARE_WITH_TIMEOUT(window.notesElapsed()->text(), QStringLiteral("00:01"), 3000);
    QTest::keyClick(&window, Qt::Key_N);
    QVERIFY(!window.notesWindow()->isVisible());
}

void TestBriefingWindow::escapeLeaves()
{
    BriefingWindow window(*m_project, m_engine, m_pictures, QStringLiteral("en"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_N);
    QVERIFY(window.isVisible());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
    QVERIFY(!window.notesWindow()->isVisible());
}

void TestBriefingWindow::wholeProjectWithoutPictures()
{
    BriefingWindow window(*m_project, m_engine, {}, QStringLiteral("nl"));
    QCOMPARE(window.count(), 1);
    QVERIFY(window.currentPicture().title.size() > 0);
    auto *tlp = window.findChild<QLabel *>(QStringLiteral("tlpLabel"));
    QVERIFY(tlp->text().startsWith(QStringLiteral("TLP:")));
}

QTEST_MAIN(TestBriefingWindow)
#include "tst_briefingwindow.moc"
