// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidewindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace phenomap {
namespace {

const QString kGuideRoot = QStringLiteral("/phenomap/guide/");

} // namespace

UserGuideBrowser::UserGuideBrowser(QWidget *parent) : QTextBrowser(parent)
{
    // Links are followed here, not by QTextBrowser, so that nothing outside the guide opens.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &UserGuideBrowser::followLink);
}

bool UserGuideBrowser::isGuideUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("qrc") || !url.host().isEmpty())
        return false;
    const QString path = url.path();
    return path.startsWith(kGuideRoot) && QDir::cleanPath(path) == path;
}

QVariant UserGuideBrowser::loadResource(int type, const QUrl &name)
{
    // QTextDocument resolves against its base URL, QTextBrowser against the page shown; a name
    // still relative here is resolved like a link (while a first page loads, source() is empty).
    const QUrl base = source().isEmpty() ? document()->baseUrl() : source();
    const QUrl url = name.isRelative() ? base.resolved(name) : name;
    if (!isGuideUrl(url)) {
        refuse(url);
        return {};
    }
    return QTextBrowser::loadResource(type, url);
}

void UserGuideBrowser::followLink(const QUrl &url)
{
    const QUrl target = url.isRelative() ? source().resolved(url) : url;
    if (!isGuideUrl(target) || !QFile::exists(QLatin1Char(':') + target.path())) {
        refuse(target);
        return;
    }
    setSource(target);
}

void UserGuideBrowser::refuse(const QUrl &url)
{
    m_refused.append(url);
    Q_EMIT refused(url);
}

UserGuideWindow::UserGuideWindow(const QString &language, QWidget *parent)
    : QMainWindow(parent), m_language(guideLanguage(language)), m_browser(new UserGuideBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setAccessibleName(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide page"));
    setCentralWidget(m_browser);

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("userGuideNavigation"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), m_browser,
                            &QTextBrowser::backward);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Back to the previous page of the guide"));
    m_back->setEnabled(false);
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), m_browser,
                               &QTextBrowser::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("Forward to the next page of the guide"));
    m_forward->setEnabled(false);
    QAction *contents = bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Contents"),
                                       m_browser, &QTextBrowser::home);
    contents->setShortcut(Qt::ALT | Qt::Key_Home);
    contents->setToolTip(tr("The guide's table of contents"));
    QAction *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::updateTitle);
    connect(m_browser, &UserGuideBrowser::refused, this, &UserGuideWindow::showRefusal);
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        // Hovering a link outside the guide says where it points, since it will not open.
        if (url.isEmpty() || UserGuideBrowser::isGuideUrl(url))
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(
                tr("Outside the guide (not opened here): %1").arg(url.toDisplayString()));
    });

    m_browser->setSource(pageUrl(m_language));
    resize(900, 720);
}

QString UserGuideWindow::guideLanguage(const QString &language)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
    const QString lower = language.trimmed().toLower();
    if (code.match(lower).hasMatch() &&
        QFile::exists(QLatin1Char(':') + kGuideRoot + lower + QStringLiteral("/index.html")))
        return lower;
    return QStringLiteral("en");
}

QUrl UserGuideWindow::pageUrl(const QString &language, const QString &page)
{
    return QUrl(QStringLiteral("qrc:") + kGuideRoot + guideLanguage(language) + QLatin1Char('/') + page);
}

QStringList UserGuideWindow::pages(const QString &language)
{
    return QDir(QLatin1Char(':') + kGuideRoot + guideLanguage(language))
        .entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

void UserGuideWindow::showPage(const QString &page)
{
    m_browser->setSource(pageUrl(m_language, page));
}

void UserGuideWindow::updateTitle()
{
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("User Guide — Phenomap") : tr("%1 — Phenomap User Guide").arg(title));
}

void UserGuideWindow::showRefusal(const QUrl &url)
{
    statusBar()->showMessage(
        tr("“%1” was not opened: the user guide works offline and opens only its own pages.")
            .arg(url.toDisplayString()),
        10000);
}

} // namespace phenomap
