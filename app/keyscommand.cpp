// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyscommand.h"

#include "agedecryptor.h"
#include "encryptedpackage.h"
#include "exportverifier.h"
#include "keystore.h"
#include "keysupport.h"
#include "packagemanifest.h"
#include "packagerequest.h"
#include "picturestore.h"
#include "project.h"
#include "projectinfo.h"
#include "trusterror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace phenomap {
namespace {

/// Translation context of the keys, verify and open-package commands.
struct KeysCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::KeysCommand)
};

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

struct Io
{
    QTextStream out{stdout};
    QTextStream err{stderr};
    ~Io()
    {
        out.flush();
        err.flush();
    }
};

QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringLiteral("store"),
                              KeysCommandTr::tr("The key store folder (default: $PHENOMAP_KEYSTORE, else the "
                                                "application data folder)."),
                              KeysCommandTr::tr("DIR"));
}

/// Parses arguments after the program and the `skip` subcommand words.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int skip)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QStringList args = arguments;
    for (int i = 0; i < skip && args.size() > 1; ++i)
        args.removeAt(1);
    return parser.parse(args);
}

int usage(Io &io, const QString &message, const QString &program)
{
    io.err << message << '\n'
           << KeysCommandTr::tr("Usage: %1 keys create --store DIR --name NAME --agency AGENCY [--kdf sensitive|interactive] [--force]\n"
                                "       %1 keys export-public --store DIR [--minisign]\n"
                                "       %1 keys import --store DIR FILE [--trust]\n"
                                "       %1 keys list --store DIR\n"
                                "       %1 verify FILE [--store DIR] [--json]\n"
                                "       %1 open-package FILE [--store DIR] [--json]")
                  .arg(QFileInfo(program).fileName())
           << '\n';
    return Usage;
}

int keysCreate(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption name(QStringLiteral("name"), KeysCommandTr::tr("Office or person the key belongs to."),
                                  KeysCommandTr::tr("NAME"));
    const QCommandLineOption agency(QStringLiteral("agency"), KeysCommandTr::tr("The agency."), KeysCommandTr::tr("AGENCY"));
    const QCommandLineOption kdf(QStringLiteral("kdf"),
                                 KeysCommandTr::tr("Passphrase protection: sensitive (default, as minisign and age) or "
                                                   "interactive (faster and weaker: for tests and throw-away keys)."),
                                 KeysCommandTr::tr("COST"), QStringLiteral("sensitive"));
    const QCommandLineOption force(QStringLiteral("force"), KeysCommandTr::tr("Replace an existing office key."));
    parser.addOptions({store, name, agency, kdf, force});
    if (!parse(parser, arguments, 2))
        return usage(io, parser.errorText(), program);
    if (!parser.positionalArguments().isEmpty())
        return usage(io, KeysCommandTr::tr("keys create: unexpected argument “%1”.").arg(parser.positionalArguments().first()), program);
    if (parser.value(name).trimmed().isEmpty() || parser.value(agency).trimmed().isEmpty())
        return usage(io, KeysCommandTr::tr("keys create: --name and --agency are required."), program);
    KeyStore::Protection protection;
    const QString cost = parser.value(kdf).trimmed().toLower();
    if (cost == QLatin1String("interactive")) {
        protection.minisign = MinisignSecretKey::KdfLimits::interactive();
        protection.ageLogN = 14;
    } else if (cost != QLatin1String("sensitive")) {
        return usage(io, KeysCommandTr::tr("keys create: --kdf must be sensitive or interactive, not “%1”.").arg(parser.value(kdf)), program);
    }
    const auto pass = keysupport::passphrase("PHENOMAP_PASSPHRASE");
    if (!pass) {
        io.err << KeysCommandTr::tr("keys create: give the passphrase that protects the key in $PHENOMAP_PASSPHRASE or on standard input.")
               << '\n';
        return Failure;
    }
    KeyStore keys(keysupport::storeDirectory(parser.value(store)));
    try {
        keys.createOfficeKey(parser.value(name).trimmed(), parser.value(agency).trimmed(), *pass, protection, parser.isSet(force));
        const PartnerKey own = keys.officePublicKeys();
        io.out << KeysCommandTr::tr("Created the office key %1 for %2 (%3) in %4.")
                      .arg(own.signingKey.keyIdHex(), own.name, own.agency, native(keys.directory()))
               << '\n'
               << KeysCommandTr::tr("Encryption key: %1").arg(own.encryptionKey.toString()) << '\n';
    } catch (const TrustError &e) {
        io.err << KeysCommandTr::tr("Key store %1: %2").arg(native(keys.directory()), e.message()) << '\n';
        return Failure;
    }
    return Success;
}

int keysExport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption minisign(QStringLiteral("minisign"),
                                      KeysCommandTr::tr("Print the minisign public key (for `minisign -V -p`) instead of the bundle."));
    parser.addOptions({store, minisign});
    if (!parse(parser, arguments, 2))
        return usage(io, parser.errorText(), arguments.value(0));
    KeyStore keys(keysupport::storeDirectory(parser.value(store)));
    if (!keys.hasOfficeKey()) {
        io.err << KeysCommandTr::tr("The key store %1 has no office key; create one with `phenomap keys create`.")
                      .arg(native(keys.directory()))
               << '\n';
        return Failure;
    }
    try {
        io.out << QString::fromUtf8(parser.isSet(minisign) ? keys.exportMinisignPublicKey() : keys.exportPublicKeys());
    } catch (const TrustError &e) {
        io.err << KeysCommandTr::tr("Key store %1: %2").arg(native(keys.directory()), e.message()) << '\n';
        return Failure;
    }
    return Success;
}

int keysImport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   KeysCommandTr::tr("Trust this partner: their signatures count as trusted."));
    parser.addOptions({store, trust});
    parser.addPositionalArgument(QStringLiteral("FILE"), KeysCommandTr::tr("The partner's public key bundle."));
    if (!parse(parser, arguments, 2))
        return usage(io, parser.errorText(), arguments.value(0));
    if (parser.positionalArguments().size() != 1)
        return usage(io, KeysCommandTr::tr("keys import: give exactly one bundle FILE."), arguments.value(0));
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << KeysCommandTr::tr("Cannot read %1: %2").arg(native(path), file.errorString()) << '\n';
        return Failure;
    }
    KeyStore keys(keysupport::storeDirectory(parser.value(store)));
    try {
        const PartnerKey p = keys.importPartnerBundle(file.read(1024 * 1024), parser.isSet(trust));
        io.out << (p.trusted ? KeysCommandTr::tr("Imported %1 (%2), key %3, trusted.")
                             : KeysCommandTr::tr("Imported %1 (%2), key %3, not trusted."))
                      .arg(p.name, p.agency, p.signingKey.keyIdHex())
               << '\n';
    } catch (const TrustError &e) {
        io.err << KeysCommandTr::tr("%1: %2").arg(native(path), e.message()) << '\n';
        return Failure;
    }
    return Success;
}

int keysList(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    parser.addOption(store);
    if (!parse(parser, arguments, 2))
        return usage(io, parser.errorText(), arguments.value(0));
    KeyStore keys(keysupport::storeDirectory(parser.value(store)));
    try {
        io.out << KeysCommandTr::tr("Key store: %1").arg(native(keys.directory())) << '\n';
        if (keys.hasOfficeKey()) {
            const PartnerKey own = keys.officePublicKeys();
            io.out << KeysCommandTr::tr("Office:   %1  %2 (%3)  %4").arg(own.signingKey.keyIdHex(), own.name, own.agency,
                                                                       own.encryptionKey.toString())
                   << '\n';
        } else {
            io.out << KeysCommandTr::tr("Office:   no key (create one with `phenomap keys create`)") << '\n';
        }
        const QList<PartnerKey> partners = keys.partners();
        io.out << KeysCommandTr::tr("Partners: %1").arg(partners.size()) << '\n';
        for (const PartnerKey &p : partners)
            io.out << QStringLiteral("  %1  %2  %3 (%4)  %5\n")
                          .arg(p.signingKey.keyIdHex(), -16)
                          .arg(p.trusted ? KeysCommandTr::tr("trusted") : KeysCommandTr::tr("not trusted"), -12)
                          .arg(p.name, p.agency,
                               p.encryptionKey.isNull() ? KeysCommandTr::tr("(no encryption key)") : p.encryptionKey.toString());
    } catch (const TrustError &e) {
        io.err << KeysCommandTr::tr("Key store %1: %2").arg(native(keys.directory()), e.message()) << '\n';
        return Failure;
    }
    return Success;
}

QJsonObject verificationJson(const ExportVerification &v)
{
    static const char *const statuses[] = {"trusted", "untrusted", "unknown-key", "invalid", "unsigned"};
    QJsonObject o{{QStringLiteral("status"), QLatin1String(statuses[int(v.status)])},
                  {QStringLiteral("valid"), v.valid},
                  {QStringLiteral("trusted"), v.trusted},
                  {QStringLiteral("ownKey"), v.ownKey},
                  {QStringLiteral("keyId"), v.keyIdHex},
                  {QStringLiteral("signer"), v.signerName},
                  {QStringLiteral("agency"), v.signerAgency},
                  {QStringLiteral("summary"), v.summary}};
    if (v.facts) {
        o.insert(QStringLiteral("tlp"), tlpLabel(v.facts->tlp));
        o.insert(QStringLiteral("exportId"), v.facts->exportId);
        o.insert(QStringLiteral("sha256"), v.facts->sha256);
        o.insert(QStringLiteral("fileName"), v.facts->fileName);
    }
    if (v.valid)
        o.insert(QStringLiteral("trustedComment"), v.trustedComment);
    return o;
}

void printVerification(Io &io, const ExportVerification &v)
{
    io.out << v.summary << '\n';
    if (!v.valid && !v.detail.isEmpty() && v.detail != v.summary)
        io.out << KeysCommandTr::tr("  reason:    %1").arg(v.detail) << '\n';
    if (v.facts) {
        io.out << KeysCommandTr::tr("  marking:   %1").arg(tlpLabel(v.facts->tlp)) << '\n'
               << KeysCommandTr::tr("  export:    %1").arg(v.facts->exportId) << '\n'
               << KeysCommandTr::tr("  SHA-256:   %1").arg(v.facts->sha256) << '\n'
               << KeysCommandTr::tr("  signed as: %1").arg(v.facts->fileName) << '\n';
        if (!v.fileNameMatches)
            io.out << KeysCommandTr::tr("  note: the file was renamed after signing.") << '\n';
    } else if (v.valid) {
        io.out << KeysCommandTr::tr("  comment:   %1").arg(v.trustedComment) << '\n';
    }
}

} // namespace

int runKeysCommand(const QStringList &arguments)
{
    Io io;
    const QString sub = arguments.value(2);
    if (sub == QLatin1String("create"))
        return keysCreate(arguments, io);
    if (sub == QLatin1String("export-public"))
        return keysExport(arguments, io);
    if (sub == QLatin1String("import"))
        return keysImport(arguments, io);
    if (sub == QLatin1String("list"))
        return keysList(arguments, io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        usage(io, QString(), arguments.value(0));
        return Success;
    }
    return usage(io, KeysCommandTr::tr("keys: unknown action “%1”.").arg(sub), arguments.value(0));
}

int runVerifyCommand(const QStringList &arguments)
{
    Io io;
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption json(QStringLiteral("json"), KeysCommandTr::tr("Print the result as JSON."));
    parser.addOptions({store, json});
    parser.addPositionalArgument(QStringLiteral("FILE"), KeysCommandTr::tr("The signed file (FILE.minisig beside it)."));
    if (!parse(parser, arguments, 1))
        return usage(io, parser.errorText(), arguments.value(0));
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(io, KeysCommandTr::tr("verify: give exactly one FILE."), arguments.value(0));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isFile()) {
        io.err << KeysCommandTr::tr("The file “%1” does not exist.").arg(native(path)) << '\n';
        return int(VerifyExit::Failure);
    }
    const KeyStore keys(keysupport::storeDirectory(parser.value(store)));
    const ExportVerification v = ExportVerifier::verify(keys, path);
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(verificationJson(v)).toJson(QJsonDocument::Indented));
    else
        printVerification(io, v);
    switch (v.status) {
    case ExportVerification::Status::Trusted: return int(VerifyExit::Trusted);
    case ExportVerification::Status::Untrusted: return int(VerifyExit::Untrusted);
    case ExportVerification::Status::UnknownKey: return int(VerifyExit::UnknownKey);
    case ExportVerification::Status::Invalid: return int(VerifyExit::Invalid);
    case ExportVerification::Status::Unsigned: return int(VerifyExit::Unsigned);
    }
    return int(VerifyExit::Failure);
}

int runOpenPackageCommand(const QStringList &arguments)
{
    Io io;
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption json(QStringLiteral("json"), KeysCommandTr::tr("Print the summary as JSON."));
    parser.addOptions({store, json});
    parser.addPositionalArgument(QStringLiteral("FILE"), KeysCommandTr::tr("The package (.gpkg or .gpkg.age)."));
    if (!parse(parser, arguments, 1))
        return usage(io, parser.errorText(), arguments.value(0));
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(io, KeysCommandTr::tr("open-package: give exactly one FILE."), arguments.value(0));
    const QString path = parser.positionalArguments().first();
    const QString name = QFileInfo(path).fileName();
    const KeyStore keys(keysupport::storeDirectory(parser.value(store)));
    const bool encrypted = EncryptedPackage::isEncrypted(path);
    QJsonObject summary;
    try {
        std::unique_ptr<Project> package;
        if (encrypted) {
            AgeDecryptor decryptor;
            if (AgeDecryptor::readHeader(path).isPassphraseProtected()) {
                const auto pass = keysupport::passphrase("PHENOMAP_EXPORT_PASSPHRASE");
                if (!pass) {
                    io.err << KeysCommandTr::tr("“%1” is protected by a passphrase: give it in $PHENOMAP_EXPORT_PASSPHRASE or on standard input.")
                                  .arg(name)
                           << '\n';
                    return Failure;
                }
                decryptor.setPassphrase(*pass);
            } else {
                if (!keys.hasOfficeKey()) {
                    io.err << KeysCommandTr::tr("“%1” is encrypted, and the key store %2 has no office key to decrypt it.")
                                  .arg(name, native(keys.directory()))
                           << '\n';
                    return Failure;
                }
                const auto pass = keysupport::passphrase("PHENOMAP_PASSPHRASE");
                if (!pass) {
                    io.err << KeysCommandTr::tr("“%1” is encrypted: give the office key's passphrase in $PHENOMAP_PASSPHRASE or on standard input.")
                                  .arg(name)
                           << '\n';
                    return Failure;
                }
                decryptor.addIdentity(keys.unlockDecryptionKey(*pass));
            }
            package = EncryptedPackage::open(path, decryptor);
        } else {
            package = Project::open(path, Project::OpenMode::ReadOnly);
        }
        const PackageVerification check = PackageManifest::verify(*package, path);
        if (!check.isPackage) {
            io.err << check.message << '\n';
            return Failure;
        }
        summary = projectInfo(*package);
        for (const char *key : {"export_id", "exported_at", "recipient", "tier", "tlp"})
            summary.insert(QLatin1String(key), package->setting(QLatin1String(key)));
        summary.insert(QStringLiteral("pictures"), int(PictureStore(*package).list().size()));
        summary.insert(QStringLiteral("encrypted"), encrypted);
        summary.insert(QStringLiteral("intact"), check.intact);
        summary.insert(QStringLiteral("manifest"), check.message);
    } catch (const TrustError &e) {
        io.err << KeysCommandTr::tr("“%1” cannot be opened: %2").arg(name, e.message()) << '\n';
        return Failure;
    } catch (const PackageError &e) {
        io.err << e.message() << '\n';
        return Failure;
    } catch (const ProjectError &e) {
        io.err << e.message() << '\n';
        return Failure;
    } catch (const std::exception &e) {
        io.err << KeysCommandTr::tr("Could not read “%1”: %2").arg(name, QString::fromUtf8(e.what())) << '\n';
        return Failure;
    }
    const ExportVerification signature = ExportVerifier::verify(keys, path);
    summary.insert(QStringLiteral("signature"), verificationJson(signature));
    if (parser.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
        return Success;
    }
    auto text = [&](const char *key) { return summary.value(QLatin1String(key)).toString(); };
    io.out << KeysCommandTr::tr("Package:    %1%2")
                  .arg(native(path), encrypted ? KeysCommandTr::tr(" (encrypted, opened in memory)") : QString())
           << '\n'
           << KeysCommandTr::tr("Title:      %1").arg(text("title")) << '\n'
           << KeysCommandTr::tr("Marking:    %1").arg(text("tlp")) << '\n'
           << KeysCommandTr::tr("Export:     %1 (%2)").arg(text("export_id"), text("exported_at")) << '\n'
           << KeysCommandTr::tr("For:        %1, tier %2").arg(text("recipient"), text("tier")) << '\n'
           << KeysCommandTr::tr("Pictures:   %1").arg(summary.value(QStringLiteral("pictures")).toInt()) << '\n'
           << KeysCommandTr::tr("Incidents:  %1").arg(summary.value(QStringLiteral("incidents")).toInteger()) << '\n'
           << KeysCommandTr::tr("Manifest:   %1").arg(text("manifest")) << '\n'
           << KeysCommandTr::tr("Signature:  %1").arg(signature.summary) << '\n';
    if (summary.value(QStringLiteral("synthetic")).toBool())
        io.out << KeysCommandTr::tr("Data:       SYNTHETIC (not real incidents)") << '\n';
    return Success;
}

} // namespace phenomap
