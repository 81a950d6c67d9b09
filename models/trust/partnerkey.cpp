// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerkey.h"

#include "trusterror.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace phenomap {
namespace {

constexpr qsizetype kMaxBundle = 16 * 1024;
constexpr qsizetype kMaxNameLength = 200;
constexpr auto kBundleFormat = "phenomap-public-keys/1";

} // namespace

QJsonObject PartnerKey::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("agency"), agency);
    o.insert(QStringLiteral("minisign"), QString::fromLatin1(signingKey.toBase64()));
    if (!encryptionKey.isNull())
        o.insert(QStringLiteral("age"), encryptionKey.toString());
    o.insert(QStringLiteral("trusted"), trusted);
    if (added.isValid())
        o.insert(QStringLiteral("added"), added.toUTC().toString(Qt::ISODate));
    return o;
}

PartnerKey PartnerKey::fromJson(const QJsonObject &o)
{
    PartnerKey p;
    p.name = o.value(QStringLiteral("name")).toString().left(kMaxNameLength);
    p.agency = o.value(QStringLiteral("agency")).toString().left(kMaxNameLength);
    p.signingKey = MinisignPublicKey::parse(o.value(QStringLiteral("minisign")).toString().toLatin1());
    const QString age = o.value(QStringLiteral("age")).toString();
    if (!age.isEmpty())
        p.encryptionKey = AgeRecipient::parse(age.toLatin1());
    p.trusted = o.value(QStringLiteral("trusted")).toBool(false);
    p.added = QDateTime::fromString(o.value(QStringLiteral("added")).toString(), Qt::ISODate);
    return p;
}

QByteArray PartnerKey::toBundle() const
{
    QJsonObject o = toJson();
    o.remove(QStringLiteral("trusted"));
    o.remove(QStringLiteral("added"));
    o.insert(QStringLiteral("format"), QLatin1String(kBundleFormat));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

PartnerKey PartnerKey::fromBundle(QByteArrayView bundle)
{
    const auto invalid = [] {
        return TrustError(QCoreApplication::translate("phenomap::trust", "This is not a Phenomap public key file."));
    };
    if (bundle.size() > kMaxBundle)
        throw invalid();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bundle.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw invalid();
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kBundleFormat))
        throw invalid();
    PartnerKey p = fromJson(o);
    p.trusted = false;
    p.added = QDateTime();
    return p;
}

} // namespace phenomap
