// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic demo: deterministic per seed, geographically consistent, realistic in its mix,
// and all-or-nothing on cancel.
#include "demogenerator.h"
#include "feedback.h"
#include "gpkggeometry.h"
#include "project.h"
#include "storetestsupport.h"
#include "zoneindex.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace phenomap;

namespace {

/// Digest of everything that makes up the incidents (rows, MO links), not of creation times.
QString incidentDigest(const QString &path)
{
    auto p = Project::open(path, Project::OpenMode::ReadOnly);
    return test::tableDigest(p->db(), "incidents", "fid") + test::tableDigest(p->db(), "phenomap_incident_mo", "incident_fid, mo_id")
           + test::tableDigest(p->db(), "sources", "id");
}

qint64 scalar(Database &db, const char *sql)
{
    return db.scalarInt(sql).value_or(-1);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path; // seed 7, 4000 incidents
    static constexpr int kCount = 4000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("seed7.gpkg");
        Feedback feedback;
        double last = -1;
        bool monotonic = true;
        connect(&feedback, &Feedback::progressChanged, this, [&](double p) {
            monotonic = monotonic && p >= last;
            last = p;
        });
        generateDemo(m_path, {.incidents = kCount, .seed = 7, .title = "Demo 7"}, &feedback);
        QVERIFY(monotonic);
        QCOMPARE(last, 100.0);
    }

    void sameSeedSameContent()
    {
        const QString again = m_dir.filePath("seed7-again.gpkg");
        generateDemo(again, {.incidents = kCount, .seed = 7, .title = "Other title"});
        QCOMPARE(incidentDigest(again), incidentDigest(m_path));
        const QString other = m_dir.filePath("seed8.gpkg");
        generateDemo(other, {.incidents = kCount, .seed = 8, .title = {}});
        QVERIFY(incidentDigest(other) != incidentDigest(m_path));
    }

    void projectIsMarkedSynthetic()
    {
        auto p = Project::open(m_path, Project::OpenMode::ReadOnly);
        QVERIFY(p->isSynthetic());
        QCOMPARE(p->title(), QStringLiteral("Demo 7"));
        QCOMPARE(p->setting("demo_seed"), QStringLiteral("7"));
        QCOMPARE(scalar(p->db(), "SELECT count(*) FROM phenomap_audit WHERE action = 'demo'"), 1);
        // every description says it is synthetic
        QCOMPARE(scalar(p->db(), "SELECT count(*) FROM incidents WHERE description NOT LIKE '[SYNTH%'"), 0);
    }

    void counts()
    {
        auto p = Project::open(m_path, Project::OpenMode::ReadOnly);
        Database &db = p->db();
        QCOMPARE(scalar(db, "SELECT count(*) FROM incidents"), kCount);
        // every phenomenon of the default taxonomy occurs
        QCOMPARE(scalar(db, "SELECT count(DISTINCT phenomenon_id) FROM incidents"),
                 scalar(db, "SELECT count(*) FROM phenomena WHERE kind = 'phenomenon'"));
        // zone-only incidents: no point, precision zone, municipality known
        const qint64 zoneOnly = scalar(db, "SELECT count(*) FROM incidents WHERE geom IS NULL");
        QVERIFY2(zoneOnly > kCount / 100 && zoneOnly < kCount / 10, qPrintable(QString::number(zoneOnly)));
        QCOMPARE(scalar(db, "SELECT count(*) FROM incidents WHERE geom IS NULL AND (precision <> 'zone' "
                            "OR municipality_nis IS NULL OR police_zone IS NULL)"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM incidents WHERE geom IS NOT NULL AND precision = 'zone'"), 0);
        // 15-25 % time windows, all flagged
        const qint64 windows = scalar(db, "SELECT count(*) FROM incidents WHERE occurred_to > occurred_from");
        QVERIFY2(windows >= kCount * 15 / 100 && windows <= kCount * 25 / 100, qPrintable(QString::number(windows)));
        QCOMPARE(scalar(db, "SELECT count(*) FROM incidents WHERE (occurred_to > occurred_from) <> ((flags & 2) <> 0)"), 0);
        // the period: two years ending 2026-10-31 (Brussels time)
        const auto [from, to] = demoPeriod();
        QCOMPARE(QDateTime::fromSecsSinceEpoch(to, QTimeZone("Europe/Brussels")).date(), QDate(2026, 11, 1));
        Statement st = db.prepare("SELECT min(occurred_from), max(occurred_to) FROM incidents");
        QVERIFY(st.step());
        QVERIFY(st.int64(0) >= from && st.int64(0) < from + 7 * 86400);
        QVERIFY(st.int64(1) < to && st.int64(1) > to - 7 * 86400);
        // 1-3 MO per incident, each of the incident's phenomenon
        QCOMPARE(scalar(db, "SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM phenomap_incident_mo m "
                            "WHERE m.incident_fid = i.fid) NOT BETWEEN 1 AND 3"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM phenomap_incident_mo l JOIN incidents i ON i.fid = l.incident_fid "
                            "JOIN phenomena m ON m.id = l.mo_id WHERE m.parent_id <> i.phenomenon_id"), 0);
        QVERIFY(scalar(db, "SELECT count(*) FROM phenomap_incident_mo") > kCount * 13 / 10);
        // sources: six police zones, federal judicial police, prosecutor, municipality
        QCOMPARE(scalar(db, "SELECT count(DISTINCT source_id) FROM incidents"), 9);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sources WHERE name LIKE 'PZ 53%'"), 6);
        // TLP mostly AMBER, some GREEN and AMBER+STRICT, nothing else
        const qint64 amber = scalar(db, "SELECT count(*) FROM incidents WHERE tlp = 'TLP:AMBER'");
        QVERIFY(amber > kCount / 2);
        QVERIFY(scalar(db, "SELECT count(*) FROM incidents WHERE tlp = 'TLP:GREEN'") > kCount / 20);
        QVERIFY(scalar(db, "SELECT count(*) FROM incidents WHERE tlp = 'TLP:AMBER+STRICT'") > kCount / 20);
        QCOMPARE(scalar(db, "SELECT count(*) FROM incidents WHERE tlp NOT IN ('TLP:AMBER','TLP:GREEN','TLP:AMBER+STRICT')"), 0);
        // addresses in both languages
        QVERIFY(scalar(db, "SELECT count(*) FROM incidents WHERE description LIKE '[SYNTHETISCH]%'") > kCount / 10);
        QCOMPARE(scalar(db, "SELECT count(*) FROM incidents WHERE address IS NULL OR address = ''"), 0);
        // the text index covers the incidents
        QVERIFY(scalar(db, "SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'synthetique'") > 0);
    }

    void pointsInTheirMunicipality()
    {
        auto p = Project::open(m_path, Project::OpenMode::ReadOnly);
        const ZoneIndex municipalities = ZoneIndex::load(p->db(), "municipalities");
        const ZoneIndex zones = ZoneIndex::load(p->db(), "police_zones");
        Statement st = p->db().prepare("SELECT fid, geom, municipality_nis, police_zone FROM incidents WHERE geom IS NOT NULL");
        int n = 0, zoneMismatch = 0;
        while (st.step()) {
            const auto pt = gpkg::pointFromBlob(static_cast<const char *>(st.blobData(1)), st.blobSize(1));
            QVERIFY(pt);
            QVERIFY2(municipalities.zoneAt(pt->first, pt->second) == st.int64(2), qPrintable(QString::number(st.int64(0))));
            zoneMismatch += zones.zoneAt(pt->first, pt->second) != st.int64(3);
            ++n;
        }
        QVERIFY(n > kCount * 9 / 10);
        QVERIFY2(zoneMismatch <= n / 1000, qPrintable(QString::number(zoneMismatch))); // only along simplified borders
        QCOMPARE(scalar(p->db(), "SELECT count(*) FROM incidents i WHERE police_zone <> (SELECT CAST(parent_code AS INTEGER) "
                                 "FROM zones z WHERE z.layer = 'municipalities' AND CAST(z.code AS INTEGER) = i.municipality_nis)"), 0);
        QCOMPARE(scalar(p->db(), "SELECT count(*) FROM incidents WHERE (flags & 1) <> 0"), 0);
    }

    void realisticPatterns()
    {
        auto p = Project::open(m_path, Project::OpenMode::ReadOnly);
        Database &db = p->db();
        // drugs concentrate in the hot-spot municipalities (Bruxelles, Anderlecht, Molenbeek, Saint-Gilles, Schaerbeek)
        const qint64 drugs = scalar(db, "SELECT count(*) FROM incidents i JOIN phenomena f ON f.id = i.phenomenon_id WHERE f.code = 'drugs'");
        const qint64 drugsCore = scalar(db, "SELECT count(*) FROM incidents i JOIN phenomena f ON f.id = i.phenomenon_id "
                                            "WHERE f.code = 'drugs' AND municipality_nis IN (21004, 21001, 21012, 21013, 21015)");
        QVERIFY2(drugsCore > drugs * 7 / 10, qPrintable(QStringLiteral("%1/%2").arg(drugsCore).arg(drugs)));
        // street dealing in the evening more than in the morning (local time)
        qint64 evening = 0, morning = 0, burglaryWeekday = 0, burglaryWeekend = 0;
        const QTimeZone tz("Europe/Brussels");
        Statement st = db.prepare("SELECT f.code, i.occurred_from FROM incidents i JOIN phenomena f ON f.id = i.phenomenon_id "
                                  "WHERE f.code IN ('drugs', 'property_crime')");
        while (st.step()) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(st.int64(1), tz);
            if (st.text(0) == QLatin1String("drugs")) {
                evening += t.time().hour() >= 17 && t.time().hour() < 23;
                morning += t.time().hour() >= 5 && t.time().hour() < 11;
            } else {
                (t.date().dayOfWeek() <= 5 ? burglaryWeekday : burglaryWeekend) += 1;
            }
        }
        QVERIFY2(evening > 3 * morning, qPrintable(QStringLiteral("%1 vs %2").arg(evening).arg(morning)));
        QVERIFY2(burglaryWeekday / 5.0 > 1.3 * burglaryWeekend / 2.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(burglaryWeekday).arg(burglaryWeekend)));
    }

    void refusesExistingFile()
    {
        const QByteArray before = [&] { QFile f(m_path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY_THROWS_EXCEPTION(ProjectError, generateDemo(m_path, {.incidents = 10, .seed = 1, .title = {}}));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // untouched, not removed
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<double>("cancelAt");
        QTest::newRow("before start") << -1.0;
        QTest::newRow("midway") << 40.0;
    }
    void cancelLeavesNoFile()
    {
        QFETCH(double, cancelAt);
        const QString path = m_dir.filePath(QStringLiteral("canceled-%1.gpkg").arg(cancelAt));
        Feedback feedback;
        if (cancelAt < 0)
            feedback.cancel();
        double reached = 0;
        connect(&feedback, &Feedback::progressChanged, this, [&](double percent) {
            reached = percent;
            if (percent >= cancelAt)
                feedback.cancel();
        });
        QVERIFY_THROWS_EXCEPTION(Canceled, generateDemo(path, {.incidents = 3000, .seed = 3, .title = {}}, &feedback));
        QVERIFY(reached < 100.0);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + "-wal"));
        QVERIFY(!QFileInfo::exists(path + "-shm"));
    }

    void rejectsBadCount()
    {
        const QString path = m_dir.filePath("bad.gpkg");
        QVERIFY_THROWS_EXCEPTION(ProjectError, generateDemo(path, {.incidents = -5, .seed = 1, .title = {}}));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
