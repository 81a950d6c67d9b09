// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packagerequest.h"
#include "situationpicture.h"

#include <vector>

namespace phenomap {

class Feedback;
class Project;
class RecipientKeys;

/// A partner package must never reveal more than its audience may see and never be half
/// written. The exporter checks the request (no TLP:RED, no picture marked stricter than the
/// package), gathers the incidents the pictures need, builds a complete Phenomap project at the
/// chosen tier in a staging file, seals it with its manifest, copies it with VACUUM INTO,
/// fsyncs and renames it into place, then records the export in the project's log.
class PackageExporter
{
public:
    PackageExporter(Project &project, const PackageRequest &request, Feedback *feedback = nullptr);
    /// Throws PackageError (translated message), Canceled, or SqliteError.
    PackageResult run();

private:
    QList<SituationPicture> choosePictures();
    std::vector<qint64> neededIncidents(const QList<SituationPicture> &pictures);
    void build(const QString &stagingPath, const QString &sealedPath, const QList<SituationPicture> &pictures,
               const std::vector<qint64> &fids, const RecipientKeys &keys);
    void progress(double percent);
    Project &m_project;
    PackageRequest m_request;
    Feedback *m_feedback = nullptr;
    PackageResult m_result;
};

/// Writes a partner package; see PackageExporter.
PackageResult exportPackage(Project &project, const PackageRequest &request, Feedback *feedback = nullptr);

} // namespace phenomap
