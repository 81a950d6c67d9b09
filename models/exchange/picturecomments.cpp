// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturecomments.h"

#include "exchangeschema.h"
#include "packagerequest.h"
#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QUuid>

namespace phenomap {

PictureComment PictureComments::add(Project &project, PictureComment c)
{
    if (project.isReadOnly())
        throw PackageError(QCoreApplication::translate("phenomap::exchange",
                                                       "“%1” is open read-only; comments cannot be added.")
                               .arg(project.path()));
    c.author = c.author.trimmed();
    c.agency = c.agency.trimmed();
    if (c.author.isEmpty() || c.text.trimmed().isEmpty())
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange", "A comment needs an author and a text."));
    if (c.text.size() > kMaxText)
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange", "A comment may hold at most %1 characters.")
                .arg(kMaxText));
    if (c.uuid.isEmpty())
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    c.createdAt = c.createdAt.toUTC();
    Database &db = project.db();
    Transaction tx(db);
    ExchangeSchema::ensureComments(db);
    Statement pic = db.prepare("SELECT title FROM phenomap_pictures WHERE uuid = ?");
    pic.bind(1, c.pictureUuid);
    if (!pic.step())
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange",
                                        "There is no situation picture with id %1 to comment on.")
                .arg(c.pictureUuid));
    const QString title = pic.text(0);
    Statement st =
        db.prepare("INSERT INTO phenomap_comments (uuid, picture_uuid, author, agency, created_at, text) "
                   "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, c.uuid)
        .bind(2, c.pictureUuid)
        .bind(3, c.author)
        .bind(4, c.agency)
        .bind(5, c.createdAt.toString(Qt::ISODateWithMs))
        .bind(6, c.text)
        .run();
    if (project.setting(QStringLiteral("package")) != QLatin1String("1"))
        project.audit(QStringLiteral("comment.add"),
                      QStringLiteral("%1 on “%2” by %3").arg(c.uuid, title, c.author));
    tx.commit();
    return c;
}

QList<PictureComment> PictureComments::list(Project &project, const QString &pictureUuid)
{
    QList<PictureComment> out;
    Database &db = project.db();
    if (!db.tableExists(QStringLiteral("phenomap_comments")))
        return out;
    Statement st =
        db.prepare("SELECT uuid, picture_uuid, author, agency, created_at, text FROM phenomap_comments "
                   "WHERE ?1 IS NULL OR picture_uuid = ?1 ORDER BY created_at, id");
    st.bind(1, pictureUuid.isEmpty() ? QString() : pictureUuid);
    while (st.step()) {
        PictureComment c;
        c.uuid = st.text(0);
        c.pictureUuid = st.text(1);
        c.author = st.text(2);
        c.agency = st.isNull(3) ? QString() : st.text(3);
        c.createdAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
        c.text = st.text(5);
        out.append(c);
    }
    return out;
}

} // namespace phenomap
