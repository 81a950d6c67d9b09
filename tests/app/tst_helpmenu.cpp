// SPDX-License-Identifier: GPL-3.0-or-later
// Help > User Guide (F1) in the main window: the action is in the Help menu, F1 opens the offline
// guide in the interface language, and asking again raises the same window.
#include "aboutdialog.h"
#include "helpcontroller.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "userguidewindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace phenomap;

class TestHelpMenu : public QObject
{
    Q_OBJECT

private:
    static QMenu *menuHolding(MainWindow &window, QAction *action)
    {
        for (QAction *top : window.menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(action))
                return top->menu();
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aboutNamesEveryDataSource()
    {
        // The licences of the bundled data require these mentions in the About box.
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")}) {
            AboutDialog about(language);
            const auto *details = about.findChild<QLabel *>(QStringLiteral("aboutDetails"));
            QVERIFY(details);
            const QString text = details->text();
            QVERIFY2(text.contains(QStringLiteral("© OpenStreetMap contributors")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("ODbL")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Brussels UrbIS")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Statbel")), qPrintable(text));
        }
    }

    void userGuideActionIsInTheHelpMenu()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        QMenu *menu = menuHolding(window, action);
        QVERIFY(menu);
        // The Help menu is the last one, as in every desktop application; the guide comes first in it.
        QCOMPARE(window.menuBar()->actions().constLast()->menu(), menu);
        QCOMPARE(menu->actions().constFirst(), action);
        QVERIFY(window.findChild<UserGuideWindow *>() == nullptr);
    }

    void f1OpensTheGuideInTheInterfaceLanguage()
    {
        MainWindow window;
        window.controller()->setLanguage(QStringLiteral("fr"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        UserGuideWindow *guide = window.findChild<UserGuideWindow *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->language(), QStringLiteral("fr"));
        QCOMPARE(guide->browser()->source(), QUrl(QStringLiteral("qrc:/phenomap/guide/fr/index.html")));
        QCOMPARE(guide->browser()->documentTitle(), QStringLiteral("Guide de l'utilisateur"));

        // Asking again raises the same window.
        auto *help = window.findChild<HelpController *>();
        QVERIFY(help);
        QCOMPARE(help->showUserGuide(), guide);
        QCOMPARE(window.findChildren<UserGuideWindow *>().size(), 1);
    }

    void theMenuActionFollowsALanguageChange()
    {
        MainWindow window;
        window.controller()->setLanguage(QStringLiteral("nl"));
        auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        action->trigger();
        auto *help = window.findChild<HelpController *>();
        QVERIFY(help && help->userGuideWindow());
        QCOMPARE(help->userGuideWindow()->language(), QStringLiteral("nl"));
        QCOMPARE(help->userGuideWindow()->browser()->documentTitle(),
                 QStringLiteral("Gebruikershandleiding"));

        window.controller()->setLanguage(QStringLiteral("en"));
        action->trigger();
        QTRY_COMPARE(window.findChildren<UserGuideWindow *>().size(), 1);
        QCOMPARE(help->userGuideWindow()->language(), QStringLiteral("en"));
        QCOMPARE(help->userGuideWindow()->browser()->documentTitle(), QStringLiteral("User guide"));

        // Closing the guide deletes it; F1 then opens a new one.
        help->userGuideWindow()->close();
        QTRY_VERIFY(help->userGuideWindow() == nullptr);
        action->trigger();
        QVERIFY(help->userGuideWindow() && help->userGuideWindow()->isVisible());
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
