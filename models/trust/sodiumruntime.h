// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>

namespace phenomap {

/// Small helpers around libsodium shared by the minisign and age code. Every entry point of
/// phenomap_trust calls ensureInitialized() first, so no caller has to remember sodium_init().
class SodiumRuntime
{
public:
    /// Calls sodium_init() (idempotent, thread-safe); throws TrustError if libsodium is unusable.
    static void ensureInitialized();
    /// n bytes from the system CSPRNG.
    static QByteArray randomBytes(qsizetype n);
    /// Overwrites the bytes of a buffer with zeros (detaching first so no shared copy survives).
    static void wipe(QByteArray &bytes);
    /// Overwrites raw memory with zeros in a way the compiler cannot remove.
    static void wipe(void *data, std::size_t size);
    /// Constant-time comparison of two byte strings of equal length; false if lengths differ.
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
};

} // namespace phenomap
