// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open Recent: the list logic (order, dedupe, cap, missing files, persistence) and the
// menu of a real main window after opening two generated projects.
#include "demogenerator.h"
#include "mainwindow.h"
#include "preferencescontroller.h"
#include "preferencesdialog.h"
#include "project.h"
#include "projectcontroller.h"
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString touch(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    static QStringList recentPaths(QMenu *menu)
    {
        QStringList paths;
        for (QAction *action : menu->actions())
            if (!action->data().toString().isEmpty())
                paths << action->data().toString();
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Phenomap"));
        QCoreApplication::setApplicationName(QStringLiteral("Phenomap"));
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void mostRecentFirstWithoutDuplicatesAndCapped()
    {
        RecentFiles recent;
        QStringList files;
        for (int i = 0; i < 10; ++i)
            files << touch(QStringLiteral("p%1.gpkg").arg(i));
        recent.add(files[0]);
        recent.add(files[1]);
        recent.add(m_dir.filePath(QStringLiteral("sub/../p0.gpkg")));
        QCOMPARE(recent.paths(), (QStringList{files[0], files[1]}));
        for (const QString &file : files)
            recent.add(file);
        QCOMPARE(recent.paths().size(), RecentFiles::MaxCount);
        QCOMPARE(recent.paths().first(), files[9]);
        QCOMPARE(recent.paths().last(), files[2]);
        recent.remove(files[9]);
        QCOMPARE(recent.paths().first(), files[8]);
    }

    void missingFilesAreRemoved()
    {
        RecentFiles recent;
        const QString kept = touch(QStringLiteral("kept.gpkg"));
        const QString gone = touch(QStringLiteral("gone.gpkg"));
        recent.add(kept);
        recent.add(gone);
        QVERIFY(QFile::remove(gone));
        QVERIFY(recent.removeMissing());
        QCOMPARE(recent.paths(), QStringList{kept});
        QVERIFY(!recent.removeMissing());
    }

    void persistsThroughSettings()
    {
        const QString ini = m_dir.filePath(QStringLiteral("recent.ini"));
        const QString a = touch(QStringLiteral("a.gpkg"));
        const QString b = touch(QStringLiteral("b.gpkg"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            RecentFiles recent;
            recent.add(a);
            recent.add(b);
            recent.save(settings);
        }
        QSettings settings(ini, QSettings::IniFormat);
        RecentFiles loaded;
        loaded.load(settings);
        QCOMPARE(loaded.paths(), (QStringList{b, a}));
    }

    void theMenuListsOpenedProjects()
    {
        DemoOptions options;
        options.incidents = 300;
        const QString first = m_dir.filePath(QStringLiteral("first.gpkg"));
        const QString second = m_dir.filePath(QStringLiteral("second.gpkg"));
        generateDemo(first, options);
        options.seed = 2;
        generateDemo(second, options);

        {
            MainWindow window;
            auto *menu = window.findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
            QVERIFY(menu);
            QVERIFY(!menu->menuAction()->text().isEmpty());
            QVERIFY(window.controller()->openProject(first));
            QVERIFY(window.controller()->openProject(second));
            QVERIFY(window.controller()->openProject(first));
            QCOMPARE(recentPaths(menu), (QStringList{first, second}));
            QVERIFY(menu->isEnabled());
            QVERIFY(menu->actions().first()->text().contains(QDir::toNativeSeparators(first)));

            // Choosing an entry opens it.
            menu->actions().at(1)->trigger();
            QCOMPARE(window.controller()->project()->path(), second);
            QCOMPARE(recentPaths(menu), (QStringList{second, first}));
        }
        {
            // A new window (a new start) finds the list in the settings; a vanished file goes.
            QVERIFY(QFile::remove(first));
            MainWindow window;
            auto *menu = window.findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
            QCOMPARE(recentPaths(menu), QStringList{second});
            auto *clear = menu->findChild<QAction *>(QStringLiteral("clearRecentFilesAction"));
            QVERIFY(clear);
            clear->trigger();
            QVERIFY(recentPaths(menu).isEmpty());
            QVERIFY(!menu->isEnabled());
        }
        MainWindow window;
        QVERIFY(recentPaths(window.findChild<QMenu *>(QStringLiteral("recentFilesMenu"))).isEmpty());
    }

    void preferencesChangeTheDataLanguageAtOnce()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        action->trigger();
        auto *prefs = window.findChild<PreferencesController *>();
        QVERIFY(prefs && prefs->dialog());
        const QString other = window.controller()->language() == QLatin1String("nl") ? QStringLiteral("fr")
                                                                                         : QStringLiteral("nl");
        prefs->dialog()->setLanguage(other);
        QCOMPARE(window.controller()->language(), other);
        QCOMPARE(PreferencesDialog::savedLanguage(QSettings()), other);
        prefs->dialog()->close();
    }
};

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
