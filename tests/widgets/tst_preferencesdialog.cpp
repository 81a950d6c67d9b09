// SPDX-License-Identifier: GPL-3.0-or-later
// The Preferences dialog saves language and theme in the QSettings it is given and applies the
// theme at once.
#include "apptheme.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("prefs.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void darkAppliesADarkPaletteAndIsSaved()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        PreferencesDialog dialog(&settings);
        QCOMPARE(dialog.theme(), Theme::System);
        QSignalSpy themeSpy(&dialog, &PreferencesDialog::themeChanged);
        dialog.setTheme(Theme::Dark);
        QCOMPARE(themeSpy.count(), 1);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(settings.value(QLatin1String(PreferencesDialog::ThemeKey)).toString(), QStringLiteral("dark"));

        dialog.setTheme(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
        QCOMPARE(settings.value(QLatin1String(PreferencesDialog::ThemeKey)).toString(), QStringLiteral("light"));
    }

    void languageChangeEmitsAndIsSaved()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            PreferencesDialog dialog(&settings);
            QSignalSpy spy(&dialog, &PreferencesDialog::languageChanged);
            dialog.setLanguage(QStringLiteral("nl"));
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().first().toString(), QStringLiteral("nl"));
            QCOMPARE(dialog.language(), QStringLiteral("nl"));
            // Language names are shown in their own language.
            auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->currentText(), QStringLiteral("Nederlands"));
            QVERIFY(combo->findText(QStringLiteral("Français")) > 0);

            dialog.setLanguage(QString());
            QCOMPARE(spy.count(), 2);
            const QString system = spy.last().first().toString();
            QVERIFY(system == QLatin1String("fr") || system == QLatin1String("nl") || system == QLatin1String("en"));
            dialog.setLanguage(QStringLiteral("fr"));
        }
        QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(PreferencesDialog::savedLanguage(reread), QStringLiteral("fr"));
        QCOMPARE(PreferencesDialog::savedTheme(reread), Theme::Light);
        PreferencesDialog again(&reread);
        QCOMPARE(again.language(), QStringLiteral("fr"));
        QCOMPARE(again.theme(), Theme::Light);
    }

    void unknownValuesFallBackToSystem()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("odd.ini")), QSettings::IniFormat);
        settings.setValue(QLatin1String(PreferencesDialog::LanguageKey), QStringLiteral("xx"));
        settings.setValue(QLatin1String(PreferencesDialog::ThemeKey), QStringLiteral("purple"));
        QCOMPARE(PreferencesDialog::savedLanguage(settings), QString());
        QCOMPARE(PreferencesDialog::savedTheme(settings), Theme::System);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
