// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ageheader.h"
#include "secretbytes.h"

#include <QByteArray>

#include <optional>

namespace phenomap {

/// age's scrypt recipient: the file key wrapped under a passphrase (N = 2^logN, r = 8, p = 1).
/// The work factor of a received file is capped, since a hostile file could otherwise ask for
/// gigabytes of memory.
class AgePassphrase
{
public:
    /// age's default work factor (256 MiB of memory, about a second).
    static constexpr int DefaultLogN = 18;
    /// Largest work factor accepted when decrypting (age's own limit is also 22).
    static constexpr int DefaultMaxLogN = 22;

    /// An scrypt stanza wrapping the 16-byte file key under passphrase.
    static AgeHeader::Stanza wrap(const QByteArray &fileKey, QByteArrayView passphrase, int logN = DefaultLogN);
    /// The file key from an scrypt stanza; nullopt for a wrong passphrase (or another stanza
    /// type), TrustError for a malformed stanza or a work factor above maxLogN.
    static std::optional<SecretBytes> unwrap(const AgeHeader::Stanza &stanza, QByteArrayView passphrase,
                                             int maxLogN = DefaultMaxLogN);
};

} // namespace phenomap
