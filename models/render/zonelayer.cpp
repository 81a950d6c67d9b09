// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelayer.h"

#include "gpkggeometry.h"
#include "sqlite.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace phenomap {

QString ZoneShape::name(const QString &language) const
{
    if (language == QLatin1String("fr") && !nameFr.isEmpty())
        return nameFr;
    if (language == QLatin1String("nl") && !nameNl.isEmpty())
        return nameNl;
    if (nameFr.isEmpty() || nameNl.isEmpty() || nameFr == nameNl)
        return nameFr.isEmpty() ? nameNl : nameFr;
    return nameFr + QLatin1String(" / ") + nameNl;
}

ZoneLayer::ZoneLayer(std::vector<ZoneShape> shapes) : m_shapes(std::move(shapes))
{
    for (const ZoneShape &s : m_shapes)
        m_extent = m_extent.isNull() ? s.bounds : m_extent.united(s.bounds);
}

ZoneLayer ZoneLayer::load(Database &db, const QString &layer)
{
    std::vector<ZoneShape> shapes;
    Statement st = db.prepare("SELECT fid, geom, code, name_fr, name_nl, parent_code, population "
                              "FROM zones WHERE layer = ?1 ORDER BY fid");
    st.bind(1, layer);
    while (st.step()) {
        const QByteArray wkb = gpkg::wkbFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
        ZoneShape s;
        s.path = pathFromWkb(wkb);
        if (s.path.isEmpty())
            continue;
        s.fid = st.int64(0);
        s.code = st.text(2);
        s.nameFr = st.text(3);
        s.nameNl = st.text(4);
        s.parentCode = st.text(5);
        s.population = st.isNull(6) ? 0 : st.int64(6);
        s.bounds = s.path.boundingRect();
        s.labelPoint = interiorLabelPoint(s.path);
        shapes.push_back(std::move(s));
    }
    return ZoneLayer(std::move(shapes));
}

int ZoneLayer::indexAt(QPointF world) const
{
    for (std::size_t i = 0; i < m_shapes.size(); ++i) {
        if (m_shapes[i].bounds.contains(world) && m_shapes[i].path.contains(world))
            return int(i);
    }
    return -1;
}

namespace {

/// Bounds-checked reader over WKB with the byte order of the current geometry.
class WkbReader
{
public:
    explicit WkbReader(const QByteArray &data) : m_data(data) {}
    bool ok() const { return m_ok; }
    bool byteOrder()
    {
        if (!need(1))
            return false;
        m_little = m_data.at(m_pos++) == 1;
        return true;
    }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        quint32 v;
        std::memcpy(&v, m_data.constData() + m_pos, 4);
        m_pos += 4;
        return m_little ? qFromLittleEndian(v) : qFromBigEndian(v);
    }
    double f64()
    {
        if (!need(8))
            return 0;
        quint64 v;
        std::memcpy(&v, m_data.constData() + m_pos, 8);
        m_pos += 8;
        v = m_little ? qFromLittleEndian(v) : qFromBigEndian(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }
    void skip(qsizetype n)
    {
        if (need(n))
            m_pos += n;
    }
    qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    bool need(qsizetype n)
    {
        if (!m_ok || n < 0 || m_pos + n > m_data.size())
            m_ok = false;
        return m_ok;
    }
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_little = true;
    bool m_ok = true;
};

int coordinateCount(quint32 type)
{
    switch (type / 1000) {
    case 0: return 2;
    case 1: case 2: return 3;
    case 3: return 4;
    default: return 0;
    }
}

bool readPolygon(WkbReader &r, int dims, QPainterPath &path)
{
    const quint32 rings = r.u32();
    for (quint32 i = 0; i < rings && r.ok(); ++i) {
        const quint32 n = r.u32();
        if (!r.ok() || qsizetype(n) * dims * 8 > r.remaining())
            return false;
        for (quint32 k = 0; k < n; ++k) {
            const double x = r.f64(), y = r.f64();
            r.skip(8 * (dims - 2));
            if (!std::isfinite(x) || !std::isfinite(y))
                return false;
            if (k == 0)
                path.moveTo(x, y);
            else
                path.lineTo(x, y);
        }
        if (n > 0)
            path.closeSubpath();
    }
    return r.ok();
}

double ringArea(const QPolygonF &ring)
{
    double a = 0;
    for (int i = 0, n = int(ring.size()); i < n; ++i) {
        const QPointF &p = ring[i], &q = ring[(i + 1) % n];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return std::abs(a) / 2;
}

} // namespace

QPainterPath pathFromWkb(const QByteArray &wkb)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    WkbReader r(wkb);
    if (!r.byteOrder())
        return {};
    const quint32 type = r.u32();
    const int dims = coordinateCount(type);
    if (!r.ok() || dims == 0)
        return {};
    if (type % 1000 == 3) {
        if (!readPolygon(r, dims, path))
            return {};
    } else if (type % 1000 == 6) {
        const quint32 parts = r.u32();
        for (quint32 i = 0; i < parts && r.ok(); ++i) {
            if (!r.byteOrder())
                return {};
            const quint32 partType = r.u32();
            if (partType % 1000 != 3 || coordinateCount(partType) != dims || !readPolygon(r, dims, path))
                return {};
        }
        if (!r.ok())
            return {};
    } else {
        return {};
    }
    return path;
}

QPointF interiorLabelPoint(const QPainterPath &path)
{
    const QList<QPolygonF> rings = path.toSubpathPolygons();
    if (rings.isEmpty())
        return path.boundingRect().center();
    // The largest ring is the outer ring of the largest part; scan across its bounds.
    const QPolygonF *largest = &rings.first();
    double best = -1;
    for (const QPolygonF &ring : rings) {
        const double a = ringArea(ring);
        if (a > best) {
            best = a;
            largest = &ring;
        }
    }
    const QRectF box = largest->boundingRect();
    QPointF result = box.center();
    double widest = -1;
    constexpr int kLines = 15;
    for (int line = 1; line <= kLines; ++line) {
        // Favour scanlines near the vertical middle: a label there reads as "in the middle".
        const double t = double(line) / (kLines + 1);
        const double y = box.top() + t * box.height();
        std::vector<double> xs;
        for (const QPolygonF &ring : rings) {
            for (int i = 0, n = int(ring.size()); i < n; ++i) {
                const QPointF &p = ring[i], &q = ring[(i + 1) % n];
                if ((p.y() <= y) != (q.y() <= y))
                    xs.push_back(p.x() + (y - p.y()) / (q.y() - p.y()) * (q.x() - p.x()));
            }
        }
        std::sort(xs.begin(), xs.end());
        const double weight = 1.0 - 0.6 * std::abs(t - 0.5);
        for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
            const double w = (xs[i + 1] - xs[i]) * weight;
            if (w > widest) {
                widest = w;
                result = QPointF((xs[i] + xs[i + 1]) / 2, y);
            }
        }
    }
    return result;
}

} // namespace phenomap
