// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apptheme.h"

#include <QDialog>

class QComboBox;
class QSettings;

namespace phenomap {

/// Edit > Preferences…: interface language and colour theme, saved in the QSettings it is given
/// (never owned; tests pass one on a temporary INI file). Changes apply at once: the theme to
/// the whole application, the language through languageChanged() (the window is then rebuilt in
/// it by the WindowHost, as the dialog says).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    /// Settings keys: "" (system), "fr", "nl" or "en"; "system", "light" or "dark".
    static constexpr const char *LanguageKey = "interface/language";
    static constexpr const char *ThemeKey = "interface/theme";

    PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);

    /// The chosen language code, or an empty string for the system language.
    QString language() const;
    void setLanguage(const QString &code);
    Theme theme() const;
    void setTheme(Theme theme);

    /// The language saved in `settings` ("" for the system's).
    static QString savedLanguage(const QSettings &settings);
    static Theme savedTheme(const QSettings &settings);

Q_SIGNALS:
    /// The language was changed; `code` is "fr", "nl" or "en" (the system's when "System" was chosen).
    void languageChanged(const QString &code);
    void themeChanged(phenomap::Theme theme);

private:
    void languageSelected();
    void themeSelected();

    QSettings *m_settings;
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace phenomap
