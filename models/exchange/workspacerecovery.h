// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "situationpicture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace phenomap {

/// What a recovery file holds: the project a window had open and the working view it showed
/// (filter, time window, extent, layers, chart, annotations not yet saved in a picture).
struct RecoveryEntry
{
    QString file;        ///< the recovery file itself
    QString projectPath; ///< absolute path of the project
    QDateTime savedAt;   ///< UTC
    PictureState state;
};

/// The working view of an open project, written to a folder of its own (not into the project,
/// whose data is already committed edit by edit) so that a window killed or crashed can offer
/// it back at the next start.
///
/// One window holds one session: begin() takes a QLockFile beside the recovery file, save()
/// replaces the file atomically (QSaveFile), end() removes both. A recovery file whose lock is
/// not held by a live process is what a crash leaves: leftovers() lists those, and discard()
/// removes one.
class WorkspaceRecovery
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::WorkspaceRecovery)
public:
    explicit WorkspaceRecovery(QString folder);
    ~WorkspaceRecovery();
    WorkspaceRecovery(const WorkspaceRecovery &) = delete;
    WorkspaceRecovery &operator=(const WorkspaceRecovery &) = delete;

    /// The folder in use: $PHENOMAP_RECOVERY_DIR, else AppDataLocation/recovery.
    static QString defaultFolder();

    QString folder() const { return m_folder; }

    /// Starts the session of `projectPath` (ends a previous one). False, with *error set, when the
    /// folder cannot be written or another live window holds the same project's session.
    bool begin(const QString &projectPath, QString *error = nullptr);
    /// Writes the working view of the current session; false with *error set on failure (the
    /// previous file is then left whole).
    bool save(const PictureState &state, QString *error = nullptr);
    /// Ends the session cleanly: the recovery file and its lock go.
    void end();
    bool isActive() const { return bool(m_lock); }
    QString currentFile() const { return m_file; }

    /// Recovery files left by sessions that did not end (their process is gone). Unreadable
    /// files are skipped and named in *problems.
    QList<RecoveryEntry> leftovers(QStringList *problems = nullptr) const;
    /// Removes a leftover (its file and lock) once it is restored or refused.
    static void discard(const RecoveryEntry &entry);

    /// Reads one recovery file; nullopt with *error (naming the file) when it is not one.
    static std::optional<RecoveryEntry> read(const QString &file, QString *error = nullptr);

private:
    QString fileFor(const QString &projectPath) const;

    QString m_folder;
    QString m_file;
    QString m_projectPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace phenomap
