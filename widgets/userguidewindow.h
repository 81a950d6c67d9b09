// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>
#include <QTextBrowser>
#include <QUrl>

class QAction;

namespace phenomap {

/// The browser of the user guide. Analysts read the guide in meeting rooms and offices without
/// network, and a help page must never become a way out of the machine: it loads only the
/// guide's own pages and images from the embedded resources (qrc:/phenomap/guide/...), and any
/// other link or resource — web, mail, local file — is refused and reported instead of loaded.
class UserGuideBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit UserGuideBrowser(QWidget *parent = nullptr);

    /// Returns the embedded resource for a guide URL; an empty QVariant (and a refusal) for
    /// anything outside the guide.
    QVariant loadResource(int type, const QUrl &name) override;

    /// True for URLs inside the embedded guide (qrc:/phenomap/guide/...).
    static bool isGuideUrl(const QUrl &url);
    /// The links and resources refused since the browser was created, in order.
    const QList<QUrl> &refusedUrls() const { return m_refused; }

Q_SIGNALS:
    /// A link or resource outside the guide was asked for and not opened.
    void refused(const QUrl &url);

private:
    void followLink(const QUrl &url);
    void refuse(const QUrl &url);
    QList<QUrl> m_refused;
};

/// The offline user guide (Help > User Guide, F1): the guide's HTML pages, in French, Dutch or
/// English, embedded in the program and shown in a UserGuideBrowser with Back, Forward and
/// Contents. A language without a guide falls back to English.
class UserGuideWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `language` is "fr", "nl" or "en" (anything else shows the English guide).
    explicit UserGuideWindow(const QString &language, QWidget *parent = nullptr);

    /// The guide's language for a UI language: itself when a guide exists for it, else "en".
    static QString guideLanguage(const QString &language);
    /// qrc URL of a page ("index.html" = the contents) of the guide in `language`.
    static QUrl pageUrl(const QString &language, const QString &page = QStringLiteral("index.html"));
    /// File names of the guide's pages in `language`, sorted.
    static QStringList pages(const QString &language);

    /// The language shown ("fr", "nl" or "en").
    const QString &language() const { return m_language; }
    UserGuideBrowser *browser() const { return m_browser; }
    /// Shows a page of the guide by file name, with an optional "#anchor".
    void showPage(const QString &page);

private:
    void updateTitle();
    void showRefusal(const QUrl &url);

    QString m_language;
    UserGuideBrowser *m_browser;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace phenomap
