// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysecommand.h"

#include "analysisstore.h"

#include "feedback.h"
#include "project.h"
#include "runanalysis.h"
#include "sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <stdexcept>

namespace phenomap {
namespace {

/// Translation context of the analyse command's messages.
struct AnalyseCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::AnalyseCommand)
};


std::optional<qint64> parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d.startOfDay(QTimeZone(QByteArrayLiteral("Europe/Brussels"))).toSecsSinceEpoch();
}

std::optional<std::vector<double>> parseEdges(const QString &text)
{
    std::vector<double> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || v < 0 || (!out.empty() && v <= out.back()))
            return std::nullopt;
        out.push_back(v);
    }
    if (out.size() < 2)
        return std::nullopt;
    return out;
}

} // namespace

int runAnalyseCommand(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    const QString program = arguments.value(0, QStringLiteral("phenomap"));
    QCommandLineParser parser;
    parser.setApplicationDescription(AnalyseCommandTr::tr("Runs a spatial statistic on the incidents of a project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), AnalyseCommandTr::tr("The project file."));
    const QCommandLineOption method(QStringLiteral("method"), AnalyseCommandTr::tr("gi, lisa, moran or knox."), AnalyseCommandTr::tr("METHOD"));
    const QCommandLineOption phenomena(QStringLiteral("phenomena"), AnalyseCommandTr::tr("Comma-separated phenomenon codes (default: all)."),
                                       AnalyseCommandTr::tr("CODES"));
    const QCommandLineOption from(QStringLiteral("from"), AnalyseCommandTr::tr("First day (YYYY-MM-DD, Brussels time)."), AnalyseCommandTr::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), AnalyseCommandTr::tr("Day after the last (YYYY-MM-DD, Brussels time)."), AnalyseCommandTr::tr("DATE"));
    const QCommandLineOption zones(QStringLiteral("zones"), AnalyseCommandTr::tr("Analyse the zones of this layer instead of a grid."), AnalyseCommandTr::tr("LAYER"));
    const QCommandLineOption cell(QStringLiteral("cell"), AnalyseCommandTr::tr("Grid cell size in metres (default 100)."), AnalyseCommandTr::tr("METRES"));
    const QCommandLineOption hex(QStringLiteral("hex"), AnalyseCommandTr::tr("Use a hexagonal grid."));
    const QCommandLineOption weights(QStringLiteral("weights"), AnalyseCommandTr::tr("queen, rook, band or knn."), AnalyseCommandTr::tr("KIND"));
    const QCommandLineOption band(QStringLiteral("band"), AnalyseCommandTr::tr("Distance band in metres (default 300)."), AnalyseCommandTr::tr("METRES"));
    const QCommandLineOption knn(QStringLiteral("k"), AnalyseCommandTr::tr("Number of neighbours for knn (default 8)."), AnalyseCommandTr::tr("N"));
    const QCommandLineOption permutations(QStringLiteral("permutations"), AnalyseCommandTr::tr("Permutations (default 999)."), AnalyseCommandTr::tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), AnalyseCommandTr::tr("Random seed (default 12345)."), AnalyseCommandTr::tr("N"));
    const QCommandLineOption correction(QStringLiteral("correction"), AnalyseCommandTr::tr("none, bonferroni or fdr."), AnalyseCommandTr::tr("NAME"));
    const QCommandLineOption distances(QStringLiteral("distances"), AnalyseCommandTr::tr("Knox distance band edges in metres, e.g. 0,100,200."),
                                       AnalyseCommandTr::tr("LIST"));
    const QCommandLineOption days(QStringLiteral("days"), AnalyseCommandTr::tr("Knox time band edges in days, e.g. 0,7,14."), AnalyseCommandTr::tr("LIST"));
    const QCommandLineOption json(QStringLiteral("json"), AnalyseCommandTr::tr("Print the result as JSON."));
    const QCommandLineOption save(QStringLiteral("save"),
                                  AnalyseCommandTr::tr("Keep the result in the project, where the window lists it with "
                                                       "its recipe (the project is otherwise only read)."));
    parser.addOptions({method, phenomena, from, to, zones, cell, hex, weights, band, knn, permutations, seed, correction,
                       distances, days, json, save});
    QStringList args = arguments;
    if (args.size() > 1 && args[1] == QLatin1String("analyse"))
        args.removeAt(1);
    auto usage = [&](const QString &message) {
        err << message << '\n'
            << AnalyseCommandTr::tr("Usage: %1 analyse PROJECT --method gi|lisa|moran|knox [options] [--json]").arg(program) << '\n';
        err.flush();
        return 2;
    };
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(AnalyseCommandTr::tr("Give exactly one project file."));
    const QString path = parser.positionalArguments().constFirst();

    AnalysisRequest request;
    request.method = parser.value(method).toLower();
    if (!QStringList{QStringLiteral("gi"), QStringLiteral("lisa"), QStringLiteral("moran"), QStringLiteral("knox")}.contains(
            request.method))
        return usage(AnalyseCommandTr::tr("--method must be gi, lisa, moran or knox."));
    auto number = [&](const QCommandLineOption &o, double &target) {
        if (!parser.isSet(o))
            return true;
        bool ok = false;
        const double v = parser.value(o).toDouble(&ok);
        if (ok && v > 0)
            target = v;
        return ok && v > 0;
    };
    double cellSize = request.cellSize, bandSize = request.band, k = request.k, perms = request.permutations;
    if (!number(cell, cellSize) || !number(band, bandSize) || !number(knn, k) || !number(permutations, perms))
        return usage(AnalyseCommandTr::tr("--cell, --band, --k and --permutations take positive numbers."));
    request.cellSize = cellSize;
    request.band = bandSize;
    request.k = int(k);
    request.permutations = int(perms);
    if (parser.isSet(seed)) {
        bool ok = false;
        request.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usage(AnalyseCommandTr::tr("--seed takes a whole number."));
    }
    request.gridShape = parser.isSet(hex) ? Grid::Shape::Hexagon : Grid::Shape::Square;
    request.zoneLayer = parser.value(zones);
    if (parser.isSet(weights)) {
        const QString w = parser.value(weights).toLower();
        if (w == QLatin1String("queen"))
            request.weights = SpatialWeights::Kind::Queen;
        else if (w == QLatin1String("rook"))
            request.weights = SpatialWeights::Kind::Rook;
        else if (w == QLatin1String("band"))
            request.weights = SpatialWeights::Kind::DistanceBand;
        else if (w == QLatin1String("knn"))
            request.weights = SpatialWeights::Kind::KNearest;
        else
            return usage(AnalyseCommandTr::tr("--weights must be queen, rook, band or knn."));
    }
    if (parser.isSet(correction)) {
        const QString c = parser.value(correction).toLower();
        if (c == QLatin1String("none"))
            request.correction = Significance::Correction::None;
        else if (c == QLatin1String("bonferroni"))
            request.correction = Significance::Correction::Bonferroni;
        else if (c == QLatin1String("fdr"))
            request.correction = Significance::Correction::Fdr;
        else
            return usage(AnalyseCommandTr::tr("--correction must be none, bonferroni or fdr."));
    }
    for (const auto &[option, target] : {std::pair{&from, &request.fromUtc}, std::pair{&to, &request.toUtc}}) {
        if (!parser.isSet(*option))
            continue;
        const auto t = parseDate(parser.value(*option));
        if (!t)
            return usage(AnalyseCommandTr::tr("--from and --to take dates as YYYY-MM-DD."));
        *target = *t;
    }
    if (parser.isSet(distances)) {
        const auto e = parseEdges(parser.value(distances));
        if (!e)
            return usage(AnalyseCommandTr::tr("--distances takes at least two increasing numbers, e.g. 0,100,200."));
        request.knoxDistanceEdges = *e;
    }
    if (parser.isSet(days)) {
        const auto e = parseEdges(parser.value(days));
        if (!e)
            return usage(AnalyseCommandTr::tr("--days takes at least two increasing numbers, e.g. 0,7,14."));
        request.knoxTimeEdges = *e;
    }

    try {
        auto project = Project::open(path, parser.isSet(save) ? Project::OpenMode::ReadWrite : Project::OpenMode::ReadOnly);
        if (parser.isSet(save) && project->isReadOnly()) {
            err << AnalyseCommandTr::tr("“%1” cannot be written (a partner package or a read-only file): the result "
                                        "cannot be saved in it.")
                       .arg(QFileInfo(path).fileName())
                << '\n';
            return 1;
        }
        if (parser.isSet(phenomena)) {
            Statement find = project->db().prepare("SELECT id FROM phenomena WHERE kind = 'phenomenon' AND code = ?");
            for (const QString &code : parser.value(phenomena).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                find.bind(1, code.trimmed());
                if (!find.step()) {
                    err << AnalyseCommandTr::tr("“%1” has no phenomenon with the code “%2”.").arg(QFileInfo(path).fileName(), code.trimmed())
                        << '\n';
                    return 1;
                }
                request.phenomenonIds << find.int64(0);
                find.reset();
            }
        }
        Feedback feedback;
        QJsonObject result = runAnalysis(*project, request, &feedback);
        if (parser.isSet(save))
            result.insert(QStringLiteral("saved_id"), AnalysisStore::save(project->db(), result));
        if (parser.isSet(json)) {
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        } else {
            const QJsonObject record = result.value(QStringLiteral("record")).toObject();
            out << AnalyseCommandTr::tr("Method: %1").arg(request.method) << '\n';
            if (result.contains(QStringLiteral("saved_id")))
                out << AnalyseCommandTr::tr("Saved in the project as result %1.")
                           .arg(result.value(QStringLiteral("saved_id")).toInteger())
                    << '\n';
            out << AnalyseCommandTr::tr("Recipe: %1").arg(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))) << '\n';
            out << AnalyseCommandTr::tr("Result: %1")
                       .arg(QString::fromUtf8(
                           QJsonDocument(result.value(QStringLiteral("result")).toObject()).toJson(QJsonDocument::Compact)).left(4000))
                << '\n';
        }
        return 0;
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
    } catch (const Canceled &) {
        err << AnalyseCommandTr::tr("Canceled.") << '\n';
    } catch (const std::exception &e) {
        err << AnalyseCommandTr::tr("Analysis of “%1” failed: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())) << '\n';
    }
    return 1;
}

} // namespace phenomap
