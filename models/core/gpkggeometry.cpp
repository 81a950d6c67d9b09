// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpkggeometry.h"

#include <sqlite3.h>

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace phenomap::gpkg {
namespace {

constexpr int kHeaderFixed = 8;

int envelopeBytes(int code)
{
    switch (code) {
    case 0: return 0;
    case 1: return 32;
    case 2:
    case 3: return 48;
    case 4: return 64;
    default: return -1;
    }
}

/// Reads ISO WKB (and the common EWKB-free 2.5D codes) and grows an envelope.
class WkbReader
{
public:
    WkbReader(const unsigned char *p, int size) : m_p(p), m_end(p + size) {}

    bool readGeometry(Envelope &env, bool &any, int depth = 0)
    {
        if (depth > 32 || m_p + 5 > m_end)
            return false;
        const bool little = *m_p++ == 1;
        quint32 type = 0;
        if (!readU32(little, type))
            return false;
        int dims = 2;
        quint32 base = type;
        if (type >= 3000) { dims = 4; base = type - 3000; }
        else if (type >= 2000) { dims = 3; base = type - 2000; }
        else if (type >= 1000) { dims = 3; base = type - 1000; }
        switch (base) {
        case 1: return readPoints(little, dims, 1, env, any, true);
        case 2: return readRing(little, dims, env, any);
        case 3: {
            quint32 rings = 0;
            if (!readU32(little, rings))
                return false;
            for (quint32 i = 0; i < rings; ++i)
                if (!readRing(little, dims, env, any))
                    return false;
            return true;
        }
        case 4: case 5: case 6: case 7: {
            quint32 parts = 0;
            if (!readU32(little, parts))
                return false;
            for (quint32 i = 0; i < parts; ++i)
                if (!readGeometry(env, any, depth + 1))
                    return false;
            return true;
        }
        default: return false;
        }
    }
    bool atEnd() const { return m_p == m_end; }

private:
    bool readU32(bool little, quint32 &out)
    {
        if (m_p + 4 > m_end)
            return false;
        out = little ? qFromLittleEndian<quint32>(m_p) : qFromBigEndian<quint32>(m_p);
        m_p += 4;
        return true;
    }
    bool readDouble(bool little, double &out)
    {
        if (m_p + 8 > m_end)
            return false;
        quint64 bits = little ? qFromLittleEndian<quint64>(m_p) : qFromBigEndian<quint64>(m_p);
        std::memcpy(&out, &bits, 8);
        m_p += 8;
        return true;
    }
    bool readRing(bool little, int dims, Envelope &env, bool &any)
    {
        quint32 n = 0;
        if (!readU32(little, n))
            return false;
        if (quint64(n) * quint64(dims) * 8 > quint64(m_end - m_p))
            return false;
        return readPoints(little, dims, n, env, any, false);
    }
    bool readPoints(bool little, int dims, quint32 n, Envelope &env, bool &any, bool single)
    {
        for (quint32 i = 0; i < n; ++i) {
            double c[4] = {0, 0, 0, 0};
            for (int d = 0; d < dims; ++d)
                if (!readDouble(little, c[d]))
                    return false;
            if (single && std::isnan(c[0]) && std::isnan(c[1]))
                continue; // POINT EMPTY
            if (!std::isfinite(c[0]) || !std::isfinite(c[1]))
                return false;
            if (!any) {
                env = {c[0], c[0], c[1], c[1]};
                any = true;
            } else {
                env.minX = std::min(env.minX, c[0]);
                env.maxX = std::max(env.maxX, c[0]);
                env.minY = std::min(env.minY, c[1]);
                env.maxY = std::max(env.maxY, c[1]);
            }
        }
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
};

struct Header
{
    bool valid = false;
    bool empty = false;
    bool little = true;
    int envelopeCode = 0;
    int headerSize = 0;
    qint32 srsId = 0;
};

Header parseHeader(const char *data, int size)
{
    Header h;
    if (!data || size < kHeaderFixed || data[0] != 'G' || data[1] != 'P' || data[2] != 0)
        return h;
    const auto flags = static_cast<unsigned char>(data[3]);
    if (flags & 0x20) // extended GeoPackage geometry: not ours to read
        return h;
    h.little = flags & 0x01;
    h.envelopeCode = (flags >> 1) & 0x07;
    h.empty = flags & 0x10;
    const int env = envelopeBytes(h.envelopeCode);
    if (env < 0 || size < kHeaderFixed + env)
        return h;
    const auto *p = reinterpret_cast<const unsigned char *>(data + 4);
    h.srsId = h.little ? qFromLittleEndian<qint32>(p) : qFromBigEndian<qint32>(p);
    h.headerSize = kHeaderFixed + env;
    h.valid = true;
    return h;
}

void appendHeader(QByteArray &out, int srsId, const Envelope *env)
{
    out.append('G').append('P').append(char(0));
    out.append(char(0x01 | (env ? (1 << 1) : 0))); // little endian, XY envelope or none
    char buf[8];
    qToLittleEndian<qint32>(srsId, buf);
    out.append(buf, 4);
    if (env) {
        for (double v : {env->minX, env->maxX, env->minY, env->maxY}) {
            qToLittleEndian<double>(v, buf);
            out.append(buf, 8);
        }
    }
}

template <double Envelope::*Field>
void envelopeFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const auto env = envelopeFromBlob(data, sqlite3_value_bytes(argv[0]));
    if (env)
        sqlite3_result_double(ctx, (*env).*Field);
    else
        sqlite3_result_null(ctx);
}

void isEmptyFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const Header h = parseHeader(data, size);
    if (!h.valid) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, (h.empty || !envelopeFromBlob(data, size)) ? 1 : 0);
}

} // namespace

QByteArray pointBlob(double x, double y, int srsId)
{
    QByteArray out;
    out.reserve(29);
    appendHeader(out, srsId, nullptr);
    char buf[8];
    out.append(char(1));
    qToLittleEndian<quint32>(1, buf);
    out.append(buf, 4);
    qToLittleEndian<double>(x, buf);
    out.append(buf, 8);
    qToLittleEndian<double>(y, buf);
    out.append(buf, 8);
    return out;
}

QByteArray blobFromWkb(const QByteArray &wkb, int srsId)
{
    const auto env = envelopeFromWkb(wkb.constData(), int(wkb.size()));
    if (!env)
        return QByteArray();
    QByteArray out;
    out.reserve(8 + 32 + wkb.size());
    appendHeader(out, srsId, &*env);
    out.append(wkb);
    return out;
}

QByteArray wkbFromBlob(const char *data, int size)
{
    const Header h = parseHeader(data, size);
    if (!h.valid)
        return QByteArray();
    return QByteArray(data + h.headerSize, size - h.headerSize);
}

std::optional<std::pair<double, double>> pointFromBlob(const char *data, int size)
{
    const Header h = parseHeader(data, size);
    if (!h.valid || h.empty || size - h.headerSize != 21)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(data + h.headerSize);
    const bool little = p[0] == 1;
    const quint32 type = little ? qFromLittleEndian<quint32>(p + 1) : qFromBigEndian<quint32>(p + 1);
    if (type != 1)
        return std::nullopt;
    double x, y;
    quint64 bx = little ? qFromLittleEndian<quint64>(p + 5) : qFromBigEndian<quint64>(p + 5);
    quint64 by = little ? qFromLittleEndian<quint64>(p + 13) : qFromBigEndian<quint64>(p + 13);
    std::memcpy(&x, &bx, 8);
    std::memcpy(&y, &by, 8);
    if (!std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    return std::make_pair(x, y);
}

std::optional<Envelope> envelopeFromBlob(const char *data, int size)
{
    const Header h = parseHeader(data, size);
    if (!h.valid || h.empty)
        return std::nullopt;
    if (h.envelopeCode != 0) {
        Envelope e;
        const auto *p = reinterpret_cast<const unsigned char *>(data + kHeaderFixed);
        double v[4];
        for (int i = 0; i < 4; ++i)
            v[i] = h.little ? qFromLittleEndian<double>(p + 8 * i) : qFromBigEndian<double>(p + 8 * i);
        e = {v[0], v[1], v[2], v[3]};
        return e;
    }
    return envelopeFromWkb(data + h.headerSize, size - h.headerSize);
}

std::optional<Envelope> envelopeFromWkb(const char *data, int size)
{
    if (!data || size < 5)
        return std::nullopt;
    WkbReader reader(reinterpret_cast<const unsigned char *>(data), size);
    Envelope env;
    bool any = false;
    if (!reader.readGeometry(env, any) || !any)
        return std::nullopt;
    return env;
}

void registerSqlFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function(db, "ST_MinX", 1, flags, nullptr, &envelopeFunction<&Envelope::minX>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxX", 1, flags, nullptr, &envelopeFunction<&Envelope::maxX>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MinY", 1, flags, nullptr, &envelopeFunction<&Envelope::minY>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxY", 1, flags, nullptr, &envelopeFunction<&Envelope::maxY>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_IsEmpty", 1, flags, nullptr, &isEmptyFunction, nullptr, nullptr);
}

} // namespace phenomap::gpkg
