// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"

#include <QObject>

#include <memory>

namespace phenomap {

class Translations;

/// Holds the workbench window and rebuilds it when the analyst picks another interface
/// language: the new window comes up in that language on the same project and the same view
/// (filter, time window, extent, layers, choropleth, annotations), geometry and dock layout, with
/// the Preferences dialog open again if it was; then the old window goes. Every text is set
/// where it is built, so building again is what translates all of them. The undo history
/// belongs to the window and starts again.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(Translations *translations, QObject *parent = nullptr);
    ~WindowHost() override;

    /// The window, created on first use.
    MainWindow *window();
    /// Installs the language (`code` "fr", "nl", "en"; empty for the system's) and rebuilds the
    /// window in it. Call from the event loop, not from inside the old window's own handlers.
    void switchLanguage(const QString &code);

Q_SIGNALS:
    /// A new window replaced the old one (which is being deleted).
    void windowReplaced(phenomap::MainWindow *window);

private:
    void adopt(MainWindow *window);

    Translations *m_translations;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace phenomap
