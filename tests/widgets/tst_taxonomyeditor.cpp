// SPDX-License-Identifier: GPL-3.0-or-later
// The taxonomy and mapping rules editors, offscreen, on a real project's taxonomy: they show
// what they are given, turn the analyst's clicks into requests (never writing themselves),
// follow the undo stack, and are read-only when told. The rules table model passes
// QAbstractItemModelTester.
#include "mappingrulemodel.h"
#include "mappingrules.h"
#include "mappingruleseditor.h"
#include "project.h"
#include "sqlite.h"
#include "taxonomyeditor.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace phenomap;

namespace {

/// A step on the stack that does nothing but count.
class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int *counter) : m_counter(counter) {}
    void redo() override { ++*m_counter; }
    void undo() override { --*m_counter; }

private:
    int *m_counter;
};

} // namespace

class TestTaxonomyEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<TaxonomyNode> m_nodes;
    qint64 m_sourceA = 0, m_sourceB = 0;

    const TaxonomyNode &firstPhenomenon() const { return m_nodes.first(); }
    const TaxonomyNode &firstMoOf(qint64 phenomenon) const
    {
        for (const TaxonomyNode &n : m_nodes)
            if (n.parentId == phenomenon)
                return n;
        return m_nodes.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Project::CreateOptions options;
        options.title = QStringLiteral("Editors");
        options.baseZones = false;
        m_project = Project::create(m_dir.filePath(QStringLiteral("editors.gpkg")), options);
        m_nodes = loadTaxonomy(m_project->db());
        Transaction tx(m_project->db());
        m_sourceA = m_project->ensureSource(QStringLiteral("ZP Zuid"));
        m_sourceB = m_project->ensureSource(QStringLiteral("PJF"));
        tx.commit();
    }

    void showsTheTreeAndEditsTheSelectedNode()
    {
        TaxonomyEditor editor;
        editor.setTaxonomy(m_nodes, QStringLiteral("nl"));
        editor.show();
        int phenomena = 0;
        for (const TaxonomyNode &n : m_nodes)
            phenomena += n.parentId == 0;
        QCOMPARE(editor.tree()->topLevelItemCount(), phenomena);
        const TaxonomyNode p = firstPhenomenon();
        QCOMPARE(editor.tree()->topLevelItem(0)->text(0), p.labelNl);
        QVERIFY(editor.tree()->topLevelItem(0)->childCount() > 0);
        // Nothing selected: nothing to save or remove.
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.removeButton()->isEnabled());
        QVERIFY(!editor.addMoButton()->isEnabled());

        QSignalSpy updates(&editor, &TaxonomyEditor::updateRequested);
        QSignalSpy removes(&editor, &TaxonomyEditor::removeRequested);
        QVERIFY(editor.selectId(p.id));
        QCOMPARE(editor.formNode().labelFr, p.labelFr);
        QCOMPARE(editor.formNode().colour, p.colour);
        editor.setFormLabels(QStringLiteral("Drogues"), QStringLiteral("Drugs NL"), QStringLiteral("Narcotics"));
        editor.setFormColour(QStringLiteral("#010203"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(updates.count(), 1);
        const auto asked = updates.first().first().value<TaxonomyNode>();
        QCOMPARE(asked.id, p.id);
        QCOMPARE(asked.code, p.code);
        QCOMPARE(asked.labelEn, QStringLiteral("Narcotics"));
        QCOMPARE(asked.colour, QStringLiteral("#010203"));
        QCOMPARE(asked.planMeasure, p.planMeasure);
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QCOMPARE(removes.count(), 1);
        QCOMPARE(removes.first().first().toLongLong(), p.id);

        // The selection survives a refresh; an MO has no colour to edit.
        const TaxonomyNode mo = firstMoOf(p.id);
        QVERIFY(editor.selectId(mo.id));
        editor.setTaxonomy(m_nodes, QStringLiteral("fr"));
        QCOMPARE(editor.currentId(), mo.id);
        QCOMPARE(editor.formNode().labelNl, mo.labelNl);
        QVERIFY(editor.formNode().colour.isEmpty());
    }

    /// Every label with an accelerator in both editors leads to its field (Alt+letter works and
    /// the '&' is not shown as text).
    void labelsHaveBuddies()
    {
        TaxonomyEditor taxonomy;
        MappingRulesEditor rules;
        for (QDialog *dialog : {static_cast<QDialog *>(&taxonomy), static_cast<QDialog *>(&rules)}) {
            int withAccelerator = 0;
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (!label->text().contains(QLatin1Char('&')))
                    continue;
                ++withAccelerator;
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            }
            QVERIFY(withAccelerator >= 3);
        }
    }

    void addsAPhenomenonAndAnMo()
    {
        TaxonomyEditor editor;
        editor.setTaxonomy(m_nodes, QStringLiteral("en"));
        editor.show();
        QSignalSpy adds(&editor, &TaxonomyEditor::addRequested);
        QTest::mouseClick(editor.addPhenomenonButton(), Qt::LeftButton);
        QVERIFY(editor.saveButton()->isEnabled());
        QCOMPARE(editor.formNode().labelEn, QString()); // an empty form for the new node
        editor.setFormLabels(QStringLiteral("Recel"), QStringLiteral("Heling"), QStringLiteral("Fencing 2"));
        editor.setFormColour(QStringLiteral("#aa0000"));
        editor.setFormPlanMeasure(QStringLiteral("8.1"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(adds.count(), 1);
        auto node = adds.takeFirst().first().value<TaxonomyNode>();
        QCOMPARE(node.id, 0);
        QCOMPARE(node.parentId, 0);
        QCOMPARE(node.labelNl, QStringLiteral("Heling"));
        QCOMPARE(node.colour, QStringLiteral("#aa0000"));
        QCOMPARE(node.planMeasure, QStringLiteral("8.1"));

        // With an MO selected, the new MO goes under that MO's phenomenon.
        const TaxonomyNode p = firstPhenomenon();
        QVERIFY(editor.selectId(firstMoOf(p.id).id));
        QTest::mouseClick(editor.addMoButton(), Qt::LeftButton);
        editor.setFormLabels(QStringLiteral("Livraison"), QStringLiteral("Levering"), QStringLiteral("Delivery"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(adds.count(), 1);
        node = adds.takeFirst().first().value<TaxonomyNode>();
        QCOMPARE(node.parentId, p.id);
        QCOMPARE(node.kind, QStringLiteral("mo"));
        QVERIFY(node.colour.isEmpty());
    }

    void undoRedoAndReadOnly()
    {
        TaxonomyEditor editor;
        editor.setTaxonomy(m_nodes, QStringLiteral("en"));
        QUndoStack stack;
        editor.setUndoStack(&stack);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(!editor.undoButton()->isEnabled());
        int state = 0;
        stack.push(new CountingCommand(&state));
        QVERIFY(editor.undoButton()->isEnabled());
        QVERIFY(!editor.redoButton()->isEnabled());
        editor.tree()->setFocus();
        QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(state, 0);
        QVERIFY(editor.redoButton()->isEnabled());
        QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(state, 1);
        QTest::mouseClick(editor.undoButton(), Qt::LeftButton);
        QCOMPARE(state, 0);
        QTest::mouseClick(editor.redoButton(), Qt::LeftButton);
        QCOMPARE(state, 1);

        editor.setEditable(false);
        QVERIFY(editor.selectId(firstPhenomenon().id));
        for (QPushButton *b : {editor.addPhenomenonButton(), editor.addMoButton(), editor.removeButton(),
                               editor.saveButton(), editor.undoButton(), editor.redoButton()})
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QSignalSpy removes(&editor, &TaxonomyEditor::removeRequested);
        editor.removeButton()->click();
        QCOMPARE(removes.count(), 0);
        // Every control says what it is.
        for (QWidget *w : editor.findChildren<QWidget *>())
            if (qobject_cast<QPushButton *>(w) && w->isVisibleTo(&editor) && !w->parentWidget()->inherits("QDialogButtonBox"))
                QVERIFY2(!w->accessibleName().isEmpty() && !w->toolTip().isEmpty(), qPrintable(w->objectName()));
    }

    void ruleModelPassesTheTester()
    {
        MappingRuleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules({});
        QCOMPARE(model.rowCount(), 0);
        MappingRule r;
        r.id = 5;
        r.sourceId = m_sourceA;
        r.sourceName = QStringLiteral("ZP Zuid");
        r.field = QStringLiteral("mo");
        r.rawValue = QStringLiteral("deal");
        r.match = QStringLiteral("normalised");
        r.targetId = firstMoOf(firstPhenomenon().id).id;
        r.targetLabel = QStringLiteral("Street dealing");
        MappingRule every = r;
        every.id = 6;
        every.sourceId = 0;
        every.sourceName.clear();
        model.setRules({r, every});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(MappingRuleModel::ColumnCount));
        QCOMPARE(model.index(0, MappingRuleModel::Source).data().toString(), QStringLiteral("ZP Zuid"));
        QCOMPARE(model.index(1, MappingRuleModel::Source).data().toString(), QStringLiteral("(every source)"));
        QCOMPARE(model.index(0, MappingRuleModel::Target).data().toString(), QStringLiteral("Street dealing"));
        QCOMPARE(model.index(0, MappingRuleModel::RawValue).data().toString(), QStringLiteral("deal"));
        QCOMPARE(model.index(0, 0).data(MappingRuleModel::IdRole).toLongLong(), 5);
        QCOMPARE(model.index(1, 0).data(MappingRuleModel::SourceIdRole).toLongLong(), 0);
        QCOMPARE(model.rowOf(6), 1);
        QCOMPARE(model.rowOf(7), -1);
    }

    void rulesEditorFiltersAndRequests()
    {
        MappingRulesEditor editor;
        QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TaxonomyNode p = firstPhenomenon();
        const TaxonomyNode mo = firstMoOf(p.id);
        editor.setSources({{m_sourceA, QStringLiteral("ZP Zuid")}, {m_sourceB, QStringLiteral("PJF")}});
        editor.setTaxonomy(m_nodes, QStringLiteral("en"));
        MappingRule a;
        a.id = 11;
        a.sourceId = m_sourceA;
        a.field = QStringLiteral("phenomenon");
        a.rawValue = QStringLiteral("STUP");
        a.targetId = p.id;
        MappingRule b = a;
        b.id = 12;
        b.sourceId = m_sourceB;
        b.field = QStringLiteral("mo");
        b.rawValue = QStringLiteral("deal");
        b.targetId = mo.id;
        MappingRule c = a;
        c.id = 13;
        c.sourceId = 0;
        c.rawValue = QStringLiteral("Drugs");
        editor.setRules({a, b, c});
        editor.show();
        QCOMPARE(editor.visibleRuleCount(), 3);
        editor.setSourceFilter(m_sourceB);
        QCOMPARE(editor.visibleRuleCount(), 1);
        QVERIFY(!editor.selectId(11)); // filtered out
        QVERIFY(editor.selectId(12));
        editor.setSourceFilter(0);
        QCOMPARE(editor.visibleRuleCount(), 1);
        editor.setSourceFilter(-1);
        QCOMPARE(editor.visibleRuleCount(), 3);

        // Selecting a rule fills the form; an MO rule offers only MO as targets.
        QVERIFY(editor.selectId(12));
        QCOMPARE(editor.formRule().rawValue, QStringLiteral("deal"));
        QCOMPARE(editor.formRule().targetId, mo.id);
        QVERIFY(!editor.setForm(m_sourceB, QStringLiteral("mo"), QStringLiteral("deal"), QStringLiteral("exact"), p.id));
        QSignalSpy changes(&editor, &MappingRulesEditor::changeRequested);
        QSignalSpy removes(&editor, &MappingRulesEditor::removeRequested);
        QSignalSpy adds(&editor, &MappingRulesEditor::addRequested);
        const qint64 otherMo = [&] {
            for (const TaxonomyNode &n : m_nodes)
                if (n.parentId && n.id != mo.id)
                    return n.id;
            return qint64(0);
        }();
        QVERIFY(editor.setForm(m_sourceB, QStringLiteral("mo"), QStringLiteral("deal"), QStringLiteral("normalised"),
                               otherMo));
        QTest::mouseClick(editor.changeButton(), Qt::LeftButton);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toLongLong(), 12);
        QCOMPARE(changes.first().at(1).toLongLong(), otherMo);
        QCOMPARE(changes.first().at(2).toString(), QStringLiteral("normalised"));
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QCOMPARE(removes.count(), 1);
        QCOMPARE(removes.first().first().toLongLong(), 12);

        // A phenomenon rule may point to a phenomenon or an MO; Add sends the whole form.
        QVERIFY(editor.setForm(0, QStringLiteral("phenomenon"), QStringLiteral("Stupéfiants"), QStringLiteral("exact"),
                               p.id));
        QVERIFY(editor.setForm(0, QStringLiteral("phenomenon"), QStringLiteral("Stupéfiants"), QStringLiteral("exact"),
                               mo.id));
        QTest::mouseClick(editor.addButton(), Qt::LeftButton);
        QCOMPARE(adds.count(), 1);
        const auto added = adds.first().first().value<MappingRule>();
        QCOMPARE(added.id, 0);
        QCOMPARE(added.sourceId, 0);
        QCOMPARE(added.field, QStringLiteral("phenomenon"));
        QCOMPARE(added.rawValue, QStringLiteral("Stupéfiants"));
        QCOMPARE(added.targetId, mo.id);

        // The selection survives new rows; read-only disables every change.
        editor.setRules({a, b, c});
        QCOMPARE(editor.currentId(), 12);
        editor.setEditable(false);
        for (QPushButton *button : {editor.addButton(), editor.changeButton(), editor.removeButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        editor.removeButton()->click();
        QCOMPARE(removes.count(), 1);
    }
};

QTEST_MAIN(TestTaxonomyEditor)
#include "tst_taxonomyeditor.moc"
