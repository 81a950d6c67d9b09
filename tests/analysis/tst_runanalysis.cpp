// SPDX-License-Identifier: GPL-3.0-or-later
// runAnalysis() end to end on a synthetic project: every method runs, the record carries the
// recipe, re-running gives identical numbers, and a data change changes the input digest.
#include "analysisrecord.h"
#include "engine_support.h"
#include "feedback.h"
#include "incidentwriter.h"
#include "runanalysis.h"
#include "sqlite.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestRunAnalysis : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::SyntheticProject m_synthetic;

    static QJsonObject withoutTimestamp(QJsonObject o)
    {
        QJsonObject rec = o.value(QStringLiteral("record")).toObject();
        rec.remove(QStringLiteral("computedAt"));
        o.insert(QStringLiteral("record"), rec);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_synthetic = test::createSyntheticProject(m_dir.filePath(QStringLiteral("a.gpkg")), 3000, 17, true);
    }

    void giOnGrid()
    {
        AnalysisRequest req; // gi, 100 m square grid clipped to the municipalities, 300 m band
        req.cellSize = 250;
        const QJsonObject out = runAnalysis(*m_synthetic.project, req);
        const auto rec = AnalysisRecord::fromJson(out.value(QStringLiteral("record")).toObject());
        QVERIFY(rec);
        QCOMPARE(rec->method, QStringLiteral("gi"));
        QCOMPARE(rec->weights, QStringLiteral("distance"));
        QCOMPARE(rec->band, 300.0);
        QCOMPARE(rec->transform, QStringLiteral("binary"));
        QVERIFY(rec->selfIncluded);
        QCOMPARE(rec->regionLayer, QStringLiteral("municipalities"));
        QCOMPARE(rec->inputSha256.size(), 64);
        // Roughly 161 km2 of region at 250 m: 2,600-3,000 cells touching it.
        QVERIFY2(rec->units > 2400 && rec->units < 3200, qPrintable(QString::number(rec->units)));
        const QJsonObject result = out.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("z")).toArray().size(), rec->units);
        QCOMPARE(out.value(QStringLiteral("units")).toObject().value(QStringLiteral("column")).toArray().size(), rec->units);
        // Counted incidents never exceed those loaded.
        double total = 0;
        for (const QJsonValue &v : out.value(QStringLiteral("units")).toObject().value(QStringLiteral("count")).toArray())
            total += v.toDouble();
        QVERIFY(total > 0 && total <= rec->incidents);
        // Record round trip.
        QVERIFY(AnalysisRecord::fromJson(rec->toJson())->sameRecipe(*rec));
    }

    void rerunIsIdenticalAndFiltersChangeTheDigest()
    {
        AnalysisRequest req;
        req.method = QStringLiteral("lisa");
        req.cellSize = 500;
        req.permutations = 199;
        req.correction = Significance::Correction::Fdr;
        const QJsonObject a = runAnalysis(*m_synthetic.project, req);
        const QJsonObject b = runAnalysis(*m_synthetic.project, req);
        QCOMPARE(withoutTimestamp(a), withoutTimestamp(b));
        req.seed = 777;
        const QJsonObject c = runAnalysis(*m_synthetic.project, req);
        QVERIFY(a.value(QStringLiteral("result")).toObject().value(QStringLiteral("p"))
                != c.value(QStringLiteral("result")).toObject().value(QStringLiteral("p")));
        // A phenomenon filter: fewer incidents, another digest, and the filter is described.
        req.phenomenonIds = {m_synthetic.phenomena.first()};
        const auto rec = AnalysisRecord::fromJson(runAnalysis(*m_synthetic.project, req).value(QStringLiteral("record")).toObject());
        const auto recAll = AnalysisRecord::fromJson(a.value(QStringLiteral("record")).toObject());
        QVERIFY(rec->incidents < recAll->incidents);
        QVERIFY(rec->inputSha256 != recAll->inputSha256);
        QVERIFY(rec->filter.contains(QString::number(m_synthetic.phenomena.first())));
        QCOMPARE(rec->correction, QStringLiteral("fdr"));
    }

    void moranKnoxAndZones()
    {
        AnalysisRequest req;
        req.method = QStringLiteral("moran");
        req.cellSize = 500;
        req.gridShape = Grid::Shape::Hexagon;
        QJsonObject out = runAnalysis(*m_synthetic.project, req);
        QVERIFY(out.value(QStringLiteral("result")).toObject().contains(QStringLiteral("z_norm")));
        QCOMPARE(out.value(QStringLiteral("record")).toObject().value(QStringLiteral("gridShape")).toString(), QStringLiteral("hexagon"));

        req.zoneLayer = QStringLiteral("municipalities");
        out = runAnalysis(*m_synthetic.project, req);
        QCOMPARE(out.value(QStringLiteral("record")).toObject().value(QStringLiteral("units")).toInt(), 19);

        req = AnalysisRequest();
        req.method = QStringLiteral("knox");
        req.permutations = 99;
        out = runAnalysis(*m_synthetic.project, req);
        const QJsonObject knox = out.value(QStringLiteral("result")).toObject();
        QCOMPARE(knox.value(QStringLiteral("cells")).toArray().size(), 6 * 5);
        QCOMPARE(knox.value(QStringLiteral("rowLabels")).toArray().size(), 6);

        req.method = QStringLiteral("kriging");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runAnalysis(*m_synthetic.project, req));
    }

    void cancelAndChangedData()
    {
        AnalysisRequest req;
        req.method = QStringLiteral("lisa");
        req.cellSize = 500;
        Feedback feedback;
        feedback.cancel();
        QVERIFY_THROWS_EXCEPTION(Canceled, runAnalysis(*m_synthetic.project, req, &feedback));

        req.method = QStringLiteral("gi");
        const QString before = runAnalysis(*m_synthetic.project, req)
                                   .value(QStringLiteral("record")).toObject().value(QStringLiteral("inputSha256")).toString();
        {
            Transaction tx(m_synthetic.project->db());
            m_synthetic.project->db().exec("UPDATE incidents SET occurred_to = occurred_to + 60 "
                                           "WHERE fid = (SELECT min(fid) FROM incidents WHERE geom IS NOT NULL)");
            tx.commit();
        }
        const QString after = runAnalysis(*m_synthetic.project, req)
                                  .value(QStringLiteral("record")).toObject().value(QStringLiteral("inputSha256")).toString();
        QVERIFY(before != after);
    }
};

QTEST_GUILESS_MAIN(TestRunAnalysis)
#include "tst_runanalysis.moc"
