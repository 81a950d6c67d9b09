// SPDX-License-Identifier: GPL-3.0-or-later
#include "basezones.h"

#include "gpkggeometry.h"
#include "sqlite.h"
#include "types.h"
#include "vsimemfile.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <QFile>

#include <memory>
#include <stdexcept>

namespace phenomap {
namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};

} // namespace

int loadZoneLayer(Database &db, const QString &ogrPath, const QString &layer, const QString &codeField,
                  const QString &nameFrField, const QString &nameNlField, const QString &parentField,
                  const QString &populationField)
{
    GDALAllRegister();
    const QByteArray path = ogrPath.toUtf8();
    std::unique_ptr<GDALDataset, DatasetCloser> ds(
        GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds || ds->GetLayerCount() < 1)
        throw std::runtime_error("cannot read zones from " + ogrPath.toStdString());
    OGRLayer *src = ds->GetLayer(0);
    OGRSpatialReference target;
    target.importFromEPSG(kProjectSrid);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct;
    if (const OGRSpatialReference *srs = src->GetSpatialRef(); srs && !srs->IsSame(&target))
        ct.reset(OGRCreateCoordinateTransformation(srs, &target));

    Statement ins = db.prepare("INSERT INTO zones (geom, layer, code, name_fr, name_nl, parent_code, population, "
                               "population_year, area_km2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const OGRFeatureDefn *defn = src->GetLayerDefn();
    auto field = [&](const OGRFeature &f, const QString &name) -> QString {
        if (name.isEmpty())
            return QString();
        const int idx = defn->GetFieldIndex(name.toUtf8().constData());
        if (idx < 0 || !f.IsFieldSetAndNotNull(idx))
            return QString();
        return QString::fromUtf8(f.GetFieldAsString(idx));
    };
    const int yearIdx = defn->GetFieldIndex("population_year");
    int count = 0;
    src->ResetReading();
    while (std::unique_ptr<OGRFeature> f{src->GetNextFeature()}) {
        OGRGeometry *g = f->GetGeometryRef();
        if (!g)
            continue;
        std::unique_ptr<OGRGeometry> geom(OGRGeometryFactory::forceToMultiPolygon(g->clone()));
        if (ct && geom->transform(ct.get()) != OGRERR_NONE)
            throw std::runtime_error("cannot reproject zones from " + ogrPath.toStdString());
        if (!geom->IsValid()) {
            std::unique_ptr<OGRGeometry> fixed(geom->MakeValid());
            if (fixed)
                geom.reset(OGRGeometryFactory::forceToMultiPolygon(fixed.release()));
        }
        QByteArray wkb(geom->WkbSize(), Qt::Uninitialized);
        geom->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        const double areaKm2 = geom->toMultiPolygon()->get_Area() / 1e6;
        const QString pop = field(*f, populationField);
        ins.bindBlob(1, gpkg::blobFromWkb(wkb, kProjectSrid))
            .bind(2, layer)
            .bind(3, field(*f, codeField))
            .bind(4, field(*f, nameFrField))
            .bind(5, field(*f, nameNlField))
            .bind(6, field(*f, parentField));
        if (pop.isEmpty())
            ins.bindNull(7);
        else
            ins.bind(7, pop.toLongLong());
        if (yearIdx >= 0 && f->IsFieldSetAndNotNull(yearIdx))
            ins.bind(8, qint64(f->GetFieldAsInteger64(yearIdx)));
        else
            ins.bindNull(8);
        ins.bind(9, areaKm2);
        ins.run();
        ++count;
    }
    return count;
}

void loadBaseZones(Database &db)
{
    {
        VsiMemFile municipalities(QStringLiteral(":/phenomap/data/brussels_municipalities_31370.gpkg"));
        loadZoneLayer(db, municipalities.path(), QStringLiteral("municipalities"), QStringLiteral("nis_code"),
                      QStringLiteral("name_fr"), QStringLiteral("name_nl"), QStringLiteral("police_zone_code"),
                      QStringLiteral("population"));
    }
    VsiMemFile zones(QStringLiteral(":/phenomap/data/brussels_police_zones_31370.gpkg"));
    loadZoneLayer(db, zones.path(), QStringLiteral("police_zones"), QStringLiteral("police_zone_code"),
                  QStringLiteral("police_zone_name"), QStringLiteral("police_zone_name_nl"), QString(),
                  QStringLiteral("population"));
}

} // namespace phenomap
