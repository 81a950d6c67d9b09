// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "engine.h"
#include "exportsignature.h"
#include "feedback.h"
#include "keystore.h"
#include "keysupport.h"
#include "packageexporter.h"
#include "packagerequest.h"
#include "project.h"
#include "reportcomposer.h"
#include "reportrenderer.h"
#include "sqlite.h"
#include "trusterror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QSize>
#include <QTextStream>
#include <QUuid>

#include <optional>

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

/// How the export is signed: with the office key when the store has one (every export is
/// signed unless --no-sign), else unsigned with a warning.
struct Signing
{
    std::optional<MinisignSecretKey> key;
    QString storeDirectory;
    bool refused = false; ///< --no-sign
};

/// Decides and unlocks before anything is written, so a wrong passphrase leaves no file. Returns
/// an exit code on failure.
std::optional<int> prepareSigning(Signing &signing, bool sign, bool noSign, const QString &storeOption, QTextStream &err)
{
    signing.storeDirectory = keysupport::storeDirectory(storeOption);
    signing.refused = noSign;
    const KeyStore store(signing.storeDirectory);
    if (noSign)
        return std::nullopt;
    if (!store.hasOfficeKey()) {
        if (!sign)
            return std::nullopt;
        err << ExportCommandTr::tr("export: --sign needs an office key, and the key store %1 has none; create one with `phenomap keys create`.")
                   .arg(QDir::toNativeSeparators(signing.storeDirectory))
            << '\n';
        return int(Failure);
    }
    const auto passphrase = keysupport::passphrase("PHENOMAP_PASSPHRASE");
    if (!passphrase) {
        err << ExportCommandTr::tr("export: exports are signed with the office key in %1; give its passphrase in $PHENOMAP_PASSPHRASE or on standard input, or pass --no-sign.")
                   .arg(QDir::toNativeSeparators(signing.storeDirectory))
            << '\n';
        return int(Failure);
    }
    try {
        signing.key = store.unlockSigningKey(*passphrase);
    } catch (const TrustError &e) {
        err << ExportCommandTr::tr("export: the office key in %1 cannot be unlocked: %2").arg(QDir::toNativeSeparators(signing.storeDirectory), e.message())
            << '\n';
        return int(Failure);
    }
    return std::nullopt;
}

void reportSignature(const Signing &signing, const QString &path, QTextStream &out, QTextStream &err)
{
    if (signing.key) {
        out << ExportCommandTr::tr("Signed with the office key %1: “%2”.")
                   .arg(signing.key->publicKey().keyIdHex(), QDir::toNativeSeparators(ExportSigner::signaturePath(path)))
            << '\n';
    } else if (signing.refused) {
        err << ExportCommandTr::tr("Warning: “%1” is not signed (--no-sign).").arg(QDir::toNativeSeparators(path)) << '\n';
    } else {
        err << ExportCommandTr::tr("Warning: “%1” is not signed: the key store %2 has no office key (create one with `phenomap keys create`).")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(signing.storeDirectory))
            << '\n';
    }
}

/// PDF and images are drawn with Qt Gui: false (with a message) when the application has none.
bool hasGui(const QString &outPath, QTextStream &err)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    err << ExportCommandTr::tr("export: writing “%1” needs a graphical application (QGuiApplication); the phenomap executable provides one for export.")
               .arg(QDir::toNativeSeparators(outPath))
        << '\n';
    return false;
}

int writePdf(const QString &projectPath, const QString &outPath, const ReportOptions &options, const Signing &signing,
             QTextStream &out, QTextStream &err)
{
    if (!hasGui(outPath, err))
        return Failure;
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
        if (signing.key) {
            ExportSigner(*signing.key).sign(outPath, composer.marking(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        } else {
            QFile::remove(ExportSigner::signaturePath(outPath)); // never leave an older file's signature beside it
        }
        reportSignature(signing, outPath, out, err);
    } catch (const TrustError &e) {
        err << e.message() << '\n';
        return Failure;
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

/// One map as PNG or SVG: picture `selector` (a storyboard number from 1, or a UUID), else the
/// whole project.
int writeImage(const QString &projectPath, const QString &outPath, bool svg, const QString &selector, QSize size,
               const QString &language, const Signing &signing, QTextStream &out, QTextStream &err)
{
    if (!hasGui(outPath, err))
        return Failure;
    try {
        auto project = Project::open(projectPath, Project::OpenMode::ReadOnly);
        Engine engine;
        engine.load(*project);
        ReportComposer composer(*project, engine);
        SituationPicture picture;
        bool isNumber = false;
        const int number = selector.toInt(&isNumber);
        if (selector.isEmpty()) {
            picture = PictureRenderer(*project, engine, language).wholeProjectPicture();
        } else if (isNumber) {
            const QList<SituationPicture> all = composer.pictures({});
            if (number < 1 || number > all.size()) {
                err << ExportCommandTr::tr("export: “%1” has no picture %2; its storyboard has %3 picture(s).")
                           .arg(QDir::toNativeSeparators(projectPath))
                           .arg(number)
                           .arg(all.size())
                    << '\n';
                return Failure;
            }
            picture = all.at(number - 1);
        } else {
            picture = composer.pictures({selector}).first();
        }
        if (svg)
            composer.writeMapSvg(outPath, picture, size, language);
        else
            composer.writeMapPng(outPath, picture, size, language);
        out << ExportCommandTr::tr("Wrote the map “%1” (%2, %3×%4) to “%5”.")
                   .arg(picture.title, tlpLabel(picture.tlp))
                   .arg(size.width())
                   .arg(size.height())
                   .arg(QDir::toNativeSeparators(outPath))
            << '\n';
        if (signing.key)
            ExportSigner(*signing.key).sign(outPath, picture.tlp, QUuid::createUuid().toString(QUuid::WithoutBraces));
        else
            QFile::remove(ExportSigner::signaturePath(outPath));
        reportSignature(signing, outPath, out, err);
    } catch (const TrustError &e) {
        err << e.message() << '\n';
        return Failure;
    } catch (const ProjectError &e) {
        err << e.message() << '\n';
        return Failure;
    } catch (const ReportError &e) {
        err << e.message() << '\n';
        return Failure;
    } catch (const std::exception &e) {
        err << ExportCommandTr::tr("“%1” could not be written from “%2”: %3")
                   .arg(QDir::toNativeSeparators(outPath), QDir::toNativeSeparators(projectPath), QString::fromUtf8(e.what()))
            << '\n';
        return Failure;
    }
    return Success;
}

/// "1600x1200" (also with × or X); nullopt unless both sides are 16 to 10000 pixels.
std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().replace(QChar(0x00d7), QLatin1Char('x')).split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false, okH = false;
    const int w = parts.at(0).trimmed().toInt(&okW), h = parts.at(1).trimmed().toInt(&okH);
    if (!okW || !okH || w < 16 || h < 16 || w > 10000 || h > 10000)
        return std::nullopt;
    return QSize(w, h);
}

int writePackage(const QString &projectPath, PackageRequest request, const Signing &signing, QTextStream &out,
                 QTextStream &err)
{
    request.signingKey = signing.key ? &*signing.key : nullptr;
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
        if (result.encrypted)
            out << (request.encryption.passphrase.isEmpty()
                        ? ExportCommandTr::tr("Encrypted to %1 key(s); the plain package was not kept.").arg(request.encryption.recipients.size())
                        : ExportCommandTr::tr("Encrypted to a passphrase; the plain package was not kept."))
                << '\n';
        reportSignature(signing, result.path, out, err);
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
    parser.setApplicationDescription(ExportCommandTr::tr("Exports a PDF briefing of the situation pictures, a map image (PNG or SVG), or a package for a partner."));
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
    const QCommandLineOption signOption(QStringLiteral("sign"), ExportCommandTr::tr("Sign with the office key (the default when the key store has one)."));
    const QCommandLineOption noSignOption(QStringLiteral("no-sign"), ExportCommandTr::tr("Do not sign."));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         ExportCommandTr::tr("The key store folder (default: $PHENOMAP_KEYSTORE, else the application data folder)."),
                                         ExportCommandTr::tr("DIR"));
    const QCommandLineOption encryptToOption(QStringLiteral("encrypt-to"),
                                             ExportCommandTr::tr("Package: encrypt to this partner (name, agency or key id in the key store) or age1… key; repeatable."),
                                             ExportCommandTr::tr("PARTNER"));
    const QCommandLineOption encryptPassphraseOption(QStringLiteral("encrypt-passphrase"),
                                                     ExportCommandTr::tr("Package: encrypt to the passphrase in $PHENOMAP_EXPORT_PASSPHRASE."));
    const QCommandLineOption pngOption(QStringLiteral("png"), ExportCommandTr::tr("Write the map as a PNG image to FILE."), ExportCommandTr::tr("FILE"));
    const QCommandLineOption svgOption(QStringLiteral("svg"), ExportCommandTr::tr("Write the map as an SVG drawing to FILE."), ExportCommandTr::tr("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), ExportCommandTr::tr("Image size in pixels (default 1600x1200)."),
                                        ExportCommandTr::tr("WxH"), QStringLiteral("1600x1200"));
    parser.addOptions({pngOption, svgOption, sizeOption});
    parser.addOptions({pdfOption, packageOption, picturesOption, langOption, orientationOption, tierOption, tlpOption,
                       recipientOption, kOption, signOption, noSignOption, storeOption, encryptToOption, encryptPassphraseOption});
    QStringList args = arguments;
    if (args.size() > 1 && args[1] == QLatin1String("export"))
        args.removeAt(1);
    auto usage = [&](const QString &message) {
        err << message << '\n'
            << ExportCommandTr::tr("Usage: %1 export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]\n"
                  "       %1 export PROJECT --png OUT.png|--svg OUT.svg [--pictures N|UUID] [--size WxH] [--lang fr|nl|en]\n"
                  "       %1 export PROJECT --package OUT.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NAME "
                  "[--pictures UUID,...] [--k N] [--encrypt-to PARTNER|age1KEY]... [--encrypt-passphrase]\n"
                  "       signing: [--sign|--no-sign] [--store DIR] (passphrase in $PHENOMAP_PASSPHRASE or on standard input)")
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
    const bool png = parser.isSet(pngOption), svg = parser.isSet(svgOption);
    if (int(pdf) + int(package) + int(png) + int(svg) != 1)
        return usage(ExportCommandTr::tr("export: give one of --pdf FILE, --package FILE, --png FILE or --svg FILE."));
    const QStringList pictures = splitList(parser.value(picturesOption));
    if (parser.isSet(signOption) && parser.isSet(noSignOption))
        return usage(ExportCommandTr::tr("export: give --sign or --no-sign, not both."));
    Signing signing;
    const QString language = parser.value(langOption).trimmed().toLower();
    const bool languageOk = language == QLatin1String("fr") || language == QLatin1String("nl") || language == QLatin1String("en");

    if (png || svg) {
        if (parser.isSet(tierOption) || parser.isSet(tlpOption) || parser.isSet(recipientOption) || parser.isSet(kOption) ||
            parser.isSet(encryptToOption) || parser.isSet(encryptPassphraseOption) || parser.isSet(orientationOption))
            return usage(ExportCommandTr::tr("export: --tier, --tlp, --recipient, --k, --orientation, --encrypt-to and --encrypt-passphrase do not apply to --png and --svg."));
        if (!languageOk)
            return usage(ExportCommandTr::tr("export: --lang must be fr, nl or en, not “%1”.").arg(parser.value(langOption)));
        if (pictures.size() > 1)
            return usage(ExportCommandTr::tr("export: an image shows one picture; give --pictures with one number or UUID."));
        const auto size = parseSize(parser.value(sizeOption));
        if (!size)
            return usage(ExportCommandTr::tr("export: --size must be WIDTHxHEIGHT with each side from 16 to 10000 pixels, not “%1”.").arg(parser.value(sizeOption)));
        if (const auto failed = prepareSigning(signing, parser.isSet(signOption), parser.isSet(noSignOption), parser.value(storeOption), err))
            return *failed;
        const int code = writeImage(pos[0], parser.value(svg ? svgOption : pngOption), svg, pictures.value(0), *size, language,
                                    signing, out, err);
        out.flush();
        err.flush();
        return code;
    }
    if (parser.isSet(sizeOption))
        return usage(ExportCommandTr::tr("export: --size applies to --png and --svg only."));

    if (pdf) {
        if (parser.isSet(tierOption) || parser.isSet(tlpOption) || parser.isSet(recipientOption) || parser.isSet(kOption) ||
            parser.isSet(encryptToOption) || parser.isSet(encryptPassphraseOption))
            return usage(ExportCommandTr::tr("export: --tier, --tlp, --recipient, --k, --encrypt-to and --encrypt-passphrase apply to --package only."));
        ReportOptions options;
        options.language = language;
        if (!languageOk)
            return usage(ExportCommandTr::tr("export: --lang must be fr, nl or en, not “%1”.").arg(parser.value(langOption)));
        const QString orientation = parser.value(orientationOption).trimmed().toLower();
        if (orientation == QLatin1String("landscape"))
            options.orientation = QPageLayout::Landscape;
        else if (orientation == QLatin1String("portrait"))
            options.orientation = QPageLayout::Portrait;
        else
            return usage(ExportCommandTr::tr("export: --orientation must be landscape or portrait, not “%1”.").arg(parser.value(orientationOption)));
        options.pictureUuids = pictures;
        if (const auto failed = prepareSigning(signing, parser.isSet(signOption), parser.isSet(noSignOption), parser.value(storeOption), err))
            return *failed;
        const int code = writePdf(pos[0], parser.value(pdfOption), options, signing, out, err);
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
    if (parser.isSet(encryptToOption) && parser.isSet(encryptPassphraseOption))
        return usage(ExportCommandTr::tr("export: encrypt either to partners' keys (--encrypt-to) or to a passphrase (--encrypt-passphrase), not both."));
    if (parser.isSet(encryptPassphraseOption)) {
        request.encryption.passphrase = qgetenv("PHENOMAP_EXPORT_PASSPHRASE");
        if (request.encryption.passphrase.isEmpty())
            return usage(ExportCommandTr::tr("export: --encrypt-passphrase takes the passphrase from $PHENOMAP_EXPORT_PASSPHRASE, which is empty."));
    }
    if (parser.isSet(encryptToOption)) {
        const KeyStore store(keysupport::storeDirectory(parser.value(storeOption)));
        for (const QString &partner : parser.values(encryptToOption)) {
            try {
                request.encryption.recipients << keysupport::recipient(store, partner);
            } catch (const TrustError &e) {
                err << ExportCommandTr::tr("export: --encrypt-to %1: %2").arg(partner, e.message()) << '\n';
                return Failure;
            }
        }
    }
    if (const auto failed = prepareSigning(signing, parser.isSet(signOption), parser.isSet(noSignOption), parser.value(storeOption), err))
        return *failed;
    const int code = writePackage(pos[0], request, signing, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace phenomap
