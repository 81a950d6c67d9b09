// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturecommand.h"

#include "picturestore.h"
#include "project.h"
#include "sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace phenomap {
namespace {

/// Translation context of the picture command's messages.
struct PictureCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::PictureCommand)
};

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// A date (YYYY-MM-DD, Europe/Brussels midnight) or date-time (ISO 8601) as UTC seconds.
std::optional<qint64> parseMoment(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        dt = QDateTime(d, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    }
    return dt.toSecsSinceEpoch();
}

QJsonObject summary(const SituationPicture &p)
{
    return QJsonObject{{QStringLiteral("uuid"), p.uuid},
                       {QStringLiteral("position"), p.position},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("tlp"), tlpLabel(p.tlp)},
                       {QStringLiteral("from"), p.state.timeWindow.fromUtc},
                       {QStringLiteral("to"), p.state.timeWindow.toUtc},
                       {QStringLiteral("phenomena"), p.state.filter.phenomenonIds.size()}};
}

int add(const QString &projectPath, SituationPicture picture, const QStringList &codes, bool json, QTextStream &out,
        QTextStream &err)
{
    try {
        auto project = Project::open(projectPath);
        for (const QString &code : codes) {
            Statement st = project->db().prepare("SELECT id FROM phenomena WHERE code = ? AND kind = 'phenomenon'");
            st.bind(1, code);
            if (!st.step()) {
                err << PictureCommandTr::tr("picture: “%1” has no phenomenon with the code “%2”.").arg(projectPath, code) << '\n';
                return Failure;
            }
            picture.state.filter.phenomenonIds.insert(st.int64(0));
        }
        const SituationPicture stored = PictureStore(*project).add(picture);
        if (json)
            out << QJsonDocument(summary(stored)).toJson(QJsonDocument::Indented);
        else
            out << PictureCommandTr::tr("Stored the picture “%1” (%2) in “%3” as %4.").arg(stored.title, tlpLabel(stored.tlp), projectPath, stored.uuid)
                << '\n';
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
        return Failure;
    } catch (const PictureError &e) {
        err << PictureCommandTr::tr("“%1”: %2").arg(projectPath, e.message()) << '\n';
        return Failure;
    } catch (const std::exception &e) {
        err << PictureCommandTr::tr("The picture could not be stored in “%1”; the project is unchanged: %2")
                   .arg(projectPath, QString::fromUtf8(e.what()))
            << '\n';
        return Failure;
    }
    return Success;
}

int list(const QString &projectPath, bool json, QTextStream &out, QTextStream &err)
{
    try {
        auto project = Project::open(projectPath, Project::OpenMode::ReadOnly);
        const QList<SituationPicture> pictures = PictureStore(*project).list();
        if (json) {
            QJsonArray rows;
            for (const SituationPicture &p : pictures)
                rows.append(summary(p));
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        } else {
            for (const SituationPicture &p : pictures)
                out << QStringLiteral("%1  %2  %3  %4\n").arg(p.position, 3).arg(p.uuid, tlpLabel(p.tlp).leftJustified(16), p.title);
        }
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
        return Failure;
    } catch (const std::exception &e) {
        err << PictureCommandTr::tr("The pictures of “%1” could not be read: %2").arg(projectPath, QString::fromUtf8(e.what())) << '\n';
        return Failure;
    }
    return Success;
}

} // namespace

int runPictureCommand(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    const QString program = arguments.value(0, QStringLiteral("phenomap"));
    QCommandLineParser parser;
    parser.setApplicationDescription(PictureCommandTr::tr("Adds a situation picture to a project, or lists its pictures."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), PictureCommandTr::tr("add or list"));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), PictureCommandTr::tr("The project file."));
    const QCommandLineOption titleOption(QStringLiteral("title"), PictureCommandTr::tr("Title of the new picture."), PictureCommandTr::tr("TITLE"));
    const QCommandLineOption tlpOption(QStringLiteral("tlp"), PictureCommandTr::tr("Marking (default TLP:AMBER)."), PictureCommandTr::tr("LABEL"),
                                       QStringLiteral("TLP:AMBER"));
    const QCommandLineOption phenomenaOption(QStringLiteral("phenomena"), PictureCommandTr::tr("Only these phenomena (comma-separated codes)."),
                                             PictureCommandTr::tr("CODE,..."));
    const QCommandLineOption fromOption(QStringLiteral("from"), PictureCommandTr::tr("Start of the time window (YYYY-MM-DD)."), PictureCommandTr::tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), PictureCommandTr::tr("End of the time window, exclusive (YYYY-MM-DD)."), PictureCommandTr::tr("DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), PictureCommandTr::tr("Print the result as JSON."));
    parser.addOptions({titleOption, tlpOption, phenomenaOption, fromOption, toOption, jsonOption});
    QStringList args = arguments;
    if (args.size() > 1 && args[1] == QLatin1String("picture"))
        args.removeAt(1);
    auto usage = [&](const QString &message) {
        err << message << '\n'
            << PictureCommandTr::tr("Usage: %1 picture add PROJECT --title TITLE [--tlp LABEL] [--phenomena CODE,...] [--from DATE --to DATE] [--json]\n"
                                    "       %1 picture list PROJECT [--json]")
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
    if (pos.size() != 2 || (pos[0] != QLatin1String("add") && pos[0] != QLatin1String("list")))
        return usage(PictureCommandTr::tr("picture: expected add or list, then PROJECT."));
    const bool json = parser.isSet(jsonOption);
    int code = Success;
    if (pos[0] == QLatin1String("list")) {
        if (parser.isSet(titleOption) || parser.isSet(tlpOption) || parser.isSet(phenomenaOption) || parser.isSet(fromOption) ||
            parser.isSet(toOption))
            return usage(PictureCommandTr::tr("picture list: only --json applies."));
        code = list(pos[1], json, out, err);
    } else {
        SituationPicture picture;
        picture.title = parser.value(titleOption).trimmed();
        if (picture.title.isEmpty())
            return usage(PictureCommandTr::tr("picture add: --title TITLE is required."));
        const auto tlp = tlpFromLabel(parser.value(tlpOption).trimmed());
        if (!tlp)
            return usage(PictureCommandTr::tr("picture add: --tlp must be a TLP label such as TLP:AMBER, not “%1”.").arg(parser.value(tlpOption)));
        picture.tlp = *tlp;
        if (parser.isSet(fromOption) != parser.isSet(toOption))
            return usage(PictureCommandTr::tr("picture add: give both --from and --to, or neither."));
        if (parser.isSet(fromOption)) {
            const auto from = parseMoment(parser.value(fromOption)), to = parseMoment(parser.value(toOption));
            if (!from || !to || *to <= *from)
                return usage(PictureCommandTr::tr("picture add: --from and --to must be dates (YYYY-MM-DD) with --to after --from, not “%1” and “%2”.")
                                 .arg(parser.value(fromOption), parser.value(toOption)));
            picture.state.timeWindow.fromUtc = picture.state.filter.fromUtc = *from;
            picture.state.timeWindow.toUtc = picture.state.filter.toUtc = *to;
        }
        QStringList codes;
        for (const QString &c : parser.value(phenomenaOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty())
                codes << c.trimmed();
        code = add(pos[1], picture, codes, json, out, err);
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace phenomap
