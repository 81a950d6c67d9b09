// SPDX-License-Identifier: GPL-3.0-or-later
// The incident table in the window over a real project: it lists the filter's incidents or only
// the selected ones, and exports what it lists as CSV (every row, in the table's order, with
// ISO times and whole descriptions), recorded in the project's audit log.
#include "demogenerator.h"
#include "incidenttablecontroller.h"
#include "incidenttablemodel.h"
#include "incidenttablepanel.h"
#include "incidenttableview.h"
#include "mainwindow.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

/// Splits CSV text into records of fields (RFC 4180, the writer's dialect).
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestIncidentTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(m_path, {.incidents = 400, .seed = 12, .title = QStringLiteral("Table")});
    }

    void listsTheSelectionAndExportsIt()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(m_path);
        ProjectController *controller = window.controller();
        QVERIFY(controller->project());
        auto *panel = window.findChild<IncidentTablePanel *>();
        auto *tables = window.findChild<IncidentTableController *>();
        QVERIFY(panel && tables);
        IncidentTableModel *model = controller->tableModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = int(controller->result().total());
        QCOMPARE(model->rowCount(), all);
        QVERIFY2(panel->listedText().contains(QLocale().toString(all)), qPrintable(panel->listedText()));

        // Only the selection: three incidents picked on the map.
        const IncidentColumns &c = controller->engine().columns();
        const QSet<quint32> picked{c.fid[controller->result().rows[3]], c.fid[controller->result().rows[50]],
                                   c.fid[controller->result().rows[120]]};
        controller->selectIncidents(picked);
        panel->scopeCombo()->setCurrentIndex(panel->scopeCombo()->findData(int(IncidentTablePanel::SelectionScope)));
        QCOMPARE(controller->tableScope(), ProjectController::TableScope::Selection);
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(panel->listedText().startsWith(QLatin1String("3 ")));
        // Choosing a row among them does not narrow the selection.
        panel->table()->selectRow(0);
        QCOMPARE(controller->selection(), picked);
        // A new selection changes the list at once.
        controller->selectIncidents({*picked.begin()});
        QCOMPARE(model->rowCount(), 1);
        controller->selectIncidents(picked);
        QCOMPARE(model->rowCount(), 3);

        // Export what is listed: the three, with ISO times and whole texts, ';' for fr_BE.
        const QString csv = m_dir.filePath(QStringLiteral("selection.csv"));
        QCOMPARE(tables->exportTo(csv), 3);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(';'));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].size(), int(IncidentTableModel::ColumnCount));
        QSet<QString> refs;
        {
            auto project = Project::open(m_path, Project::OpenMode::ReadOnly);
            for (int r = 1; r < records.size(); ++r) {
                const QStringList &rec = records[r];
                QCOMPARE(rec.size(), int(IncidentTableModel::ColumnCount));
                refs << rec[IncidentTableModel::SourceRef];
                Statement st = project->db().prepare(
                    "SELECT occurred_from, coalesce(description, '') FROM incidents WHERE source_ref = ?");
                st.bind(1, rec[IncidentTableModel::SourceRef]);
                QVERIFY(st.step());
                const QDateTime from = QDateTime::fromString(rec[IncidentTableModel::From], Qt::ISODate);
                QVERIFY2(from.isValid(), qPrintable(rec[IncidentTableModel::From]));
                QCOMPARE(from.toSecsSinceEpoch(), st.int64(0));
                QCOMPARE(rec[IncidentTableModel::Description], st.text(1));
            }
            QCOMPARE(refs.size(), 3);
            QCOMPARE(project->db().scalarInt("SELECT count(*) FROM phenomap_audit WHERE action = 'export_csv'"),
                     std::optional<qint64>(1));
        }

        // Back to the filter: every incident, and the export button clicks through the prompt.
        panel->setScope(IncidentTablePanel::FilterScope);
        QCOMPARE(model->rowCount(), all);
        const QString whole = m_dir.filePath(QStringLiteral("all.csv"));
        tables->setPathPrompt([&] { return whole; });
        QSignalSpy status(tables, &IncidentTableController::statusMessage);
        panel->exportButton()->click();
        QFile w(whole);
        QVERIFY(w.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(w.readAll().mid(3)), QLatin1Char(';')).size(), all + 1);
        QVERIFY(!status.isEmpty());
        // A prompt that is canceled writes nothing.
        tables->setPathPrompt([] { return QString(); });
        QVERIFY(QFile::remove(whole));
        panel->exportButton()->click();
        QVERIFY(!QFile::exists(whole));
        // An unwritable place: an error naming it, no file.
        QObject::disconnect(tables, &IncidentTableController::errorOccurred, &window, nullptr); // no modal box
        QSignalSpy errors(tables, &IncidentTableController::errorOccurred);
        const QString bad = m_dir.filePath(QStringLiteral("missing/dir/x.csv"));
        QCOMPARE(tables->exportTo(bad), -1);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().at(1).toString().contains(QLatin1String("x.csv")));
    }
};

QTEST_MAIN(TestIncidentTable)
#include "tst_incidenttable.moc"
