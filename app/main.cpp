// SPDX-License-Identifier: GPL-3.0-or-later
// The phenomap executable: the command line when arguments ask for it, else the workbench window.
#include "cli.h"
#include "mainwindow.h"
#include "apptheme.h"
#include "preferencesdialog.h"
#include "translations.h"
#include "windowhost.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>
#include <QLocale>
#include <QSettings>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Phenomap"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("phenomap.brussels"));
    QCoreApplication::setApplicationName(QStringLiteral("Phenomap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHENOMAP_VERSION));
}

/// The language saved in the preferences (else the system's) for translations, numbers and
/// data labels, then the saved theme.
void applyPreferences(phenomap::Translations &translations)
{
    const QSettings settings;
    translations.apply(phenomap::Translations::localeFor(phenomap::PreferencesDialog::savedLanguage(settings)));
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
        phenomap::Translations translations;
        translations.apply(QLocale::system());
        return phenomap::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    setIdentity();
    phenomap::Translations translations;
    applyPreferences(translations);
    phenomap::WindowHost host(&translations);
    host.window()->show();
    const QStringList args = QCoreApplication::arguments();
    host.window()->openInitialProject(args.size() > 1 ? args.at(1) : QString(), phenomap::MainWindow::OfferRecovery);
    return app.exec();
}
