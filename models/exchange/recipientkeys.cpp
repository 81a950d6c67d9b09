// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientkeys.h"

#include "exchangeschema.h"
#include "project.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace phenomap {

RecipientKeys::RecipientKeys(Project &project, const QString &recipient)
    : m_recipient(recipient.trimmed()), m_projectUuid(project.setting(QStringLiteral("uuid")).toUtf8())
{
    Database &db = project.db();
    ExchangeSchema::ensure(db);
    Statement find = db.prepare("SELECT secret FROM phenomap_recipients WHERE name = ?");
    find.bind(1, m_recipient);
    if (find.step()) {
        m_secret = find.blob(0);
        return;
    }
    m_secret.resize(32);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_secret.data()),
                                         reinterpret_cast<quint32 *>(m_secret.data() + m_secret.size()));
    Statement ins = db.prepare("INSERT INTO phenomap_recipients (name, secret, created_at) VALUES (?, ?, ?)");
    ins.bind(1, m_recipient)
        .bindBlob(2, m_secret)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .run();
    project.audit(QStringLiteral("recipient.create"), m_recipient);
}

QByteArray RecipientKeys::mac(const QString &kind, qint64 id) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_secret);
    code.addData(m_projectUuid);
    code.addData("\x1f", 1);
    code.addData(kind.toUtf8());
    code.addData("\x1f", 1);
    code.addData(QByteArray::number(id));
    return code.result();
}

QString RecipientKeys::pseudonym(const QString &kind, qint64 id) const
{
    return QLatin1Char('P') + QString::fromLatin1(mac(kind, id).left(12).toHex());
}

} // namespace phenomap
