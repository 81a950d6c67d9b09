// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: the same library functions the window calls, for scripts and tests.
#include "cli.h"

#include "demogenerator.h"
#include "encryptedpackage.h"
#include "feedback.h"
#include "analysecommand.h"
#include "exportcommand.h"
#include "feedbackcommand.h"
#include "importcommand.h"
#include "keyscommand.h"
#include "picturecommand.h"
#include "project.h"
#include "projectinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstring>

namespace phenomap {
namespace {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// Translation context of the command line's messages (a class, so that lupdate files the strings
/// under the context the program looks them up in).
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::Cli)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString overview(const QString &program)
{
    return CliTr::tr("Usage: %1 [FILE.gpkg]                 open the workbench\n"
                     "       %1 demo --out FILE [--incidents N] [--seed S] [--title T] [--force]\n"
                     "                                          write a synthetic demo project\n"
                     "       %1 info FILE [--json]             summarise a project\n"
                     "       %1 import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N] [--json]\n"
                     "                                          import a partner file as one batch\n"
                     "       %1 analyse PROJECT --method gi|lisa|moran|knox [options] [--json]\n"
                     "                                          run a spatial statistic\n"
                     "       %1 export PROJECT --pdf OUT.pdf [--pictures IDS] [--lang fr|nl|en]\n"
                     "       %1 export PROJECT --package OUT.gpkg --tier exact|generalised|aggregated\n"
                     "                 --tlp LABEL --recipient NAME [--encrypt-to PARTNER|age1KEY]...\n"
                     "                 [--encrypt-passphrase] [--sign|--no-sign] [--store DIR]\n"
                     "                                          write a briefing or a partner package\n"
                     "       %1 keys create|export-public|import|list --store DIR ...\n"
                     "                                          the office key and partners' keys\n"
                     "       %1 verify FILE [--store DIR] [--json]  check the signature FILE.minisig\n"
                     "       %1 open-package FILE [--store DIR] [--json]\n"
                     "                                          open a (possibly encrypted) partner package\n"
                     "       %1 picture add PROJECT --title T [--tlp LABEL] [--phenomena CODES] [--from D --to D]\n"
                     "       %1 picture list PROJECT [--json]        save or list situation pictures\n"
                     "       %1 comment PACKAGE --picture UUID --author NAME --agency AGENCY --text TEXT\n"
                     "       %1 comments FILE [--picture UUID] [--json]\n"
                     "       %1 merge PROJECT FEEDBACK [--json]      partners' comments and their merge\n"
                     "       %1 --version | --help\n")
        .arg(QFileInfo(program).fileName());
}

int usageError(const QString &message, const QString &program)
{
    err() << message << '\n' << overview(program);
    err().flush();
    return Usage;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QStringList args = arguments;
    args.removeAt(1); // the subcommand
    return parser.parse(args);
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Writes a new project filled with synthetic incidents (marked as synthetic)."));
    const QCommandLineOption outOption(QStringLiteral("out"), CliTr::tr("The project file to create."), CliTr::tr("file"));
    const QCommandLineOption countOption(QStringLiteral("incidents"), CliTr::tr("Number of incidents (default 20000)."),
                                         CliTr::tr("count"), QStringLiteral("20000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), CliTr::tr("Random seed: the same seed gives the same incidents (default 1)."),
                                        CliTr::tr("seed"), QStringLiteral("1"));
    const QCommandLineOption titleOption(QStringLiteral("title"), CliTr::tr("Project title."), CliTr::tr("title"));
    const QCommandLineOption forceOption(QStringLiteral("force"), CliTr::tr("Replace the file if it exists."));
    parser.addOptions({outOption, countOption, seedOption, titleOption, forceOption});
    if (!parse(parser, arguments))
        return usageError(parser.errorText(), arguments.first());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(CliTr::tr("demo: unexpected argument “%1”.").arg(parser.positionalArguments().first()), arguments.first());
    const QString path = parser.value(outOption);
    if (path.isEmpty())
        return usageError(CliTr::tr("demo: --out FILE is required."), arguments.first());
    bool ok = false;
    DemoOptions options;
    options.incidents = parser.value(countOption).toInt(&ok);
    if (!ok || options.incidents < 0 || options.incidents > 5000000)
        return usageError(CliTr::tr("demo: --incidents must be a whole number from 0 to 5000000, not “%1”.")
                              .arg(parser.value(countOption)), arguments.first());
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(CliTr::tr("demo: --seed must be a non-negative whole number, not “%1”.").arg(parser.value(seedOption)),
                          arguments.first());
    options.title = parser.value(titleOption);

    if (QFileInfo::exists(path)) {
        if (!parser.isSet(forceOption)) {
            err() << CliTr::tr("“%1” already exists; use --force to replace it.").arg(path) << '\n';
            return Failure;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix)) {
                err() << CliTr::tr("Could not replace “%1”: the file cannot be removed.").arg(path + suffix) << '\n';
                return Failure;
            }
        }
    }

    Feedback feedback;
    int shown = -5;
    QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [&shown](double percent) {
        const int whole = int(percent);
        if (whole / 5 != shown / 5) {
            shown = whole;
            err() << '\r' << CliTr::tr("Generating synthetic incidents: %1 %").arg(whole);
            err().flush();
        }
    });
    try {
        generateDemo(path, options, &feedback);
    } catch (const ProjectError &e) {
        err() << '\n' << e.message() << '\n';
        return Failure;
    } catch (const std::exception &e) {
        err() << '\n' << CliTr::tr("Could not write “%1”: %2").arg(path, QString::fromUtf8(e.what())) << '\n';
        return Failure;
    }
    err() << '\n' << CliTr::tr("Wrote %1 synthetic incidents (seed %2) to “%3”.").arg(options.incidents).arg(options.seed).arg(path)
          << '\n';
    return Success;
}

void printCounts(const QJsonArray &rows, const QString &heading, const QString &codeKey, const QString &language)
{
    out() << '\n' << heading << '\n';
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QString label = o.value(language).toString();
        if (label.isEmpty())
            label = o.value(QStringLiteral("en")).toString();
        if (label.isEmpty())
            label = o.value(QStringLiteral("name")).toString();
        const QString code = o.value(codeKey).isString() ? o.value(codeKey).toString()
                                                         : QString::number(o.value(codeKey).toInteger());
        out() << QStringLiteral("  %1  %2  %3\n")
                     .arg(o.value(QStringLiteral("count")).toInteger(), 8)
                     .arg(code, -16)
                     .arg(label.isEmpty() ? CliTr::tr("(none)") : label);
    }
}

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Summarises a Phenomap project: incidents by phenomenon, MO, zone and source."));
    parser.addPositionalArgument(CliTr::tr("file"), CliTr::tr("The project file (.gpkg)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliTr::tr("Print the summary as JSON."));
    parser.addOption(jsonOption);
    if (!parse(parser, arguments))
        return usageError(parser.errorText(), arguments.first());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(CliTr::tr("info: give exactly one project file."), arguments.first());
    const QString path = parser.positionalArguments().first();
    if (EncryptedPackage::isEncrypted(path))
        return runOpenPackageCommand(arguments); // decrypted in memory only
    QJsonObject info;
    try {
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        info = projectInfo(*project);
    } catch (const ProjectError &e) {
        err() << e.message() << '\n';
        return Failure;
    } catch (const std::exception &e) {
        err() << CliTr::tr("Could not read “%1”: %2").arg(path, QString::fromUtf8(e.what())) << '\n';
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        out() << QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QString language = QLocale().name().left(2);
    out() << CliTr::tr("Project:        %1").arg(path) << '\n'
          << CliTr::tr("Title:          %1").arg(info.value(QStringLiteral("title")).toString()) << '\n';
    if (info.value(QStringLiteral("synthetic")).toBool())
        out() << CliTr::tr("Data:           SYNTHETIC (not real incidents)") << '\n';
    out() << CliTr::tr("Schema version: %1").arg(info.value(QStringLiteral("schemaVersion")).toInt()) << '\n'
          << CliTr::tr("Taxonomy:       %1").arg(info.value(QStringLiteral("taxonomyVersion")).toString()) << '\n'
          ;
    if (info.value(QStringLiteral("aggregated")).toBool()) {
        // An aggregated-tier package: counts per zone, suppressed ones withheld.
        out() << CliTr::tr("Counts per zone only: %1 incidents published, %2 zones suppressed")
                     .arg(info.value(QStringLiteral("publishedCount")).toInteger())
                     .arg(info.value(QStringLiteral("suppressedZones")).toInt())
              << '\n';
        for (const QJsonValue &v : info.value(QStringLiteral("byZone")).toArray()) {
            const QJsonObject z = v.toObject();
            const QString name = z.value(language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("fr")).toString();
            const QJsonValue n = z.value(QStringLiteral("count"));
            out() << QStringLiteral("  %1 %2 ").arg(z.value(QStringLiteral("code")).toString(), -6).arg(name, -28)
                  << (n.isNull() ? CliTr::tr("suppressed") : QString::number(n.toInteger())) << '\n';
        }
        return Success;
    }
    out() << CliTr::tr("Incidents:      %1").arg(info.value(QStringLiteral("incidents")).toInteger()) << '\n'
          << CliTr::tr("  zone only:    %1").arg(info.value(QStringLiteral("zoneOnly")).toInteger()) << '\n'
          << CliTr::tr("  outside:      %1").arg(info.value(QStringLiteral("outsideRegion")).toInteger()) << '\n'
          << CliTr::tr("  time window:  %1").arg(info.value(QStringLiteral("timeUncertain")).toInteger()) << '\n';
    const QJsonObject range = info.value(QStringLiteral("timeRange")).toObject();
    if (!range.isEmpty())
        out() << CliTr::tr("Period (UTC):   %1 – %2").arg(range.value(QStringLiteral("from")).toString(),
                                                          range.value(QStringLiteral("to")).toString()) << '\n';
    printCounts(info.value(QStringLiteral("byPhenomenon")).toArray(), CliTr::tr("By phenomenon:"), QStringLiteral("code"), language);
    printCounts(info.value(QStringLiteral("byMunicipality")).toArray(), CliTr::tr("By municipality:"), QStringLiteral("nis"), language);
    printCounts(info.value(QStringLiteral("byPoliceZone")).toArray(), CliTr::tr("By police zone:"), QStringLiteral("code"), language);
    printCounts(info.value(QStringLiteral("bySource")).toArray(), CliTr::tr("By source:"), QStringLiteral("kind"), language);
    return Success;
}

} // namespace

bool isCommandLine(int argc, char **argv)
{
    if (argc < 2 || !argv[1])
        return false;
    for (const char *known : {"demo", "info", "import", "analyse", "export", "picture", "comment", "comments", "merge", "keys", "verify", "open-package", "--version", "-v", "--help", "-h"})
        if (std::strcmp(argv[1], known) == 0)
            return true;
    return false;
}

int runCommandLine(const QStringList &arguments)
{
    const QString program = arguments.value(0, QStringLiteral("phenomap"));
    const QString command = arguments.value(1);
    int code = Usage;
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "phenomap " PHENOMAP_VERSION "\n";
        code = Success;
    } else if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << overview(program);
        code = Success;
    } else if (command == QLatin1String("demo")) {
        code = runDemo(arguments);
    } else if (command == QLatin1String("info")) {
        code = runInfo(arguments);
    } else if (command == QLatin1String("import")) {
        code = runImportCommand(arguments);
    } else if (command == QLatin1String("analyse")) {
        code = runAnalyseCommand(arguments);
    } else if (command == QLatin1String("export")) {
        code = runExportCommand(arguments);
    } else if (command == QLatin1String("keys")) {
        code = runKeysCommand(arguments);
    } else if (command == QLatin1String("verify")) {
        code = runVerifyCommand(arguments);
    } else if (command == QLatin1String("open-package")) {
        code = runOpenPackageCommand(arguments);
    } else if (command == QLatin1String("picture")) {
        code = runPictureCommand(arguments);
    } else if (command == QLatin1String("comment")) {
        code = runCommentCommand(arguments);
    } else if (command == QLatin1String("comments")) {
        code = runCommentsCommand(arguments);
    } else if (command == QLatin1String("merge")) {
        code = runMergeCommand(arguments);
    } else {
        code = usageError(CliTr::tr("Unknown command “%1”.").arg(command), program);
    }
    out().flush();
    err().flush();
    return code;
}

} // namespace phenomap
