// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationresolver.h"

#include "sqlite.h"
#include "textfold.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <QRegularExpression>

#include <cmath>

namespace phenomap {
namespace {

bool inBelgium(double lon, double lat) { return lon > 2.3 && lon < 6.6 && lat > 49.3 && lat < 51.7; }

} // namespace

LocationResolver::LocationResolver(Database &db)
    : m_municipalities(ZoneIndex::load(db, QStringLiteral("municipalities"))),
      m_policeZones(ZoneIndex::load(db, QStringLiteral("police_zones"))),
      m_target(std::make_unique<OGRSpatialReference>())
{
    m_target->importFromEPSG(kProjectSrid);
    m_target->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    Statement st = db.prepare("SELECT fid, layer, code, name_fr, name_nl, parent_code FROM zones "
                              "WHERE layer IN ('municipalities', 'police_zones')");
    while (st.step()) {
        ZoneEntry e;
        e.fid = st.int64(0);
        const bool municipality = st.text(1) == QLatin1String("municipalities");
        const QString code = st.text(2);
        if (municipality) {
            e.municipalityNis = code.toInt();
            e.policeZone = st.text(5).toInt();
        } else {
            e.policeZone = code.toInt();
        }
        for (const QString &k : {code, st.text(3), st.text(4)}) {
            const QString f = foldText(k);
            if (!f.isEmpty() && !m_zoneByKey.contains(f))
                m_zoneByKey.insert(f, e);
        }
    }
}

LocationResolver::~LocationResolver() = default;

bool LocationResolver::isValidEpsg(int epsg)
{
    OGRSpatialReference srs;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const bool ok = epsg > 0 && srs.importFromEPSG(epsg) == OGRERR_NONE;
    CPLPopErrorHandler();
    return ok;
}

OGRCoordinateTransformation *LocationResolver::transformFor(int epsg)
{
    auto it = m_transforms.find(epsg);
    if (it != m_transforms.end())
        return it->second.get();
    std::unique_ptr<OGRCoordinateTransformation> ct;
    OGRSpatialReference src;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    if (src.importFromEPSG(epsg) == OGRERR_NONE) {
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        ct.reset(OGRCreateCoordinateTransformation(&src, m_target.get()));
    }
    CPLPopErrorHandler();
    return m_transforms.emplace(epsg, std::move(ct)).first->second.get();
}

void LocationResolver::assignZones(Place &p) const
{
    p.municipalityNis = m_municipalities.zoneAt(p.x, p.y);
    p.policeZone = m_policeZones.zoneAt(p.x, p.y);
    if (p.municipalityNis == 0)
        p.flags |= OutsideRegion;
    else
        p.flags &= ~quint32(OutsideRegion);
}

bool LocationResolver::fromXY(double x, double y, int epsg, Place &p)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return false;
    if (epsg != kProjectSrid) {
        OGRCoordinateTransformation *ct = transformFor(epsg);
        if (!ct || !ct->Transform(1, &x, &y))
            return false;
    }
    p.hasPoint = true;
    p.x = x;
    p.y = y;
    p.precision = LocationPrecision::Exact;
    assignZones(p);
    return true;
}

bool LocationResolver::fromLonLat(double lon, double lat, Place &p)
{
    p.swapped = false;
    if (!inBelgium(lon, lat) && inBelgium(lat, lon)) {
        std::swap(lon, lat);
        p.swapped = true;
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return false;
    return fromXY(lon, lat, 4326, p);
}

bool LocationResolver::fromNative(double x, double y, const OGRSpatialReference *srs, Place &p)
{
    if (srs != m_nativeSrs) {
        m_nativeSrs = srs;
        m_native.reset();
        if (srs && !srs->IsSame(m_target.get())) {
            OGRSpatialReference copy(*srs);
            copy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            m_native.reset(OGRCreateCoordinateTransformation(&copy, m_target.get()));
            if (!m_native)
                return false;
        }
    }
    if (m_native && !m_native->Transform(1, &x, &y))
        return false;
    p.hasPoint = true;
    p.x = x;
    p.y = y;
    p.precision = LocationPrecision::Exact;
    assignZones(p);
    return true;
}

bool LocationResolver::fromWkt(const QString &wkt, int epsg, Place &p)
{
    const QByteArray utf8 = wkt.trimmed().toUtf8();
    OGRGeometry *g = nullptr;
    const char *cursor = utf8.constData();
    if (OGRGeometryFactory::createFromWkt(cursor, nullptr, &g) != OGRERR_NONE || !g)
        return false;
    std::unique_ptr<OGRGeometry> geom(g);
    if (geom->IsEmpty())
        return false;
    OGRPoint c;
    bool isPoint = wkbFlatten(geom->getGeometryType()) == wkbPoint;
    if (isPoint)
        c = *geom->toPoint();
    else if (geom->Centroid(&c) != OGRERR_NONE)
        return false;
    double x = c.getX(), y = c.getY();
    if (epsg == 0)
        epsg = (std::abs(x) <= 180 && std::abs(y) <= 90) ? 4326 : kProjectSrid;
    const bool ok = epsg == 4326 ? fromLonLat(x, y, p) : fromXY(x, y, epsg, p);
    if (ok && !isPoint)
        p.precision = LocationPrecision::Street;
    return ok;
}

bool LocationResolver::fromZone(const QString &value, Place &p) const
{
    QString key = foldText(value);
    auto it = m_zoneByKey.constFind(key);
    if (it == m_zoneByKey.constEnd()) {
        // "PZ 5339", "ZP5340 Midi", "5341 - Zuid": a police-zone number inside the text.
        static const QRegularExpression number(QStringLiteral("\\b(53[34]\\d|21\\d{3})\\b"));
        const auto m = number.match(value);
        if (m.hasMatch())
            it = m_zoneByKey.constFind(m.captured(1));
    }
    if (it == m_zoneByKey.constEnd())
        return false;
    p.hasPoint = false;
    p.precision = LocationPrecision::Zone;
    p.zoneFid = it->fid;
    p.municipalityNis = it->municipalityNis;
    p.policeZone = it->policeZone;
    return true;
}

} // namespace phenomap
