// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agerecipient.h"
#include "minisignpublickey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace phenomap {

/// A partner agency's public keys as the key store keeps them: who they are, the minisign key
/// that signs their packages, the age key we encrypt to, and whether the user trusts them.
/// Also the format of the public key bundle an office exports for its partners.
class PartnerKey
{
public:
    QString name;                   ///< office or person, e.g. "PZ Brussels-North analysis cell"
    QString agency;                 ///< e.g. "Police fédérale / Federale politie"
    MinisignPublicKey signingKey;   ///< required
    AgeRecipient encryptionKey;     ///< may be null: the partner only signs
    bool trusted = false;
    QDateTime added;

    /// Storage form (partners.json entries).
    QJsonObject toJson() const;
    /// From storage or from an imported bundle; throws TrustError on missing or malformed keys.
    static PartnerKey fromJson(const QJsonObject &object);
    /// The bundle an office hands to partners (JSON text, no trust flag).
    QByteArray toBundle() const;
    /// Parses a bundle received from a partner (hostile input, bounded); trusted is false.
    static PartnerKey fromBundle(QByteArrayView bundle);
};

} // namespace phenomap
