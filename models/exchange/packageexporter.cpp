// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageexporter.h"

#include "encryptedpackage.h"
#include "engine.h"
#include "exchangeschema.h"
#include "exportsignature.h"
#include "feedback.h"
#include "minisignsecretkey.h"
#include "packagedatawriter.h"
#include "packagemanifest.h"
#include "packagemetadata.h"
#include "packagetables.h"
#include "picturestore.h"
#include "project.h"
#include "qgisstyle.h"
#include "recipientkeys.h"
#include "trusterror.h"
#include "zonecounts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QUuid>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

namespace phenomap {
namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Removes the staging files unless the export reached the rename; for an encrypted package
/// they hold the plaintext, so they are shredded (see shredFile) rather than just unlinked.
struct StagingGuard
{
    QStringList paths;
    bool shred = false;
    ~StagingGuard()
    {
        for (const QString &p : paths)
            discard(p);
    }
    void discard(const QString &path) const
    {
        if (!shred) {
            removeDatabaseFiles(path);
            return;
        }
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            shredFile(path + QLatin1String(suffix));
    }
};

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString styleLanguage()
{
    const QString l = QLocale().name().left(2);
    return l == QLatin1String("fr") || l == QLatin1String("nl") ? l : QStringLiteral("en");
}

} // namespace

PackageExporter::PackageExporter(Project &project, const PackageRequest &request, Feedback *feedback)
    : m_project(project), m_request(request), m_feedback(feedback)
{
}

void PackageExporter::progress(double percent)
{
    if (!m_feedback)
        return;
    if (m_feedback->isCanceled())
        throw Canceled();
    m_feedback->setProgress(percent);
}

QList<SituationPicture> PackageExporter::choosePictures()
{
    QList<SituationPicture> all = PictureStore(m_project).list();
    QList<SituationPicture> chosen;
    if (m_request.pictureUuids.isEmpty()) {
        chosen = all;
    } else {
        for (const QString &uuid : m_request.pictureUuids) {
            const auto it = std::find_if(all.cbegin(), all.cend(),
                                         [&](const SituationPicture &p) { return p.uuid == uuid; });
            if (it == all.cend())
                throw PackageError(
                    QCoreApplication::translate("phenomap::exchange",
                                                "There is no situation picture with id %1 in this project.")
                        .arg(uuid));
            chosen.append(*it);
        }
        std::sort(chosen.begin(), chosen.end(), [](const SituationPicture &a, const SituationPicture &b) {
            return a.position < b.position;
        });
    }
    if (chosen.isEmpty())
        throw PackageError(QCoreApplication::translate(
            "phenomap::exchange", "Choose at least one situation picture to put in the package."));
    QStringList red, stricter;
    for (const SituationPicture &p : chosen) {
        if (p.tlp == Tlp::Red)
            red << QStringLiteral("“%1”").arg(p.title);
        else if (p.tlp > m_request.tlp)
            stricter << QStringLiteral("“%1” (%2)").arg(p.title, tlpLabel(p.tlp));
    }
    if (!red.isEmpty())
        throw PackageError(QCoreApplication::translate(
                               "phenomap::exchange",
                               "Pictures marked %1 are for named recipients only and are never exported: %2. "
                               "Remove them from the selection or change their marking.")
                               .arg(tlpLabel(Tlp::Red), red.join(QStringLiteral(", "))));
    if (!stricter.isEmpty())
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange",
                                        "These pictures are marked stricter than the package (%1): %2.")
                .arg(tlpLabel(m_request.tlp), stricter.join(QStringLiteral(", "))));
    return chosen;
}

std::vector<qint64> PackageExporter::neededIncidents(const QList<SituationPicture> &pictures)
{
    Engine engine;
    engine.load(m_project, m_feedback);
    const IncidentColumns &cols = engine.columns();
    std::set<qint64> fids;
    std::set<qint64> withheld;
    for (const SituationPicture &p : pictures) {
        const FilterResult result = engine.apply(m_project, p.effectiveFilter());
        for (quint32 row : result.rows) {
            if (cols.tlp[row] > quint8(m_request.tlp))
                withheld.insert(cols.fid[row]);
            else
                fids.insert(cols.fid[row]);
        }
    }
    m_result.withheldByTlp = qint64(withheld.size());
    return std::vector<qint64>(fids.cbegin(), fids.cend());
}

void PackageExporter::build(const QString &stagingPath, const QString &sealedPath,
                            const QList<SituationPicture> &pictures, const std::vector<qint64> &fids,
                            const RecipientKeys &keys)
{
    const bool synthetic = m_project.isSynthetic();
    Project::CreateOptions options;
    options.title = m_project.title();
    options.synthetic = synthetic;
    options.baseZones = false;
    options.defaultTaxonomy = false;
    auto package = Project::create(stagingPath, options);
    Database &db = package->db();
    Transaction tx(db);
    PackageDataWriter data(m_project, *package, m_request, keys);
    QStringList layers{QStringLiteral("municipalities"), QStringLiteral("police_zones")};
    if (m_request.tier == PackageTier::Aggregated && !layers.contains(m_request.zoneLayer))
        layers << m_request.zoneLayer;
    // A picture's choropleth over a zone layer of the analyst's own needs its polygons in the
    // package (reference data, like the municipalities), or the partner sees no choropleth.
    for (const SituationPicture &p : pictures)
        if (p.state.choropleth && p.state.choropleth->enabled &&
            p.state.choropleth->layer.startsWith(QLatin1String("imported:")) &&
            !layers.contains(p.state.choropleth->layer))
            layers << p.state.choropleth->layer;
    const bool points = m_request.tier != PackageTier::Aggregated;
    data.copyReference(layers, points ? data.zoneFidsOf(fids) : QSet<qint64>());
    progress(40);
    QgisStyle::createTable(db, QCoreApplication::translate("phenomap::exchange", "QGIS layer styles"));
    if (points) {
        m_result.incidents = data.copyIncidents(fids);
        data.styleIncidents(styleLanguage());
    } else {
        data.dropIncidents();
        ZoneCounts counts(m_project, *package);
        counts.write(fids, m_request.zoneLayer, m_request.k);
        m_result.incidents = qint64(fids.size());
        m_result.suppressedPrimary = counts.primary();
        m_result.suppressedSecondary = counts.secondary();
    }
    QgisStyle::addStyle(db, QStringLiteral("zones"),
                        QCoreApplication::translate("phenomap::exchange", "Zone outlines"),
                        QgisStyle::simplePolygons(QColor(80, 80, 80)),
                        QCoreApplication::translate("phenomap::exchange", "Zone boundaries"));
    progress(70);
    data.copyPictures(pictures);
    ExchangeSchema::ensureComments(db);

    const QString tier = tierCode(m_request.tier);
    const QString label = tlpLabel(m_request.tlp);
    const QList<std::pair<QString, QString>> settings = {
        {QStringLiteral("package"), QStringLiteral("1")},
        {QStringLiteral("export_id"), m_result.exportId},
        {QStringLiteral("exported_at"), nowIso()},
        {QStringLiteral("source_project_uuid"), m_project.setting(QStringLiteral("uuid"))},
        {QStringLiteral("recipient"), keys.recipient()},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("tlp"), label},
        {QStringLiteral("grid_metres"),
         m_request.tier == PackageTier::Generalised ? QString::number(m_request.gridMetres) : QString()},
        {QStringLiteral("zone_layer"),
         m_request.tier == PackageTier::Aggregated ? m_request.zoneLayer : QString()},
        {QStringLiteral("suppression_k"),
         m_request.tier == PackageTier::Aggregated ? QString::number(m_request.k) : QString()},
    };
    QJsonObject facts{{QStringLiteral("format"), QStringLiteral("phenomap-partner-package")},
                      {QStringLiteral("synthetic_data"), synthetic}};
    for (const auto &[key, value] : settings) {
        if (value.isEmpty())
            continue;
        package->setSetting(key, value);
        if (key != QLatin1String("package"))
            facts.insert(key, value);
    }
    facts.insert(QStringLiteral("title"), m_project.title());
    QJsonArray pictureList;
    for (const SituationPicture &p : pictures)
        pictureList.append(QJsonObject{{QStringLiteral("uuid"), p.uuid},
                                       {QStringLiteral("title"), p.title},
                                       {QStringLiteral("tlp"), tlpLabel(p.tlp)}});
    facts.insert(QStringLiteral("pictures"), pictureList);
    PackageTables::finish(db);
    PackageMetadata::write(db, m_request.tlp, facts,
                           synthetic ? QCoreApplication::translate("phenomap::exchange", "synthetic data")
                                     : QString());
    progress(85);
    PackageManifest::write(db);
    tx.commit();
    // A consistent, compact single-file copy in rollback-journal mode (no -wal beside it).
    // VACUUM INTO attaches its target; the working connection forbids ATTACH, so allow one
    // for this statement on our own, freshly written file.
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1);
    Statement vacuum = db.prepare("VACUUM INTO ?");
    vacuum.bind(1, sealedPath).run();
    vacuum = Statement();
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 0);
}

PackageResult PackageExporter::run()
{
    if (m_project.isReadOnly())
        throw PackageError(QCoreApplication::translate(
            "phenomap::exchange",
            "The project is open read-only; a package cannot be exported because the export "
            "must be recorded in the project's export log."));
    if (m_request.tlp == Tlp::Red)
        throw PackageError(
            QCoreApplication::translate(
                "phenomap::exchange",
                "A package cannot be marked %1: such information is for named recipients only and is "
                "never exported.")
                .arg(tlpLabel(Tlp::Red)));
    if (m_request.recipient.trimmed().isEmpty())
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange", "Name the recipient of the package."));
    if (m_request.outputPath.isEmpty())
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange", "Choose where to write the package."));
    if (m_request.tier == PackageTier::Generalised &&
        !(m_request.gridMetres >= 10 && m_request.gridMetres <= 100000))
        throw PackageError(QCoreApplication::translate(
            "phenomap::exchange", "The grid cell size must lie between 10 m and 100 km."));
    if (m_request.tier == PackageTier::Aggregated && m_request.k < 2)
        throw PackageError(QCoreApplication::translate("phenomap::exchange",
                                                       "The suppression threshold k must be at least 2."));

    const QList<SituationPicture> pictures = choosePictures();
    progress(5);
    const std::vector<qint64> fids = neededIncidents(pictures);
    progress(20);
    std::optional<RecipientKeys> keys;
    {
        Transaction tx(m_project.db());
        keys.emplace(m_project, m_request.recipient); // creates the recipient's secret on the first export
        tx.commit();
    }

    m_result.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_result.pictures = int(pictures.size());
    const bool encrypt = m_request.encryption.isEnabled();
    const QFileInfo target(encrypt ? EncryptedPackage::encryptedPath(m_request.outputPath) : m_request.outputPath);
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange", "The folder “%1” does not exist.")
                .arg(dir.path()));
    const QString destination = target.absoluteFilePath();
    if (QFileInfo(destination).canonicalFilePath() == QFileInfo(m_project.path()).canonicalFilePath() &&
        QFileInfo::exists(destination))
        throw PackageError(QCoreApplication::translate(
            "phenomap::exchange", "The package cannot replace the project it is exported from."));
    const QString stem = QStringLiteral(".%1.%2").arg(target.fileName(), m_result.exportId.left(8));
    StagingGuard guard;
    guard.shred = encrypt;
    const QString building = dir.filePath(stem + QStringLiteral(".building"));
    const QString sealed = dir.filePath(stem + QStringLiteral(".sealed"));
    const QString encrypted = dir.filePath(stem + QStringLiteral(".age"));
    const QString signature = dir.filePath(stem + QStringLiteral(".minisig"));
    guard.paths << building << sealed << encrypted << signature;

    build(building, sealed, pictures, fids, *keys);
    guard.discard(building);
    progress(92);
    const PackageVerification check = verifyPackage(sealed);
    if (!check.intact)
        throw PackageError(QCoreApplication::translate("phenomap::exchange",
                                                       "The package failed its own check before delivery: %1")
                               .arg(check.message));
    m_result.plainSha256 = fileSha256(sealed);
    QString delivered = sealed;
    if (encrypt) {
        // SQLite can only build and VACUUM INTO a file, so the plain package exists on disk in
        // the staging files next to the destination, for the time of the export only. They are
        // overwritten with zeros and unlinked right after encrypting (shredFile; best effort on
        // journaling/CoW file systems and SSDs), and by the guard on any failure.
        EncryptedPackage::encrypt(sealed, encrypted, m_request.encryption);
        guard.discard(sealed);
        delivered = encrypted;
        m_result.encrypted = true;
    }
    if (!fsyncPath(delivered, false))
        throw PackageError(
            QCoreApplication::translate("phenomap::exchange", "Could not write “%1” to disk.").arg(delivered));
    if (m_request.signingKey) {
        try {
            ExportSigner(*m_request.signingKey)
                .sign(delivered, m_request.tlp, m_result.exportId, target.fileName(), signature);
        } catch (const TrustError &e) {
            throw PackageError(e.message());
        }
    }
    if (std::rename(QFile::encodeName(delivered).constData(), QFile::encodeName(destination).constData()) != 0)
        throw PackageError(QCoreApplication::translate("phenomap::exchange",
                                                       "Could not move the package into place at “%1”.")
                               .arg(destination));
    if (m_request.signingKey) {
        m_result.signaturePath = ExportSigner::signaturePath(destination);
        if (std::rename(QFile::encodeName(signature).constData(),
                        QFile::encodeName(m_result.signaturePath).constData()) != 0)
            throw PackageError(QCoreApplication::translate("phenomap::exchange",
                                                           "Could not move the signature into place at “%1”.")
                                   .arg(m_result.signaturePath));
    } else {
        // A stale signature of an earlier file at this name would now report "changed".
        QFile::remove(ExportSigner::signaturePath(destination));
    }
    fsyncPath(dir.absolutePath(), true);
    m_result.path = destination;
    m_result.sha256 = fileSha256(destination);

    Transaction tx(m_project.db());
    Statement log = m_project.db().prepare(
        "INSERT INTO phenomap_export_log (at, user_name, kind, file_name, recipient, tier, tlp, sha256) "
        "VALUES (?, ?, 'partner-package', ?, ?, ?, ?, ?)");
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    log.bind(1, nowIso())
        .bind(2, user)
        .bind(3, destination)
        .bind(4, m_request.recipient.trimmed())
        .bind(5, tierCode(m_request.tier))
        .bind(6, tlpLabel(m_request.tlp))
        .bind(7, m_result.sha256)
        .run();
    QStringList uuids;
    for (const SituationPicture &p : pictures)
        uuids << p.uuid;
    QString protection;
    if (m_request.encryption.isEnabled())
        protection += m_request.encryption.passphrase.isEmpty()
                          ? QStringLiteral(", encrypted to %1 key(s)").arg(m_request.encryption.recipients.size())
                          : QStringLiteral(", encrypted to a passphrase");
    protection += m_request.signingKey
                      ? QStringLiteral(", signed by key %1").arg(m_request.signingKey->publicKey().keyIdHex())
                      : QStringLiteral(", unsigned");
    m_project.audit(QStringLiteral("export.package"),
                    QStringLiteral("%1 to “%2”, %3, %4, pictures %5, %6 incidents, sha256 %7%8")
                        .arg(m_result.exportId, m_request.recipient.trimmed(), tierCode(m_request.tier),
                             tlpLabel(m_request.tlp), uuids.join(QLatin1Char(' ')))
                        .arg(m_result.incidents)
                        .arg(m_result.sha256, protection));
    tx.commit();
    progress(100);
    return m_result;
}

PackageResult exportPackage(Project &project, const PackageRequest &request, Feedback *feedback)
{
    return PackageExporter(project, request, feedback).run();
}

} // namespace phenomap
