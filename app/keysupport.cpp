// SPDX-License-Identifier: GPL-3.0-or-later
#include "keysupport.h"

#include "keystore.h"
#include "keystorelocation.h"
#include "trusterror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace phenomap::keysupport {
namespace {

struct KeySupportTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::KeySupport)
};

} // namespace

QString storeDirectory(const QString &option)
{
    return option.isEmpty() ? defaultKeyStoreDirectory() : option; // the same rule as the window's
}

std::optional<QByteArray> passphrase(const char *environmentVariable)
{
    const QByteArray fromEnvironment = qgetenv(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    static std::optional<QByteArray> fromStdin;
    static bool read = false;
    if (!read) {
        read = true;
        if (!::isatty(STDIN_FILENO)) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly)) {
                QByteArray line = in.readLine(4096);
                while (line.endsWith('\n') || line.endsWith('\r'))
                    line.chop(1);
                if (!line.isEmpty())
                    fromStdin = line;
            }
        }
    }
    return fromStdin;
}

AgeRecipient recipient(const KeyStore &store, const QString &nameOrKey)
{
    const QString wanted = nameOrKey.trimmed();
    if (wanted.startsWith(QLatin1String("age1"), Qt::CaseInsensitive))
        return AgeRecipient::parse(wanted.toLatin1());
    QList<PartnerKey> matches;
    for (const PartnerKey &p : store.partners()) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0 || p.agency.compare(wanted, Qt::CaseInsensitive) == 0 ||
            p.signingKey.keyIdHex().compare(wanted, Qt::CaseInsensitive) == 0)
            matches << p;
    }
    if (matches.isEmpty())
        throw TrustError(KeySupportTr::tr("No partner called “%1” in the key store %2; import their keys with "
                                          "`phenomap keys import` or give their age1… key.")
                             .arg(wanted, QDir::toNativeSeparators(store.directory())));
    if (matches.size() > 1)
        throw TrustError(KeySupportTr::tr("Several partners match “%1”; name one by its key id (see `phenomap keys list`).")
                             .arg(wanted));
    if (matches.first().encryptionKey.isNull())
        throw TrustError(KeySupportTr::tr("The partner “%1” has no encryption key; ask them for their key bundle.")
                             .arg(matches.first().name));
    return matches.first().encryptionKey;
}

} // namespace phenomap::keysupport
