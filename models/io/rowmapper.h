// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "categorymapper.h"
#include "columnmapping.h"
#include "locationresolver.h"
#include "sourcereader.h"
#include "timeparser.h"
#include "types.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <tuple>

class OGRSpatialReference;

namespace phenomap {

/// One source row after mapping: an incident to write, or a rejection naming row, column and value.
struct MappedRow
{
    qint64 number = 0;
    bool ok = false;
    IncidentRecord record; ///< when ok; a negative sourceId stands for `newSource`
    QString newSource;     ///< a source name not yet in the project (created by the writer)
    QString field, reason; ///< when rejected
    QString rawJson;       ///< when rejected: every value of the row, as JSON
};

/// Turns source rows into incidents without touching the database, so that it can run on the
/// reading thread while another thread writes. Everything it needs from the project (zones,
/// taxonomy and mapping rules, source names) is loaded before; a source name the project does
/// not know yet gets a negative placeholder id (no mapping rule can name a new source), which
/// the writer replaces by the id of the source it creates. Rows repeating a record id of the
/// same source earlier in the file are rejected here.
class RowMapper
{
    // Same context as before the split, so the translations of these messages still apply.
    Q_DECLARE_TR_FUNCTIONS(phenomap::Importer)
public:
    struct Setup
    {
        ColumnMapping mapping;
        QStringList columns;
        QHash<QString, int> columnOf; ///< role -> column index
        int xyCrs = 0;
        bool native = false;
        const OGRSpatialReference *nativeSrs = nullptr;
        qint64 batchId = 0;
        qint64 defaultSource = 0;
        qint64 defaultPhenomenon = 0;
        Tlp defaultTlp = Tlp::Amber;
        QHash<QString, qint64> sources; ///< names of the project's sources -> id
    };

    RowMapper(Setup setup, LocationResolver &places, CategoryMapper &categories, const TimeParser &times);

    /// Maps one row into `out` (reusing its storage).
    void map(const SourceRow &row, MappedRow &out);

    /// Values of the category columns the taxonomy has no mapping for: (field, column, value) -> rows.
    const std::map<std::tuple<QString, QString, QString>, int> &unmapped() const { return m_unmapped; }
    qint64 swappedLonLat() const { return m_swapped; }

private:
    bool mapRecord(const SourceRow &row, IncidentRecord &rec, MappedRow &out);
    bool reject(MappedRow &out, const char *field, const QString &reason);
    bool notA(MappedRow &out, const SourceRow &row, const char *role, int column, const QString &what);
    QString colName(const char *role) const { return m_setup.mapping.column(QLatin1String(role)); }
    qint64 sourceIdFor(const QString &name, MappedRow &out);
    std::optional<CategoryMapper::Target> resolve(qint64 sourceId, bool mo, const QString &raw);
    QString rawJson(const SourceRow &row) const;

    Setup m_setup;
    LocationResolver &m_places;
    CategoryMapper &m_categories;
    const TimeParser &m_times;
    // Column index per role, -1 when not mapped.
    int m_source, m_ref, m_lon, m_lat, m_x, m_y, m_wkt, m_zone, m_from, m_to, m_date, m_time, m_reported,
        m_phenomenon, m_mo, m_address, m_description, m_tlp;
    QString m_dateColumn;
    QHash<QString, qint64> m_newSources; ///< names met in this file -> placeholder id (< 0)
    std::map<std::pair<qint64, bool>, QHash<QString, std::optional<CategoryMapper::Target>>> m_categoryCache;
    std::map<qint64, QHash<QString, qint64>> m_seen; ///< source -> record id -> first row number
    std::map<std::tuple<QString, QString, QString>, int> m_unmapped;
    qint64 m_swapped = 0;
};

/// A marking as partners write it ("amber", "TLP: AMBER", "TLP:AMBER+STRICT"); nullopt when it
/// is no TLP 2.0 label.
std::optional<Tlp> parseTlp(const QString &value);

} // namespace phenomap
