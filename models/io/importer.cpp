// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "categorymapper.h"
#include "feedback.h"
#include "importprofiles.h"
#include "incidentjson.h"
#include "incidentwriter.h"
#include "locationresolver.h"
#include "project.h"
#include "rowmapper.h"
#include "rowpipeline.h"
#include "sourcereader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>

#include <future>
#include <memory>
#include <cstdio>
#include <map>

namespace phenomap {
namespace {

struct FileDigest
{
    QString sha256;
    qint64 size = 0;
};

/// The file's SHA-256, with OpenSSL: it uses the processor's SHA instructions where they exist
/// (about ten times QCryptographicHash's speed here), and the digest runs beside the import,
/// competing with its reading and writing threads for the cores.
FileDigest digestFile(const QString &path)
{
    FileDigest d;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return d;
    d.size = f.size();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return d;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return d; // unreadable: no digest rather than a wrong one
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), buffer.constData(), std::size_t(n)) != 1)
            return d;
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), md, &length) != 1)
        return d;
    d.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex());
    return d;
}

QString userName(const ImportRequest &r)
{
    if (!r.userName.isEmpty())
        return r.userName;
    const QString u = qEnvironmentVariable("USER");
    return u.isEmpty() ? qEnvironmentVariable("USERNAME") : u;
}

/// Batches of at least this many rows (estimated), and at least as many as the project holds,
/// rebuild the incidents' secondary indexes instead of maintaining them row by row.
constexpr qint64 kRebuildIndexesFrom = 20000;

} // namespace


Importer::Importer(Project &project) : m_project(project) {}

ImportSummary Importer::run(const ImportRequest &request, Feedback *feedback)
{
    QElapsedTimer timer;
    timer.start();
    Database &db = m_project.db();
    const QString fileName = QFileInfo(request.filePath).fileName();
    if (m_project.isReadOnly())
        throw ImportError(tr("Cannot import “%1”: the project is open read-only.").arg(fileName));

    SourceReader reader;
    reader.open(request.filePath, request.layer, request.dialect);
    auto digest = std::async(std::launch::async, digestFile, request.filePath);
    const QStringList columns = reader.columns();

    // The mapping: explicit, a named profile, a saved profile matching the columns, or proposed.
    ImportSummary summary;
    qint64 profileSource = 0;
    if (!request.mappingJson.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.mappingJson.toUtf8());
        if (!doc.isObject())
            throw ImportError(tr("The column mapping given for “%1” is not valid JSON.").arg(fileName));
        m_mapping = ColumnMapping::fromJson(doc.object());
    } else {
        QString profile = request.profile;
        if (profile.isEmpty())
            profile = ImportProfiles::findForColumns(db, columns);
        if (!profile.isEmpty()) {
            const auto m = ImportProfiles::load(db, profile, &profileSource);
            if (!m)
                throw ImportError(tr("There is no import profile named “%1” (importing “%2”).").arg(profile, fileName));
            m_mapping = *m;
            summary.profile = profile;
        } else {
            m_mapping = ColumnMapping::propose(columns, reader.sample(200), reader.hasGeometryColumn());
        }
    }
    if (request.crs)
        m_mapping.crs = request.crs;
    if (reader.hasGeometryColumn() && m_mapping.column(QStringLiteral("lon")).isEmpty()
        && m_mapping.column(QStringLiteral("x")).isEmpty() && m_mapping.column(QStringLiteral("wkt")).isEmpty())
        m_mapping.useNativeGeometry = true;

    // Column indexes; a mapped column missing from the file is an error, not a silent gap.
    QHash<QString, int> col;
    for (const QString &role : ColumnMapping::roles()) {
        const QString c = m_mapping.column(role);
        if (c.isEmpty())
            continue;
        const int idx = columns.indexOf(c);
        if (idx < 0)
            throw ImportError(tr("“%1” has no column “%2” (mapped to %3). Its columns are: %4.")
                                  .arg(fileName, c, role, columns.join(QStringLiteral(", "))));
        col.insert(role, idx);
    }
    auto has = [&](const char *role) { return col.contains(QLatin1String(role)); };
    auto idx = [&](const char *role) { return col.value(QLatin1String(role), -1); };
    const bool lonLat = has("lon") && has("lat");
    const bool xy = has("x") && has("y");
    const bool native = m_mapping.useNativeGeometry && reader.hasGeometryColumn();
    if (!lonLat && !xy && !has("wkt") && !native && !has("zone"))
        throw ImportError(tr("No location found in “%1”: map longitude/latitude, x/y, a WKT column or a "
                             "municipality/police zone column. Its columns are: %2.")
                              .arg(fileName, columns.join(QStringLiteral(", "))));
    if (!has("datetime") && !has("date") && !has("from"))
        throw ImportError(tr("No date column found in “%1”. Its columns are: %2.").arg(fileName, columns.join(QStringLiteral(", "))));
    if (!has("phenomenon") && !has("mo") && m_mapping.defaultPhenomenon.isEmpty())
        throw ImportError(tr("No category column found in “%1” and no default phenomenon set. Its columns are: %2.")
                              .arg(fileName, columns.join(QStringLiteral(", "))));
    int xyCrs = m_mapping.crs;
    if (xy && xyCrs == 0) {
        QList<std::pair<double, double>> pts;
        for (const SourceRow &r : reader.sample(200))
            if (auto x = parseNumber(r.values[idx("x")]), y = parseNumber(r.values[idx("y")]); x && y)
                pts.push_back({*x, *y});
        xyCrs = ColumnMapping::guessCrs(pts);
        if (xyCrs == 0)
            throw ImportError(tr("Cannot tell the coordinate system of the x/y columns of “%1”; give it with --crs EPSG:N.").arg(fileName));
    }
    if (m_mapping.crs && !LocationResolver::isValidEpsg(m_mapping.crs))
        throw ImportError(tr("Unknown coordinate system EPSG:%1 for “%2”.").arg(m_mapping.crs).arg(fileName));

    // A batch is one transaction; with SQLite's default 2 MB page cache a large one spills pages
    // to the WAL over and over. 256 MB of cache for the batch's duration keeps it in memory.
    const qint64 oldCache = db.scalarInt("PRAGMA cache_size").value_or(-2000);
    db.exec("PRAGMA cache_size = -262144");
    struct CacheRestore
    {
        Database &db;
        qint64 size;
        ~CacheRestore()
        {
            try {
                db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
            } catch (...) {
            }
        }
    } cacheRestore{db, oldCache};
    Transaction tx(db);
    QString defaultSourceName = request.source;
    if (defaultSourceName.isEmpty())
        defaultSourceName = m_mapping.source;
    qint64 defaultSource = 0;
    if (defaultSourceName.isEmpty() && profileSource)
        defaultSource = profileSource;
    else
        defaultSource = m_project.ensureSource(defaultSourceName.isEmpty() ? QFileInfo(request.filePath).completeBaseName()
                                                                           : defaultSourceName);
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    {
        Statement b = db.prepare("INSERT INTO import_batches (file_name, profile, source_id, user_name, started_at, status) "
                                 "VALUES (?, ?, ?, ?, ?, 'committed')");
        b.bind(1, fileName).bind(2, summary.profile.isEmpty() ? QString() : summary.profile).bind(3, defaultSource)
            .bind(4, userName(request)).bind(5, started).run();
    }
    const qint64 batchId = db.lastInsertRowId();
    summary.batchId = batchId;

    // Existing record ids per source, loaded once per source the file mentions (rows of this
    // batch are not among them: fid <= the largest fid before the batch).
    const qint64 lastFidBefore = db.scalarInt("SELECT coalesce(max(fid), 0) FROM incidents").value_or(0);
    std::map<qint64, QHash<QString, qint64>> existing;
    auto refsOf = [&](qint64 sourceId) -> QHash<QString, qint64> & {
        auto it = existing.find(sourceId);
        if (it != existing.end())
            return it->second;
        QHash<QString, qint64> &refs = existing[sourceId];
        Statement st = db.prepare(
            "SELECT source_ref, fid FROM incidents WHERE source_id = ? AND source_ref IS NOT NULL AND fid <= ?");
        st.bind(1, sourceId).bind(2, lastFidBefore);
        while (st.step())
            refs.insert(st.text(0), st.int64(1));
        return refs;
    };

    LocationResolver places(db);
    CategoryMapper categories(db);
    const TimeParser times(QTimeZone(QByteArrayLiteral("Europe/Brussels")), m_mapping.dateOrder);
    RowMapper::Setup setup;
    setup.mapping = m_mapping;
    setup.columns = columns;
    setup.columnOf = col;
    setup.xyCrs = xyCrs;
    setup.native = native;
    setup.nativeSrs = reader.nativeSrs();
    setup.batchId = batchId;
    setup.defaultSource = defaultSource;
    setup.defaultPhenomenon = m_mapping.defaultPhenomenon.isEmpty() ? 0 : categories.idForCode(m_mapping.defaultPhenomenon);
    if (!m_mapping.defaultPhenomenon.isEmpty() && setup.defaultPhenomenon == 0)
        throw ImportError(tr("The default phenomenon “%1” for “%2” is not in the taxonomy.").arg(m_mapping.defaultPhenomenon, fileName));
    setup.defaultTlp = parseTlp(m_mapping.defaultTlp).value_or(Tlp::Amber);
    {
        Statement st = db.prepare("SELECT name, id FROM sources");
        while (st.step())
            setup.sources.insert(st.text(0), st.int64(1));
    }
    RowMapper mapper(std::move(setup), places, categories, times);

    // A batch as large as the table it goes into: drop the secondary indexes and build them
    // again at commit (one sort each instead of a million random inserts).
    const qint64 expected = std::max<qint64>(1, reader.estimatedRows());
    const bool rebuildIndexes = request.indexes == ImportRequest::Indexes::Rebuild
                                || (request.indexes == ImportRequest::Indexes::Auto && expected >= kRebuildIndexesFrom
                                    && expected >= db.scalarInt("SELECT count(*) FROM incidents").value_or(0));
    IncidentWriter writer(m_project, IncidentWriter::Mode::Bulk);
    const IncidentWriter::DiscardOnUnwind discardOnCancel(writer); // tx rolls back: skip the commit's work
    if (rebuildIndexes)
        writer.deferIndexes();
    Statement insertRejected = db.prepare(
        "INSERT INTO rejected_rows (batch_id, row_number, field, reason, raw_values) VALUES (?, ?, ?, ?, ?)");
    Statement insertPrevious = db.prepare("INSERT INTO phenomap_batch_previous (batch_id, fid, record) VALUES (?, ?, ?)");
    QHash<qint64, qint64> createdSources; // placeholder id of a new source name -> its new id

    // GDAL reads on one thread, the rows are mapped on a second, this one writes, in file order.
    // (GDAL's reading alone takes as long as sqlite3's whole .import of a CSV file.)
    SourcePipeline read([&](SourcePipeline::Chunk &chunk, std::size_t rows) {
        while (chunk.size() < rows) {
            chunk.emplace_back();
            if (!reader.next(chunk.back())) {
                chunk.pop_back();
                return false;
            }
        }
        return true;
    });
    SourcePipeline::Chunk sourceRows;
    RowPipeline pipeline([&](RowPipeline::Chunk &chunk, std::size_t) {
        if (!read.next(sourceRows))
            return false;
        for (const SourceRow &sourceRow : sourceRows) {
            chunk.emplace_back();
            mapper.map(sourceRow, chunk.back());
        }
        return true;
    });
    int lastPercent = -1;
    RowPipeline::Chunk chunk;
    while (pipeline.next(chunk)) {
        for (MappedRow &m : chunk) {
            ++summary.rowsRead;
            if ((summary.rowsRead & 1023) == 0 && feedback) {
                if (feedback->isCanceled())
                    throw Canceled(); // the pipeline stops its thread; the transaction rolls back
                const int percent = int(std::min<qint64>(99, summary.rowsRead * 100 / expected));
                if (percent != lastPercent) {
                    lastPercent = percent;
                    feedback->setProgress(percent);
                }
            }
            IncidentRecord &rec = m.record;
            if (!m.newSource.isEmpty()) {
                auto it = createdSources.constFind(rec.sourceId);
                if (it == createdSources.constEnd())
                    it = createdSources.insert(rec.sourceId, m_project.ensureSource(m.newSource));
                rec.sourceId = *it;
            }
            if (!m.ok) {
                insertRejected.bind(1, batchId).bind(2, m.number).bind(3, m.field).bind(4, m.reason).bind(5, m.rawJson).run();
                ++summary.rejected;
                continue;
            }
            if (!rec.sourceRef.isEmpty() && m.newSource.isEmpty()) {
                const QHash<QString, qint64> &refs = refsOf(rec.sourceId);
                if (const auto it = refs.constFind(rec.sourceRef); it != refs.constEnd()) {
                    const auto previous = writer.read(*it);
                    if (previous) {
                        insertPrevious.bind(1, batchId).bind(2, *it).bind(3, incidentToJson(*previous)).run();
                        rec.fid = *it;
                        writer.update(rec);
                        ++summary.updated;
                        summary.zoneOnly += !rec.hasPoint;
                        summary.outsideRegion += (rec.flags & OutsideRegion) != 0;
                        continue;
                    }
                }
            }
            writer.insert(rec);
            ++summary.inserted;
            summary.zoneOnly += !rec.hasPoint;
            summary.outsideRegion += (rec.flags & OutsideRegion) != 0;
        }
    }
    pipeline.stop();
    read.stop();
    if (feedback && feedback->isCanceled())
        throw Canceled();
    summary.swappedLonLat = mapper.swappedLonLat();
    const auto &unmapped = mapper.unmapped();

    for (const auto &[key, count] : unmapped)
        summary.unmapped.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
    const FileDigest fd = digest.get();
    summary.sha256 = fd.sha256;
    {
        Statement b = db.prepare("UPDATE import_batches SET sha256 = ?, size_bytes = ?, finished_at = ?, rows_read = ?, "
                                 "inserted = ?, updated = ?, rejected = ?, profile = ? WHERE id = ?");
        b.bind(1, fd.sha256).bind(2, fd.size).bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .bind(4, summary.rowsRead).bind(5, summary.inserted).bind(6, summary.updated).bind(7, summary.rejected);
        const QString profileName = !request.saveProfileAs.isEmpty() ? request.saveProfileAs : summary.profile;
        b.bind(8, profileName.isEmpty() ? QString() : profileName).bind(9, batchId).run();
    }
    if (!request.saveProfileAs.isEmpty()) {
        ColumnMapping saved = m_mapping;
        if (saved.crs == 0 && xy)
            saved.crs = xyCrs;
        ImportProfiles::save(db, request.saveProfileAs, defaultSource, saved);
        summary.profile = request.saveProfileAs;
    }
    m_project.updateContentsExtent(QStringLiteral("incidents"));
    m_project.audit(QStringLiteral("import"),
                    QStringLiteral("batch %1: %2 (%3 read, %4 inserted, %5 updated, %6 rejected)")
                        .arg(batchId)
                        .arg(fileName)
                        .arg(summary.rowsRead)
                        .arg(summary.inserted)
                        .arg(summary.updated)
                        .arg(summary.rejected));
    Q_ASSERT(summary.rowsRead == summary.inserted + summary.updated + summary.rejected);
    tx.commit();
    if (feedback)
        feedback->setProgress(100);
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

ImportSummary runImport(Project &project, const ImportRequest &request, Feedback *feedback)
{
    Importer importer(project);
    return importer.run(request, feedback);
}

} // namespace phenomap
