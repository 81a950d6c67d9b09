// SPDX-License-Identifier: GPL-3.0-or-later
// The zone table on the base zones of a real project, with counts from the engine checked
// against SQL.
#include "engine.h"
#include "engine_support.h"
#include "project.h"
#include "sqlite.h"
#include "zonemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestZoneModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::SyntheticProject m_s;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_s = test::createSyntheticProject(m_dir.filePath(QStringLiteral("zones.gpkg")), 800, 5, true);
    }

    void loadsLayer_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("firstCode");
        QTest::newRow("municipalities") << QStringLiteral("municipalities") << 19 << 21001;
        QTest::newRow("police zones") << QStringLiteral("police_zones") << 6 << 5339;
        QTest::newRow("unknown layer") << QStringLiteral("no such layer") << 0 << -1;
    }

    void loadsLayer()
    {
        QFETCH(QString, layer);
        QFETCH(int, rows);
        QFETCH(int, firstCode);
        ZoneModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(m_s.project->db(), layer);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.layer(), layer);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.codeAt(0), firstCode);
        QCOMPARE(model.codeAt(rows), -1);
        Statement st = m_s.project->db().prepare("SELECT code, name_fr, name_nl, population FROM zones WHERE layer = ?");
        st.bind(1, layer);
        int seen = 0;
        while (st.step()) {
            const int row = model.rowOfCode(st.text(0).toInt());
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, ZoneModel::Code).data().toString(), st.text(0));
            QCOMPARE(model.index(row, ZoneModel::NameFr).data().toString(), st.text(1));
            QCOMPARE(model.index(row, ZoneModel::NameNl).data().toString(), st.text(2));
            QCOMPARE(model.index(row, ZoneModel::Population).data().isValid(), !st.isNull(3));
            if (!st.isNull(3))
                QCOMPARE(model.index(row, ZoneModel::Population).data().toLongLong(), st.int64(3));
            QCOMPARE(model.index(row, ZoneModel::Count).data().toUInt(), 0u);
            ++seen;
        }
        QCOMPARE(seen, rows);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.codeAt(r - 1) < model.codeAt(r));
    }

    void countsFromEngine_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("tlp");
        QTest::newRow("municipalities, all") << QStringLiteral("municipalities") << QStringLiteral("municipality_nis") << -1;
        QTest::newRow("municipalities, red") << QStringLiteral("municipalities") << QStringLiteral("municipality_nis") << int(Tlp::Red);
        QTest::newRow("police zones, all") << QStringLiteral("police_zones") << QStringLiteral("police_zone") << -1;
    }

    void countsFromEngine()
    {
        QFETCH(QString, layer);
        QFETCH(QString, column);
        QFETCH(int, tlp);
        Engine engine;
        engine.load(*m_s.project);
        Filter f;
        if (tlp >= 0)
            f.tlps = {tlp};
        const FilterResult r = engine.apply(*m_s.project, f);
        ZoneModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(m_s.project->db(), layer);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCounts(layer == QLatin1String("municipalities") ? municipalityCounts(engine.columns(), r)
                                                                  : policeZoneCounts(engine.columns(), r));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(ZoneModel::Count));
        quint32 total = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            Statement st = m_s.project->db().prepare(
                QStringLiteral("SELECT count(*) FROM incidents WHERE %1 = ? AND (? < 0 OR tlp = ?)").arg(column));
            st.bind(1, model.codeAt(row)).bind(2, tlp).bind(3, tlp >= 0 ? tlpLabel(Tlp(tlp)) : QString());
            QVERIFY(st.step());
            const quint32 count = model.index(row, ZoneModel::Count).data().toUInt();
            QCOMPARE(qint64(count), st.int64(0));
            total += count;
        }
        QVERIFY(total > 0);
    }

    void headers()
    {
        ZoneModel model;
        QSet<QString> labels;
        for (int c = 0; c < model.columnCount(); ++c)
            labels.insert(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(labels.size(), int(ZoneModel::ColumnCount));
        QVERIFY(!labels.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestZoneModel)
#include "tst_zonemodel.moc"
