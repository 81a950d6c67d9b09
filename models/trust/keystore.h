// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ageidentity.h"
#include "agepassphrase.h"
#include "minisignsecretkey.h"
#include "minisignsignature.h"
#include "partnerkey.h"

#include <QList>
#include <QString>

#include <optional>

namespace phenomap {

/// The office's keys and its partners' public keys, as files in one directory the caller picks
/// (e.g. under QStandardPaths::AppDataLocation): no singleton, so tests and several profiles
/// use separate stores. Secrets stay on disk only in encrypted form: the minisign key under
/// minisign's scrypt, the age identity as an age file under the same passphrase.
class KeyStore
{
public:
    /// Cost of the passphrase protection of a new office key.
    struct Protection
    {
        MinisignSecretKey::KdfLimits minisign = MinisignSecretKey::KdfLimits::sensitive();
        int ageLogN = AgePassphrase::DefaultLogN;
    };

    /// The signer of a file as the store knows it.
    struct SignerCheck
    {
        MinisignSignature::Verification verification;
        std::optional<PartnerKey> partner; ///< set when the key id belongs to a partner
        bool ownKey = false;               ///< signed by this office
        /// valid and (own key or a trusted partner)
        bool isTrusted() const { return verification.valid && (ownKey || (partner && partner->trusted)); }
    };

    /// A store in directory (created on first write, mode 0700).
    explicit KeyStore(const QString &directory);
    const QString &directory() const { return m_directory; }

    /// True once createOfficeKey() has run.
    bool hasOfficeKey() const;
    /// Creates the office signing key and age identity, protected by passphrase; throws
    /// TrustError if one exists and overwrite is false.
    void createOfficeKey(const QString &name, const QString &agency, const QByteArray &passphrase,
                         const Protection &protection, bool overwrite = false);
    /// Same with minisign's and age's default passphrase protection.
    void createOfficeKey(const QString &name, const QString &agency, const QByteArray &passphrase)
    {
        createOfficeKey(name, agency, passphrase, Protection{});
    }
    /// The office's public keys and identity (name, agency), trusted = true.
    PartnerKey officePublicKeys() const;
    /// The bundle partners import (JSON).
    QByteArray exportPublicKeys() const;
    /// The office's minisign.pub content, for `minisign -V -p`.
    QByteArray exportMinisignPublicKey() const;
    /// Decrypts the signing key; throws TrustError on a wrong passphrase.
    MinisignSecretKey unlockSigningKey(const QByteArray &passphrase) const;
    /// Decrypts the age identity; throws TrustError on a wrong passphrase.
    AgeIdentity unlockDecryptionKey(const QByteArray &passphrase) const;

    /// Adds or replaces (same minisign key id) a partner.
    void importPartner(const PartnerKey &partner);
    /// Parses a bundle and adds it with the given trust; returns what was imported.
    PartnerKey importPartnerBundle(QByteArrayView bundle, bool trusted);
    /// All partners, in import order.
    QList<PartnerKey> partners() const;
    /// The partner whose minisign key has this id.
    std::optional<PartnerKey> partnerByKeyId(const QByteArray &keyId) const;
    /// Changes the trust flag; throws TrustError for an unknown key id.
    void setPartnerTrusted(const QByteArray &keyId, bool trusted);
    /// Removes a partner; false if unknown.
    bool removePartner(const QByteArray &keyId);

    /// Verifies FILE against FILE.minisig with the office key or the partner key named by the
    /// signature's key id; never throws.
    SignerCheck verifyFile(const QString &path) const;

private:
    QString path(const char *name) const;
    QByteArray readFile(const char *name, qsizetype maxSize) const;
    void writeFile(const char *name, const QByteArray &content) const;
    void writePartners(const QList<PartnerKey> &list) const;

    QString m_directory;
};

} // namespace phenomap
