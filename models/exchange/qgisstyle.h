// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace phenomap {

class Database;

/// Partners open packages in QGIS; without a stored style QGIS draws every layer in a random
/// colour and the shared picture falls apart. This writes QGIS QML styles (the format QGIS 3.22
/// reads from a GeoPackage's `layer_styles` table) with the taxonomy colours, and the
/// `layer_styles` table itself as GDAL and QGIS create it.
class QgisStyle
{
public:
    struct Category
    {
        QString value; ///< attribute value (as text)
        QString label;
        QColor colour;
    };
    struct Range
    {
        double lower = 0, upper = 0;
        QString label;
        QColor colour;
    };

    /// Categorized point renderer on `attribute`.
    static QString categorizedPoints(const QString &attribute, const QList<Category> &categories);
    /// Graduated polygon renderer on `attribute`.
    static QString graduatedPolygons(const QString &attribute, const QList<Range> &ranges);
    /// Single-symbol polygon outline renderer.
    static QString simplePolygons(const QColor &outline);
    /// Up to `classes` equal-count class breaks over the values, colours light to dark.
    static QList<Range> quantileRanges(QList<qint64> values, int classes);

    /// Creates `layer_styles` and registers it in gpkg_contents as an attributes table.
    static void createTable(Database &db, const QString &description);
    /// Adds the default style (useAsDefault = 1, f_table_schema = '') of a feature table.
    static void addStyle(Database &db, const QString &table, const QString &styleName, const QString &qml,
                         const QString &description);
};

} // namespace phenomap
