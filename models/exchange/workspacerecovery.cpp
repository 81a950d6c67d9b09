// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacerecovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace phenomap {

namespace {

constexpr int kFormat = 1;
const QLatin1String kSuffix(".recovery.json");

QString lockPathOf(const QString &file)
{
    return file + QStringLiteral(".lock");
}

} // namespace

WorkspaceRecovery::WorkspaceRecovery(QString folder) : m_folder(std::move(folder)) {}

WorkspaceRecovery::~WorkspaceRecovery()
{
    // Destroying a session without end() keeps its file: that is a window going away without
    // closing its project, which the next start must be able to offer back. Only the lock goes.
    if (m_lock)
        m_lock->unlock();
}

QString WorkspaceRecovery::defaultFolder()
{
    const QString overridden = qEnvironmentVariable("PHENOMAP_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

QString WorkspaceRecovery::fileFor(const QString &projectPath) const
{
    const QByteArray digest = QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_folder).filePath(QString::fromLatin1(digest) + kSuffix);
}

bool WorkspaceRecovery::begin(const QString &projectPath, QString *error)
{
    end();
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot create the recovery folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString path = QFileInfo(projectPath).absoluteFilePath();
    const QString file = fileFor(path);
    auto lock = std::make_unique<QLockFile>(lockPathOf(file));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0)) {
        if (error)
            *error = lock->error() == QLockFile::LockFailedError
                         ? tr("Another Phenomap window is working on %1.").arg(QDir::toNativeSeparators(path))
                         : tr("Cannot write in the recovery folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    m_lock = std::move(lock);
    m_file = file;
    m_projectPath = path;
    return true;
}

bool WorkspaceRecovery::save(const PictureState &state, QString *error)
{
    if (!m_lock) {
        if (error)
            *error = tr("No project is open.");
        return false;
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("project"), m_projectPath);
    root.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("state"), SituationPicture::stateToJson(state));
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !out.commit()) {
        if (error)
            *error = tr("Cannot write the recovery file %1: %2")
                         .arg(QDir::toNativeSeparators(m_file), out.errorString());
        return false;
    }
    return true;
}

void WorkspaceRecovery::end()
{
    if (!m_lock)
        return;
    QFile::remove(m_file);
    m_lock->unlock(); // removes the lock file
    m_lock.reset();
    m_file.clear();
    m_projectPath.clear();
}

std::optional<RecoveryEntry> WorkspaceRecovery::read(const QString &file, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<RecoveryEntry> {
        if (error)
            *error = tr("%1 is not a recovery file: %2").arg(QDir::toNativeSeparators(file), why);
        return std::nullopt;
    };
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.errorString());
    if (in.size() > 64 * 1024 * 1024)
        return fail(tr("it is larger than 64 MB"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!doc.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(tr("unknown format %1").arg(root.value(QStringLiteral("format")).toVariant().toString()));
    RecoveryEntry entry;
    entry.file = file;
    entry.projectPath = root.value(QStringLiteral("project")).toString();
    if (entry.projectPath.isEmpty())
        return fail(tr("it names no project"));
    entry.savedAt = QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    if (!entry.savedAt.isValid())
        return fail(tr("its time is not valid"));
    QString stateError;
    const auto state = SituationPicture::stateFromJson(root.value(QStringLiteral("state")).toObject(), &stateError);
    if (!state)
        return fail(stateError);
    entry.state = *state;
    return entry;
}

QList<RecoveryEntry> WorkspaceRecovery::leftovers(QStringList *problems) const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Time);
    for (const QString &name : names) {
        const QString file = dir.filePath(name);
        if (file == m_file)
            continue; // this window's own session
        // A lock held by a live process is a window still working: not a leftover.
        QLockFile probe(lockPathOf(file));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue;
        probe.unlock();
        QString error;
        if (auto entry = read(file, &error))
            entries.append(*entry);
        else if (problems)
            problems->append(error);
    }
    return entries;
}

void WorkspaceRecovery::discard(const RecoveryEntry &entry)
{
    QFile::remove(entry.file);
    QFile::remove(lockPathOf(entry.file));
}

} // namespace phenomap
