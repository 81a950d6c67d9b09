// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace phenomap {

class AgeDecryptor;
class Project;
struct PackageVerification;

/// What a merge did.
struct MergeResult
{
    int added = 0;              ///< new comments now in the project
    int duplicates = 0;         ///< already merged before (same comment uuid)
    int unknownPicture = 0;     ///< skipped: the picture is not (any more) in the project
    int invalid = 0;            ///< skipped: no author, no text, bad time or too long
    bool packageIntact = false; ///< the returned package still matches its manifest
    QString verification;       ///< the manifest check's message (translated)
};

/// Partners' comments come back in a file we did not write: it is opened read-only with every
/// safety check, must come from a package of this very project, and each comment is taken as
/// data only (validated, deduplicated by its uuid, keeping its author, agency and time), all
/// in one audited transaction, so merging the same feedback twice changes nothing.
class FeedbackMerger
{
public:
    explicit FeedbackMerger(Project &project);
    /// Throws PackageError (translated) when the file is no package of this project.
    MergeResult merge(const QString &feedbackPath);
    /// The same for an age-encrypted feedback package (FEEDBACK.gpkg.age), decrypted in memory
    /// with the decryptor's office identity or passphrase. Throws PackageError naming the file
    /// when it cannot be decrypted (wrong key or passphrase, damaged file); nothing is merged then.
    MergeResult merge(const QString &feedbackPath, const AgeDecryptor &decryptor);

private:
    MergeResult mergeFrom(std::unique_ptr<Project> feedback, const QString &feedbackPath,
                          const std::function<PackageVerification(Project &)> &verify);
    Project &m_project;
};

/// Same as FeedbackMerger(project).merge(feedbackPath).
MergeResult mergeFeedback(Project &project, const QString &feedbackPath);
/// Same as FeedbackMerger(project).merge(feedbackPath, decryptor).
MergeResult mergeFeedback(Project &project, const QString &feedbackPath, const AgeDecryptor &decryptor);

} // namespace phenomap
