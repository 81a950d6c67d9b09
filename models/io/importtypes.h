// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace phenomap {

/// What to import and how. Empty fields mean "detect" or "use the profile".
struct ImportRequest
{
    QString filePath;
    QString profile;       ///< a saved profile (phenomap_import_profiles.name); empty: propose a mapping
    QString saveProfileAs; ///< when set, the mapping used is saved under this name
    QString source;        ///< source agency name; default: the profile's, else the file's base name
    int crs = 0;           ///< EPSG code of x/y or WKT columns; 0: detect
    QString layer;         ///< layer of a multi-layer file; empty: the first
    /// Delimited text conventions chosen by the analyst (wizard or --delimiter/--encoding);
    /// nullopt: detected from the file.
    std::optional<CsvDialect> dialect;
    QString mappingJson;   ///< an explicit mapping (ColumnMapping JSON); overrides the profile
    QString userName;      ///< recorded in the batch; default: $USER
    /// The incidents' secondary indexes during the batch: Auto rebuilds them at the end when the
    /// batch is large (20,000 rows or more) and at least as large as the table, else keeps them
    /// up to date row by row. Same content either way; only the speed differs.
    enum class Indexes { Auto, Rebuild, Maintain };
    Indexes indexes = Indexes::Auto;
};

/// A raw category value no mapping rule or taxonomy label covers, with how often it occurred.
struct UnmappedValue
{
    QString field;  ///< "phenomenon" or "mo"
    QString column; ///< the source column it came from
    QString value;
    int count = 0;
};

/// The outcome of one import batch. rowsRead == inserted + updated + rejected, always.
struct ImportSummary
{
    qint64 batchId = 0;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 rejected = 0;
    qint64 swappedLonLat = 0;  ///< rows whose longitude and latitude were given in the other order
    qint64 outsideRegion = 0;  ///< points kept but flagged IncidentFlag::OutsideRegion
    qint64 zoneOnly = 0;       ///< rows placed in a zone without a point
    QList<UnmappedValue> unmapped;
    QString profile;
    QString sha256;
    double seconds = 0;
};

/// A failure that stops an import before or during the batch; message() is translated and names
/// the file. The project is unchanged when this is thrown.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace phenomap
