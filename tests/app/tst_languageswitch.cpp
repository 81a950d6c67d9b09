// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the interface language while working: through the Preferences dialog, as an analyst
// does, the window is rebuilt in French, then Dutch, then English, and what they see changes
// (menus, dock texts, numbers) while the project, the filter, the map extent and the dock layout
// stay as they were.
#include "demogenerator.h"
#include "filterpanel.h"
#include "incidentdetailpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "preferencescontroller.h"
#include "preferencesdialog.h"
#include "project.h"
#include "projectcontroller.h"
#include "translations.h"
#include "windowhost.h"

#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

QString menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles.join(QLatin1Char('|'));
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The preferences this test chooses stay in its own folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        qputenv("PHENOMAP_RECOVERY_DIR", m_dir.filePath(QStringLiteral("recovery")).toUtf8());
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(m_path, {.incidents = 500, .seed = 12, .title = QStringLiteral("Languages")});
    }

    void preferencesRebuildTheWindowInTheChosenLanguage()
    {
        Translations translations;
        translations.apply(QLocale(QStringLiteral("en")));
        WindowHost host(&translations);
        MainWindow *window = host.window();
        window->resize(1300, 850);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->openInitialProject(m_path);
        QVERIFY(window->controller()->project());
        QVERIFY2(menuTitles(*window).startsWith(QLatin1String("&File|&Edit|&View")), qPrintable(menuTitles(*window)));

        // A working view: one phenomenon, zoomed in, the charts dock closed.
        const qint64 phenomenon = window->controller()->taxonomy().first().id;
        Filter filter = window->filterPanel()->filter();
        filter.phenomenonIds = {phenomenon};
        window->filterPanel()->setFilter(filter);
        window->mapCanvas()->zoomIn();
        window->mapCanvas()->zoomIn();
        window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->close();
        const Filter shown = window->controller()->currentFilter();
        QCOMPARE(shown.phenomenonIds, QSet<qint64>{phenomenon});
        const MapViewport viewport = window->mapCanvas()->viewport();
        const quint32 visible = quint32(window->controller()->result().total());

        const struct
        {
            QString code, menus, details, number;
        } steps[] = {
            {QStringLiteral("fr"), QStringLiteral("&Fichier|É&dition|&Affichage"),
             QStringLiteral("Sélectionnez un fait sur la carte"), QStringLiteral("1\u202f234,5")},
            {QStringLiteral("nl"), QStringLiteral("&Bestand|Be&werken|Bee&ld"), QStringLiteral("Selecteer een feit op de kaart"),
             QStringLiteral("1.234,5")},
            {QStringLiteral("en"), QStringLiteral("&File|&Edit|&View"), QStringLiteral("Select an incident on the map"),
             QStringLiteral("1,234.5")},
        };
        QSignalSpy replaced(&host, &WindowHost::windowReplaced);
        for (const auto &step : steps) {
            QPointer<MainWindow> old = host.window();
            auto *preferences = old->findChild<PreferencesController *>();
            QVERIFY(preferences);
            PreferencesDialog *dialog = preferences->openPreferences();
            dialog->setLanguage(step.code); // as the analyst picks it in the combo box
            QTRY_VERIFY(old.isNull());      // the old window is gone once the new one stands
            MainWindow *fresh = host.window();
            QCOMPARE(replaced.count(), int(&step - steps) + 1);
            QCOMPARE(replaced.last().at(0).value<MainWindow *>(), fresh);

            const QString menus = menuTitles(*fresh);
            QVERIFY2(menus.startsWith(step.menus), qPrintable(step.code + QStringLiteral(": ") + menus));
            const QString details = fresh->findChild<IncidentDetailPanel *>()->text();
            QVERIFY2(details.startsWith(step.details), qPrintable(details));
            QCOMPARE(QLocale().toString(1234.5, 'f', 1), step.number);
            // The Preferences dialog is open again, in the new language, on the chosen entry.
            auto *again = fresh->findChild<PreferencesController *>()->dialog();
            QVERIFY(again && again->isVisible());
            QCOMPARE(again->language(), step.code);

            // Same project, filter, extent and dock layout.
            QVERIFY(fresh->controller()->project());
            QCOMPARE(fresh->controller()->project()->path(), m_path);
            QCOMPARE(fresh->controller()->currentFilter().phenomenonIds, shown.phenomenonIds);
            QCOMPARE(quint32(fresh->controller()->result().total()), visible);
            QCOMPARE(fresh->mapCanvas()->viewport().metresPerPixel(), viewport.metresPerPixel());
            QCOMPARE(fresh->mapCanvas()->viewport().centre(), viewport.centre());
            QVERIFY(!fresh->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->isVisible());
            QVERIFY(fresh->findChild<QDockWidget *>(QStringLiteral("detailDock")) != nullptr);
        }
        QCOMPARE(PreferencesDialog::savedLanguage(QSettings()), QStringLiteral("en")); // kept for the next start
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
