// SPDX-License-Identifier: GPL-3.0-or-later
// French, Dutch and English ship complete: every translations/*.ts entry is finished, keeps the
// source's placeholders and TLP labels, is not obsolete, and the sources hold no string that the
// .ts files lack; the .qm files embedded in phenomap_app under :/i18n carry exactly the .ts
// translations; and installing a translator changes what the windows show.
#include "aboutdialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace phenomap;

namespace {

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")};

/// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;            ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translation; ///< one entry, or one per numerus form
    qint64 line = 0;

    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
    QString where(const QString &file) const
    {
        return QStringLiteral("%1:%2 [%3] “%4”").arg(QFileInfo(file).fileName()).arg(line).arg(context, source.left(80));
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus) {
                    message.translation << xml.readElementText();
                }
            } else if (inMessage && name == QLatin1String("numerusform")) {
                message.translation << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(PHENOMAP_SOURCE_DIR "/translations/phenomap_%1.ts").arg(language);
}

/// The %1…%9 placeholders of a text (a set: a translation may repeat one, never drop or add one).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9])(?![0-9])"));
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(QLatin1Char('%') + m.captured(1));
    return found;
}

/// TLP labels ("TLP:AMBER+STRICT", …) are never translated.
QSet<QString> tlpLabels(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("TLP:[A-Z]+(?:\\+STRICT)?"));
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured(0));
    return found;
}

QString joined(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

/// The lupdate that the build's qt_add_translations uses.
QString lupdatePath()
{
    for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::BinariesPath), QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)}) {
        const QString candidate = dir + QStringLiteral("/lupdate");
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QString();
}

QString menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles.join(QLatin1Char('|'));
}

/// Two entries of one menu (or of the menu bar) with the same Alt+letter, or an empty string.
QString acceleratorClash(const QList<QAction *> &actions)
{
    QHash<QChar, QString> seen;
    for (const QAction *action : actions) {
        const QString text = action->text();
        const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (amp < 0)
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (seen.contains(key))
            return QStringLiteral("“%1” and “%2” share the accelerator %3").arg(seen.value(key), text, key);
        seen.insert(key, text);
    }
    return QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        const QString path = tsPath(language);
        const TsFile ts = parseTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));

        QStringList problems;
        QSet<QString> keys;
        for (const TsMessage &m : ts.messages) {
            const QString where = m.where(path);
            if (keys.contains(m.key()))
                problems << where + QStringLiteral(": duplicate entry");
            keys.insert(m.key());
            if (m.type == QLatin1String("unfinished"))
                problems << where + QStringLiteral(": unfinished");
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << where + QStringLiteral(": obsolete (lupdate runs with -no-obsolete; run it again)");
            else if (!m.type.isEmpty())
                problems << where + QStringLiteral(": unexpected type “%1”").arg(m.type);
            if (m.translation.isEmpty())
                problems << where + QStringLiteral(": no translation");
            // French and Dutch, like English, have two plural forms.
            if (m.numerus && m.translation.size() != 2)
                problems << where + QStringLiteral(": %1 plural forms, expected 2").arg(m.translation.size());
            for (qsizetype i = 0; i < m.translation.size(); ++i) {
                const QString &t = m.translation.at(i);
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                    continue;
                }
                const QSet<QString> want = placeholders(m.source), got = placeholders(t);
                if (want != got)
                    problems << where + QStringLiteral(": placeholders %1 in the source but %2 in “%3”").arg(joined(want), joined(got), t);
                const QSet<QString> tlp = tlpLabels(m.source);
                if (!tlpLabels(t).contains(tlp))
                    problems << where + QStringLiteral(": TLP labels %1 must stay as they are in “%2”").arg(joined(tlp), t);
                // The singular may say "un incident"; the plural form must show the number.
                if (m.numerus && m.source.contains(QLatin1String("%n")) && i == m.translation.size() - 1
                    && !t.contains(QLatin1String("%n")))
                    problems << where + QStringLiteral(": the plural form lost %n");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void languagesHaveTheSameEntries()
    {
        QHash<QString, QSet<QString>> keys;
        for (const QString &language : kLanguages) {
            const TsFile ts = parseTs(tsPath(language));
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            for (const TsMessage &m : ts.messages)
                keys[language].insert(m.key());
        }
        for (const QString &language : kLanguages) {
            const QSet<QString> missing = keys.value(QStringLiteral("en")) - keys.value(language);
            const QSet<QString> extra = keys.value(language) - keys.value(QStringLiteral("en"));
            QVERIFY2(missing.isEmpty() && extra.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks: %2\n%1 has more: %3").arg(language, joined(missing), joined(extra))));
        }
    }

    /// lupdate over the same sources as the build's phenomap_app_lupdate target: a string in the
    /// code that the .ts files do not have yet (or have under another context) fails here.
    void tsFilesMatchTheSources()
    {
        const QString lupdate = lupdatePath();
        if (lupdate.isEmpty())
            QSKIP("lupdate is not installed (Debian: qt6-l10n-tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("fr")), fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(PHENOMAP_SOURCE_DIR));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("models"), QStringLiteral("widgets"), QStringLiteral("app"),
                                QStringLiteral("-ts"), fresh});
        QVERIFY2(process.waitForFinished(300000), qPrintable(process.errorString()));
        const QString output = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

        // A tr() that lupdate files under a bare namespace is looked up at run time under another
        // context, so its translation is never used.
        static const QRegularExpression lacksQObject(QStringLiteral("^(.*): Class '([^']*)' lacks Q_OBJECT macro$"),
                                                     QRegularExpression::MultilineOption);
        QStringList contextWarnings;
        for (const auto &m : lacksQObject.globalMatch(output))
            contextWarnings << m.captured(0);
        if (!contextWarnings.isEmpty())
            qWarning().noquote() << "tr() calls whose lupdate context differs from the run-time one:\n"
                                        + contextWarnings.join(QLatin1Char('\n'));

        const TsFile updated = parseTs(fresh);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QStringList stale;
        for (const TsMessage &m : updated.messages)
            if (m.type == QLatin1String("unfinished") || m.translation.isEmpty())
                stale << m.where(tsPath(QStringLiteral("fr")));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("the sources have strings the .ts files lack; run `cmake --build <dir> --target "
                                           "phenomap_app_lupdate` and translate them:\n")
                            + stale.join(QLatin1Char('\n'))));
        // lupdate -no-obsolete drops what the sources no longer say: the .ts must not keep it.
        const TsFile committed = parseTs(tsPath(QStringLiteral("fr")));
        QSet<QString> current;
        for (const TsMessage &m : updated.messages)
            current.insert(m.key());
        QStringList obsolete;
        for (const TsMessage &m : committed.messages)
            if (!current.contains(m.key()))
                obsolete << m.where(tsPath(QStringLiteral("fr")));
        QVERIFY2(obsolete.isEmpty(),
                 qPrintable(QStringLiteral("the .ts files keep strings the sources no longer have; run the "
                                           "phenomap_app_lupdate target:\n")
                            + obsolete.join(QLatin1Char('\n'))));
    }

    /// The .qm files compiled into phenomap_app give exactly the .ts translations.
    void embeddedCatalogsMatchTheTsFiles_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void embeddedCatalogsMatchTheTsFiles()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/phenomap_%1.qm").arg(language)),
                 "the translations are not embedded under :/i18n");
        QCOMPARE(translator.language(), language);
        const TsFile ts = parseTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList differences;
        for (const TsMessage &m : ts.messages) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            QString got = translator.translate(context.constData(), source.constData(), disambiguation, m.numerus ? 1 : -1);
            const QString want = m.translation.value(0);
            // lrelease may leave out a translation identical to its source: the source is then shown.
            if (got.isEmpty() && !m.numerus && want == m.source)
                got = m.source;
            if (got != want)
                differences << m.where(tsPath(language)) + QStringLiteral(": the embedded catalogue says “%1”").arg(got);
        }
        QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("\n") + differences.join(QLatin1Char('\n'))));
    }

    void knownStringsTranslate()
    {
        struct Case
        {
            const char *context, *source, *fr, *nl;
        };
        const Case cases[] = {
            {"phenomap::MainWindow", "&File", "&Fichier", "&Bestand"},
            {"phenomap::MainWindow", "&View", "&Affichage", "Bee&ld"},
            {"phenomap::AboutDialog", "About Phenomap", "À propos de Phenomap", "Over Phenomap"},
            {"phenomap::FilterPanel", "Phenomena and modus operandi", "Phénomènes et modes opératoires", "Fenomenen en modus operandi"},
            {"phenomap::Engine", "police zones", "zones de police", "politiezones"},
            // The command line's own context (it used to be filed under the bare namespace).
            {"phenomap::Cli", "Unknown command “%1”.", "Commande inconnue « %1 ».", "Onbekende opdracht ‘%1’."},
            {"phenomap::ImportCommand", "The file to import.", "Le fichier à importer.", "Het te importeren bestand."},
        };
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("nl")}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/phenomap_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
            for (const Case &c : cases)
                QCOMPARE(QCoreApplication::translate(c.context, c.source),
                         QString::fromUtf8(language == QLatin1String("fr") ? c.fr : c.nl));
            // Plural forms: French counts 0 and 1 as singular, Dutch only 1.
            QCOMPARE(QCoreApplication::translate("phenomap::MainWindow", "%1 of %Ln incident(s)", nullptr, 1).arg(1),
                     language == QLatin1String("fr") ? QStringLiteral("1 sur 1 incident") : QStringLiteral("1 van 1 incident"));
            QCOMPARE(QCoreApplication::translate("phenomap::MainWindow", "%1 of %Ln incident(s)", nullptr, 0).arg(0),
                     language == QLatin1String("fr") ? QStringLiteral("0 sur 0 incident") : QStringLiteral("0 van 0 incidenten"));
            QVERIFY(QCoreApplication::removeTranslator(&translator));
        }
        // Without a translator the source text is shown again.
        QCOMPARE(QCoreApplication::translate("phenomap::MainWindow", "&File"), QStringLiteral("&File"));
    }

    /// What a person sees changes with the language: the main window's menus and the About box.
    void windowsShowTheChosenLanguage()
    {
        QString englishMenus, englishAbout;
        {
            MainWindow window;
            englishMenus = menuTitles(window);
            AboutDialog about(QStringLiteral("en"));
            englishAbout = about.windowTitle();
        }
        QVERIFY2(englishMenus.startsWith(QLatin1String("&File|&Edit|&View")), qPrintable(englishMenus));
        QCOMPARE(englishAbout, QStringLiteral("About Phenomap"));

        const struct
        {
            QString language, menus, about;
        } expected[] = {
            {QStringLiteral("fr"), QStringLiteral("&Fichier|É&dition|&Affichage"), QStringLiteral("À propos de Phenomap")},
            {QStringLiteral("nl"), QStringLiteral("&Bestand|Be&werken|Bee&ld"), QStringLiteral("Over Phenomap")},
        };
        for (const auto &e : expected) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/phenomap_%1.qm").arg(e.language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
            {
                MainWindow window;
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                const QString menus = menuTitles(window);
                QVERIFY2(menus.startsWith(e.menus), qPrintable(menus));
                QVERIFY(menus != englishMenus);
                // The menu bar's and each menu's accelerators stay distinct in every language.
                QString clash = acceleratorClash(window.menuBar()->actions());
                for (const QAction *menuAction : window.menuBar()->actions())
                    if (clash.isEmpty() && menuAction->menu())
                        clash = acceleratorClash(menuAction->menu()->actions());
                QVERIFY2(clash.isEmpty(), qPrintable(e.language + QStringLiteral(": ") + clash));
                AboutDialog about(e.language);
                QCOMPARE(about.windowTitle(), e.about);
            }
            QVERIFY(QCoreApplication::removeTranslator(&translator));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
