// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "feedback.h"
#include "importer.h"
#include "project.h"
#include "sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace phenomap {
namespace {

/// Translation context of the import command's messages.
struct ImportCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ImportCommand)
};

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    const QString program = arguments.value(0, QStringLiteral("phenomap"));
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommandTr::tr("Imports a partner file (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, "
                                                         "FlatGeobuf) into a project as one batch."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), ImportCommandTr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ImportCommandTr::tr("The file to import."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), ImportCommandTr::tr("Use the saved import profile NAME."), ImportCommandTr::tr("NAME"));
    const QCommandLineOption saveOption(QStringLiteral("save-profile"), ImportCommandTr::tr("Save the mapping used as profile NAME."), ImportCommandTr::tr("NAME"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), ImportCommandTr::tr("The source agency (default: the profile's, else the file name)."),
                                          ImportCommandTr::tr("NAME"));
    const QCommandLineOption crsOption(QStringLiteral("crs"), ImportCommandTr::tr("Coordinate system of x/y or WKT columns, e.g. EPSG:31370."),
                                       ImportCommandTr::tr("EPSG:N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), ImportCommandTr::tr("Print the summary as JSON."));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"),
        ImportCommandTr::tr("Delimited text: the column separator, instead of the detected one (comma, semicolon, tab or pipe)."),
        ImportCommandTr::tr("SEP"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        ImportCommandTr::tr("Delimited text: the character encoding, instead of the detected one (utf-8, utf-8-bom or windows-1252; latin-1 reads as windows-1252)."),
        ImportCommandTr::tr("NAME"));
    parser.addOptions({profileOption, saveOption, sourceOption, crsOption, delimiterOption, encodingOption, jsonOption});
    QStringList args = arguments;
    if (args.size() > 1 && args[1] == QLatin1String("import"))
        args.removeAt(1);
    auto usage = [&](const QString &message) {
        err << message << '\n' << ImportCommandTr::tr("Usage: %1 import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N] [--delimiter SEP] [--encoding NAME] [--json]").arg(program) << '\n';
        err.flush();
        return 2;
    };
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return usage(ImportCommandTr::tr("import: expected PROJECT and FILE."));
    ImportRequest request;
    request.filePath = pos[1];
    request.profile = parser.value(profileOption);
    request.saveProfileAs = parser.value(saveOption);
    request.source = parser.value(sourceOption);
    if (parser.isSet(crsOption)) {
        static const QRegularExpression re(QStringLiteral("^(?:EPSG:)?(\\d{4,6})$"), QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(parser.value(crsOption).trimmed());
        if (!m.hasMatch())
            return usage(ImportCommandTr::tr("import: --crs must be EPSG:N, not “%1”.").arg(parser.value(crsOption)));
        request.crs = m.captured(1).toInt();
    }
    if (parser.isSet(delimiterOption) || parser.isSet(encodingOption)) {
        // The detected conventions, with what the analyst says instead.
        CsvDialect dialect = CsvDialect::detect(request.filePath);
        if (parser.isSet(delimiterOption)) {
            static const QHash<QString, char> names{{QStringLiteral("comma"), ','}, {QStringLiteral(","), ','},
                                                    {QStringLiteral("semicolon"), ';'}, {QStringLiteral(";"), ';'},
                                                    {QStringLiteral("tab"), '\t'}, {QStringLiteral("\\t"), '\t'},
                                                    {QStringLiteral("\t"), '\t'}, {QStringLiteral("pipe"), '|'},
                                                    {QStringLiteral("|"), '|'}};
            const QString value = parser.value(delimiterOption);
            if (!names.contains(value.toLower()))
                return usage(ImportCommandTr::tr("import: --delimiter must be comma, semicolon, tab or pipe, not “%1”.").arg(value));
            dialect.delimiter = names.value(value.toLower());
        }
        if (parser.isSet(encodingOption)) {
            const QString value = parser.value(encodingOption).toLower().remove(QLatin1Char('_'));
            if (value == QLatin1String("utf-8") || value == QLatin1String("utf8"))
                dialect.encoding = CsvDialect::Encoding::Utf8;
            else if (value == QLatin1String("utf-8-bom") || value == QLatin1String("utf8bom"))
                dialect.encoding = CsvDialect::Encoding::Utf8Bom;
            else if (value == QLatin1String("windows-1252") || value == QLatin1String("cp1252") || value == QLatin1String("latin-1")
                     || value == QLatin1String("latin1") || value == QLatin1String("iso-8859-1"))
                dialect.encoding = CsvDialect::Encoding::Windows1252;
            else
                return usage(ImportCommandTr::tr("import: --encoding must be utf-8, utf-8-bom or windows-1252, not “%1”.")
                                 .arg(parser.value(encodingOption)));
        }
        request.dialect = dialect;
    }

    ImportSummary s;
    try {
        auto project = Project::open(pos[0]);
        if (project->isReadOnly()) {
            err << ImportCommandTr::tr("Cannot import into “%1”: the file is read-only.").arg(pos[0]) << '\n';
            return 1;
        }
        Feedback feedback;
        s = runImport(*project, request, &feedback);
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
        return 1;
    } catch (const ImportError &e) {
        err << e.message() << '\n';
        return 1;
    } catch (const SqliteError &e) {
        err << ImportCommandTr::tr("Importing “%1” failed; the project is unchanged: %2").arg(QFileInfo(request.filePath).fileName(),
                                                                                             QString::fromUtf8(e.what()))
            << '\n';
        return 1;
    } catch (const std::exception &e) {
        err << ImportCommandTr::tr("Importing “%1” failed; the project is unchanged: %2").arg(QFileInfo(request.filePath).fileName(),
                                                                                             QString::fromUtf8(e.what()))
            << '\n';
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), request.filePath);
        o.insert(QStringLiteral("batch"), s.batchId);
        o.insert(QStringLiteral("read"), s.rowsRead);
        o.insert(QStringLiteral("inserted"), s.inserted);
        o.insert(QStringLiteral("updated"), s.updated);
        o.insert(QStringLiteral("rejected"), s.rejected);
        o.insert(QStringLiteral("swappedLonLat"), s.swappedLonLat);
        o.insert(QStringLiteral("outsideRegion"), s.outsideRegion);
        o.insert(QStringLiteral("zoneOnly"), s.zoneOnly);
        o.insert(QStringLiteral("profile"), s.profile);
        o.insert(QStringLiteral("sha256"), s.sha256);
        o.insert(QStringLiteral("seconds"), s.seconds);
        QJsonArray unmapped;
        for (const UnmappedValue &u : s.unmapped)
            unmapped.append(QJsonObject{{QStringLiteral("field"), u.field}, {QStringLiteral("column"), u.column},
                                        {QStringLiteral("value"), u.value}, {QStringLiteral("count"), u.count}});
        o.insert(QStringLiteral("unmapped"), unmapped);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << ImportCommandTr::tr("%1: read %2, inserted %3, updated %4, rejected %5 (batch %6)")
                   .arg(QFileInfo(request.filePath).fileName())
                   .arg(s.rowsRead)
                   .arg(s.inserted)
                   .arg(s.updated)
                   .arg(s.rejected)
                   .arg(s.batchId)
            << '\n';
        for (const UnmappedValue &u : s.unmapped)
            out << ImportCommandTr::tr("  not mapped: %1 '%2' = '%3' (%4 rows)").arg(u.field, u.column, u.value).arg(u.count) << '\n';
    }
    out.flush();
    return 0;
}

} // namespace phenomap
