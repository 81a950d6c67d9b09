// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelayerimport.h"

#include "importtypes.h"

#include "gpkggeometry.h"
#include "project.h"
#include "sqlite.h"
#include "types.h"

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QSet>

#include <memory>
#include <vector>

namespace phenomap {

namespace {

const QLatin1String kPrefix("imported:");
/// Pictures store the layer key in at most 64 characters.
constexpr int kMaxTitle = 48;

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

bool isPolygonal(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface;
}

DatasetPtr openDataset(const QString &path)
{
    GDALAllRegister();
    const QFileInfo info(path);
    if (!info.isFile())
        throw ImportError(ZoneLayerImport::tr("The file “%1” does not exist.").arg(path));
    QString gdalPath = path;
    if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
        gdalPath = QStringLiteral("/vsizip/") + path;
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    DatasetPtr ds(GDALDataset::Open(gdalPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                    nullptr, nullptr));
    const QString gdalMessage = QString::fromUtf8(CPLGetLastErrorMsg());
    CPLPopErrorHandler();
    if (!ds)
        throw ImportError(gdalMessage.isEmpty()
                              ? ZoneLayerImport::tr("“%1” is not a file of polygons Phenomap can read (GeoPackage, "
                                                    "Shapefile, GeoJSON, KML, FlatGeobuf).")
                                    .arg(info.fileName())
                              : ZoneLayerImport::tr("“%1” cannot be read: %2").arg(info.fileName(), gdalMessage));
    return ds;
}

/// The named layer, or the first whose geometry type is polygonal.
OGRLayer *polygonLayer(GDALDataset &ds, const QString &path, const QString &name)
{
    const QString file = QFileInfo(path).fileName();
    if (!name.isEmpty()) {
        OGRLayer *layer = ds.GetLayerByName(name.toUtf8().constData());
        if (!layer)
            throw ImportError(ZoneLayerImport::tr("“%1” has no layer named “%2”.").arg(file, name));
        return layer;
    }
    for (int i = 0; i < ds.GetLayerCount(); ++i) {
        OGRLayer *layer = ds.GetLayer(i);
        if (isPolygonal(layer->GetGeomType()))
            return layer;
    }
    // Formats without a declared type (GeoJSON with mixed features, KML): take the first layer
    // with a geometry column and check each feature.
    for (int i = 0; i < ds.GetLayerCount(); ++i) {
        OGRLayer *layer = ds.GetLayer(i);
        if (wkbFlatten(layer->GetGeomType()) == wkbUnknown && layer->GetLayerDefn()->GetGeomFieldCount() > 0)
            return layer;
    }
    throw ImportError(ZoneLayerImport::tr("“%1” holds no layer of polygons.").arg(file));
}

int fieldIndex(const OGRFeatureDefn &defn, const QString &field, const QString &file)
{
    if (field.isEmpty())
        return -1;
    const int idx = defn.GetFieldIndex(field.toUtf8().constData());
    if (idx < 0)
        throw ImportError(ZoneLayerImport::tr("“%1” has no field named “%2”.").arg(file, field));
    return idx;
}

struct Zone
{
    QByteArray blob;
    QString sourceCode, name;
    qint64 code = 0;
    qint64 population = -1;
    double areaKm2 = 0;
};

} // namespace

bool ZoneLayerImport::isImported(const QString &layer)
{
    return layer.startsWith(kPrefix) && layer.size() > kPrefix.size();
}

QString ZoneLayerImport::layerKey(const QString &title)
{
    return kPrefix + title.simplified();
}

QString ZoneLayerImport::titleOf(const QString &layer)
{
    return isImported(layer) ? layer.mid(kPrefix.size()) : layer;
}

ZoneLayerFields ZoneLayerImport::inspect(const QString &path, const QString &sourceLayer)
{
    DatasetPtr ds = openDataset(path);
    OGRLayer *layer = polygonLayer(*ds, path, sourceLayer);
    ZoneLayerFields out;
    out.sourceLayer = QString::fromUtf8(layer->GetName());
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out.fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    out.features = layer->GetFeatureCount(TRUE);
    return out;
}

ImportedZoneLayer ZoneLayerImport::run(Project &project, const ZoneLayerSource &source)
{
    const QString file = QFileInfo(source.path).fileName();
    const QString title = source.title.simplified();
    if (title.isEmpty())
        throw ImportError(tr("Give the zone layer a name."));
    if (title.size() > kMaxTitle)
        throw ImportError(tr("A zone layer's name has at most %1 characters.").arg(kMaxTitle));
    if (project.isReadOnly())
        throw ImportError(tr("This project is open read-only: the zone layer cannot be added."));
    const QString key = layerKey(title);
    {
        Statement st = project.db().prepare("SELECT COUNT(*) FROM zones WHERE layer = ?");
        st.bind(1, key);
        if (st.step() && st.int64(0) > 0)
            throw ImportError(tr("The project already has a zone layer named “%1”.").arg(title));
    }

    DatasetPtr ds = openDataset(source.path);
    OGRLayer *layer = polygonLayer(*ds, source.path, source.sourceLayer);
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int codeIdx = fieldIndex(*defn, source.codeField, file);
    const int nameIdx = fieldIndex(*defn, source.nameField, file);
    const int popIdx = fieldIndex(*defn, source.populationField, file);

    const OGRSpatialReference *srs = layer->GetSpatialRef();
    if (!srs)
        throw ImportError(tr("“%1” does not say which coordinate system its polygons are in; save it with "
                             "one (e.g. EPSG:31370 or EPSG:4326) and import it again.")
                              .arg(file));
    OGRSpatialReference target;
    target.importFromEPSG(kProjectSrid);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference from(*srs);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct;
    if (!from.IsSame(&target)) {
        ct.reset(OGRCreateCoordinateTransformation(&from, &target));
        if (!ct)
            throw ImportError(tr("The coordinates of “%1” cannot be converted to Belgian Lambert 72.").arg(file));
    }

    std::vector<Zone> zones;
    bool integerCodes = codeIdx >= 0;
    QSet<qint64> seenCodes;
    qint64 number = 0;
    layer->ResetReading();
    while (std::unique_ptr<OGRFeature> f{layer->GetNextFeature()}) {
        ++number;
        const OGRGeometry *g = f->GetGeometryRef();
        if (!g || g->IsEmpty())
            throw ImportError(tr("“%1”, feature %2 has no geometry.").arg(file).arg(number));
        if (!isPolygonal(g->getGeometryType()))
            throw ImportError(tr("“%1”, feature %2 is a %3, not a polygon.")
                                  .arg(file)
                                  .arg(number)
                                  .arg(QString::fromUtf8(g->getGeometryName())));
        std::unique_ptr<OGRGeometry> geom(OGRGeometryFactory::forceToMultiPolygon(g->clone()));
        if (ct && geom->transform(ct.get()) != OGRERR_NONE)
            throw ImportError(tr("“%1”, feature %2 cannot be converted to Belgian Lambert 72.").arg(file).arg(number));
        if (!geom->IsValid()) {
            std::unique_ptr<OGRGeometry> fixed(geom->MakeValid());
            if (!fixed)
                throw ImportError(tr("“%1”, feature %2 is not a valid polygon and cannot be repaired.")
                                      .arg(file)
                                      .arg(number));
            geom.reset(OGRGeometryFactory::forceToMultiPolygon(fixed.release()));
            if (wkbFlatten(geom->getGeometryType()) != wkbMultiPolygon)
                throw ImportError(tr("“%1”, feature %2 is not a valid polygon and cannot be repaired.")
                                      .arg(file)
                                      .arg(number));
        }
        Zone z;
        QByteArray wkb(geom->WkbSize(), Qt::Uninitialized);
        geom->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        z.blob = gpkg::blobFromWkb(wkb, kProjectSrid);
        z.areaKm2 = geom->toMultiPolygon()->get_Area() / 1e6;
        if (codeIdx >= 0 && f->IsFieldSetAndNotNull(codeIdx)) {
            z.sourceCode = QString::fromUtf8(f->GetFieldAsString(codeIdx)).trimmed();
            bool ok = false;
            z.code = z.sourceCode.toLongLong(&ok);
            // Zone lookups use positive int codes; anything else is numbered instead.
            if (!ok || z.code <= 0 || z.code > 2147483647 || seenCodes.contains(z.code))
                integerCodes = false;
            seenCodes.insert(z.code);
        } else {
            integerCodes = false;
        }
        if (nameIdx >= 0 && f->IsFieldSetAndNotNull(nameIdx))
            z.name = QString::fromUtf8(f->GetFieldAsString(nameIdx)).trimmed();
        if (popIdx >= 0 && f->IsFieldSetAndNotNull(popIdx)) {
            bool ok = false;
            const QString text = QString::fromUtf8(f->GetFieldAsString(popIdx)).trimmed();
            z.population = text.toLongLong(&ok);
            if (!ok) {
                const double d = text.toDouble(&ok);
                z.population = qint64(d + 0.5);
            }
            if (!ok || z.population < 0)
                throw ImportError(tr("“%1”, feature %2, field “%3”: “%4” is not a number of inhabitants.")
                                      .arg(file)
                                      .arg(number)
                                      .arg(source.populationField, text));
        }
        zones.push_back(std::move(z));
    }
    if (zones.empty())
        throw ImportError(tr("“%1” holds no polygon.").arg(file));

    Database &db = project.db();
    Transaction tx(db);
    Statement ins = db.prepare("INSERT INTO zones (geom, layer, code, name_fr, name_nl, parent_code, population, "
                               "population_year, area_km2) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?)");
    qint64 ordinal = 0;
    for (const Zone &z : zones) {
        ++ordinal;
        const qint64 code = integerCodes ? z.code : ordinal;
        // Without a name the source's own code (when it was not usable as a code) names the zone.
        QString name = z.name;
        if (name.isEmpty())
            name = !integerCodes && !z.sourceCode.isEmpty() ? z.sourceCode : QString::number(code);
        ins.bindBlob(1, z.blob).bind(2, key).bind(3, QString::number(code)).bind(4, name).bind(5, name);
        if (z.population >= 0)
            ins.bind(6, z.population);
        else
            ins.bindNull(6);
        ins.bind(7, z.areaKm2);
        ins.run();
    }
    project.audit(QStringLiteral("import zones"),
                  QStringLiteral("%1: %2 zones from %3").arg(title).arg(zones.size()).arg(file));
    tx.commit();
    return {key, title, int(zones.size())};
}

void ZoneLayerImport::remove(Project &project, const QString &layer)
{
    if (!isImported(layer))
        throw ImportError(tr("Only imported zone layers can be removed."));
    if (project.isReadOnly())
        throw ImportError(tr("This project is open read-only: the zone layer cannot be removed."));
    Database &db = project.db();
    Transaction tx(db);
    Statement del = db.prepare("DELETE FROM zones WHERE layer = ?");
    del.bind(1, layer);
    del.run();
    project.audit(QStringLiteral("remove zones"), titleOf(layer));
    tx.commit();
}

QList<ImportedZoneLayer> ZoneLayerImport::list(Database &db)
{
    QList<ImportedZoneLayer> out;
    Statement st = db.prepare("SELECT layer, COUNT(*) FROM zones WHERE layer LIKE 'imported:%' "
                              "GROUP BY layer ORDER BY layer");
    while (st.step()) {
        const QString layer = st.text(0);
        out.append({layer, titleOf(layer), int(st.int64(1))});
    }
    return out;
}

} // namespace phenomap
