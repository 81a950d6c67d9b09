// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class GDALDataset;
class OGRLayer;
class OGRSpatialReference;

namespace phenomap {

/// One data row as read: every attribute as text (nothing typed away), plus the native point.
struct SourceRow
{
    qint64 number = 0;      ///< 1 = the first data row after the header; blank rows are not counted
    QList<QString> values;  ///< one per column, in columns() order; empty for null
    bool hasGeometry = false;
    bool geometryIsPoint = true; ///< false: (x, y) is the centroid of a line or polygon
    double x = 0, y = 0;    ///< in the layer's CRS (nativeSrs())
};

/// Reads any table GDAL/OGR can open (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile also zipped,
/// KML, FlatGeobuf) as rows of strings. Drivers are asked not to type the values (CSV
/// AUTODETECT_TYPE=NO, spreadsheets FIELD_TYPES=STRING, GeoJSON DATE_AS_STRING) so the importer
/// parses each value once, by its own rules, and can quote it verbatim when it rejects a row.
class SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::SourceReader)
public:
    SourceReader();
    ~SourceReader();
    SourceReader(const SourceReader &) = delete;
    SourceReader &operator=(const SourceReader &) = delete;

    /// Opens a file. `dialect` overrides CSV detection when given. Throws ImportError naming the file.
    void open(const QString &path, const QString &layer = QString(),
              const std::optional<CsvDialect> &dialect = std::nullopt);
    void close();

    QString path() const { return m_path; }
    QString driverName() const { return m_driver; }
    bool isDelimitedText() const { return m_isCsv; }
    const CsvDialect &dialect() const { return m_dialect; }
    QStringList columns() const { return m_columns; }
    QStringList layerNames() const;
    /// True when the layer has a geometry column (not for CSV, whose geometry we parse ourselves).
    bool hasGeometryColumn() const;
    /// The layer's CRS, or nullptr when unknown.
    const OGRSpatialReference *nativeSrs() const;
    /// Rows expected, for progress; exact for most formats, estimated from the size for CSV.
    qint64 estimatedRows() const { return m_estimatedRows; }

    /// Reads the next non-blank row into `row` (reusing its storage). False at the end.
    bool next(SourceRow &row);
    /// Starts reading from the first row again.
    void rewind();
    /// The first `n` rows, then rewinds.
    QList<SourceRow> sample(int n);

private:
    QString m_path, m_openedPath, m_driver;
    CsvDialect m_dialect;
    bool m_isCsv = false;
    QStringList m_columns;
    GDALDataset *m_ds = nullptr;
    OGRLayer *m_layer = nullptr;
    qint64 m_rowNumber = 0;
    qint64 m_estimatedRows = 0;
};

} // namespace phenomap
