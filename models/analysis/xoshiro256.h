// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xoshirostep.h"

#include <cstdint>

namespace phenomap {

/// Pseudo-random generator for permutation tests: xoshiro256** (Blackman & Vigna 2018), seeded
/// through SplitMix64.
/// Why our own generator: a permutation p-value must come out bit-identical on every platform,
/// standard library and thread count, which std::mt19937 + std::uniform_int_distribution does not
/// promise (distributions are implementation-defined). Each unit of work (a cell, a permutation)
/// gets its own stream derived from (seed, stream index), so the order in which threads pick up
/// work cannot change a single number.
class Xoshiro256
{
public:
    /// Stream `stream` of the generator family selected by `seed`.
    Xoshiro256(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t sm = seed ^ (0x9e3779b97f4a7c15ULL * (stream + 1));
        sm = splitMix(sm) ^ stream; // decorrelate neighbouring (seed, stream) pairs
        for (auto &s : m_s)
            s = splitMix(sm);
    }

    /// Next 64 random bits.
    std::uint64_t next() { return xoshiro256StarStar(m_s); }

    /// Uniform integer in [0, bound) without modulo bias (Lemire 2019, multiply and reject).
    std::uint32_t bounded(std::uint32_t bound)
    {
        std::uint64_t m = std::uint64_t(std::uint32_t(next() >> 32)) * bound;
        std::uint32_t low = std::uint32_t(m);
        if (low < bound) {
            const std::uint32_t threshold = std::uint32_t(-bound) % bound;
            while (low < threshold) {
                m = std::uint64_t(std::uint32_t(next() >> 32)) * bound;
                low = std::uint32_t(m);
            }
        }
        return std::uint32_t(m >> 32);
    }

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static std::uint64_t splitMix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_s[4];
};

} // namespace phenomap
