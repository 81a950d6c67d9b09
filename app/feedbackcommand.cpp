// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackcommand.h"

#include "agedecryptor.h"
#include "encryptedpackage.h"
#include "feedbackmerger.h"
#include "keystore.h"
#include "keysupport.h"
#include "packagerequest.h"
#include "picturecomments.h"
#include "project.h"
#include "trusterror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace phenomap {
namespace {

/// Translation context of the feedback commands' messages.
struct FeedbackCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::FeedbackCommand)
};

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Parses arguments[1..] (the command name stands in for the program name); prints the error
/// or help and returns an exit code when the command should stop there.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, int positionals,
                         const QString &syntax, QTextStream &out, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, FeedbackCommandTr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments.mid(1))) {
        err << parser.errorText() << '\n' << FeedbackCommandTr::tr("Usage: %1").arg(syntax) << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        out << FeedbackCommandTr::tr("Usage: %1").arg(syntax) << '\n' << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != positionals) {
        err << FeedbackCommandTr::tr("Usage: %1").arg(syntax) << '\n';
        return Usage;
    }
    return std::nullopt;
}

QJsonObject toJson(const PictureComment &c)
{
    return QJsonObject{{QStringLiteral("uuid"), c.uuid},
                       {QStringLiteral("picture"), c.pictureUuid},
                       {QStringLiteral("author"), c.author},
                       {QStringLiteral("agency"), c.agency},
                       {QStringLiteral("createdAt"), c.createdAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("text"), c.text}};
}

/// Runs `work`, turning the errors a project or package can raise into a message on err.
template<typename Work>
int guarded(const QString &path, QTextStream &err, Work work)
{
    try {
        return work();
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
    } catch (const PackageError &e) {
        err << e.message() << '\n';
    } catch (const std::exception &e) {
        err << FeedbackCommandTr::tr("“%1” could not be read or written: %2").arg(native(path), QString::fromUtf8(e.what()))
            << '\n';
    }
    return Failure;
}

/// The decryptor of an encrypted feedback package: its passphrase ($PHENOMAP_EXPORT_PASSPHRASE
/// or standard input), or the office key of the store (its passphrase in $PHENOMAP_PASSPHRASE or
/// on standard input). False, with the reason on err, when there is no way to decrypt it.
bool prepareDecryptor(AgeDecryptor &decryptor, const QString &path, const QString &storeOption, QTextStream &err)
{
    try {
        if (AgeDecryptor::readHeader(path).isPassphraseProtected()) {
            const auto pass = keysupport::passphrase("PHENOMAP_EXPORT_PASSPHRASE");
            if (!pass) {
                err << FeedbackCommandTr::tr("merge: “%1” is protected by a passphrase: give it in $PHENOMAP_EXPORT_PASSPHRASE or on standard input.")
                           .arg(native(path))
                    << '\n';
                return false;
            }
            decryptor.setPassphrase(*pass);
            return true;
        }
        const QString directory = keysupport::storeDirectory(storeOption);
        const KeyStore keys(directory);
        if (!keys.hasOfficeKey()) {
            err << FeedbackCommandTr::tr("merge: “%1” is encrypted, and the key store %2 has no office key to decrypt it.")
                       .arg(native(path), native(directory))
                << '\n';
            return false;
        }
        const auto pass = keysupport::passphrase("PHENOMAP_PASSPHRASE");
        if (!pass) {
            err << FeedbackCommandTr::tr("merge: “%1” is encrypted: give the office key's passphrase in $PHENOMAP_PASSPHRASE or on standard input.")
                       .arg(native(path))
                << '\n';
            return false;
        }
        decryptor.addIdentity(keys.unlockDecryptionKey(*pass));
    } catch (const TrustError &e) {
        err << FeedbackCommandTr::tr("merge: “%1” cannot be decrypted: %2").arg(native(path), e.message()) << '\n';
        return false;
    }
    return true;
}

} // namespace

int runCommentCommand(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption picture(QStringLiteral("picture"), FeedbackCommandTr::tr("The picture commented on (its uuid)."),
                                     QStringLiteral("UUID"));
    const QCommandLineOption author(QStringLiteral("author"), FeedbackCommandTr::tr("Who writes the comment."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption agency(QStringLiteral("agency"), FeedbackCommandTr::tr("The agency they work for."),
                                    QStringLiteral("AGENCY"));
    const QCommandLineOption text(QStringLiteral("text"), FeedbackCommandTr::tr("The comment (plain text)."), QStringLiteral("TEXT"));
    parser.addOptions({picture, author, agency, text});
    const QString syntax = QStringLiteral("phenomap comment PACKAGE --picture UUID --author NAME --agency AGENCY --text TEXT");
    if (const auto stop = parse(parser, arguments, 1, syntax, out, err))
        return *stop;
    const QString path = parser.positionalArguments().first();
    return guarded(path, err, [&] {
        auto package = Project::open(path);
        PictureComment c;
        c.pictureUuid = parser.value(picture);
        c.author = parser.value(author).trimmed();
        c.agency = parser.value(agency).trimmed();
        c.text = parser.value(text);
        const PictureComment added = PictureComments::add(*package, c);
        out << FeedbackCommandTr::tr("Added comment %1 by %2 (%3) to picture %4 in “%5”.")
                   .arg(added.uuid, added.author, added.agency, added.pictureUuid, native(path))
            << '\n';
        return int(Success);
    });
}

int runCommentsCommand(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption picture(QStringLiteral("picture"), FeedbackCommandTr::tr("Only this picture's comments."),
                                     QStringLiteral("UUID"));
    const QCommandLineOption json(QStringLiteral("json"), FeedbackCommandTr::tr("Print the comments as JSON."));
    parser.addOptions({picture, json});
    const QString syntax = QStringLiteral("phenomap comments FILE [--picture UUID] [--json]");
    if (const auto stop = parse(parser, arguments, 1, syntax, out, err))
        return *stop;
    const QString path = parser.positionalArguments().first();
    return guarded(path, err, [&] {
        auto file = Project::open(path, Project::OpenMode::ReadOnly);
        const QList<PictureComment> comments = PictureComments::list(*file, parser.value(picture));
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const PictureComment &c : comments)
                list.append(toJson(c));
            out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            return int(Success);
        }
        for (const PictureComment &c : comments)
            out << QStringLiteral("%1  %2 (%3), picture %4\n    %5\n")
                       .arg(c.createdAt.toUTC().toString(Qt::ISODate), c.author, c.agency, c.pictureUuid,
                            QString(c.text).replace(QLatin1Char('\n'), QLatin1String("\n    ")));
        out << FeedbackCommandTr::tr("%n comment(s).", nullptr, int(comments.size())) << '\n';
        return int(Success);
    });
}

int runMergeCommand(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), FeedbackCommandTr::tr("Print the result as JSON."));
    parser.addOption(json);
    const QCommandLineOption store(QStringLiteral("store"),
                                   FeedbackCommandTr::tr("The key store with the office key that decrypts an encrypted feedback package."),
                                   QStringLiteral("DIR"));
    parser.addOption(store);
    const QString syntax = QStringLiteral("phenomap merge PROJECT FEEDBACK[.age] [--json] [--store DIR]");
    if (const auto stop = parse(parser, arguments, 2, syntax, out, err))
        return *stop;
    const QString projectPath = parser.positionalArguments().at(0);
    const QString feedbackPath = parser.positionalArguments().at(1);
    std::optional<AgeDecryptor> decryptor;
    if (EncryptedPackage::isEncrypted(feedbackPath)) {
        decryptor.emplace();
        if (!prepareDecryptor(*decryptor, feedbackPath, parser.value(store), err))
            return Failure;
    }
    return guarded(projectPath, err, [&] {
        auto project = Project::open(projectPath);
        const MergeResult r = decryptor ? mergeFeedback(*project, feedbackPath, *decryptor)
                                        : mergeFeedback(*project, feedbackPath);
        if (parser.isSet(json)) {
            const QJsonObject o{{QStringLiteral("added"), r.added},
                                {QStringLiteral("duplicates"), r.duplicates},
                                {QStringLiteral("unknownPicture"), r.unknownPicture},
                                {QStringLiteral("invalid"), r.invalid},
                                {QStringLiteral("packageIntact"), r.packageIntact},
                                {QStringLiteral("verification"), r.verification}};
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            out << FeedbackCommandTr::tr("Merged “%1” into “%2”: %3 new, %4 already merged, %5 for pictures no longer "
                                         "in the project, %6 invalid. Package check: %7.")
                       .arg(native(feedbackPath), native(projectPath))
                       .arg(r.added)
                       .arg(r.duplicates)
                       .arg(r.unknownPicture)
                       .arg(r.invalid)
                       .arg(r.verification)
                << '\n';
        }
        return int(Success);
    });
}

} // namespace phenomap
