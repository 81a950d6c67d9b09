// SPDX-License-Identifier: GPL-3.0-or-later
// The offline user guide: each language's pages load from the embedded resources, every link and
// resource of every page resolves inside the guide, and nothing outside it (web, mail, files) is
// followed or loaded, whether clicked or asked for by a page.
#include "userguidewindow.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

using namespace phenomap;

namespace {

const QStringList kLanguages{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")};

QString readResource(const QUrl &url)
{
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// The anchors (href) of the document as the browser shows it, with their positions.
QList<std::pair<QString, int>> documentLinks(const QTextDocument *document)
{
    QList<std::pair<QString, int>> links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && !fragment.charFormat().anchorHref().isEmpty())
                links.append({fragment.charFormat().anchorHref(), fragment.position()});
        }
    return links;
}

bool isExternal(const QString &href)
{
    static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
    return scheme.match(href).hasMatch();
}

/// Clicks the middle of the first link whose href is `href`, as a user would.
bool clickLink(UserGuideWindow &window, const QString &href)
{
    UserGuideBrowser *browser = window.browser();
    for (const auto &[link, position] : documentLinks(browser->document())) {
        if (link != href)
            continue;
        QTextCursor cursor(browser->document());
        cursor.setPosition(position + 1);
        browser->setTextCursor(cursor);
        browser->ensureCursorVisible();
        const QRect rect = browser->cursorRect(cursor);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                          QPoint(rect.left() - 2, rect.center().y()));
        return true;
    }
    return false;
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachLanguageLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("fr") << "fr"
                            << "Guide de l'utilisateur"
                            << "Premiers pas avec le projet de démonstration";
        QTest::newRow("nl") << "nl"
                            << "Gebruikershandleiding"
                            << "Aan de slag met het demoproject";
        QTest::newRow("en") << "en"
                            << "User guide"
                            << "Getting started with the demo project";
    }

    void eachLanguageLoads()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, phrase);
        UserGuideWindow window(language);
        QCOMPARE(window.language(), language);
        QCOMPARE(window.browser()->source(),
                 QUrl(QStringLiteral("qrc:/phenomap/guide/%1/index.html").arg(language)));
        QCOMPARE(window.browser()->documentTitle(), title);
        QVERIFY2(window.browser()->toPlainText().contains(phrase),
                 qPrintable(window.browser()->toPlainText().left(400)));
        QVERIFY2(window.windowTitle().contains(title), qPrintable(window.windowTitle()));
        // The guide's stylesheet was loaded from its resources (headings take its colour), and
        // nothing was asked for outside the guide.
        QColor heading;
        for (QTextBlock block = window.browser()->document()->begin(); block.isValid(); block = block.next())
            if (block.blockFormat().headingLevel() == 1) {
                heading = block.begin().fragment().charFormat().foreground().color();
                break;
            }
        QCOMPARE(heading, QColor(QStringLiteral("#1f3a5f")));
        QVERIFY(window.browser()->refusedUrls().isEmpty());
    }

    void everyLanguageHasTheSamePages()
    {
        const QStringList english = UserGuideWindow::pages(QStringLiteral("en"));
        QVERIFY2(english.size() >= 8, qPrintable(english.join(u',')));
        for (const QString &language : kLanguages)
            QCOMPARE(UserGuideWindow::pages(language), english);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(UserGuideWindow::guideLanguage(QStringLiteral("de")), QStringLiteral("en"));
        QCOMPARE(UserGuideWindow::guideLanguage(QString()), QStringLiteral("en"));
        QCOMPARE(UserGuideWindow::guideLanguage(QStringLiteral("../en")), QStringLiteral("en"));
        QCOMPARE(UserGuideWindow::guideLanguage(QStringLiteral("NL")), QStringLiteral("nl"));
        UserGuideWindow window(QStringLiteral("de"));
        QCOMPARE(window.language(), QStringLiteral("en"));
        QCOMPARE(window.browser()->documentTitle(), QStringLiteral("User guide"));
    }

    void everyInternalLinkResolves()
    {
        static const QRegularExpression attribute(QStringLiteral("\\b(href|src)=\"([^\"]*)\""));
        int internal = 0, external = 0;
        for (const QString &language : kLanguages) {
            UserGuideWindow window(language);
            const QStringList pages = UserGuideWindow::pages(language);
            QSet<QString> reachedFromIndex;
            for (const QString &page : pages) {
                const QUrl pageUrl = UserGuideWindow::pageUrl(language, page);
                window.showPage(page);
                QCOMPARE(window.browser()->source(), pageUrl);
                QVERIFY2(!window.browser()->documentTitle().isEmpty(), qPrintable(pageUrl.toString()));
                const QString html = readResource(pageUrl);
                QVERIFY2(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)),
                         qPrintable(pageUrl.toString()));

                // Every link the browser shows, and every href/src of the source (stylesheets, images).
                QStringList targets;
                for (const auto &link : documentLinks(window.browser()->document()))
                    targets << link.first;
                QVERIFY2(!targets.isEmpty() || page == QLatin1String("index.html"),
                         qPrintable(pageUrl.toString()));
                for (auto it = attribute.globalMatch(html); it.hasNext();)
                    targets << it.next().captured(2);
                for (const QString &href : std::as_const(targets)) {
                    const QString where = pageUrl.toString() + QStringLiteral(" -> ") + href;
                    if (isExternal(href)) {
                        QVERIFY2(href.startsWith(QLatin1String("https://")), qPrintable(where));
                        ++external;
                        continue;
                    }
                    ++internal;
                    const QUrl target = pageUrl.resolved(QUrl(href));
                    QVERIFY2(UserGuideBrowser::isGuideUrl(target), qPrintable(where));
                    QVERIFY2(QFile::exists(QLatin1Char(':') + target.path()), qPrintable(where));
                    if (target.hasFragment()) {
                        const QString targetHtml = readResource(target);
                        QVERIFY2(targetHtml.contains(QStringLiteral("id=\"%1\"").arg(target.fragment())),
                                 qPrintable(where));
                    }
                    if (page == QLatin1String("index.html"))
                        reachedFromIndex.insert(target.fileName());
                }
                // No page makes the browser ask for anything outside the guide.
                QVERIFY2(window.browser()->refusedUrls().isEmpty(),
                         qPrintable(describeRefusals(pageUrl, window.browser()->refusedUrls())));
            }
            // The contents page leads to every page.
            for (const QString &page : pages)
                QVERIFY2(page == QLatin1String("index.html") || reachedFromIndex.contains(page),
                         qPrintable(language + u'/' + page));
        }
        QVERIFY(internal > 100);
        QVERIFY(external >= 3); // the TLP reference, once per language: shown, never followed
    }

    void clickingAnInternalLinkNavigates()
    {
        UserGuideWindow window(QStringLiteral("nl"));
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(clickLink(window, QStringLiteral("statistics.html")));
        QTRY_COMPARE(window.browser()->source(),
                     QUrl(QStringLiteral("qrc:/phenomap/guide/nl/statistics.html")));
        QCOMPARE(window.browser()->documentTitle(), QStringLiteral("Statistiek"));
        QVERIFY(window.browser()->isBackwardAvailable());
        window.browser()->backward();
        QCOMPARE(window.browser()->source(), QUrl(QStringLiteral("qrc:/phenomap/guide/nl/index.html")));
        QVERIFY(window.browser()->refusedUrls().isEmpty());
    }

    void externalLinksAreNotFollowed()
    {
        UserGuideWindow window(QStringLiteral("en"));
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("packages.html"));
        const QUrl page = window.browser()->source();
        QSignalSpy refused(window.browser(), &UserGuideBrowser::refused);
        const QString tlp = QStringLiteral("https://www.first.org/tlp/");
        QVERIFY(clickLink(window, tlp));
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toUrl(), QUrl(tlp));
        QCOMPARE(window.browser()->source(), page);
        QVERIFY(window.browser()->toPlainText().contains(QLatin1String("TLP:AMBER+STRICT")));
        QVERIFY2(window.statusBar()->currentMessage().contains(tlp),
                 qPrintable(window.statusBar()->currentMessage()));

        // Whatever a page could ask for outside the guide is refused, not loaded.
        for (const QString &url :
             {QStringLiteral("http://example.org/logo.png"), QStringLiteral("https://example.org/x.css"),
              QStringLiteral("file:///etc/passwd"), QStringLiteral("mailto:someone@example.org"),
              QStringLiteral("qrc:/phenomap/data/PROVENANCE.md"),
              QStringLiteral("qrc:/phenomap/guide/en/../../data/PROVENANCE.md")}) {
            QVERIFY2(!window.browser()->loadResource(QTextDocument::ImageResource, QUrl(url)).isValid(),
                     qPrintable(url));
            QCOMPARE(window.browser()->refusedUrls().constLast(), QUrl(url));
        }
        // A guide resource still loads.
        QVERIFY(window.browser()
                    ->loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("../guide.css")))
                    .isValid());
        QCOMPARE(window.browser()->source(), page);
    }

private:
    static QString describeRefusals(const QUrl &page, const QList<QUrl> &refused)
    {
        QStringList list;
        for (const QUrl &url : refused)
            list << url.toString();
        return page.toString() + QStringLiteral(" asked for ") + list.join(u' ');
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
