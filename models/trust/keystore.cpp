// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "agedecryptor.h"
#include "ageencryptor.h"
#include "sodiumruntime.h"
#include "trusterror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace phenomap {
namespace {

constexpr auto kOfficeInfo = "office.json";
constexpr auto kOfficeSecret = "office.key";
constexpr auto kOfficePublic = "office.pub";
constexpr auto kOfficeAgeSecret = "office-age.key.age";
constexpr auto kOfficeAgePublic = "office-age.pub";
constexpr auto kPartners = "partners.json";
constexpr qsizetype kMaxSmallFile = 64 * 1024;
constexpr qsizetype kMaxPartnersFile = 8 * 1024 * 1024;

} // namespace

KeyStore::KeyStore(const QString &directory) : m_directory(directory) {}

QString KeyStore::path(const char *name) const
{
    return QDir(m_directory).filePath(QString::fromLatin1(name));
}

QByteArray KeyStore::readFile(const char *name, qsizetype maxSize) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot read %1: %2")
                             .arg(f.fileName(), f.errorString()));
    if (f.size() > maxSize)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "%1 is too large.").arg(f.fileName()));
    return f.readAll();
}

void KeyStore::writeFile(const char *name, const QByteArray &content) const
{
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory))
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot create the key folder %1.")
                             .arg(m_directory));
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile f(path(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "Cannot write %1: %2")
                             .arg(f.fileName(), f.errorString()));
    QFile::setPermissions(path(name), QFile::ReadOwner | QFile::WriteOwner);
}

bool KeyStore::hasOfficeKey() const
{
    return QFile::exists(path(kOfficeSecret)) && QFile::exists(path(kOfficeAgeSecret));
}

void KeyStore::createOfficeKey(const QString &name, const QString &agency, const QByteArray &passphrase,
                               const Protection &protection, bool overwrite)
{
    if (hasOfficeKey() && !overwrite)
        throw TrustError(QCoreApplication::translate("phenomap::trust", "An office key already exists."));
    if (passphrase.isEmpty())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The passphrase must not be empty."));
    const MinisignSecretKey signing = MinisignSecretKey::generate();
    const AgeIdentity identity = AgeIdentity::generate();
    QByteArray identityFile = identity.toFileContent();
    const QByteArray encryptedIdentity = AgeEncryptor::encryptWithPassphrase(identityFile, passphrase,
                                                                             protection.ageLogN);
    SodiumRuntime::wipe(identityFile);
    QJsonObject info;
    info.insert(QStringLiteral("name"), name);
    info.insert(QStringLiteral("agency"), agency);
    info.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    writeFile(kOfficeSecret, signing.toFileContent(passphrase, protection.minisign));
    writeFile(kOfficePublic, signing.publicKey().toFileContent());
    writeFile(kOfficeAgeSecret, encryptedIdentity);
    writeFile(kOfficeAgePublic, identity.recipient().toString().toLatin1() + '\n');
    writeFile(kOfficeInfo, QJsonDocument(info).toJson());
}

PartnerKey KeyStore::officePublicKeys() const
{
    PartnerKey p;
    p.signingKey = MinisignPublicKey::parse(readFile(kOfficePublic, kMaxSmallFile));
    p.encryptionKey = AgeRecipient::parse(readFile(kOfficeAgePublic, kMaxSmallFile));
    const QJsonObject info = QJsonDocument::fromJson(readFile(kOfficeInfo, kMaxSmallFile)).object();
    p.name = info.value(QStringLiteral("name")).toString();
    p.agency = info.value(QStringLiteral("agency")).toString();
    p.added = QDateTime::fromString(info.value(QStringLiteral("created")).toString(), Qt::ISODate);
    p.trusted = true;
    return p;
}

QByteArray KeyStore::exportPublicKeys() const
{
    return officePublicKeys().toBundle();
}

QByteArray KeyStore::exportMinisignPublicKey() const
{
    return officePublicKeys().signingKey.toFileContent();
}

MinisignSecretKey KeyStore::unlockSigningKey(const QByteArray &passphrase) const
{
    return MinisignSecretKey::parse(readFile(kOfficeSecret, kMaxSmallFile), passphrase);
}

AgeIdentity KeyStore::unlockDecryptionKey(const QByteArray &passphrase) const
{
    AgeDecryptor decryptor;
    decryptor.setPassphrase(passphrase);
    QByteArray plain = decryptor.decrypt(readFile(kOfficeAgeSecret, kMaxSmallFile));
    QList<AgeIdentity> ids;
    try {
        ids = AgeIdentity::parseFile(plain);
    } catch (...) {
        SodiumRuntime::wipe(plain);
        throw;
    }
    SodiumRuntime::wipe(plain);
    return std::move(ids.first());
}

QList<PartnerKey> KeyStore::partners() const
{
    QList<PartnerKey> list;
    if (!QFile::exists(path(kPartners)))
        return list;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(kPartners, kMaxPartnersFile), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "The partner key list %1 is damaged.")
                             .arg(path(kPartners)));
    for (const QJsonValue &v : doc.array())
        list.append(PartnerKey::fromJson(v.toObject()));
    return list;
}

void KeyStore::writePartners(const QList<PartnerKey> &list) const
{
    QJsonArray array;
    for (const PartnerKey &p : list)
        array.append(p.toJson());
    writeFile(kPartners, QJsonDocument(array).toJson());
}

void KeyStore::importPartner(const PartnerKey &partner)
{
    if (partner.signingKey.isNull())
        throw TrustError(QCoreApplication::translate("phenomap::trust", "A partner needs a signing key."));
    QList<PartnerKey> list = partners();
    PartnerKey entry = partner;
    if (!entry.added.isValid())
        entry.added = QDateTime::currentDateTimeUtc();
    bool replaced = false;
    for (PartnerKey &p : list) {
        if (p.signingKey.keyId() == partner.signingKey.keyId()) {
            p = entry;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(entry);
    writePartners(list);
}

PartnerKey KeyStore::importPartnerBundle(QByteArrayView bundle, bool trusted)
{
    PartnerKey p = PartnerKey::fromBundle(bundle);
    p.trusted = trusted;
    p.added = QDateTime::currentDateTimeUtc();
    importPartner(p);
    return p;
}

std::optional<PartnerKey> KeyStore::partnerByKeyId(const QByteArray &keyId) const
{
    for (const PartnerKey &p : partners())
        if (p.signingKey.keyId() == keyId)
            return p;
    return std::nullopt;
}

void KeyStore::setPartnerTrusted(const QByteArray &keyId, bool trusted)
{
    QList<PartnerKey> list = partners();
    for (PartnerKey &p : list) {
        if (p.signingKey.keyId() == keyId) {
            p.trusted = trusted;
            writePartners(list);
            return;
        }
    }
    throw TrustError(QCoreApplication::translate("phenomap::trust", "No partner has the key %1.")
                         .arg(MinisignPublicKey::keyIdToHex(keyId)));
}

bool KeyStore::removePartner(const QByteArray &keyId)
{
    QList<PartnerKey> list = partners();
    const qsizetype removed = list.removeIf([&](const PartnerKey &p) { return p.signingKey.keyId() == keyId; });
    if (removed == 0)
        return false;
    writePartners(list);
    return true;
}

KeyStore::SignerCheck KeyStore::verifyFile(const QString &filePath) const
{
    SignerCheck check;
    QFile sigFile(filePath + QStringLiteral(".minisig"));
    if (!sigFile.open(QIODevice::ReadOnly)) {
        check.verification.error = QCoreApplication::translate("phenomap::trust", "The file %1 is not signed.")
                                       .arg(filePath);
        return check;
    }
    try {
        const MinisignSignature sig = MinisignSignature::parse(sigFile.read(MinisignSignature::MaxFileSize + 1));
        MinisignPublicKey key;
        if (hasOfficeKey()) {
            const MinisignPublicKey own = officePublicKeys().signingKey;
            if (own.keyId() == sig.keyId()) {
                key = own;
                check.ownKey = true;
            }
        }
        if (!check.ownKey) {
            check.partner = partnerByKeyId(sig.keyId());
            if (check.partner)
                key = check.partner->signingKey;
        }
        if (key.isNull()) {
            check.verification.keyIdHex = sig.keyIdHex();
            check.verification.error = QCoreApplication::translate(
                "phenomap::trust", "The file was signed with the unknown key %1.").arg(sig.keyIdHex());
            return check;
        }
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            check.verification.error = QCoreApplication::translate("phenomap::trust", "Cannot read %1: %2")
                                           .arg(filePath, file.errorString());
            return check;
        }
        check.verification = sig.verify(key, file);
    } catch (const TrustError &e) {
        check.verification.error = e.message();
    }
    return check;
}

} // namespace phenomap
