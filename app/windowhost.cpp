// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowhost.h"

#include "preferencescontroller.h"
#include "project.h"
#include "projectcontroller.h"
#include "situationpicture.h"
#include "storyboardcontroller.h"
#include "translations.h"

#include <QTimer>

namespace phenomap {

WindowHost::WindowHost(Translations *translations, QObject *parent) : QObject(parent), m_translations(translations)
{
}

WindowHost::~WindowHost() = default;

MainWindow *WindowHost::window()
{
    if (!m_window)
        adopt(new MainWindow);
    return m_window.get();
}

void WindowHost::adopt(MainWindow *window)
{
    m_window.reset(window);
    // Queued: the request comes from inside the old window's Preferences dialog, which the
    // switch deletes.
    connect(window, &MainWindow::languageChosen, this,
            [this](const QString &code) { QTimer::singleShot(0, this, [this, code] { switchLanguage(code); }); });
}

void WindowHost::switchLanguage(const QString &code)
{
    MainWindow *old = window();
    ProjectController *projects = old->controller();
    const QString path = projects->project() ? projects->project()->path() : QString();
    PictureState view;
    auto *storyboard = old->findChild<StoryboardController *>();
    if (!path.isEmpty() && storyboard)
        view = storyboard->currentView(QString(), Tlp::Amber, QString()).state;
    const QByteArray geometry = old->saveGeometry();
    const QByteArray docks = old->saveState();
    const bool visible = old->isVisible();
    const auto *preferences = old->findChild<PreferencesController *>();
    const bool preferencesOpen = preferences && preferences->dialog();

    m_translations->apply(Translations::localeFor(code));
    auto *fresh = new MainWindow;
    fresh->restoreGeometry(geometry);
    fresh->restoreState(docks);
    // The passphrase prompt stays the new window's own: the old one's is parented to the old window.
    fresh->controller()->setKeyStoreDirectory(projects->keyStoreDirectory());
    if (visible)
        fresh->show();
    old->hide();
    if (!path.isEmpty() && fresh->controller()->openProject(path))
        if (auto *freshStoryboard = fresh->findChild<StoryboardController *>())
            freshStoryboard->applyState(view);
    std::unique_ptr<MainWindow> gone = std::exchange(m_window, nullptr);
    adopt(fresh);
    if (preferencesOpen)
        if (auto *freshPreferences = fresh->findChild<PreferencesController *>())
            freshPreferences->openPreferences();
    Q_EMIT windowReplaced(fresh);
    gone.reset();
}

} // namespace phenomap
