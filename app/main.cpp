// SPDX-License-Identifier: GPL-3.0-or-later
// The phenomap executable: the command line when arguments ask for it, else the workbench window.
#include "cli.h"
#include "mainwindow.h"
#include "apptheme.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Phenomap"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("phenomap.brussels"));
    QCoreApplication::setApplicationName(QStringLiteral("Phenomap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHENOMAP_VERSION));
}

/// Loads Phenomap's embedded translation and Qt's own for the system locale.
void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("phenomap"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/// The language saved in the preferences becomes the default locale (translations, numbers,
/// data labels); without one the system locale stays. Then the saved theme is applied.
void applyPreferences()
{
    const QSettings settings;
    const QString language = phenomap::PreferencesDialog::savedLanguage(settings);
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    phenomap::applyTheme(phenomap::PreferencesDialog::savedTheme(settings));
}

} // namespace

int main(int argc, char **argv)
{
    if (phenomap::isCommandLine(argc, argv)) {
        // `export` paints maps and writes PDF: it needs fonts and a paint engine, so a
        // QGuiApplication, on the offscreen platform when there is no display (servers, CI).
        const bool painting = argc > 1 && std::strcmp(argv[1], "export") == 0;
        if (painting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app;
        if (painting)
            app = std::make_unique<QGuiApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        setIdentity();
        installTranslations(*app);
        return phenomap::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    setIdentity();
    applyPreferences();
    installTranslations(app);
    phenomap::MainWindow window;
    window.show();
    const QStringList args = QCoreApplication::arguments();
    window.openInitialProject(args.size() > 1 ? args.at(1) : QString(), phenomap::MainWindow::OfferRecovery);
    return app.exec();
}
