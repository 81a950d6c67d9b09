// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

namespace phenomap {

/// The interface language of the running application: Phenomap's catalog (embedded, :/i18n)
/// and Qt's own for one locale, installed on the application. apply() again swaps them; Qt then
/// sends a LanguageChange event to every widget. main() owns the one instance.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// Installs the catalogs for `locale` and makes it the default locale (numbers and dates);
    /// false when Phenomap has no catalog for it, and the source (English) texts show.
    bool apply(const QLocale &locale);
    /// The locale the preferences name ("fr", "nl", "en"), or the system's for an empty code.
    static QLocale localeFor(const QString &code);

private:
    QTranslator *m_own, *m_qt;
    bool m_ownInstalled = false, m_qtInstalled = false;
};

} // namespace phenomap
