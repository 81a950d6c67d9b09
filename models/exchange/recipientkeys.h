// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace phenomap {

class Project;

/// Partners must not be able to join their packages on our identifiers, nor with each other:
/// each recipient gets a random 256-bit secret kept in the project (phenomap_recipients), and
/// identifiers leave the project only as HMAC-SHA256(secret, project uuid | kind | id). The
/// same recipient always sees the same pseudonym; two recipients never share one.
class RecipientKeys
{
public:
    /// Loads the recipient's secret, creating it (inside the caller's transaction) when missing.
    /// Names are compared case-insensitively after trimming. The project must be writable.
    RecipientKeys(Project &project, const QString &recipient);

    /// Pseudonym of an identifier of the given kind (e.g. "incident"): "P" + 24 hex digits.
    QString pseudonym(const QString &kind, qint64 id) const;
    const QString &recipient() const { return m_recipient; }

private:
    QByteArray mac(const QString &kind, qint64 id) const;
    QString m_recipient;
    QByteArray m_secret;
    QByteArray m_projectUuid;
};

} // namespace phenomap
