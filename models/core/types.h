// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <optional>

namespace phenomap {

/// EPSG code of every geometry stored in a project: Belgian Lambert 72.
inline constexpr int kProjectSrid = 31370;

/// TLP 2.0 markings (first.org). Labels are never translated.
enum class Tlp : quint8 { Clear = 0, Green = 1, Amber = 2, AmberStrict = 3, Red = 4 };
QString tlpLabel(Tlp tlp);
std::optional<Tlp> tlpFromLabel(const QString &label);
QStringList allTlpLabels();

/// Europe/Brussels, the zone of every local time Phenomap reads or shows; CET without daylight
/// saving when the system has no time-zone database.
const QTimeZone &brusselsTimeZone();

/// How precisely an incident's place is known.
enum class LocationPrecision : quint8 {
    Exact = 0,   ///< a geocoded point (address, GPS)
    Street = 1,  ///< a point standing for a street segment or square
    Zone = 2,    ///< only a zone is known (municipality, police zone, sector): no point geometry
};
QString precisionCode(LocationPrecision p);
std::optional<LocationPrecision> precisionFromCode(const QString &code);

/// Bit flags stored in incidents.flags.
enum IncidentFlag : quint32 {
    OutsideRegion = 1u << 0, ///< the point lies outside the 19 municipalities (kept, not dropped)
    TimeUncertain = 1u << 1, ///< occurred_from < occurred_to: only a window is known
};

/// One incident as written to or read from the store. Times are UTC seconds since the epoch.
struct IncidentRecord
{
    qint64 fid = 0; ///< 0 for a new incident
    bool hasPoint = false;
    double x = 0, y = 0; ///< EPSG:31370 metres, when hasPoint
    LocationPrecision precision = LocationPrecision::Exact;
    qint64 zoneFid = 0;       ///< zones.fid the incident is known to lie in (zone-only places), 0 when none
    qint64 occurredFrom = 0;
    qint64 occurredTo = 0;
    std::optional<qint64> reportedAt;
    qint64 phenomenonId = 0;  ///< phenomena.id of kind 'phenomenon'
    QList<qint64> moIds;      ///< phenomena.id of kind 'mo'
    qint64 sourceId = 0;      ///< sources.id
    QString sourceRef;        ///< the source's own record id
    QString address;
    QString description;
    Tlp tlp = Tlp::Amber;
    qint64 batchId = 0;       ///< import_batches.id, 0 when none
    int municipalityNis = 0;  ///< 0 when not assigned
    int policeZone = 0;       ///< police zone code (5339..5344), 0 when not assigned
    quint32 flags = 0;
};

} // namespace phenomap
