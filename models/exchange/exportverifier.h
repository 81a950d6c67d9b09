// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsignature.h"

#include <QString>

#include <optional>

namespace phenomap {

class KeyStore;

/// What the signature beside an exported file says, as the user is shown it.
struct ExportVerification
{
    enum class Status {
        Trusted,    ///< valid, by this office or by a partner the user trusts
        Untrusted,  ///< valid, by a partner in the store the user does not trust
        UnknownKey, ///< signed with a key the store does not know: cannot be checked
        Invalid,    ///< the signature does not match the file, or is damaged
        Unsigned,   ///< no FILE.minisig
    };
    Status status = Status::Unsigned;
    bool valid = false;   ///< the signature matches the file
    bool trusted = false; ///< valid and by a trusted key
    bool ownKey = false;  ///< signed by this office
    QString keyIdHex;     ///< key id of the signature, when it could be read
    QString signerName;   ///< from the store, when the key is known
    QString signerAgency;
    QString trustedComment;           ///< when valid
    std::optional<ExportFacts> facts; ///< when valid and the comment is Phenomap's
    bool fileNameMatches = true;      ///< the file still has the name it was signed under
    QString detail;                   ///< translated reason when not valid
    QString summary;                  ///< translated one line naming the file
};

/// Checks FILE against FILE.minisig with the keys in a KeyStore (KeyStore::verifyFile), then
/// reads the trusted comment: a valid signature whose comment states another SHA-256 than
/// the file's is reported as invalid. Never throws.
class ExportVerifier
{
public:
    static ExportVerification verify(const KeyStore &store, const QString &path);
};

} // namespace phenomap
