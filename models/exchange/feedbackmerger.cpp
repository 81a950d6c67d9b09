// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackmerger.h"

#include "encryptedpackage.h"
#include "exchangeschema.h"
#include "packagemanifest.h"
#include "packagerequest.h"
#include "picturecomments.h"
#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <memory>

namespace phenomap {
namespace {

constexpr int kMaxName = 200;

bool valid(const PictureComment &c)
{
    return !QUuid::fromString(c.uuid).isNull() && c.createdAt.isValid() && !c.author.trimmed().isEmpty() &&
           c.author.size() <= kMaxName && c.agency.size() <= kMaxName && !c.text.trimmed().isEmpty() &&
           c.text.size() <= PictureComments::kMaxText;
}

} // namespace

FeedbackMerger::FeedbackMerger(Project &project) : m_project(project) {}

MergeResult FeedbackMerger::merge(const QString &feedbackPath)
{
    if (m_project.isReadOnly())
        throw PackageError(QCoreApplication::translate(
            "phenomap::exchange", "The project is open read-only; feedback cannot be merged into it."));
    std::unique_ptr<Project> feedback;
    try {
        feedback = Project::open(feedbackPath, Project::OpenMode::ReadOnly);
    } catch (const ProjectError &e) {
        throw PackageError(e.message());
    }
    return mergeFrom(std::move(feedback), feedbackPath, [&](Project &) { return verifyPackage(feedbackPath); });
}

MergeResult FeedbackMerger::merge(const QString &feedbackPath, const AgeDecryptor &decryptor)
{
    if (m_project.isReadOnly())
        throw PackageError(QCoreApplication::translate(
            "phenomap::exchange", "The project is open read-only; feedback cannot be merged into it."));
    std::unique_ptr<Project> feedback = EncryptedPackage::open(feedbackPath, decryptor); // PackageError names the file
    return mergeFrom(std::move(feedback), feedbackPath, [&](Project &package) {
        return PackageManifest::verify(package, QFileInfo(feedbackPath).fileName());
    });
}

MergeResult FeedbackMerger::mergeFrom(std::unique_ptr<Project> feedback, const QString &feedbackPath,
                                      const std::function<PackageVerification(Project &)> &verify)
{
    if (feedback->setting(QStringLiteral("package")) != QLatin1String("1"))
        throw PackageError(QCoreApplication::translate("phenomap::exchange", "“%1” is not a partner package.")
                               .arg(feedbackPath));
    if (feedback->setting(QStringLiteral("source_project_uuid")) != m_project.setting(QStringLiteral("uuid")))
        throw PackageError(QCoreApplication::translate(
                               "phenomap::exchange",
                               "“%1” was exported from another project; its feedback cannot be merged here.")
                               .arg(feedbackPath));
    QList<PictureComment> comments;
    try {
        comments = PictureComments::list(*feedback);
    } catch (const SqliteError &e) {
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange", "The comments in “%1” cannot be read: %2")
                .arg(feedbackPath, QString::fromUtf8(e.what())));
    }
    const QString recipient = feedback->setting(QStringLiteral("recipient"));
    const QString exportId = feedback->setting(QStringLiteral("export_id"));
    const PackageVerification check = verify(*feedback); // a decrypted package only lives in memory
    feedback.reset();

    MergeResult result;
    result.packageIntact = check.intact;
    result.verification = check.message;

    Database &db = m_project.db();
    Transaction tx(db);
    ExchangeSchema::ensure(db);
    QSet<QString> pictures;
    {
        Statement st = db.prepare("SELECT uuid FROM phenomap_pictures");
        while (st.step())
            pictures.insert(st.text(0));
    }
    Statement ins =
        db.prepare("INSERT OR IGNORE INTO phenomap_comments (uuid, picture_uuid, author, agency, created_at, "
                   "text, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const PictureComment &c : comments) {
        if (!valid(c)) {
            ++result.invalid;
            continue;
        }
        if (!pictures.contains(c.pictureUuid)) {
            ++result.unknownPicture;
            continue;
        }
        ins.bind(1, c.uuid)
            .bind(2, c.pictureUuid)
            .bind(3, c.author.trimmed())
            .bind(4, c.agency.trimmed())
            .bind(5, c.createdAt.toUTC().toString(Qt::ISODateWithMs))
            .bind(6, c.text)
            .bind(7, now)
            .run();
        ins.reset();
        if (db.changes() > 0)
            ++result.added;
        else
            ++result.duplicates;
    }
    m_project.audit(
        QStringLiteral("feedback.merge"),
        QStringLiteral("export %1 from “%2”: %3 added, %4 already merged, %5 unknown picture, %6 invalid; %7")
            .arg(exportId, recipient)
            .arg(result.added)
            .arg(result.duplicates)
            .arg(result.unknownPicture)
            .arg(result.invalid)
            .arg(check.message));
    tx.commit();
    return result;
}

MergeResult mergeFeedback(Project &project, const QString &feedbackPath, const AgeDecryptor &decryptor)
{
    return FeedbackMerger(project).merge(feedbackPath, decryptor);
}

MergeResult mergeFeedback(Project &project, const QString &feedbackPath)
{
    return FeedbackMerger(project).merge(feedbackPath);
}

} // namespace phenomap
