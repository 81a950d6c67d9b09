// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace phenomap {

class Database;
class Project;

/// The fields of one incident an analyst corrects by hand: what it is (phenomenon and modus
/// operandi), when it happened, its marking and its texts. Where it happened is not edited here:
/// a point belongs to the source and its zones are derived from it.
struct IncidentFields
{
    qint64 fid = 0;
    qint64 phenomenonId = 0;
    QList<qint64> moIds; ///< ascending
    qint64 occurredFrom = 0, occurredTo = 0; ///< UTC seconds
    QString tlp, address, description;

    bool operator==(const IncidentFields &) const = default;
    /// Names of the fields that differ from `other` ("phenomenon", "mo", "time", "tlp", "address",
    /// "description"), for the audit log.
    QStringList changedFrom(const IncidentFields &other) const;
};

/// Reads and writes IncidentFields. A write is one transaction with an audit entry; it is refused
/// (ProjectError with a translated message, nothing written) when the incident no longer holds
/// the `before` state the analyst started from, or when `after` is not a valid incident.
class IncidentEditor
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::IncidentEditor)
public:
    /// Throws ProjectError when the incident does not exist.
    static IncidentFields read(Database &db, qint64 fid);
    /// Why `fields` cannot be stored, or an empty string when they can.
    static QString problem(Database &db, const IncidentFields &fields);
    /// Replaces `before` by `after` (same fid).
    static void write(Project &project, const IncidentFields &before, const IncidentFields &after);
};

} // namespace phenomap
