// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingwindow.h"

#include "engine.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace phenomap {

/// The map area: paints the current picture through the window's renderer.
class BriefingMapWidget : public QWidget
{
public:
    explicit BriefingMapWidget(BriefingWindow *window) : QWidget(window), m_window(window)
    {
        setFocusPolicy(Qt::NoFocus);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_window->paintMap(painter, QRectF(rect()));
    }

private:
    BriefingWindow *m_window;
};

namespace {

QString tlpStyle(Tlp tlp)
{
    // TLP 2.0: the label in its colour on black.
    return QStringLiteral("QLabel { background: black; color: %1; font-weight: bold; font-size: 20pt; padding: 4px 14px; }")
        .arg(PictureRenderer::tlpColour(tlp).name());
}

qint64 monthStart(qint64 utc)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

qint64 nextMonth(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).addMonths(1).toSecsSinceEpoch();
}

} // namespace

BriefingWindow::BriefingWindow(Project &project, const Engine &engine, const QList<SituationPicture> &pictures,
                               const QString &language, QWidget *parent)
    : QWidget(parent),
      m_renderer(std::make_unique<PictureRenderer>(project, engine, language)),
      m_pictures(pictures)
{
    if (m_pictures.isEmpty())
        m_pictures << m_renderer->wholeProjectPicture();
    setWindowTitle(tr("Briefing"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x14, 0x17, 0x1c));
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("briefingTitle"));
    m_title->setStyleSheet(QStringLiteral("QLabel { color: white; font-size: 22pt; font-weight: bold; }"));
    m_tlp = new QLabel(this);
    m_tlp->setObjectName(QStringLiteral("tlpLabel"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("briefingPosition"));
    m_frame = new QLabel(this);
    m_frame->setObjectName(QStringLiteral("briefingFrame"));
    for (QLabel *l : {m_position, m_frame})
        l->setStyleSheet(QStringLiteral("QLabel { color: #c8ced6; font-size: 14pt; }"));
    auto *hint = new QLabel(tr("→ next   ← previous   P play   N notes   Esc leave"), this);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #7d8692; font-size: 10pt; }"));
    m_map = new BriefingMapWidget(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_tlp, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_position);
    bottom->addSpacing(24);
    bottom->addWidget(m_frame, 1);
    bottom->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->addLayout(top);
    layout->addWidget(m_map, 1);
    layout->addLayout(bottom);

    m_notes = std::make_unique<QWidget>();
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    m_notes->setWindowTitle(tr("Presenter notes"));
    m_notesText = new QTextBrowser(m_notes.get());
    m_notesText->setOpenLinks(false); // offline: nothing is fetched
    m_notesNext = new QLabel(m_notes.get());
    m_notesNext->setObjectName(QStringLiteral("notesNext"));
    m_notesNext->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; }"));
    m_notesElapsed = new QLabel(m_notes.get());
    m_notesElapsed->setObjectName(QStringLiteral("notesElapsed"));
    m_notesElapsed->setStyleSheet(QStringLiteral("QLabel { font-size: 20pt; font-weight: bold; }"));
    auto *notesFooter = new QHBoxLayout;
    notesFooter->addWidget(m_notesNext, 1);
    notesFooter->addWidget(m_notesElapsed);
    auto *notesLayout = new QVBoxLayout(m_notes.get());
    notesLayout->addWidget(m_notesText, 1);
    notesLayout->addLayout(notesFooter);
    m_notes->resize(700, 500);
    m_clock.start();
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &BriefingWindow::updateElapsed);
    m_clockTimer.start();

    m_timer.setInterval(1200);
    connect(&m_timer, &QTimer::timeout, this, &BriefingWindow::advanceFrame);
    showCurrent();
}

BriefingWindow::~BriefingWindow() = default;

void BriefingWindow::setCurrentIndex(int index)
{
    index = std::clamp(index, 0, count() - 1);
    if (index == m_index)
        return;
    setPlaying(false);
    m_index = index;
    showCurrent();
    Q_EMIT currentChanged(m_index);
}

void BriefingWindow::showCurrent()
{
    try {
        m_prepared = m_renderer->prepare(currentPicture());
    } catch (const ReportError &e) {
        m_prepared = {};
        m_prepared.picture = currentPicture();
        m_frame->setText(e.message());
    }
    m_periodFrom = m_prepared.fromUtc;
    m_periodTo = m_prepared.toUtc;
    m_frameFrom = 0;
    updateNotes();
    updateLabels();
    m_map->update();
}

void BriefingWindow::updateNotes()
{
    m_notesText->setHtml(currentPicture().narrative);
    if (m_index + 1 < count())
        m_notesNext->setText(tr("Next: %1").arg(m_pictures.at(m_index + 1).title));
    else
        m_notesNext->setText(tr("Last picture"));
    updateElapsed();
}

void BriefingWindow::updateElapsed()
{
    const qint64 s = elapsedSeconds();
    m_notesElapsed->setText(QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0')));
}

void BriefingWindow::updateLabels()
{
    const SituationPicture &p = currentPicture();
    QString title = p.title;
    if (m_renderer->isSynthetic())
        title += QStringLiteral("  —  ") + reportText(ReportText::SyntheticData, m_renderer->language());
    m_title->setText(title);
    m_tlp->setText(tlpLabel(p.tlp)); // never translated
    m_tlp->setStyleSheet(tlpStyle(p.tlp));
    m_position->setText(tr("%1 / %2").arg(m_index + 1).arg(count()));
    const QLocale locale = reportLocale(m_renderer->language());
    if (m_frameFrom != 0) {
        const QDate d = QDateTime::fromSecsSinceEpoch(m_frameFrom, Qt::UTC).date();
        m_frame->setText(tr("▶ %1 · %2 incidents").arg(locale.toString(d, QStringLiteral("MMMM yyyy")))
                             .arg(locale.toString(qulonglong(m_prepared.result.total()))));
    } else {
        m_frame->setText(tr("%1 · %2 incidents").arg(m_renderer->periodText(m_prepared))
                             .arg(locale.toString(qulonglong(m_prepared.result.total()))));
    }
}

void BriefingWindow::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        if (m_periodFrom == 0 || m_periodTo <= m_periodFrom)
            return; // nothing to animate
        m_frameFrom = 0;
        m_timer.start();
        advanceFrame();
    } else {
        m_timer.stop();
        showCurrent();
    }
    Q_EMIT playingChanged(isPlaying());
}

void BriefingWindow::advanceFrame()
{
    m_frameFrom = m_frameFrom == 0 ? monthStart(m_periodFrom) : nextMonth(m_frameFrom);
    if (m_frameFrom >= m_periodTo)
        m_frameFrom = monthStart(m_periodFrom); // loop
    try {
        m_prepared = m_renderer->prepareWindow(currentPicture(), m_frameFrom, nextMonth(m_frameFrom));
    } catch (const ReportError &e) {
        m_timer.stop();
        m_frame->setText(e.message());
        return;
    }
    updateLabels();
    m_map->update();
}

void BriefingWindow::paintMap(QPainter &painter, const QRectF &target)
{
    m_renderer->paintMap(painter, target, m_prepared);
}

void BriefingWindow::setNotesVisible(bool visible)
{
    if (!visible) {
        m_notes->hide();
        return;
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *own = screen();
    for (QScreen *s : screens) {
        if (s != own) { // the presenter's screen, not the projector
            m_notes->setGeometry(s->availableGeometry().adjusted(40, 40, -40, -40));
            break;
        }
    }
    m_notes->show();
}

void BriefingWindow::present()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!screens.isEmpty())
        setGeometry(screens.first()->geometry());
    showFullScreen();
    m_clock.restart();
    updateElapsed();
    if (screens.size() > 1)
        setNotesVisible(true);
    activateWindow();
    setFocus();
}

void BriefingWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(count() - 1);
        break;
    case Qt::Key_P:
        setPlaying(!isPlaying());
        break;
    case Qt::Key_N:
        setNotesVisible(!m_notes->isVisible());
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void BriefingWindow::closeEvent(QCloseEvent *event)
{
    setPlaying(false);
    m_notes->hide();
    m_clockTimer.stop();
    QWidget::closeEvent(event);
}

} // namespace phenomap
