// SPDX-License-Identifier: GPL-3.0-or-later
#include "wkbreader.h"

#include <boost/geometry/algorithms/correct.hpp>

#include <cstring>

namespace phenomap {
namespace {

struct Cursor
{
    const unsigned char *p;
    const unsigned char *end;

    bool u32(bool little, quint32 &v)
    {
        if (end - p < 4)
            return false;
        v = little ? quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24
                   : quint32(p[3]) | quint32(p[2]) << 8 | quint32(p[1]) << 16 | quint32(p[0]) << 24;
        p += 4;
        return true;
    }
    bool f64(bool little, double &v)
    {
        if (end - p < 8)
            return false;
        quint64 bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= quint64(p[little ? i : 7 - i]) << (8 * i);
        std::memcpy(&v, &bits, 8);
        p += 8;
        return true;
    }
    bool header(bool &little, quint32 &base, int &dims)
    {
        if (p >= end || *p > 1)
            return false;
        little = *p++ == 1;
        quint32 type = 0;
        if (!u32(little, type))
            return false;
        // ISO codes (1000 Z, 2000 M, 3000 ZM) and the EWKB high bits.
        const bool z = (type & 0x80000000u) || (type % 10000 >= 1000 && type % 10000 < 2000) || type % 10000 >= 3000;
        const bool m = (type & 0x40000000u) || (type % 10000 >= 2000);
        type &= 0x0fffffffu;
        base = type % 1000;
        dims = 2 + (z ? 1 : 0) + (m ? 1 : 0);
        return true;
    }
    bool polygon(bool little, int dims, analysis::Polygon &poly)
    {
        quint32 rings = 0;
        if (!u32(little, rings) || rings > quint32(end - p))
            return false;
        for (quint32 r = 0; r < rings; ++r) {
            quint32 count = 0;
            if (!u32(little, count) || quint64(count) * 8 * quint64(dims) > quint64(end - p))
                return false;
            auto &ring = r == 0 ? poly.outer() : (poly.inners().emplace_back(), poly.inners().back());
            ring.reserve(count);
            for (quint32 i = 0; i < count; ++i) {
                double x = 0, y = 0, skip = 0;
                if (!f64(little, x) || !f64(little, y))
                    return false;
                for (int d = 2; d < dims; ++d)
                    if (!f64(little, skip))
                        return false;
                ring.emplace_back(x, y);
            }
        }
        return true;
    }
};

} // namespace

bool WkbReader::readMultiPolygon(const QByteArray &wkb, analysis::MultiPolygon &out)
{
    Cursor c{reinterpret_cast<const unsigned char *>(wkb.constData()),
             reinterpret_cast<const unsigned char *>(wkb.constData()) + wkb.size()};
    bool little = false;
    quint32 base = 0;
    int dims = 2;
    if (!c.header(little, base, dims))
        return false;
    analysis::MultiPolygon parts;
    if (base == 3) {
        analysis::Polygon poly;
        if (!c.polygon(little, dims, poly))
            return false;
        parts.push_back(std::move(poly));
    } else if (base == 6) {
        quint32 count = 0;
        if (!c.u32(little, count) || count > quint32(c.end - c.p))
            return false;
        for (quint32 i = 0; i < count; ++i) {
            bool partLittle = false;
            quint32 partBase = 0;
            int partDims = 2;
            analysis::Polygon poly;
            if (!c.header(partLittle, partBase, partDims) || partBase != 3 || !c.polygon(partLittle, partDims, poly))
                return false;
            parts.push_back(std::move(poly));
        }
    } else {
        return false;
    }
    if (c.p != c.end)
        return false;
    boost::geometry::correct(parts);
    for (auto &p : parts)
        out.push_back(std::move(p));
    return true;
}

} // namespace phenomap
