// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace phenomap {

Translations::Translations(QObject *parent)
    : QObject(parent), m_own(new QTranslator(this)), m_qt(new QTranslator(this))
{
}

Translations::~Translations()
{
    if (m_ownInstalled)
        QCoreApplication::removeTranslator(m_own);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(m_qt);
}

QLocale Translations::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool Translations::apply(const QLocale &locale)
{
    // Out first, so that a language without a catalog falls back to the source texts rather
    // than keeping the previous language.
    if (m_ownInstalled)
        QCoreApplication::removeTranslator(m_own);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(m_qt);
    m_ownInstalled = m_qtInstalled = false;
    QLocale::setDefault(locale);
    if (m_own->load(locale, QStringLiteral("phenomap"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        m_ownInstalled = QCoreApplication::installTranslator(m_own);
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(m_qt);
    return m_ownInstalled;
}

} // namespace phenomap
