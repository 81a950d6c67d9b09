// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "categorymapper.h"
#include "feedback.h"
#include "importprofiles.h"
#include "incidentjson.h"
#include "incidentwriter.h"
#include "locationresolver.h"
#include "project.h"
#include "sourcereader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <future>
#include <map>

namespace phenomap {
namespace {

struct FileDigest
{
    QString sha256;
    qint64 size = 0;
};

FileDigest digestFile(const QString &path)
{
    FileDigest d;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return d;
    d.size = f.size();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    d.sha256 = QString::fromLatin1(h.result().toHex());
    return d;
}

QString userName(const ImportRequest &r)
{
    if (!r.userName.isEmpty())
        return r.userName;
    const QString u = qEnvironmentVariable("USER");
    return u.isEmpty() ? qEnvironmentVariable("USERNAME") : u;
}

std::optional<Tlp> parseTlp(const QString &value)
{
    QString v = value.trimmed().toUpper();
    v.remove(QLatin1Char(' '));
    if (!v.startsWith(QLatin1String("TLP:")))
        v = QStringLiteral("TLP:") + v;
    return tlpFromLabel(v);
}

/// Why a row was rejected: the target field and a translated reason naming column and value.
struct Rejection
{
    QString field;
    QString reason;
};

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
    reader.open(request.filePath, request.layer);
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

    LocationResolver places(db);
    CategoryMapper categories(db);
    TimeParser times(QTimeZone(QByteArrayLiteral("Europe/Brussels")), m_mapping.dateOrder);
    IncidentWriter writer(m_project, IncidentWriter::Mode::Bulk);
    Statement insertRejected = db.prepare(
        "INSERT INTO rejected_rows (batch_id, row_number, field, reason, raw_values) VALUES (?, ?, ?, ?, ?)");
    Statement insertPrevious = db.prepare("INSERT INTO phenomap_batch_previous (batch_id, fid, record) VALUES (?, ?, ?)");
    const qint64 defaultPhenomenon = m_mapping.defaultPhenomenon.isEmpty() ? 0 : categories.idForCode(m_mapping.defaultPhenomenon);
    if (!m_mapping.defaultPhenomenon.isEmpty() && defaultPhenomenon == 0)
        throw ImportError(tr("The default phenomenon “%1” for “%2” is not in the taxonomy.").arg(m_mapping.defaultPhenomenon, fileName));
    const Tlp defaultTlp = parseTlp(m_mapping.defaultTlp).value_or(Tlp::Amber);

    // Existing record ids per source, loaded once per source the file mentions.
    std::map<qint64, QHash<QString, qint64>> existing;
    std::map<qint64, QHash<QString, qint64>> seen; // ref -> row number within this file
    QHash<QString, qint64> sourceIds;
    auto refsOf = [&](qint64 sourceId) -> QHash<QString, qint64> & {
        auto it = existing.find(sourceId);
        if (it != existing.end())
            return it->second;
        QHash<QString, qint64> &refs = existing[sourceId];
        Statement st = db.prepare("SELECT source_ref, fid FROM incidents WHERE source_id = ? AND source_ref IS NOT NULL");
        st.bind(1, sourceId);
        while (st.step())
            refs.insert(st.text(0), st.int64(1));
        return refs;
    };
    std::map<std::tuple<QString, QString, QString>, int> unmapped;

    const QString dateColumn = has("datetime") ? m_mapping.column(QStringLiteral("datetime")) : m_mapping.column(QStringLiteral("date"));
    const int dateIdx = has("datetime") ? idx("datetime") : idx("date");
    const int timeIdx = has("datetime") ? -1 : idx("time");
    const qint64 expected = std::max<qint64>(1, reader.estimatedRows());
    const OGRSpatialReference *nativeSrs = reader.nativeSrs();
    int lastPercent = -1;

    SourceRow row;
    IncidentRecord rec;
    LocationResolver::Place place;
    Rejection rejection;
    auto value = [&](int i) -> const QString & {
        static const QString empty;
        return i >= 0 ? row.values[i] : empty;
    };
    auto reject = [&](const char *field, const QString &reason) {
        rejection.field = QLatin1String(field);
        rejection.reason = reason;
        return false;
    };
    auto colName = [&](const char *role) { return m_mapping.column(QLatin1String(role)); };
    auto notA = [&](const char *role, const QString &what) {
        return reject(role, tr("row %1: '%2' = '%3' is %4").arg(row.number).arg(colName(role), value(idx(role)).left(200), what));
    };

    // Maps one row onto `rec`; false with `rejection` set when it cannot be imported.
    auto mapRow = [&]() -> bool {
        rec = IncidentRecord();
        rec.batchId = batchId;
        // Source and record id.
        rec.sourceId = defaultSource;
        if (has("source")) {
            const QString s = value(idx("source")).trimmed();
            if (!s.isEmpty()) {
                auto it = sourceIds.constFind(s);
                if (it == sourceIds.constEnd())
                    it = sourceIds.insert(s, m_project.ensureSource(s));
                rec.sourceId = *it;
            }
        }
        if (has("ref")) {
            const QString ref = value(idx("ref")).trimmed();
            if (!ref.isEmpty())
                rec.sourceRef = ref;
        }
        // Place.
        place = LocationResolver::Place();
        bool placed = false;
        if (native && row.hasGeometry) {
            if (!places.fromNative(row.x, row.y, nativeSrs, place))
                return reject("geometry", tr("row %1: its geometry cannot be converted to Belgian Lambert 72").arg(row.number));
            if (!row.geometryIsPoint)
                place.precision = LocationPrecision::Street;
            placed = true;
        } else if (lonLat && (!value(idx("lon")).trimmed().isEmpty() || !value(idx("lat")).trimmed().isEmpty())) {
            const auto lon = parseNumber(value(idx("lon"))), lat = parseNumber(value(idx("lat")));
            if (!lon)
                return notA("lon", tr("not a longitude"));
            if (!lat)
                return notA("lat", tr("not a latitude"));
            if (!places.fromLonLat(*lon, *lat, place))
                return reject("lon", tr("row %1: '%2' = '%3' and '%4' = '%5' are not a position on Earth")
                                         .arg(row.number)
                                         .arg(colName("lon"), value(idx("lon")), colName("lat"), value(idx("lat"))));
            summary.swappedLonLat += place.swapped;
            placed = true;
        } else if (xy && (!value(idx("x")).trimmed().isEmpty() || !value(idx("y")).trimmed().isEmpty())) {
            const auto x = parseNumber(value(idx("x"))), y = parseNumber(value(idx("y")));
            if (!x)
                return notA("x", tr("not a coordinate"));
            if (!y)
                return notA("y", tr("not a coordinate"));
            if (!(xyCrs == 4326 ? places.fromLonLat(*x, *y, place) : places.fromXY(*x, *y, xyCrs, place)))
                return reject("x", tr("row %1: '%2' = '%3' and '%4' = '%5' cannot be converted from EPSG:%6")
                                       .arg(row.number)
                                       .arg(colName("x"), value(idx("x")), colName("y"), value(idx("y")))
                                       .arg(xyCrs));
            placed = true;
        } else if (has("wkt") && !value(idx("wkt")).trimmed().isEmpty()) {
            if (!places.fromWkt(value(idx("wkt")), m_mapping.crs, place))
                return notA("wkt", tr("not a valid WKT geometry"));
            placed = true;
        }
        if (!placed && has("zone")) {
            const QString z = value(idx("zone")).trimmed();
            if (z.isEmpty())
                return reject("zone", tr("row %1: no location: '%2' is empty").arg(row.number).arg(colName("zone")));
            if (!places.fromZone(z, place))
                return notA("zone", tr("not a known municipality or police zone"));
            placed = true;
        }
        if (!placed)
            return reject("location", tr("row %1: no location: the coordinate columns are empty").arg(row.number));
        rec.hasPoint = place.hasPoint;
        rec.x = place.x;
        rec.y = place.y;
        rec.precision = place.precision;
        rec.zoneFid = place.zoneFid;
        rec.municipalityNis = place.municipalityNis;
        rec.policeZone = place.policeZone;
        rec.flags = place.flags;
        // Time.
        if (has("from")) {
            const QString &f = value(idx("from"));
            if (f.trimmed().isEmpty())
                return reject("from", tr("row %1: '%2' is empty").arg(row.number).arg(colName("from")));
            const auto from = times.parse(f);
            if (!from)
                return notA("from", tr("not a date"));
            rec.occurredFrom = from->from;
            rec.occurredTo = from->to;
            if (has("to") && !value(idx("to")).trimmed().isEmpty()) {
                const auto to = times.parse(value(idx("to")));
                if (!to)
                    return notA("to", tr("not a date"));
                if (to->to < from->from)
                    return reject("to", tr("row %1: '%2' = '%3' is before '%4' = '%5'")
                                            .arg(row.number)
                                            .arg(colName("to"), value(idx("to")), colName("from"), f));
                rec.occurredTo = to->to;
            }
        } else {
            const QString &d = value(dateIdx);
            if (d.trimmed().isEmpty())
                return reject("date", tr("row %1: '%2' is empty").arg(row.number).arg(dateColumn));
            const auto span = timeIdx >= 0 ? times.parse(d, value(timeIdx)) : times.parse(d);
            if (!span) {
                if (timeIdx >= 0 && times.parse(d))
                    return notA("time", tr("not a time of day"));
                return reject("date", tr("row %1: '%2' = '%3' is not a date").arg(row.number).arg(dateColumn, d.left(200)));
            }
            rec.occurredFrom = span->from;
            rec.occurredTo = span->to;
        }
        if (rec.occurredTo > rec.occurredFrom)
            rec.flags |= TimeUncertain;
        if (has("reported") && !value(idx("reported")).trimmed().isEmpty()) {
            const auto r = times.parse(value(idx("reported")));
            if (!r)
                return notA("reported", tr("not a date"));
            rec.reportedAt = r->from;
        }
        // Category and MO.
        rec.phenomenonId = defaultPhenomenon;
        if (has("phenomenon")) {
            const QString &raw = value(idx("phenomenon"));
            if (raw.trimmed().isEmpty()) {
                if (!defaultPhenomenon)
                    return reject("phenomenon", tr("row %1: '%2' is empty").arg(row.number).arg(colName("phenomenon")));
            } else if (const auto t = categories.resolve(rec.sourceId, QStringLiteral("phenomenon"), raw)) {
                rec.phenomenonId = t->phenomenonId;
                if (t->moId)
                    rec.moIds << t->moId;
            } else {
                ++unmapped[{QStringLiteral("phenomenon"), colName("phenomenon"), raw.trimmed()}];
                return reject("phenomenon", tr("row %1: '%2' = '%3' is not mapped to the taxonomy")
                                                .arg(row.number)
                                                .arg(colName("phenomenon"), raw.left(200)));
            }
        }
        if (has("mo") && !value(idx("mo")).trimmed().isEmpty()) {
            const QString &raw = value(idx("mo"));
            QStringList parts;
            if (categories.resolve(rec.sourceId, QStringLiteral("mo"), raw))
                parts << raw;
            else
                parts = raw.split(QRegularExpression(QStringLiteral("[;|]")), Qt::SkipEmptyParts);
            for (const QString &p : parts) {
                const auto t = categories.resolve(rec.sourceId, QStringLiteral("mo"), p);
                if (!t || !t->moId) {
                    ++unmapped[{QStringLiteral("mo"), colName("mo"), p.trimmed()}];
                    return reject("mo", tr("row %1: '%2' = '%3' is not mapped to the taxonomy")
                                            .arg(row.number)
                                            .arg(colName("mo"), p.trimmed().left(200)));
                }
                if (!rec.phenomenonId)
                    rec.phenomenonId = t->phenomenonId;
                if (!rec.moIds.contains(t->moId))
                    rec.moIds << t->moId;
            }
        }
        if (!rec.phenomenonId)
            return reject("phenomenon", tr("row %1: no phenomenon: '%2' is empty").arg(row.number).arg(colName("mo")));
        // Text fields and marking.
        if (has("address"))
            rec.address = value(idx("address")).trimmed();
        if (has("description"))
            rec.description = value(idx("description"));
        rec.tlp = defaultTlp;
        if (has("tlp") && !value(idx("tlp")).trimmed().isEmpty()) {
            const auto t = parseTlp(value(idx("tlp")));
            if (!t)
                return notA("tlp", tr("not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)"));
            rec.tlp = *t;
        }
        return true;
    };

    auto storeRejected = [&]() {
        QJsonObject raw;
        for (int i = 0; i < columns.size(); ++i)
            raw.insert(columns[i], row.values[i]);
        if (row.hasGeometry) {
            raw.insert(QStringLiteral("(geometry x)"), QString::number(row.x, 'g', 17));
            raw.insert(QStringLiteral("(geometry y)"), QString::number(row.y, 'g', 17));
        }
        insertRejected.bind(1, batchId)
            .bind(2, row.number)
            .bind(3, rejection.field)
            .bind(4, rejection.reason)
            .bind(5, QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)))
            .run();
        ++summary.rejected;
    };

    while (reader.next(row)) {
        ++summary.rowsRead;
        if ((summary.rowsRead & 1023) == 0 && feedback) {
            if (feedback->isCanceled())
                throw Canceled();
            const int percent = int(std::min<qint64>(99, summary.rowsRead * 100 / expected));
            if (percent != lastPercent) {
                lastPercent = percent;
                feedback->setProgress(percent);
            }
        }
        if (!mapRow()) {
            storeRejected();
            continue;
        }
        if (!rec.sourceRef.isEmpty()) {
            QHash<QString, qint64> &seenRefs = seen[rec.sourceId];
            if (const auto first = seenRefs.constFind(rec.sourceRef); first != seenRefs.constEnd()) {
                rejection.field = QStringLiteral("ref");
                rejection.reason = tr("row %1: '%2' = '%3' occurs more than once in this file (first at row %4)")
                                       .arg(row.number)
                                       .arg(colName("ref"), rec.sourceRef)
                                       .arg(*first);
                storeRejected();
                continue;
            }
            seenRefs.insert(rec.sourceRef, row.number);
            const QHash<QString, qint64> &refs = refsOf(rec.sourceId);
            if (const auto it = refs.constFind(rec.sourceRef); it != refs.constEnd()) {
                const auto previous = readIncident(db, *it);
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
    if (feedback && feedback->isCanceled())
        throw Canceled();

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
