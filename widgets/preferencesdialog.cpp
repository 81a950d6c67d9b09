// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace phenomap {

namespace {

QString systemLanguageCode()
{
    switch (QLocale::system().language()) {
    case QLocale::French: return QStringLiteral("fr");
    case QLocale::Dutch: return QStringLiteral("nl");
    default: return QStringLiteral("en");
    }
}

} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System"), QString());
    // Language names are written in their own language so that everyone finds theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setToolTip(tr("System follows the desktop's colours; the map keeps its own colours."));

    auto *note = new QLabel(tr("The window is rebuilt in the chosen language at once, on the same project and view; "
                               "the undo history starts again."),
                            this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Theme:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (m_settings) {
        m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage(*m_settings))));
        m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeKey(savedTheme(*m_settings)))));
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::languageSelected);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::themeSelected);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
}

Theme PreferencesDialog::theme() const
{
    return themeFromKey(m_theme->currentData().toString());
}

void PreferencesDialog::setTheme(Theme theme)
{
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeKey(theme))));
}

QString PreferencesDialog::savedLanguage(const QSettings &settings)
{
    const QString code = settings.value(QLatin1String(LanguageKey)).toString();
    return code == QLatin1String("fr") || code == QLatin1String("nl") || code == QLatin1String("en") ? code : QString();
}

Theme PreferencesDialog::savedTheme(const QSettings &settings)
{
    return themeFromKey(settings.value(QLatin1String(ThemeKey)).toString());
}

void PreferencesDialog::languageSelected()
{
    const QString code = language();
    if (m_settings)
        m_settings->setValue(QLatin1String(LanguageKey), code);
    Q_EMIT languageChanged(code.isEmpty() ? systemLanguageCode() : code);
}

void PreferencesDialog::themeSelected()
{
    const Theme chosen = theme();
    if (m_settings)
        m_settings->setValue(QLatin1String(ThemeKey), themeKey(chosen));
    applyTheme(chosen);
    Q_EMIT themeChanged(chosen);
}

} // namespace phenomap
