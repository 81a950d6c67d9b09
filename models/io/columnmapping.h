// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeparser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace phenomap {

struct SourceRow;

/// Which source column feeds which incident field, and how to read it. Partners' files name the
/// same thing in French, Dutch or English and in many spellings, so propose() guesses the mapping
/// from header names and sample values, with a confidence per field the wizard shows and the
/// analyst corrects; the result is saved per source as a profile (toJson/fromJson) and reused.
class ColumnMapping
{
public:
    /// Target fields ("roles"): lon, lat, x, y, wkt, zone, datetime, date, time, from, to,
    /// reported, phenomenon, mo, ref, source, address, description, tlp.
    static const QStringList &roles();

    /// The column mapped to a role, or an empty string.
    QString column(const QString &role) const { return m_columns.value(role); }
    void setColumn(const QString &role, const QString &column);
    /// 0..1: how sure the proposal is (1 for a mapping the analyst set or a saved profile).
    double confidence(const QString &role) const { return m_confidence.value(role, m_columns.contains(role) ? 1.0 : 0.0); }
    QHash<QString, QString> columns() const { return m_columns; }

    int crs = 0;                 ///< EPSG of x/y and WKT columns; 0: detect from the values
    bool useNativeGeometry = false; ///< the file's own geometry (GIS formats)
    TimeParser::DateOrder dateOrder = TimeParser::DateOrder::Auto;
    bool decimalComma = false;
    QString defaultPhenomenon;   ///< taxonomy code for files without a category column
    QString defaultTlp;          ///< e.g. "TLP:AMBER" when no tlp column
    QString source;              ///< source agency when no source column

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &json);

    /// Proposes a mapping from the header names and up to a few hundred sample rows.
    static ColumnMapping propose(const QStringList &columns, const QList<SourceRow> &sample, bool hasGeometry);

    /// EPSG guessed from coordinate pairs (4326 for degrees, 31370 or 3812 by range), 0 if none.
    static int guessCrs(const QList<std::pair<double, double>> &xy);

private:
    QHash<QString, QString> m_columns;
    QHash<QString, double> m_confidence;
};

/// Parses a number written with a decimal point or comma ("50,8466", "4.35", "149 000,5").
std::optional<double> parseNumber(QStringView text);

} // namespace phenomap
