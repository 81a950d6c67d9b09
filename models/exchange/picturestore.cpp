// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturestore.h"

#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <limits>

namespace phenomap {
namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

constexpr const char *kColumns =
    "id, uuid, position, title, tlp, author, state, narrative, created_at, modified_at";

QStringList orderedUuids(Database &db)
{
    QStringList out;
    Statement st = db.prepare("SELECT uuid FROM phenomap_pictures ORDER BY position, id");
    while (st.step())
        out << st.text(0);
    return out;
}

void writePositions(Database &db, const QStringList &uuids)
{
    Statement st = db.prepare("UPDATE phenomap_pictures SET position = ? WHERE uuid = ?");
    for (int i = 0; i < uuids.size(); ++i) {
        st.bind(1, i).bind(2, uuids.at(i)).run();
        st.reset();
    }
}

void requireWritable(Project &project)
{
    if (project.isReadOnly())
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange",
                                        "The project “%1” is open read-only; its pictures cannot be changed.")
                .arg(project.path()));
}

} // namespace

PictureStore::PictureStore(Project &project) : m_project(project) {}

SituationPicture PictureStore::read(Statement &st)
{
    SituationPicture p;
    p.id = st.int64(0);
    p.uuid = st.text(1);
    p.position = int(st.int64(2));
    p.title = st.text(3);
    p.tlp = tlpFromLabel(st.text(4)).value_or(Tlp::Red); // an unreadable marking is treated as the strictest
    p.author = st.text(5);
    QString error;
    const auto state = SituationPicture::stateFromBytes(st.text(6).toUtf8(), &error);
    if (!state)
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "The picture “%1” cannot be read: %2")
                .arg(p.title, error));
    p.state = *state;
    p.narrative = st.text(7);
    p.createdAt = QDateTime::fromString(st.text(8), Qt::ISODateWithMs);
    p.modifiedAt = QDateTime::fromString(st.text(9), Qt::ISODateWithMs);
    return p;
}

QList<SituationPicture> PictureStore::list()
{
    QList<SituationPicture> out;
    Statement st =
        m_project.db().prepare(QStringLiteral("SELECT %1 FROM phenomap_pictures ORDER BY position, id")
                                   .arg(QLatin1String(kColumns)));
    while (st.step())
        out.append(read(st));
    return out;
}

std::optional<SituationPicture> PictureStore::find(const QString &uuid)
{
    Statement st = m_project.db().prepare(
        QStringLiteral("SELECT %1 FROM phenomap_pictures WHERE uuid = ?").arg(QLatin1String(kColumns)));
    st.bind(1, uuid);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

SituationPicture PictureStore::add(SituationPicture p)
{
    requireWritable(m_project);
    if (p.title.trimmed().isEmpty())
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "A situation picture needs a title."));
    if (p.uuid.isEmpty())
        p.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nowIso();
    Database &db = m_project.db();
    Transaction tx(db);
    p.position =
        int(db.scalarInt("SELECT coalesce(max(position) + 1, 0) FROM phenomap_pictures").value_or(0));
    Statement st =
        db.prepare("INSERT INTO phenomap_pictures (uuid, position, title, tlp, author, state, narrative, "
                   "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, p.uuid)
        .bind(2, p.position)
        .bind(3, p.title)
        .bind(4, tlpLabel(p.tlp))
        .bind(5, p.author)
        .bind(6, QString::fromUtf8(SituationPicture::stateToBytes(p.state)))
        .bind(7, p.narrative)
        .bind(8, now)
        .bind(9, now)
        .run();
    p.id = db.lastInsertRowId();
    m_project.audit(QStringLiteral("picture.add"),
                    QStringLiteral("%1 %2 “%3”").arg(p.uuid, tlpLabel(p.tlp), p.title));
    tx.commit();
    p.createdAt = p.modifiedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return p;
}

SituationPicture PictureStore::update(SituationPicture p)
{
    requireWritable(m_project);
    if (p.title.trimmed().isEmpty())
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "A situation picture needs a title."));
    Database &db = m_project.db();
    Transaction tx(db);
    const auto old = find(p.uuid);
    if (!old)
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "There is no situation picture with id %1.")
                .arg(p.uuid));
    const QString now = nowIso();
    Statement st =
        db.prepare("UPDATE phenomap_pictures SET title = ?, tlp = ?, author = ?, state = ?, narrative = ?, "
                   "modified_at = ? WHERE uuid = ?");
    st.bind(1, p.title)
        .bind(2, tlpLabel(p.tlp))
        .bind(3, p.author)
        .bind(4, QString::fromUtf8(SituationPicture::stateToBytes(p.state)))
        .bind(5, p.narrative)
        .bind(6, now)
        .bind(7, p.uuid)
        .run();
    QString detail = QStringLiteral("%1 “%2”").arg(p.uuid, p.title);
    if (old->tlp != p.tlp)
        detail += QStringLiteral(" %1 -> %2").arg(tlpLabel(old->tlp), tlpLabel(p.tlp));
    m_project.audit(QStringLiteral("picture.update"), detail);
    tx.commit();
    p.id = old->id;
    p.position = old->position;
    p.createdAt = old->createdAt;
    p.modifiedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return p;
}

void PictureStore::remove(const QString &uuid)
{
    requireWritable(m_project);
    Database &db = m_project.db();
    Transaction tx(db);
    const auto old = find(uuid);
    if (!old)
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "There is no situation picture with id %1.")
                .arg(uuid));
    Statement st = db.prepare("DELETE FROM phenomap_pictures WHERE uuid = ?");
    st.bind(1, uuid).run();
    writePositions(db, orderedUuids(db));
    m_project.audit(QStringLiteral("picture.remove"), QStringLiteral("%1 “%2”").arg(uuid, old->title));
    tx.commit();
}

SituationPicture PictureStore::restore(SituationPicture p, int index)
{
    requireWritable(m_project);
    if (p.title.trimmed().isEmpty())
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "A situation picture needs a title."));
    Database &db = m_project.db();
    Transaction tx(db);
    if (p.uuid.isEmpty() || find(p.uuid))
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "A situation picture with id %1 already exists.")
                .arg(p.uuid));
    Statement taken = db.prepare("SELECT 1 FROM phenomap_pictures WHERE id = ?");
    taken.bind(1, p.id);
    const bool keepId = p.id > 0 && !taken.step();
    const QString now = nowIso();
    const QString created = p.createdAt.isValid() ? p.createdAt.toUTC().toString(Qt::ISODateWithMs) : now;
    const QString modified = p.modifiedAt.isValid() ? p.modifiedAt.toUTC().toString(Qt::ISODateWithMs) : now;
    Statement st = db.prepare("INSERT INTO phenomap_pictures (id, uuid, position, title, tlp, author, state, "
                              "narrative, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (keepId)
        st.bind(1, p.id);
    else
        st.bindNull(1);
    st.bind(2, p.uuid)
        .bind(3, std::numeric_limits<int>::max())
        .bind(4, p.title)
        .bind(5, tlpLabel(p.tlp))
        .bind(6, p.author)
        .bind(7, QString::fromUtf8(SituationPicture::stateToBytes(p.state)))
        .bind(8, p.narrative)
        .bind(9, created)
        .bind(10, modified)
        .run();
    p.id = db.lastInsertRowId();
    QStringList order = orderedUuids(db);
    order.removeAll(p.uuid);
    p.position = int(qBound(qsizetype(0), qsizetype(index), order.size()));
    order.insert(p.position, p.uuid);
    writePositions(db, order);
    m_project.audit(QStringLiteral("picture.restore"),
                    QStringLiteral("%1 %2 “%3”").arg(p.uuid, tlpLabel(p.tlp), p.title));
    tx.commit();
    p.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    p.modifiedAt = QDateTime::fromString(modified, Qt::ISODateWithMs);
    return p;
}

void PictureStore::reorder(const QStringList &uuids)
{
    requireWritable(m_project);
    Database &db = m_project.db();
    Transaction tx(db);
    const QStringList current = orderedUuids(db);
    const QSet<QString> given(uuids.cbegin(), uuids.cend());
    if (uuids.size() != current.size() || given.size() != uuids.size() ||
        given != QSet<QString>(current.cbegin(), current.cend()))
        throw PictureError(QCoreApplication::translate(
            "phenomap::exchange", "The new storyboard order must list every picture exactly once."));
    writePositions(db, uuids);
    m_project.audit(QStringLiteral("picture.reorder"), uuids.join(QLatin1Char(' ')));
    tx.commit();
}

void PictureStore::move(const QString &uuid, int index)
{
    QStringList order = orderedUuids(m_project.db());
    const qsizetype from = order.indexOf(uuid);
    if (from < 0)
        throw PictureError(
            QCoreApplication::translate("phenomap::exchange", "There is no situation picture with id %1.")
                .arg(uuid));
    order.removeAt(from);
    order.insert(qBound(qsizetype(0), qsizetype(index), order.size()), uuid);
    reorder(order);
}

} // namespace phenomap
