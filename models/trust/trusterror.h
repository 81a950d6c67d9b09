// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace phenomap {

/// Thrown by every phenomap_trust function that fails: malformed key, signature or age file,
/// wrong passphrase, I/O error. Parsers see hostile input, so the GUI shows message() as is;
/// messages are translated (context "phenomap::trust") and never contain secret material.
class TrustError : public std::runtime_error
{
public:
    explicit TrustError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    /// The translated, user-facing message.
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace phenomap
