// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmanager.h"

#include "importer.h"
#include "importtypes.h"
#include "incidentjson.h"
#include "incidentwriter.h"
#include "project.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace phenomap {
namespace {

QByteArray csvField(const QString &v)
{
    QByteArray b = v.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r') || b.startsWith(' ') || b.endsWith(' ')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

} // namespace

BatchManager::BatchManager(Project &project) : m_project(project) {}

QList<BatchInfo> BatchManager::batches()
{
    QList<BatchInfo> out;
    Statement st = m_project.db().prepare(
        "SELECT id, file_name, sha256, profile, user_name, started_at, finished_at, status, coalesce(size_bytes, 0), "
        "rows_read, inserted, updated, rejected FROM import_batches ORDER BY id");
    while (st.step()) {
        BatchInfo b;
        b.id = st.int64(0);
        b.fileName = st.text(1);
        b.sha256 = st.text(2);
        b.profile = st.text(3);
        b.userName = st.text(4);
        b.startedAt = st.text(5);
        b.finishedAt = st.text(6);
        b.status = st.text(7);
        b.sizeBytes = st.int64(8);
        b.rowsRead = st.int64(9);
        b.inserted = st.int64(10);
        b.updated = st.int64(11);
        b.rejected = st.int64(12);
        out << b;
    }
    return out;
}

void BatchManager::undo(qint64 batchId)
{
    Database &db = m_project.db();
    Transaction tx(db);
    Statement status = db.prepare("SELECT status, file_name FROM import_batches WHERE id = ?");
    status.bind(1, batchId);
    if (!status.step())
        throw ImportError(tr("There is no import batch %1.").arg(batchId));
    const QString fileName = status.text(1);
    if (status.text(0) != QLatin1String("committed"))
        throw ImportError(tr("Import batch %1 (“%2”) was already undone.").arg(batchId).arg(fileName));
    status.reset();

    // A later batch that replaced a version this batch wrote kept that version, naming this batch.
    Statement later = db.prepare(
        "SELECT min(p.batch_id) FROM phenomap_batch_previous p JOIN import_batches b ON b.id = p.batch_id "
        "WHERE b.status = 'committed' AND p.batch_id > ?1 AND json_extract(p.record, '$.batch') = ?1");
    later.bind(1, batchId);
    if (later.step() && !later.isNull(0))
        throw ImportError(tr("Import batch %1 (“%2”) cannot be undone before batch %3, which changed the same incidents.")
                              .arg(batchId)
                              .arg(fileName)
                              .arg(later.int64(0)));
    later.reset();

    IncidentWriter writer(m_project);
    QList<qint64> added;
    {
        Statement st = db.prepare("SELECT fid FROM incidents WHERE batch_id = ?1 AND fid NOT IN "
                                  "(SELECT fid FROM phenomap_batch_previous WHERE batch_id = ?1)");
        st.bind(1, batchId);
        while (st.step())
            added << st.int64(0);
    }
    for (qint64 fid : added)
        writer.remove(fid);
    int restored = 0;
    {
        Statement st = db.prepare("SELECT fid, record FROM phenomap_batch_previous WHERE batch_id = ?");
        st.bind(1, batchId);
        while (st.step()) {
            IncidentRecord r;
            if (!incidentFromJson(st.text(1), r) || r.fid != st.int64(0))
                throw ImportError(tr("The saved previous version of incident %1 in batch %2 is damaged; nothing was undone.")
                                      .arg(st.int64(0))
                                      .arg(batchId));
            writer.update(r);
            ++restored;
        }
    }
    Statement del = db.prepare("DELETE FROM phenomap_batch_previous WHERE batch_id = ?");
    del.bind(1, batchId).run();
    Statement mark = db.prepare("UPDATE import_batches SET status = 'undone' WHERE id = ?");
    mark.bind(1, batchId).run();
    m_project.updateContentsExtent(QStringLiteral("incidents"));
    m_project.audit(QStringLiteral("undo import"), QStringLiteral("batch %1: %2 (%3 removed, %4 restored)")
                                                      .arg(batchId)
                                                      .arg(fileName)
                                                      .arg(added.size())
                                                      .arg(restored));
    tx.commit();
}

int BatchManager::exportRejectedCsv(qint64 batchId, const QString &path)
{
    Database &db = m_project.db();
    Statement st = db.prepare("SELECT row_number, field, reason, raw_values FROM rejected_rows WHERE batch_id = ? ORDER BY row_number, id");
    st.bind(1, batchId);
    struct Row
    {
        qint64 number;
        QString field, reason;
        QJsonObject raw;
    };
    QList<Row> rows;
    QStringList columns;
    while (st.step()) {
        Row r{st.int64(0), st.text(1), st.text(2), QJsonDocument::fromJson(st.text(3).toUtf8()).object()};
        for (auto it = r.raw.begin(); it != r.raw.end(); ++it)
            if (!columns.contains(it.key()))
                columns << it.key();
        rows << r;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw ImportError(tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    QByteArray out("\xEF\xBB\xBF");
    QStringList header = {tr("row"), tr("field"), tr("reason")};
    header << columns;
    for (int i = 0; i < header.size(); ++i)
        out += (i ? "," : "") + csvField(header[i]);
    out += "\r\n";
    for (const Row &r : rows) {
        out += QByteArray::number(r.number) + ',' + csvField(r.field) + ',' + csvField(r.reason);
        for (const QString &c : columns)
            out += ',' + csvField(r.raw.value(c).toString());
        out += "\r\n";
    }
    f.write(out);
    if (!f.commit())
        throw ImportError(tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    return int(rows.size());
}

} // namespace phenomap
