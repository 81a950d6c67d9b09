// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace phenomap {

/// The colour themes of the interface (the map keeps its own colours whatever the theme).
enum class Theme { System, Light, Dark };

/// "system", "light", "dark": the values stored in the settings.
QString themeKey(Theme theme);
/// The theme stored as `key`; System for an unknown or empty key.
Theme themeFromKey(const QString &key);

/// The dark palette used with the Fusion style: light text on dark grey, blue highlight.
QPalette darkPalette();

/// Applies `theme` to the running QApplication. Light restores the platform's style and palette
/// as they were before the first call; Dark uses the Fusion style with darkPalette(). Qt 6.4
/// has no colour-scheme API (QStyleHints::colorScheme() arrived in 6.5), so System follows the
/// platform palette: when its window colour is dark the platform palette is kept as it is
/// (the platform theme is dark already), else it is the Light theme.
void applyTheme(Theme theme);

} // namespace phenomap
