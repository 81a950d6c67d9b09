// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportrenderer.h"
#include "situationpicture.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QTextBrowser;

namespace phenomap {

class Engine;
class Project;

/// In the synergy meeting the analyst stands at a projector with a clicker and no network, so
/// the storyboard must be steerable with the few keys clickers send and every screen must carry
/// its TLP marking. The window draws each picture with the same PictureRenderer as the PDF,
/// plays the time animation as a moving one-month window, and can put the narrative on a
/// second screen as presenter notes.
class BriefingWindow : public QWidget
{
    Q_OBJECT
public:
    /// `engine` must be loaded from `project`; both must outlive the window. With no pictures,
    /// one picture of the whole project is shown. Throws ReportError when the map data cannot be read.
    BriefingWindow(Project &project, const Engine &engine, const QList<SituationPicture> &pictures,
                   const QString &language, QWidget *parent = nullptr);
    ~BriefingWindow() override;

    int count() const { return int(m_pictures.size()); }
    int currentIndex() const { return m_index; }
    const SituationPicture &currentPicture() const { return m_pictures.at(m_index); }
    /// Shows picture `index` (clamped); stops the animation.
    void setCurrentIndex(int index);
    void next() { setCurrentIndex(m_index + 1); }
    void previous() { setCurrentIndex(m_index - 1); }

    /// The time animation: a one-month window moving over the picture's period.
    bool isPlaying() const { return m_timer.isActive(); }
    void setPlaying(bool playing);
    /// Milliseconds per animation frame (default 1200).
    void setFrameInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Start of the month shown by the animation (UTC seconds), 0 when not animating.
    qint64 frameStart() const { return m_frameFrom; }

    /// The presenter-notes window: the narrative of the current picture, the title of the next
    /// one and the time since the briefing started. A top-level window of its own, put on
    /// another screen than the projector's when there is one.
    QWidget *notesWindow() const { return m_notes.get(); }
    QTextBrowser *notesText() const { return m_notesText; }
    QLabel *notesNext() const { return m_notesNext; }
    QLabel *notesElapsed() const { return m_notesElapsed; }
    void setNotesVisible(bool visible);
    /// Seconds since the window was created or present() was called.
    qint64 elapsedSeconds() const { return m_clock.elapsed() / 1000; }

    /// Full screen on the first screen, the notes on the second one when there is one.
    void present();

Q_SIGNALS:
    /// The picture shown changed.
    void currentChanged(int index);
    /// The animation started or stopped.
    void playingChanged(bool playing);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showCurrent();
    void advanceFrame();
    void updateLabels();
    void paintMap(QPainter &painter, const QRectF &target);
    friend class BriefingMapWidget;

    std::unique_ptr<PictureRenderer> m_renderer;
    QList<SituationPicture> m_pictures;
    PictureRenderer::Prepared m_prepared;
    int m_index = 0;
    QTimer m_timer;
    qint64 m_periodFrom = 0, m_periodTo = 0, m_frameFrom = 0;
    QLabel *m_title;
    QLabel *m_tlp;
    QLabel *m_position;
    QLabel *m_frame;
    QWidget *m_map;
    void updateNotes();
    void updateElapsed();
    std::unique_ptr<QWidget> m_notes;
    QTextBrowser *m_notesText;
    QLabel *m_notesNext, *m_notesElapsed;
    QTimer m_clockTimer;
    QElapsedTimer m_clock;
};

} // namespace phenomap
