// SPDX-License-Identifier: GPL-3.0-or-later
// The phenomenon / MO tree on the taxonomy of a real project: structure and labels against
// SQL, tri-state checking, the id sets it hands to the engine, and counts.
#include "engine.h"
#include "engine_support.h"
#include "project.h"
#include "sqlite.h"
#include "taxonomy.h"
#include "taxonomymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestTaxonomyModel : public QObject
{
    Q_OBJECT

private:
    QSet<qint64> sqlIds(const QString &sql)
    {
        QSet<qint64> out;
        Statement st = m_s.project->db().prepare(sql);
        while (st.step())
            out.insert(st.int64(0));
        return out;
    }
    QModelIndex phenomenonRow(const TaxonomyModel &model, qint64 id)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.data(model.index(r, 0), TaxonomyModel::IdRole).toLongLong() == id)
                return model.index(r, 0);
        return {};
    }
    Qt::CheckState state(const QModelIndex &index)
    {
        return index.data(Qt::CheckStateRole).value<Qt::CheckState>();
    }

    QTemporaryDir m_dir;
    test::SyntheticProject m_s;
    QList<TaxonomyNode> m_nodes;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_s = test::createSyntheticProject(m_dir.filePath(QStringLiteral("taxonomy.gpkg")), 500, 11);
        m_nodes = loadTaxonomy(m_s.project->db());
        QVERIFY(m_nodes.size() > 10);
    }

    void structureMatchesStore_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("column");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("label_fr");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("label_nl");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("label_en");
    }

    void structureMatchesStore()
    {
        QFETCH(QString, language);
        QFETCH(QString, column);
        TaxonomyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(m_nodes, language);
        QCOMPARE(qint64(model.rowCount()), *m_s.project->db().scalarInt("SELECT count(*) FROM phenomena WHERE kind = 'phenomenon'"));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex p = model.index(r, 0);
            const qint64 id = p.data(TaxonomyModel::IdRole).toLongLong();
            Statement st = m_s.project->db().prepare(QStringLiteral("SELECT %1, colour FROM phenomena WHERE id = ?").arg(column));
            st.bind(1, id);
            QVERIFY(st.step());
            QCOMPARE(p.data().toString(), st.text(0));
            QCOMPARE(p.data(Qt::DecorationRole).value<QColor>(), QColor::fromString(st.text(1)));
            QCOMPARE(p.data(TaxonomyModel::KindRole).toString(), QStringLiteral("phenomenon"));
            QSet<qint64> children;
            for (int c = 0; c < model.rowCount(p); ++c) {
                const QModelIndex mo = model.index(c, 0, p);
                QCOMPARE(mo.parent(), p);
                QCOMPARE(mo.data(TaxonomyModel::KindRole).toString(), QStringLiteral("mo"));
                QVERIFY(!mo.data(Qt::DecorationRole).isValid());
                children.insert(mo.data(TaxonomyModel::IdRole).toLongLong());
            }
            QCOMPARE(children, sqlIds(QStringLiteral("SELECT id FROM phenomena WHERE parent_id = %1").arg(id)));
        }
    }

    void everythingCheckedMeansNoRestriction()
    {
        TaxonomyModel model;
        model.setTaxonomy(m_nodes, QStringLiteral("en"));
        QVERIFY(model.checkedPhenomena().isEmpty());
        QVERIFY(model.checkedMo().isEmpty());
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(state(model.index(r, 0)), Qt::Checked);
            QVERIFY(model.flags(model.index(r, 0)) & Qt::ItemIsUserCheckable);
            QVERIFY(!(model.flags(model.index(r, 1)) & Qt::ItemIsUserCheckable));
        }
    }

    void uncheckingOneMoMakesParentPartial()
    {
        TaxonomyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(m_nodes, QStringLiteral("en"));
        const qint64 phenomenon = m_s.phenomena.at(0);
        const QModelIndex p = phenomenonRow(model, phenomenon);
        QVERIFY(model.rowCount(p) >= 2);
        const QModelIndex mo = model.index(0, 0, p);
        const qint64 moId = mo.data(TaxonomyModel::IdRole).toLongLong();
        QSignalSpy checked(&model, &TaxonomyModel::checkedChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(mo, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
        QVERIFY(changed.count() >= 2); // the MO and its phenomenon
        QCOMPARE(state(mo), Qt::Unchecked);
        QCOMPARE(state(p), Qt::PartiallyChecked);
        QVERIFY(model.checkedPhenomena().isEmpty());
        QCOMPARE(model.checkedMo(), sqlIds(QStringLiteral("SELECT id FROM phenomena WHERE kind = 'mo' AND id <> %1").arg(moId)));
        QVERIFY(model.setData(mo, Qt::Unchecked, Qt::CheckStateRole)); // no change: no signal
        QCOMPARE(checked.count(), 1);
        QVERIFY(model.setData(p, Qt::PartiallyChecked, Qt::CheckStateRole)); // a click on a partial parent checks all
        QCOMPARE(state(p), Qt::Checked);
        QCOMPARE(state(mo), Qt::Checked);
        QVERIFY(model.checkedMo().isEmpty());
        QCOMPARE(checked.count(), 2);
    }

    void uncheckingPhenomenonFiltersEngine()
    {
        TaxonomyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(m_nodes, QStringLiteral("fr"));
        const qint64 phenomenon = m_s.phenomena.at(1);
        const QModelIndex p = phenomenonRow(model, phenomenon);
        QVERIFY(model.setData(p, Qt::Unchecked, Qt::CheckStateRole));
        for (int c = 0; c < model.rowCount(p); ++c)
            QCOMPARE(state(model.index(c, 0, p)), Qt::Unchecked);
        QCOMPARE(model.checkedPhenomena(),
                 sqlIds(QStringLiteral("SELECT id FROM phenomena WHERE kind = 'phenomenon' AND id <> %1").arg(phenomenon)));
        // Unticking a whole phenomenon restricts phenomena only: an MO restriction would also hide
        // the incidents of ticked phenomena that carry no MO.
        QCOMPARE(model.checkedMo(), QSet<qint64>());

        Engine engine;
        engine.load(*m_s.project);
        Filter f;
        f.phenomenonIds = model.checkedPhenomena();
        f.moIds = model.checkedMo();
        const qint64 expected = *m_s.project->db().scalarInt(
            QStringLiteral("SELECT count(*) FROM incidents WHERE phenomenon_id <> %1").arg(phenomenon).toUtf8().constData());
        QCOMPARE(qint64(engine.apply(*m_s.project, f).total()), expected);
    }

    void nothingCheckedMatchesNothing()
    {
        TaxonomyModel model;
        model.setTaxonomy(m_nodes, QStringLiteral("en"));
        QSignalSpy checked(&model, &TaxonomyModel::checkedChanged);
        model.setAllChecked(false);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(model.checkedPhenomena(), QSet<qint64>{TaxonomyModel::kNothingChecked});
        QCOMPARE(model.checkedMo(), QSet<qint64>()); // the phenomenon set already excludes everything
        Engine engine;
        engine.load(*m_s.project);
        Filter f;
        f.phenomenonIds = model.checkedPhenomena();
        QCOMPARE(engine.apply(*m_s.project, f).total(), std::size_t(0));
        model.setAllChecked(true);
        QVERIFY(model.checkedPhenomena().isEmpty());
        QCOMPARE(checked.count(), 2);
    }

    void languageChangeKeepsChecks()
    {
        TaxonomyModel model;
        model.setTaxonomy(m_nodes, QStringLiteral("en"));
        const QModelIndex p = phenomenonRow(model, m_s.phenomena.at(2));
        QVERIFY(model.setData(p, Qt::Unchecked, Qt::CheckStateRole));
        const QSet<qint64> before = model.checkedPhenomena();
        QSignalSpy checked(&model, &TaxonomyModel::checkedChanged);
        model.setTaxonomy(m_nodes, QStringLiteral("nl"));
        QCOMPARE(model.checkedPhenomena(), before);
        QCOMPARE(checked.count(), 0);
        QCOMPARE(state(phenomenonRow(model, m_s.phenomena.at(2))), Qt::Unchecked);
    }

    void countsColumn()
    {
        Engine engine;
        engine.load(*m_s.project);
        TaxonomyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(m_nodes, QStringLiteral("en"));
        QVERIFY(!model.index(0, TaxonomyModel::Count).data().isValid()); // no counts yet: blank
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCounts(taxonomyCounts(engine.columns(), engine.apply(*m_s.project, Filter{})));
        QVERIFY(changed.count() >= 1);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex p = model.index(r, 0);
            const qint64 id = p.data(TaxonomyModel::IdRole).toLongLong();
            QCOMPARE(qint64(model.index(r, TaxonomyModel::Count).data().toUInt()),
                     *m_s.project->db().scalarInt(QStringLiteral("SELECT count(*) FROM incidents WHERE phenomenon_id = %1")
                                                      .arg(id).toUtf8().constData()));
            for (int c = 0; c < model.rowCount(p); ++c) {
                const qint64 mo = model.index(c, 0, p).data(TaxonomyModel::IdRole).toLongLong();
                QCOMPARE(qint64(model.index(c, TaxonomyModel::Count, p).data().toUInt()),
                         *m_s.project->db().scalarInt(QStringLiteral("SELECT count(*) FROM phenomap_incident_mo WHERE mo_id = %1")
                                                          .arg(mo).toUtf8().constData()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyModel)
#include "tst_taxonomymodel.moc"
