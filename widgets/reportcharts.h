// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace phenomap {

/// The chart a situation picture shows, as stored in its state ("chart"): the analyst's charts
/// panel and the PDF use the same codes.
enum class PictureChart { Time, WeekHour, Zones, Mo };

/// "time", "weekhour", "zones", "mo".
QString pictureChartCode(PictureChart chart);
/// The chart of a code; nullopt for an empty or unknown code (older pictures: the time chart).
std::optional<PictureChart> pictureChartFromCode(const QString &code);

/// The PDF's drawings of the week-hour matrix and the municipality bars, in the report's fonts
/// and language (headings from reportText, weekday names from the report locale).
namespace reportcharts {

/// Hour-by-weekday heat matrix (Monday first) with a heading.
void paintWeekHour(QPainter &painter, const QRectF &target, const WeekHourMatrix &matrix, const QString &language);
/// Horizontal bars of the municipalities, busiest first, with a heading; names and counts.
void paintZones(QPainter &painter, const QRectF &target, const QList<std::pair<QString, quint32>> &zones,
                const QColor &colour, const QString &language);

/// Colour of the i-th most frequent MO in the MO charts (window and PDF): the Okabe-Ito
/// colour-blind-safe set, then again; the "other" part is grey.
QColor moColour(std::size_t index);
QColor otherMoColour();

/// One municipality's row of the MO chart: its name and, per MO of `moLabels`, the count, then
/// the count of the other MO last.
struct MoRow
{
    QString zone;
    std::vector<quint32> counts;
};
/// Stacked horizontal bars of the MO per municipality (busiest first) with a legend of the MO.
void paintMoByZone(QPainter &painter, const QRectF &target, const QList<MoRow> &rows, const QStringList &moLabels,
                   const QString &language);

} // namespace reportcharts
} // namespace phenomap
