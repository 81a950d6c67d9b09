// SPDX-License-Identifier: GPL-3.0-or-later
// The incident table over a real project: cheap columns against SQL, lazy text pages, sorting
// with persistent indexes, and the model tester on every state.
#include "engine.h"
#include "engine_support.h"
#include "incidenttablemodel.h"
#include "project.h"
#include "sqlite.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <numeric>

using namespace phenomap;

class TestIncidentTableModel : public QObject
{
    Q_OBJECT

private:
    std::vector<quint32> allRows() const
    {
        std::vector<quint32> rows(m_engine.columns().size());
        std::iota(rows.begin(), rows.end(), 0u);
        return rows;
    }
    QStringList sqlRow(qint64 fid)
    {
        Statement st = m_s.project->db().prepare(
            "SELECT i.source_ref, i.address, i.description, p.label_en, s.name, z.name_fr, i.tlp, i.occurred_from"
            " FROM incidents i JOIN phenomena p ON p.id = i.phenomenon_id JOIN sources s ON s.id = i.source_id"
            " LEFT JOIN zones z ON z.layer = 'municipalities' AND CAST(z.code AS INTEGER) = i.municipality_nis"
            " WHERE i.fid = ?");
        st.bind(1, fid);
        if (!st.step())
            return {};
        QStringList out;
        for (int c = 0; c < 7; ++c)
            out << st.text(c);
        out << QDateTime::fromSecsSinceEpoch(st.int64(7), QTimeZone("Europe/Brussels")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return out;
    }

    QTemporaryDir m_dir;
    test::SyntheticProject m_s;
    Engine m_engine;
    static constexpr int kCount = 1000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_s = test::createSyntheticProject(m_dir.filePath(QStringLiteral("table.gpkg")), kCount, 7, true);
        m_engine.load(*m_s.project);
    }

    void cellsMatchStore()
    {
        IncidentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(m_s.project.get(), &m_engine.columns(), allRows());
        QCOMPARE(model.rowCount(), kCount);
        QCOMPARE(model.columnCount(), int(IncidentTableModel::ColumnCount));
        int withMunicipality = 0;
        for (int row = 0; row < model.rowCount(); row += 7) {
            const qint64 fid = model.fidAt(row);
            QCOMPARE(model.data(model.index(row, 0), IncidentTableModel::FidRole).toLongLong(), fid);
            const QStringList expected = sqlRow(fid);
            QVERIFY(!expected.isEmpty());
            auto cell = [&](int column) { return model.data(model.index(row, column)).toString(); };
            QCOMPARE(cell(IncidentTableModel::SourceRef), expected[0]);
            QCOMPARE(cell(IncidentTableModel::Address), expected[1]);
            QCOMPARE(cell(IncidentTableModel::Description), expected[2]); // one line, short
            QCOMPARE(model.data(model.index(row, IncidentTableModel::Description), Qt::ToolTipRole).toString(), expected[2]);
            QCOMPARE(cell(IncidentTableModel::Phenomenon), expected[3]);
            QCOMPARE(cell(IncidentTableModel::Source), expected[4]);
            QCOMPARE(cell(IncidentTableModel::Municipality), expected[5]);
            withMunicipality += !expected[5].isEmpty();
            QCOMPARE(cell(IncidentTableModel::Tlp), expected[6]);
            QCOMPARE(cell(IncidentTableModel::From), expected[7]);
        }
        QVERIFY(withMunicipality > 100); // the base zones are there: names, not numbers
        QCOMPARE(model.fidAt(-1), -1);
        QCOMPARE(model.fidAt(kCount), -1);
    }

    void textIsReadInPages()
    {
        IncidentTableModel model;
        model.reset(m_s.project.get(), &m_engine.columns(), allRows());
        QCOMPARE(model.pagesLoaded(), 0);
        model.data(model.index(0, IncidentTableModel::From));
        QCOMPARE(model.pagesLoaded(), 0); // cheap columns never touch SQLite
        model.data(model.index(0, IncidentTableModel::Address));
        QCOMPARE(model.pagesLoaded(), 1);
        model.data(model.index(IncidentTableModel::kPageSize - 1, IncidentTableModel::Description));
        QCOMPARE(model.pagesLoaded(), 1);
        model.data(model.index(IncidentTableModel::kPageSize, IncidentTableModel::Description));
        QCOMPARE(model.pagesLoaded(), 2);
        model.data(model.index(3, IncidentTableModel::SourceRef));
        QCOMPARE(model.pagesLoaded(), 2); // still cached
    }

    void millionRowsStayLazy()
    {
        // A million rows (the loaded incidents repeated): only the pages looked at are read.
        std::vector<quint32> rows(1'000'000);
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = quint32(i % kCount);
        IncidentTableModel model;
        model.reset(m_s.project.get(), &m_engine.columns(), std::move(rows));
        QCOMPARE(model.rowCount(), 1'000'000);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.data(model.index(last, IncidentTableModel::SourceRef)).toString(),
                 sqlRow(model.fidAt(last)).at(0));
        QCOMPARE(model.pagesLoaded(), 1);
        // Touch more pages than the cache holds, then the first one again: it was evicted.
        for (int p = 0; p <= IncidentTableModel::kCachedPages; ++p)
            model.data(model.index(p * IncidentTableModel::kPageSize, IncidentTableModel::Address));
        QCOMPARE(model.pagesLoaded(), 2 + IncidentTableModel::kCachedPages);
        model.data(model.index(0, IncidentTableModel::Address));
        QCOMPARE(model.pagesLoaded(), 3 + IncidentTableModel::kCachedPages);
        model.data(model.index(IncidentTableModel::kCachedPages * IncidentTableModel::kPageSize, IncidentTableModel::Address));
        QCOMPARE(model.pagesLoaded(), 3 + IncidentTableModel::kCachedPages); // the most recent page stayed
    }

    void showsFilteredRows()
    {
        Filter f;
        f.phenomenonIds = {m_s.phenomena.at(0), m_s.phenomena.at(1)};
        const FilterResult r = m_engine.apply(*m_s.project, f);
        IncidentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(m_s.project.get(), &m_engine.columns(), r.rows);
        QCOMPARE(qint64(model.rowCount()),
                 *m_s.project->db().scalarInt(QStringLiteral("SELECT count(*) FROM incidents WHERE phenomenon_id IN (%1, %2)")
                                                  .arg(m_s.phenomena.at(0)).arg(m_s.phenomena.at(1)).toUtf8().constData()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = m_engine.columns().phenomenonIds[m_engine.columns().phenomenon[r.rows[std::size_t(row)]]];
            QVERIFY(f.phenomenonIds.contains(id));
            QCOMPARE(model.rowOfFid(model.fidAt(row)), row);
        }
        model.reset(m_s.project.get(), &m_engine.columns(), {});
        QCOMPARE(model.rowCount(), 0);
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int c : {int(IncidentTableModel::From), int(IncidentTableModel::To), int(IncidentTableModel::Phenomenon),
                      int(IncidentTableModel::Municipality), int(IncidentTableModel::Source), int(IncidentTableModel::Tlp)}) {
            QTest::addRow("column %d ascending", c) << c << Qt::AscendingOrder;
            QTest::addRow("column %d descending", c) << c << Qt::DescendingOrder;
        }
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        IncidentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(m_s.project.get(), &m_engine.columns(), allRows());
        const QPersistentModelIndex tracked = model.index(123, column);
        const qint64 trackedFid = model.fidAt(123);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(column, order);
        QCOMPARE(layout.count(), 1);
        QVERIFY(tracked.isValid());
        QCOMPARE(model.fidAt(tracked.row()), trackedFid);
        QCOMPARE(tracked.column(), column);
        bool changedOrder = false;
        for (int row = 1; row < model.rowCount(); ++row) {
            const QVariant a = model.data(model.index(row - 1, column), IncidentTableModel::SortRole);
            const QVariant b = model.data(model.index(row, column), IncidentTableModel::SortRole);
            const auto cmp = QVariant::compare(a, b);
            if (order == Qt::AscendingOrder)
                QVERIFY2(cmp != QPartialOrdering::Greater, qPrintable(QStringLiteral("row %1").arg(row)));
            else
                QVERIFY2(cmp != QPartialOrdering::Less, qPrintable(QStringLiteral("row %1").arg(row)));
            changedOrder |= model.fidAt(row) < model.fidAt(row - 1);
        }
        QVERIFY(changedOrder); // the data is not already in this order: the sort did something
        // Text still belongs to the right incident after the page cache was dropped.
        QCOMPARE(model.data(model.index(0, IncidentTableModel::SourceRef)).toString(), sqlRow(model.fidAt(0)).at(0));
    }

    void textColumnsDoNotSort()
    {
        IncidentTableModel model;
        model.reset(m_s.project.get(), &m_engine.columns(), allRows());
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(IncidentTableModel::Description);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(model.pagesLoaded(), 0);
    }

    void headersAndLabels()
    {
        IncidentTableModel model;
        model.reset(m_s.project.get(), &m_engine.columns(), allRows());
        QSet<QString> headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers.insert(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers.size(), model.columnCount());
        QVERIFY(!headers.contains(QString()));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 phenomenon = m_engine.columns().phenomenonIds[m_engine.columns().phenomenon[0]];
        model.setLabels({{phenomenon, QStringLiteral("Label X")}}, {});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0, IncidentTableModel::Phenomenon)).toString(), QStringLiteral("Label X"));
        model.setLanguage(QStringLiteral("nl"));
        const QString nl = *m_s.project->db().scalarText(
            QStringLiteral("SELECT label_nl FROM phenomena WHERE id = %1").arg(phenomenon).toUtf8().constData());
        QCOMPARE(model.data(model.index(0, IncidentTableModel::Phenomenon)).toString(), nl);
    }
};

QTEST_GUILESS_MAIN(TestIncidentTableModel)
#include "tst_incidenttablemodel.moc"
