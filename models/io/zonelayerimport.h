// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace phenomap {

class Database;
class Project;

/// A polygon layer an analyst brings into the project as zones of their own (neighbourhoods,
/// statistical sectors, patrol beats, a partner's target areas), to count incidents in with the
/// choropleth as they are counted in municipalities and police zones.
struct ZoneLayerSource
{
    QString path;            ///< any file GDAL reads with polygons (GeoPackage, Shapefile, GeoJSON, KML, ...)
    QString sourceLayer;     ///< the layer of a multi-layer file; empty = the first layer with polygons
    QString title;           ///< the analyst's name for it; stored as layer "imported:<title>"
    QString codeField;       ///< optional: distinct integer codes; zones are numbered 1..n otherwise
    QString nameField;       ///< optional: the zone's name
    QString populationField; ///< optional: inhabitants, for rates per 1,000
};

/// An imported zone layer of a project.
struct ImportedZoneLayer
{
    QString layer; ///< key in the `zones` table ("imported:<title>")
    QString title;
    int zones = 0;
};

/// What a polygon file offers the import dialog: its polygon layer and that layer's fields.
struct ZoneLayerFields
{
    QString sourceLayer;
    QStringList fields;
    qint64 features = 0;
};

/// Imports and removes zone layers. Every failure throws ImportError with a message naming the
/// file and, for a bad feature, its number and field; nothing is written then.
class ZoneLayerImport
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ZoneLayerImport)
public:
    /// The first polygon layer of the file (or `sourceLayer`) and its attribute fields.
    static ZoneLayerFields inspect(const QString &path, const QString &sourceLayer = QString());
    /// Reads every polygon, reprojects it to the project CRS (EPSG:31370), repairs invalid rings
    /// and stores the layer in one transaction, with an audit entry.
    static ImportedZoneLayer run(Project &project, const ZoneLayerSource &source);
    /// Removes an imported layer (built-in layers cannot be removed), with an audit entry.
    static void remove(Project &project, const QString &layer);
    /// The imported layers of a project, by title.
    static QList<ImportedZoneLayer> list(Database &db);

    static bool isImported(const QString &layer);
    static QString layerKey(const QString &title);
    static QString titleOf(const QString &layer);
};

} // namespace phenomap
