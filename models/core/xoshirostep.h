// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace phenomap {

/// One step of xoshiro256** (Blackman & Vigna 2018): advances the 256-bit state and returns 64
/// random bits. Shared by the demo generator and the permutation tests, which seed it their own
/// ways; both need bit-identical sequences on every platform, which std:: engines plus
/// distributions do not promise.
inline std::uint64_t xoshiro256StarStar(std::uint64_t (&s)[4])
{
    auto rotl = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
    const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
    const std::uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

} // namespace phenomap
