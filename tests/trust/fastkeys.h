// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

namespace phenomap::test {

/// Key protection that unlocks in milliseconds (minisign's interactive limits, age scrypt
/// work factor 2^10): tests create and unlock many office keys, and the real defaults take
/// seconds each. Never for real keys.
inline KeyStore::Protection fastProtection()
{
    KeyStore::Protection p;
    p.minisign = MinisignSecretKey::KdfLimits::interactive();
    p.ageLogN = 10;
    return p;
}

} // namespace phenomap::test
