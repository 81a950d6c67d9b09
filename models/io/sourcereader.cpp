// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcereader.h"

#include "importtypes.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>

#include <memory>

namespace phenomap {
namespace {

/// Sets GDAL configuration options for this thread only, restoring them on destruction.
class ThreadConfig
{
public:
    void set(const char *key, const char *value)
    {
        const char *old = CPLGetThreadLocalConfigOption(key, nullptr);
        m_saved.push_back({key, old ? std::optional<std::string>(old) : std::nullopt});
        CPLSetThreadLocalConfigOption(key, value);
    }
    ~ThreadConfig()
    {
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it)
            CPLSetThreadLocalConfigOption(it->first.c_str(), it->second ? it->second->c_str() : nullptr);
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> m_saved;
};

} // namespace

SourceReader::SourceReader() = default;
SourceReader::~SourceReader() { close(); }

void SourceReader::close()
{
    if (m_ds) {
        GDALClose(m_ds);
        m_ds = nullptr;
    }
    m_layer = nullptr;
    if (m_isCsv)
        CsvDialect::release(m_openedPath);
    m_openedPath.clear();
    m_columns.clear();
}

void SourceReader::open(const QString &path, const QString &layer, const std::optional<CsvDialect> &dialect)
{
    close();
    GDALAllRegister();
    m_path = path;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        throw ImportError(tr("The file “%1” does not exist.").arg(path));
    const QString suffix = info.suffix().toLower();
    m_isCsv = suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");

    CPLStringList options;
    std::vector<const char *> allowed;
    ThreadConfig config;
    QString gdalPath = path;
    if (m_isCsv) {
        m_dialect = dialect ? *dialect : CsvDialect::detect(path);
        gdalPath = m_dialect.prepare(path);
        options.AddNameValue("AUTODETECT_TYPE", "NO");
        options.AddNameValue("HEADERS", "YES");
        options.AddNameValue("KEEP_GEOM_COLUMNS", "YES");
        options.AddNameValue("GEOM_POSSIBLE_NAMES", "phenomap_no_geometry_column");
        options.AddNameValue("EMPTY_STRING_AS_NULL", "NO");
        allowed = {"CSV", nullptr};
    } else if (suffix == QLatin1String("zip")) {
        gdalPath = QStringLiteral("/vsizip/") + path;
    } else if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods")) {
        config.set("OGR_XLSX_FIELD_TYPES", "STRING");
        config.set("OGR_ODS_FIELD_TYPES", "STRING");
        config.set("OGR_XLSX_HEADERS", "FORCE");
        config.set("OGR_ODS_HEADERS", "FORCE");
    } else if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        options.AddNameValue("DATE_AS_STRING", "YES");
        allowed = {"GeoJSON", nullptr};
    }
    m_openedPath = gdalPath;
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const QByteArray utf8 = gdalPath.toUtf8();
    m_ds = GDALDataset::Open(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                             allowed.empty() ? nullptr : allowed.data(), options.List(), nullptr);
    const QString gdalMessage = QString::fromUtf8(CPLGetLastErrorMsg());
    CPLPopErrorHandler();
    if (!m_ds) {
        if (m_isCsv)
            CsvDialect::release(m_openedPath);
        throw ImportError(gdalMessage.isEmpty() ? tr("“%1” is not a file Phenomap can read (CSV, XLSX, ODS, GeoJSON, "
                                                     "GeoPackage, Shapefile, KML, FlatGeobuf).")
                                                      .arg(name)
                                                : tr("“%1” cannot be read: %2").arg(name, gdalMessage));
    }
    m_driver = QString::fromUtf8(m_ds->GetDriver()->GetDescription());
    if (m_ds->GetLayerCount() < 1) {
        close();
        throw ImportError(tr("“%1” holds no table to import.").arg(name));
    }
    m_layer = layer.isEmpty() ? m_ds->GetLayer(0) : m_ds->GetLayerByName(layer.toUtf8().constData());
    if (!m_layer) {
        close();
        throw ImportError(tr("“%1” has no layer named “%2”.").arg(name, layer));
    }
    const OGRFeatureDefn *defn = m_layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const char *n = defn->GetFieldDefn(i)->GetNameRef();
        m_columns << CsvDialect::decode(n, qsizetype(strlen(n)), m_dialect.encoding);
    }
    if (m_isCsv) {
        const double body = double(info.size() - m_dialect.headerOffset);
        m_estimatedRows = qint64(body / m_dialect.bytesPerRecord);
    } else {
        m_estimatedRows = m_layer->GetFeatureCount(TRUE);
    }
    rewind();
}

QStringList SourceReader::layerNames() const
{
    QStringList out;
    if (m_ds)
        for (int i = 0; i < m_ds->GetLayerCount(); ++i)
            out << QString::fromUtf8(m_ds->GetLayer(i)->GetName());
    return out;
}

bool SourceReader::hasGeometryColumn() const
{
    return m_layer && !m_isCsv && m_layer->GetLayerDefn()->GetGeomFieldCount() > 0;
}

const OGRSpatialReference *SourceReader::nativeSrs() const
{
    return m_layer ? m_layer->GetSpatialRef() : nullptr;
}

void SourceReader::rewind()
{
    if (m_layer)
        m_layer->ResetReading();
    m_rowNumber = 0;
}

bool SourceReader::next(SourceRow &row)
{
    if (!m_layer)
        return false;
    const int n = int(m_columns.size());
    if (row.values.size() != n)
        row.values.resize(n);
    for (;;) {
        std::unique_ptr<OGRFeature> f(m_layer->GetNextFeature());
        if (!f)
            return false;
        bool blank = true;
        for (int i = 0; i < n; ++i) {
            if (f->IsFieldSetAndNotNull(i)) {
                const char *s = f->GetFieldAsString(i);
                row.values[i] = CsvDialect::decode(s, qsizetype(strlen(s)), m_dialect.encoding);
                if (blank && !row.values[i].trimmed().isEmpty())
                    blank = false;
            } else {
                row.values[i].clear();
            }
        }
        row.hasGeometry = false;
        row.geometryIsPoint = true;
        if (const OGRGeometry *g = m_isCsv ? nullptr : f->GetGeometryRef(); g && !g->IsEmpty()) {
            row.hasGeometry = true;
            if (wkbFlatten(g->getGeometryType()) == wkbPoint) {
                row.x = g->toPoint()->getX();
                row.y = g->toPoint()->getY();
            } else {
                OGRPoint c;
                row.geometryIsPoint = false;
                if (g->Centroid(&c) == OGRERR_NONE) {
                    row.x = c.getX();
                    row.y = c.getY();
                } else {
                    row.hasGeometry = false;
                }
            }
            blank = false;
        }
        if (blank)
            continue;
        row.number = ++m_rowNumber;
        return true;
    }
}

QList<SourceRow> SourceReader::sample(int n)
{
    rewind();
    QList<SourceRow> out;
    SourceRow row;
    while (int(out.size()) < n && next(row))
        out << row;
    rewind();
    return out;
}

} // namespace phenomap
