// SPDX-License-Identifier: GPL-3.0-or-later
// The fast import path: reading and mapping on a second thread, secondary indexes rebuilt at the
// end of a large batch. Same rows, same rejections, same indexes as the row-by-row path; a cancel
// midway leaves the project exactly as it was.
#include "feedback.h"
#include "importer.h"
#include "project.h"
#include "storetestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

std::unique_ptr<Project> newProject(const QTemporaryDir &dir, const QString &name)
{
    Project::CreateOptions o;
    o.title = QStringLiteral("pipeline test");
    o.synthetic = true;
    return Project::create(dir.filePath(name), o);
}

/// A partner file with every kind of row: points, new and known sources, MO lists, record ids
/// repeated within the file, unparsable dates, unmapped categories, empty locations.
QString writeCsv(const QTemporaryDir &dir, const QString &name, int first, int count)
{
    QByteArray csv("ref,lon,lat,date,fait,mo,bron,description\n");
    quint32 state = 12345u + quint32(first);
    auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    const char *facts[] = {"Drugs", "Fraud", "Extortion", "Drugshandel"};
    const char *mos[] = {"", "Deal de rue", "Deal de rue|Stash house", "Stash house"};
    const char *sources[] = {"", "PZ Test", "PZ Nouvelle", "Parquet"};
    for (int i = first; i < first + count; ++i) {
        const int ref = i % 101 == 100 ? i - 1 : i; // a repeated record id now and then
        const double lon = 4.30 + (next() % 10000) / 100000.0, lat = 50.80 + (next() % 10000) / 100000.0;
        QByteArray date = "2024-" + QByteArray::number(1 + next() % 12) + "-" + QByteArray::number(1 + next() % 28) + " "
                          + QByteArray::number(next() % 24) + ":30";
        if (i % 53 == 0)
            date = "not a date";
        QByteArray fact = facts[next() % 4];
        if (i % 71 == 0)
            fact = "Something unmapped";
        QByteArray lonText = QByteArray::number(lon, 'f', 6), latText = QByteArray::number(lat, 'f', 6);
        if (i % 89 == 0)
            lonText = latText = "";
        csv += "R" + QByteArray::number(ref) + "," + lonText + "," + latText + "," + date + "," + fact + ","
               + mos[next() % 4] + "," + sources[next() % 4] + ",incident number " + QByteArray::number(i)
               + " rue de la Loi\n";
    }
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(csv);
    return path;
}

ImportSummary importWith(Project &p, const QString &path, ImportRequest::Indexes indexes, Feedback *feedback = nullptr)
{
    ImportRequest r;
    r.filePath = path;
    r.source = QStringLiteral("PZ Test");
    r.userName = QStringLiteral("tester");
    r.indexes = indexes;
    return runImport(p, r, feedback);
}

QString schemaOf(Project &p)
{
    QString s;
    Statement st = p.db().prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    while (st.step())
        s += st.text(0) + QLatin1Char(' ') + st.text(1) + QLatin1Char(' ') + st.text(2) + QLatin1Char('\n');
    return s;
}

/// Everything an import writes, except the times and the file digest of its batch.
QString contentOf(Project &p)
{
    Database &db = p.db();
    QString d = test::tableDigest(db, QStringLiteral("incidents"), QStringLiteral("fid"));
    d += test::tableDigest(db, QStringLiteral("phenomap_incident_mo"), QStringLiteral("incident_fid, mo_id"));
    d += test::tableDigest(db, QStringLiteral("rtree_incidents_geom"), QStringLiteral("id"));
    d += test::tableDigest(db, QStringLiteral("rejected_rows"), QStringLiteral("id"));
    d += test::tableDigest(db, QStringLiteral("phenomap_batch_previous"), QStringLiteral("batch_id, fid"));
    d += test::tableDigest(db, QStringLiteral("(SELECT id, name FROM sources)"), QStringLiteral("id"));
    d += test::tableDigest(db, QStringLiteral("(SELECT id, file_name, source_id, rows_read, inserted, updated, rejected, "
                                              "status FROM import_batches)"),
                           QStringLiteral("id"));
    for (const char *word : {"loi", "incident", "number", "1234"}) {
        Statement st = db.prepare("SELECT group_concat(rowid) FROM (SELECT rowid FROM phenomap_incident_fts "
                                  "WHERE phenomap_incident_fts MATCH ? ORDER BY rowid)");
        st.bind(1, QString::fromLatin1(word));
        d += QLatin1Char('|') + (st.step() ? st.text(0) : QStringLiteral("(no row)"));
    }
    return d;
}

void checkIntegrity(Project &p)
{
    QCOMPARE(p.db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
    p.db().exec("INSERT INTO phenomap_incident_fts(phenomap_incident_fts) VALUES('integrity-check')");
    QCOMPARE(p.db().scalarInt("SELECT count(*) FROM incidents WHERE geom IS NOT NULL"),
             p.db().scalarInt("SELECT count(*) FROM rtree_incidents_geom"));
}

} // namespace

class TestImportPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rebuiltIndexesMatchRowByRow()
    {
        QTemporaryDir dir;
        const QString first = writeCsv(dir, QStringLiteral("first.csv"), 0, 6000);
        const QString second = writeCsv(dir, QStringLiteral("second.csv"), 3000, 6000); // half updates
        auto rowByRow = newProject(dir, QStringLiteral("a.gpkg"));
        auto rebuilt = newProject(dir, QStringLiteral("b.gpkg"));
        const QString schemaBefore = schemaOf(*rowByRow);
        QCOMPARE(schemaOf(*rebuilt), schemaBefore);
        for (const QString &file : {first, second}) {
            const ImportSummary a = importWith(*rowByRow, file, ImportRequest::Indexes::Maintain);
            const ImportSummary b = importWith(*rebuilt, file, ImportRequest::Indexes::Rebuild);
            QCOMPARE(a.rowsRead, 6000);
            QCOMPARE(b.rowsRead, a.rowsRead);
            QCOMPARE(b.inserted, a.inserted);
            QCOMPARE(b.updated, a.updated);
            QCOMPARE(b.rejected, a.rejected);
            QCOMPARE(a.rowsRead, a.inserted + a.updated + a.rejected);
            QVERIFY(a.rejected > 100);
            QCOMPARE(b.unmapped.size(), a.unmapped.size());
        }
        QVERIFY(rowByRow->db().scalarInt("SELECT count(*) FROM phenomap_batch_previous").value_or(0) > 1000);
        QVERIFY(rowByRow->db().scalarInt("SELECT count(*) FROM sources WHERE name = 'PZ Nouvelle'").value_or(0) == 1);
        QCOMPARE(contentOf(*rebuilt), contentOf(*rowByRow));
        // The indexes are back, with the very same definitions, and the planner uses them.
        QCOMPARE(schemaOf(*rebuilt), schemaBefore);
        QCOMPARE(schemaOf(*rowByRow), schemaBefore);
        checkIntegrity(*rebuilt);
        checkIntegrity(*rowByRow);
        Statement plan = rebuilt->db().prepare("EXPLAIN QUERY PLAN SELECT fid FROM incidents WHERE occurred_from > 0");
        QString detail;
        while (plan.step())
            detail += plan.text(3);
        QVERIFY2(detail.contains(QLatin1String("incidents_occurred_from")), qPrintable(detail));
    }

    void cancelMidwayLeavesProjectUnchanged()
    {
        QTemporaryDir dir;
        auto p = newProject(dir, QStringLiteral("p.gpkg"));
        importWith(*p, writeCsv(dir, QStringLiteral("seed.csv"), 0, 500), ImportRequest::Indexes::Auto);
        const QString big = writeCsv(dir, QStringLiteral("big.csv"), 400, 40000);
        auto digestAll = [&]() -> QString {
            return contentOf(*p) + schemaOf(*p)
                   + test::tableDigest(p->db(), QStringLiteral("import_batches"), QStringLiteral("id"))
                   + test::tableDigest(p->db(), QStringLiteral("phenomap_audit"), QStringLiteral("id"));
        };
        const QString before = digestAll();
        const QString schemaBefore = schemaOf(*p);
        for (const auto mode : {ImportRequest::Indexes::Rebuild, ImportRequest::Indexes::Maintain}) {
            Feedback feedback;
            double last = 0;
            QObject::connect(&feedback, &Feedback::progressChanged, &feedback, [&](double percent) {
                last = percent;
                if (percent >= 30)
                    feedback.cancel(); // the reading thread is well ahead and blocked on the queue
            });
            QVERIFY_THROWS_EXCEPTION(Canceled, importWith(*p, big, mode, &feedback));
            QVERIFY(last >= 30 && last < 99);
            QCOMPARE(digestAll(), before);
            checkIntegrity(*p);
        }
        // The same file without cancelling goes through (the seed's 100 shared rows are updated).
        const ImportSummary s = importWith(*p, big, ImportRequest::Indexes::Auto);
        QCOMPARE(s.rowsRead, 40000);
        QCOMPARE(s.rowsRead, s.inserted + s.updated + s.rejected);
        QVERIFY(s.updated > 50);
        checkIntegrity(*p);
        QCOMPARE(schemaOf(*p), schemaBefore);
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
