// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "engine.h"
#include "feedback.h"
#include "packageexporter.h"
#include "packagerequest.h"
#include "project.h"
#include "reportcomposer.h"
#include "sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

namespace phenomap {
namespace {

/// Translation context of the export command's messages.
struct ExportCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ExportCommand)
};


enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// Prints whole-percent progress on one stderr line.
void showProgress(Feedback &feedback, QTextStream &err, const QString &what)
{
    QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [&err, what, shown = -1](double percent) mutable {
        const int whole = int(percent);
        if (whole / 10 != shown / 10) {
            shown = whole;
            err << '\r' << what.arg(whole);
            err.flush();
        }
    });
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

int writePdf(const QString &projectPath, const QString &outPath, const ReportOptions &options, QTextStream &out, QTextStream &err)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << ExportCommandTr::tr("export: writing “%1” needs a graphical application (QGuiApplication); the phenomap executable provides one for export.")
                   .arg(QDir::toNativeSeparators(outPath))
            << '\n';
        return Failure;
    }
    try {
        auto project = Project::open(projectPath, Project::OpenMode::ReadOnly);
        Engine engine;
        engine.load(*project);
        ReportComposer composer(*project, engine);
        Feedback feedback;
        showProgress(feedback, err, ExportCommandTr::tr("Writing the briefing: %1 %"));
        composer.writePdf(outPath, options, &feedback);
        err << '\n';
        out << ExportCommandTr::tr("Wrote a %1-page briefing to “%2”.").arg(composer.pageCount()).arg(QDir::toNativeSeparators(outPath)) << '\n';
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
        return Failure;
    } catch (const ReportError &e) {
        err << '\n' << e.message() << '\n';
        return Failure;
    } catch (const std::exception &e) {
        err << '\n'
            << ExportCommandTr::tr("“%1” could not be written from “%2”: %3")
                   .arg(QDir::toNativeSeparators(outPath), QDir::toNativeSeparators(projectPath), QString::fromUtf8(e.what()))
            << '\n';
        return Failure;
    }
    return Success;
}

int writePackage(const QString &projectPath, const PackageRequest &request, QTextStream &out, QTextStream &err)
{
    try {
        auto project = Project::open(projectPath);
        Feedback feedback;
        showProgress(feedback, err, ExportCommandTr::tr("Writing the package: %1 %"));
        const PackageResult result = exportPackage(*project, request, &feedback);
        err << '\n';
        out << ExportCommandTr::tr("Wrote “%1” for %2 (%3, %4): %5 pictures, %6 incidents, SHA-256 %7")
                   .arg(QDir::toNativeSeparators(result.path), request.recipient, tierCode(request.tier), tlpLabel(request.tlp))
                   .arg(result.pictures)
                   .arg(result.incidents)
                   .arg(result.sha256)
            << '\n';
        if (result.withheldByTlp > 0)
            out << ExportCommandTr::tr("%1 incidents were withheld: their marking is stricter than %2.").arg(result.withheldByTlp).arg(tlpLabel(request.tlp))
                << '\n';
        if (request.tier == PackageTier::Aggregated)
            out << ExportCommandTr::tr("Suppressed counts: %1 below %2, %3 secondary.").arg(result.suppressedPrimary).arg(request.k).arg(result.suppressedSecondary)
                << '\n';
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
        return Failure;
    } catch (const PackageError &e) {
        err << '\n' << e.message() << '\n';
        return Failure;
    } catch (const std::exception &e) {
        err << '\n'
            << ExportCommandTr::tr("“%1” could not be written from “%2”: %3")
                   .arg(QDir::toNativeSeparators(request.outputPath), QDir::toNativeSeparators(projectPath), QString::fromUtf8(e.what()))
            << '\n';
        return Failure;
    }
    return Success;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    const QString program = arguments.value(0, QStringLiteral("phenomap"));
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommandTr::tr("Exports a PDF briefing of the situation pictures, or a package for a partner."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), ExportCommandTr::tr("The project file."));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), ExportCommandTr::tr("Write a PDF briefing to FILE."), ExportCommandTr::tr("FILE"));
    const QCommandLineOption packageOption(QStringLiteral("package"), ExportCommandTr::tr("Write a partner package (GeoPackage) to FILE."), ExportCommandTr::tr("FILE"));
    const QCommandLineOption picturesOption(QStringLiteral("pictures"), ExportCommandTr::tr("Only these pictures, in this order (comma-separated UUIDs)."),
                                            ExportCommandTr::tr("UUID,..."));
    const QCommandLineOption langOption(QStringLiteral("lang"), ExportCommandTr::tr("Language of the briefing: fr, nl or en (default en)."),
                                        ExportCommandTr::tr("LANG"), QStringLiteral("en"));
    const QCommandLineOption orientationOption(QStringLiteral("orientation"), ExportCommandTr::tr("A4 landscape (default) or portrait."),
                                               ExportCommandTr::tr("ORIENTATION"), QStringLiteral("landscape"));
    const QCommandLineOption tierOption(QStringLiteral("tier"), ExportCommandTr::tr("Package tier: exact, generalised or aggregated."), ExportCommandTr::tr("TIER"));
    const QCommandLineOption tlpOption(QStringLiteral("tlp"), ExportCommandTr::tr("Package marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT."),
                                       ExportCommandTr::tr("LABEL"));
    const QCommandLineOption recipientOption(QStringLiteral("recipient"), ExportCommandTr::tr("The partner the package is for."), ExportCommandTr::tr("NAME"));
    const QCommandLineOption kOption(QStringLiteral("k"), ExportCommandTr::tr("Aggregated tier: counts below N are suppressed (default 5)."), ExportCommandTr::tr("N"),
                                     QStringLiteral("5"));
    parser.addOptions({pdfOption, packageOption, picturesOption, langOption, orientationOption, tierOption, tlpOption,
                       recipientOption, kOption});
    QStringList args = arguments;
    if (args.size() > 1 && args[1] == QLatin1String("export"))
        args.removeAt(1);
    auto usage = [&](const QString &message) {
        err << message << '\n'
            << ExportCommandTr::tr("Usage: %1 export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]\n"
                  "       %1 export PROJECT --package OUT.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NAME "
                  "[--pictures UUID,...] [--k N]")
                   .arg(program)
            << '\n';
        err.flush();
        return int(Usage);
    };
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return usage(ExportCommandTr::tr("export: expected exactly one PROJECT."));
    const bool pdf = parser.isSet(pdfOption), package = parser.isSet(packageOption);
    if (pdf == package)
        return usage(ExportCommandTr::tr("export: give either --pdf FILE or --package FILE."));
    const QStringList pictures = splitList(parser.value(picturesOption));

    if (pdf) {
        if (parser.isSet(tierOption) || parser.isSet(tlpOption) || parser.isSet(recipientOption) || parser.isSet(kOption))
            return usage(ExportCommandTr::tr("export: --tier, --tlp, --recipient and --k apply to --package only."));
        ReportOptions options;
        options.language = parser.value(langOption).trimmed().toLower();
        if (options.language != QLatin1String("fr") && options.language != QLatin1String("nl") && options.language != QLatin1String("en"))
            return usage(ExportCommandTr::tr("export: --lang must be fr, nl or en, not “%1”.").arg(parser.value(langOption)));
        const QString orientation = parser.value(orientationOption).trimmed().toLower();
        if (orientation == QLatin1String("landscape"))
            options.orientation = QPageLayout::Landscape;
        else if (orientation == QLatin1String("portrait"))
            options.orientation = QPageLayout::Portrait;
        else
            return usage(ExportCommandTr::tr("export: --orientation must be landscape or portrait, not “%1”.").arg(parser.value(orientationOption)));
        options.pictureUuids = pictures;
        const int code = writePdf(pos[0], parser.value(pdfOption), options, out, err);
        out.flush();
        err.flush();
        return code;
    }

    if (parser.isSet(langOption) || parser.isSet(orientationOption))
        return usage(ExportCommandTr::tr("export: --lang and --orientation apply to --pdf only."));
    PackageRequest request;
    request.outputPath = parser.value(packageOption);
    request.pictureUuids = pictures;
    if (!parser.isSet(tierOption))
        return usage(ExportCommandTr::tr("export: --tier exact|generalised|aggregated is required for a package."));
    const auto tier = tierFromCode(parser.value(tierOption).trimmed().toLower());
    if (!tier)
        return usage(ExportCommandTr::tr("export: --tier must be exact, generalised or aggregated, not “%1”.").arg(parser.value(tierOption)));
    request.tier = *tier;
    if (!parser.isSet(tlpOption))
        return usage(ExportCommandTr::tr("export: --tlp LABEL is required for a package."));
    const auto tlp = tlpFromLabel(parser.value(tlpOption));
    if (!tlp)
        return usage(ExportCommandTr::tr("export: --tlp must be TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT, not “%1”.").arg(parser.value(tlpOption)));
    if (*tlp == Tlp::Red)
        return usage(ExportCommandTr::tr("export: TLP:RED is for the named recipients only and is never put in a package."));
    request.tlp = *tlp;
    request.recipient = parser.value(recipientOption).trimmed();
    if (request.recipient.isEmpty())
        return usage(ExportCommandTr::tr("export: --recipient NAME is required for a package."));
    bool ok = false;
    request.k = parser.value(kOption).toInt(&ok);
    if (!ok || request.k < 1 || request.k > 1000)
        return usage(ExportCommandTr::tr("export: --k must be a whole number from 1 to 1000, not “%1”.").arg(parser.value(kOption)));
    const int code = writePackage(pos[0], request, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace phenomap
