// SPDX-License-Identifier: GPL-3.0-or-later
// The packed R-tree written straight into SQLite's shadow tables must be a tree SQLite itself
// accepts (rtreecheck) and answers every window query exactly like a tree SQLite built row by row.
#include "incidentwriter.h"
#include "project.h"
#include "rtreebulk.h"
#include "schema.h"
#include "storetestsupport.h"
#include "tablesnapshot.h"

#include <sqlite3.h>

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

QSet<qint64> window(Database &db, const char *table, double x0, double x1, double y0, double y1)
{
    Statement st = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?")
                                  .arg(QLatin1String(table)));
    st.bind(1, x1).bind(2, x0).bind(3, y1).bind(4, y0);
    QSet<qint64> ids;
    while (st.step())
        ids.insert(st.int64(0));
    return ids;
}

} // namespace

class TestRtreeBulk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void packedTreeEqualsSqliteTree_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {0, 1, 50, 51, 52, 2601, 40000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void packedTreeEqualsSqliteTree()
    {
        QFETCH(int, count);
        Database db(QStringLiteral(":memory:"), Database::Mode::Create);
        db.exec("CREATE VIRTUAL TABLE packed USING rtree(id, minx, maxx, miny, maxy);"
                "CREATE VIRTUAL TABLE reference USING rtree(id, minx, maxx, miny, maxy);");
        QRandomGenerator rng(count);
        std::vector<RtreeEntry> entries;
        Statement ref = db.prepare("INSERT INTO reference VALUES (?, ?, ?, ?, ?)");
        for (int i = 0; i < count; ++i) {
            const double x = 140000 + rng.generateDouble() * 20000, y = 160000 + rng.generateDouble() * 20000;
            const double w = (i % 3) ? 0.0 : rng.generateDouble() * 300; // points and boxes
            entries.push_back({i + 1, x, x + w, y, y + w});
            ref.bind(1, qint64(i + 1)).bind(2, x).bind(3, x + w).bind(4, y).bind(5, y + w).run();
        }
        Transaction tx(db);
        rebuildRtree(db, QStringLiteral("packed"), entries);
        tx.commit();
        QCOMPARE(db.scalarText("SELECT rtreecheck('packed')").value_or(QString()), QStringLiteral("ok"));
        QCOMPARE(*db.scalarInt("SELECT count(*) FROM packed"), qint64(count));
        for (int q = 0; q < 200; ++q) {
            const double x = 140000 + rng.generateDouble() * 20000, y = 160000 + rng.generateDouble() * 20000;
            const double s = rng.generateDouble() * 3000;
            QCOMPARE(window(db, "packed", x, x + s, y, y + s), window(db, "reference", x, x + s, y, y + s));
        }
        // SQLite keeps using the tree normally afterwards: inserts split full nodes, deletes shrink.
        db.exec("INSERT INTO packed VALUES (999999, 150000, 150001, 170000, 170001)");
        db.exec("DELETE FROM packed WHERE id % 7 = 0");
        QCOMPARE(db.scalarText("SELECT rtreecheck('packed')").value_or(QString()), QStringLiteral("ok"));
    }

    void bulkWriterKeepsGeoPackageIndexRight_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("added");
        QTest::newRow("empty project: packed") << 0 << 5000;
        QTest::newRow("small project, larger batch: repacked") << 300 << 3000;
        QTest::newRow("large project, small batch: inserted") << 3000 << 200;
    }

    void bulkWriterKeepsGeoPackageIndexRight()
    {
        QFETCH(int, before);
        QFETCH(int, added);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bulk.gpkg"));
        {
            auto p = Project::create(path, {.title = QStringLiteral("bulk")});
            Transaction tx(p->db());
            IncidentWriter w(*p);
            for (int i = 0; i < before; ++i)
                w.insert(test::sampleIncident(*p, i));
            tx.commit();
        }
        auto p = Project::open(path);
        {
            Transaction tx(p->db());
            IncidentWriter w(*p, IncidentWriter::Mode::Bulk);
            for (int i = 0; i < added; ++i)
                w.insert(test::sampleIncident(*p, 100000 + i));
            IncidentRecord moved = test::sampleIncident(*p, 1);
            moved.fid = *p->db().scalarInt("SELECT max(fid) FROM incidents");
            moved.x = 150500; // an update inside the bulk batch goes through the update triggers
            w.update(moved);
            tx.commit();
        }
        Database &db = p->db();
        QCOMPARE(db.scalarText("SELECT rtreecheck('rtree_incidents_geom')").value_or(QString()), QStringLiteral("ok"));
        QCOMPARE(*db.scalarInt("SELECT count(*) FROM rtree_incidents_geom"), qint64(before + added));
        QCOMPARE(*db.scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'incident'"),
                 qint64(before + added));
        QCOMPARE(*db.scalarInt("SELECT count(*) FROM rtree_incidents_geom WHERE minx >= 150499 AND maxx <= 150501"), 1);
        // The insert trigger is back, byte for byte, so the file still passes the allow-list and
        // later single inserts are indexed.
        const auto sql = db.scalarText("SELECT sql FROM sqlite_master WHERE name = 'rtree_incidents_geom_insert'");
        QVERIFY(sql);
        QCOMPARE(*sql + QStringLiteral(";"),
                 schema::rtreeInsertTriggerSql(QStringLiteral("incidents"), QStringLiteral("geom"), QStringLiteral("fid")).trimmed());
        p.reset();
        QVERIFY(Project::open(path));
        bool available = false;
        const QString problems = test::validateGpkg(path, &available);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void bulkWriterWritesWhatRowByRowWrites_data()
    {
        QTest::addColumn<int>("added");
        QTest::newRow("fewer rows than one multi-row statement") << 20;
        QTest::newRow("several statements and a remainder") << 1003;
    }

    // Bulk mode buffers rows and writes them many per INSERT with the fids it assigned itself;
    // the file must come out exactly as the row-by-row writer makes it: same fids (also after
    // the newest incident was deleted, as AUTOINCREMENT never reuses one), same values in every
    // column, same MO links, same text index and sequence.
    void bulkWriterWritesWhatRowByRowWrites()
    {
        QFETCH(int, added);
        QTemporaryDir dir;
        QStringList incidents, links, sequences;
        QList<qint64> fidsReturned[2];
        for (int mode = 0; mode < 2; ++mode) {
            auto p = Project::create(dir.filePath(QStringLiteral("w%1.gpkg").arg(mode)), {.title = QStringLiteral("bulk")});
            Database &db = p->db();
            const QList<qint64> mos = [&] {
                QList<qint64> ids;
                Statement st = db.prepare("SELECT id FROM phenomena WHERE kind = 'mo' ORDER BY id LIMIT 3");
                while (st.step())
                    ids << st.int64(0);
                return ids;
            }();
            {
                Transaction tx(db);
                IncidentWriter w(*p);
                for (int i = 0; i < 5; ++i)
                    w.insert(test::sampleIncident(*p, i));
                tx.commit();
            }
            db.exec("DELETE FROM incidents WHERE fid = 5"); // the sequence stays at 5
            {
                Transaction tx(db);
                IncidentWriter w(*p, mode ? IncidentWriter::Mode::Bulk : IncidentWriter::Mode::Normal);
                for (int i = 0; i < added; ++i) {
                    IncidentRecord r = test::sampleIncident(*p, 1000 + i);
                    r.moIds = mos.mid(0, i % 4); // none, one, two or three links
                    if (i % 7 == 3) { // a zone-only incident: no point, no R-tree entry
                        r.hasPoint = false;
                        r.zoneFid = *db.scalarInt("SELECT min(fid) FROM zones");
                        r.precision = LocationPrecision::Zone;
                    }
                    r.reportedAt = i % 2 ? std::optional<qint64>(r.occurredTo + 60) : std::nullopt;
                    r.description = i % 3 ? QStringLiteral("vitre brisée %1").arg(i) : QString();
                    r.tlp = i % 5 ? Tlp::Amber : Tlp::Green;
                    fidsReturned[mode] << w.insert(r);
                }
                // Corrections in the same batch: older rows and a row of this batch change their
                // text; one of each goes. Their old text must leave the index.
                for (const qint64 fid : {qint64(2), qint64(3), fidsReturned[mode].at(1)}) {
                    IncidentRecord r = *w.read(fid);
                    r.address = QStringLiteral("Rue corrigée %1").arg(fid);
                    r.description = QStringLiteral("adresse corrigée");
                    w.update(r);
                }
                w.remove(4);
                w.remove(fidsReturned[mode].at(2));
                tx.commit();
            }
            QCOMPARE(*db.scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'corrigée'"), 3);
            // Old text of rows 2 and 4 (sampleIncident 1 and 3) and of the two batch rows: gone.
            for (const char *gone : {"\"Grand-Place 1,\"", "\"Grand-Place 3,\"", "\"Grand-Place 1001,\"", "\"Grand-Place 1002,\""})
                QVERIFY2(*db.scalarInt(QStringLiteral("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts "
                                                      "MATCH 'address:%1'").arg(QLatin1String(gone)).toUtf8().constData()) == 0, gone);
            QCOMPARE(*db.scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH "
                                   "'address:\"Grand-Place 0,\"'"), 1);
            incidents << test::tableRows(db, QStringLiteral("incidents")).join(QLatin1Char('\n'));
            links << test::tableRows(db, QStringLiteral("phenomap_incident_mo")).join(QLatin1Char('\n'));
            sequences << db.scalarText("SELECT seq FROM sqlite_sequence WHERE name = 'incidents'").value_or(QString());
            QCOMPARE(*db.scalarInt("SELECT count(*) FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH 'vitre'"),
                     qint64(added - (added + 2) / 3) - 2); // rows 1 and 2 of the batch have text, and were changed
            QCOMPARE(db.scalarText("SELECT rtreecheck('rtree_incidents_geom')").value_or(QString()), QStringLiteral("ok"));
            db.exec("INSERT INTO phenomap_incident_fts (phenomap_incident_fts) VALUES ('integrity-check')");
        }
        QCOMPARE(fidsReturned[1], fidsReturned[0]);
        QCOMPARE(fidsReturned[1].first(), qint64(6));
        QCOMPARE(incidents[1], incidents[0]);
        QCOMPARE(links[1], links[0]);
        QCOMPARE(sequences[1], sequences[0]);
        QCOMPARE(sequences[1], QString::number(5 + added));
    }

    void rolledBackBulkBatchRestoresTrigger()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollback.gpkg"));
        auto p = Project::create(path, {.title = QStringLiteral("bulk")});
        {
            Transaction tx(p->db());
            IncidentWriter w(*p, IncidentWriter::Mode::Bulk);
            for (int i = 0; i < 100; ++i)
                w.insert(test::sampleIncident(*p, i));
        } // canceled: no commit
        QVERIFY(p->db().scalarText("SELECT sql FROM sqlite_master WHERE name = 'rtree_incidents_geom_insert'"));
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM incidents"), 0);
        {
            Transaction tx(p->db());
            IncidentWriter(*p).insert(test::sampleIncident(*p, 1));
            tx.commit();
        }
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM rtree_incidents_geom"), 1);
    }
};

QTEST_GUILESS_MAIN(TestRtreeBulk)
#include "tst_rtreebulk.moc"
