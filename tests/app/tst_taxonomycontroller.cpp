// SPDX-License-Identifier: GPL-3.0-or-later
// Taxonomy and mapping rule edits through the app: each is one command on the shared undo
// stack; undo and redo give back exactly the rows there were (same ids); a refused edit leaves
// the file and the stack as they were and says why; the views are read again so they show new
// labels; the editors' buttons go the same way; a read-only project disables both actions,
// which the Edit menu holds, and the Edit menu's Undo undoes a taxonomy edit.
#include "filterpanel.h"
#include "gui_support.h"
#include "incidenttableview.h"
#include "keystorelocation.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "mappingrulemodel.h"
#include "mappingruleseditor.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"
#include "storyboardcontroller.h"
#include "tablesnapshot.h"
#include "taxonomycontroller.h"
#include "taxonomyeditor.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace phenomap;

class TestTaxonomyController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    /// A new project file with incidents on the first three phenomena (closed again).
    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("t%1.gpkg").arg(++m_files));
        test::createMapTestProject(path, 40, QStringLiteral("Taxonomy"));
        return path;
    }
    static QStringList snapshot(ProjectController &c) { return test::taxonomySnapshot(c.project()->db()); }
    static qint64 idOf(ProjectController &c, const char *code)
    {
        Statement st = c.project()->db().prepare("SELECT id FROM phenomena WHERE code = ?");
        st.bind(1, QString::fromLatin1(code));
        return st.step() ? st.int64(0) : 0;
    }
    static QString labelIn(const ProjectController &c, qint64 id)
    {
        for (const TaxonomyNode &n : c.taxonomy())
            if (n.id == id)
                return n.labelEn;
        return {};
    }
    static TaxonomyNode newPhenomenon(const QString &en)
    {
        TaxonomyNode n;
        n.labelFr = QStringLiteral("Art urbain");
        n.labelNl = QStringLiteral("Straatkunst");
        n.labelEn = en;
        n.colour = QStringLiteral("#336699");
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<TaxonomyEditor *>();
        qRegisterMetaType<MappingRulesEditor *>();
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    }

    void taxonomyEditsUndoAndRedoExactly()
    {
        const QString path = newProject();
        MapCanvas canvas;
        FilterPanel filters;
        IncidentTableView table;
        ProjectController projects(&canvas, &filters, &table);
        QUndoStack undo;
        TaxonomyController taxonomy(&projects, &undo, nullptr);
        QSignalSpy errors(&taxonomy, &TaxonomyController::errorOccurred);
        QVERIFY(!taxonomy.taxonomyAction()->isEnabled()); // no project
        QVERIFY(!taxonomy.mappingRulesAction()->isEnabled());
        QVERIFY(!taxonomy.openTaxonomyEditor());
        QVERIFY(projects.openProject(path));
        QVERIFY(taxonomy.taxonomyAction()->isEnabled());
        QVERIFY(taxonomy.mappingRulesAction()->isEnabled());
        QSignalSpy refreshed(&projects, &ProjectController::dataRefreshed);

        // Add: one command; the views' taxonomy has the new node.
        const QStringList s0 = snapshot(projects);
        QVERIFY(taxonomy.addNode(newPhenomenon(QStringLiteral("Street art"))));
        const qint64 added = taxonomy.lastAddedId();
        QVERIFY(added > 0);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.undoText(), QStringLiteral("Add Phenomenon “Street art”"));
        QCOMPARE(labelIn(projects, added), QStringLiteral("Street art"));
        QCOMPARE(refreshed.count(), 1);
        const QStringList s1 = snapshot(projects);
        QVERIFY(s1 != s0);
        undo.undo();
        QCOMPARE(snapshot(projects), s0);
        QVERIFY(labelIn(projects, added).isEmpty());
        undo.redo();
        QCOMPARE(snapshot(projects), s1); // same id again
        QCOMPARE(labelIn(projects, added), QStringLiteral("Street art"));

        // Rename a phenomenon incidents use: the views show the new label at once.
        const qint64 drugs = idOf(projects, "drugs");
        TaxonomyNode renamed;
        for (const TaxonomyNode &n : projects.taxonomy())
            if (n.id == drugs)
                renamed = n;
        renamed.labelEn = QStringLiteral("Narcotics");
        QVERIFY(taxonomy.updateNode(renamed));
        QCOMPARE(labelIn(projects, drugs), QStringLiteral("Narcotics"));
        const QStringList s2 = snapshot(projects);
        undo.undo();
        QCOMPARE(snapshot(projects), s1);
        QVERIFY(labelIn(projects, drugs) != QStringLiteral("Narcotics"));
        undo.redo();
        QCOMPARE(snapshot(projects), s2);

        // Removing a used phenomenon is refused: message, nothing written, nothing pushed.
        const int steps = undo.count();
        QVERIFY(!taxonomy.removeNode(drugs));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().at(0).toString(), QStringLiteral("Taxonomy"));
        const QString message = errors.first().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("“Narcotics” is used by ")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("it cannot be removed.")), qPrintable(message));
        QCOMPARE(undo.count(), steps);
        QCOMPARE(undo.index(), steps);
        QCOMPARE(snapshot(projects), s2);

        // Remove the unused one; undo brings back the same row, redo removes it again.
        QVERIFY(taxonomy.removeNode(added));
        const QStringList s3 = snapshot(projects);
        undo.undo();
        QCOMPARE(snapshot(projects), s2);
        undo.redo();
        QCOMPARE(snapshot(projects), s3);
        undo.undo();

        // An undo the project now refuses (a rule came to use the node) is reported and dropped.
        {
            Statement rule = projects.project()->db().prepare(
                "INSERT INTO phenomap_mapping_rules (source_id, field, raw_value, target_id) VALUES (NULL, "
                "'phenomenon', 'graffiti', ?)");
            rule.bind(1, added).run();
        }
        errors.clear();
        const int before = undo.count();
        undo.setIndex(1); // back to just after "Add Phenomenon": undoing it must remove the node
        undo.undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().at(1).toString().contains(QStringLiteral("mapping rule")),
                 qPrintable(errors.first().at(1).toString()));
        QCOMPARE(undo.count(), before - 1); // the step that could not be undone is gone
        QVERIFY(labelIn(projects, added) == QStringLiteral("Street art"));
    }

    void ruleEditsUndoAndRedoExactly()
    {
        const QString path = newProject();
        MapCanvas canvas;
        FilterPanel filters;
        IncidentTableView table;
        ProjectController projects(&canvas, &filters, &table);
        QUndoStack undo;
        TaxonomyController taxonomy(&projects, &undo, nullptr);
        QSignalSpy errors(&taxonomy, &TaxonomyController::errorOccurred);
        QVERIFY(projects.openProject(path));
        qint64 source = 0;
        {
            Transaction tx(projects.project()->db());
            source = projects.project()->ensureSource(QStringLiteral("ZP Zuid"));
            tx.commit();
        }
        const qint64 drugs = idOf(projects, "drugs"), fraud = idOf(projects, "fraud");
        const QStringList s0 = snapshot(projects);
        MappingRule rule;
        rule.sourceId = source;
        rule.field = QStringLiteral("phenomenon");
        rule.rawValue = QStringLiteral("STUP");
        rule.targetId = drugs;
        QVERIFY(taxonomy.addRule(rule));
        const qint64 id = taxonomy.lastAddedId();
        const QStringList s1 = snapshot(projects);
        QVERIFY(taxonomy.changeRule(id, fraud, QStringLiteral("normalised")));
        const QStringList s2 = snapshot(projects);
        QVERIFY(taxonomy.removeRule(id));
        const QStringList s3 = snapshot(projects);
        QCOMPARE(undo.count(), 3);
        undo.undo();
        QCOMPARE(snapshot(projects), s2);
        undo.undo();
        QCOMPARE(snapshot(projects), s1);
        undo.undo();
        QCOMPARE(snapshot(projects), s0);
        undo.redo();
        QCOMPARE(snapshot(projects), s1); // the rule comes back under its first id
        undo.redo();
        QCOMPARE(snapshot(projects), s2);
        undo.redo();
        QCOMPARE(snapshot(projects), s3);
        QCOMPARE(errors.count(), 0);

        // A duplicate is refused and pushes nothing.
        undo.undo();
        QVERIFY(!taxonomy.addRule(rule));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().at(0).toString(), QStringLiteral("Mapping Rules"));
        QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("already exists")));
        QCOMPARE(undo.count(), 3); // the refused edit kept what could be redone
        QVERIFY(undo.canRedo());
        QCOMPARE(snapshot(projects), s2);
        undo.redo();
        QCOMPARE(snapshot(projects), s3);
    }

    void editorsTurnClicksIntoCommands()
    {
        const QString path = newProject();
        MapCanvas canvas;
        FilterPanel filters;
        IncidentTableView table;
        ProjectController projects(&canvas, &filters, &table);
        QUndoStack undo;
        TaxonomyController taxonomy(&projects, &undo, nullptr);
        QVERIFY(projects.openProject(path));
        QSignalSpy opened(&taxonomy, &TaxonomyController::taxonomyEditorOpened);
        taxonomy.taxonomyAction()->trigger();
        QCOMPARE(opened.count(), 1);
        QPointer<TaxonomyEditor> editor = opened.first().first().value<TaxonomyEditor *>();
        QVERIFY(editor);
        QCOMPARE(taxonomy.openTaxonomyEditor(), editor); // one editor, raised again

        const qint64 drugs = idOf(projects, "drugs");
        const QStringList s0 = snapshot(projects);
        QVERIFY(editor->selectId(drugs));
        const TaxonomyNode form = editor->formNode();
        editor->setFormLabels(form.labelFr, form.labelNl, QStringLiteral("Narcotics"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(labelIn(projects, drugs), QStringLiteral("Narcotics"));
        QCOMPARE(editor->currentId(), drugs);
        QCOMPARE(editor->tree()->currentItem()->text(0), QStringLiteral("Narcotics"));
        QVERIFY(editor->undoButton()->isEnabled());
        QTest::mouseClick(editor->undoButton(), Qt::LeftButton);
        QCOMPARE(snapshot(projects), s0);
        QVERIFY(editor->tree()->currentItem()->text(0) != QStringLiteral("Narcotics"));

        // A new MO under the selected phenomenon; the editor selects it.
        QTest::mouseClick(editor->addMoButton(), Qt::LeftButton);
        editor->setFormLabels(QStringLiteral("Livraison à domicile"), QStringLiteral("Thuislevering"),
                              QStringLiteral("Home delivery"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        const qint64 mo = taxonomy.lastAddedId();
        QVERIFY(mo > 0);
        QCOMPARE(editor->currentId(), mo);
        QCOMPARE(*projects.project()->db().scalarText(
                     QStringLiteral("SELECT code FROM phenomena WHERE id = %1").arg(mo).toUtf8().constData()),
                 QStringLiteral("drugs.home_delivery"));

        // The rules editor adds a rule to the new MO from its form.
        QSignalSpy rulesOpened(&taxonomy, &TaxonomyController::mappingRulesEditorOpened);
        taxonomy.mappingRulesAction()->trigger();
        QCOMPARE(rulesOpened.count(), 1);
        QPointer<MappingRulesEditor> rules = rulesOpened.first().first().value<MappingRulesEditor *>();
        QVERIFY(rules->setForm(0, QStringLiteral("mo"), QStringLiteral("Livraison"), QStringLiteral("normalised"), mo));
        QTest::mouseClick(rules->addButton(), Qt::LeftButton);
        QCOMPARE(rules->model()->rowCount(), 1);
        QCOMPARE(rules->currentId(), taxonomy.lastAddedId());
        // Now the MO is used: removing it from the taxonomy editor is refused and says so.
        QSignalSpy errors(&taxonomy, &TaxonomyController::errorOccurred);
        const int steps = undo.count();
        QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(undo.count(), steps);
        QTest::mouseClick(rules->removeButton(), Qt::LeftButton);
        QCOMPARE(rules->model()->rowCount(), 0);
        QTest::mouseClick(rules->undoButton(), Qt::LeftButton);
        QCOMPARE(rules->model()->rowCount(), 1);

        // Closing the project closes the editors.
        projects.closeProject();
        QTRY_VERIFY(editor.isNull() && rules.isNull());
    }

    void readOnlyProjectsCannotBeEdited()
    {
        const QString path = m_dir.filePath(QStringLiteral("package.gpkg"));
        {
            auto made = test::createMapTestProject(path, 10, QStringLiteral("Package"));
            Transaction tx(made.project->db());
            made.project->setSetting(QStringLiteral("package"), QStringLiteral("1")); // opens read-only
            tx.commit();
        }
        MapCanvas canvas;
        FilterPanel filters;
        IncidentTableView table;
        ProjectController projects(&canvas, &filters, &table);
        QUndoStack undo;
        TaxonomyController taxonomy(&projects, &undo, nullptr);
        QVERIFY(projects.openProject(newProject()));
        QVERIFY(taxonomy.taxonomyAction()->isEnabled());
        QVERIFY(projects.openProject(path));
        QVERIFY(projects.project()->isReadOnly());
        QVERIFY(!taxonomy.taxonomyAction()->isEnabled());
        QVERIFY(!taxonomy.mappingRulesAction()->isEnabled());
        QVERIFY(!taxonomy.openTaxonomyEditor());
        QVERIFY(!taxonomy.openMappingRulesEditor());
        const QStringList before = snapshot(projects);
        QVERIFY(!taxonomy.addNode(newPhenomenon(QStringLiteral("Nope"))));
        QCOMPARE(undo.count(), 0);
        QCOMPARE(snapshot(projects), before);
    }

    void editMenuHoldsTheActionsAndUndoesThem()
    {
        const QString path = newProject();
        MainWindow window;
        window.show();
        auto *taxonomy = window.findChild<TaxonomyController *>();
        QVERIFY(taxonomy);
        auto *storyboard = window.findChild<StoryboardController *>();
        QMenu *edit = nullptr;
        for (QAction *top : window.menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(taxonomy->taxonomyAction()))
                edit = top->menu();
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(taxonomy->mappingRulesAction()));
        QVERIFY(edit->actions().contains(storyboard->undoAction()));
        // After Undo and Redo.
        QVERIFY(edit->actions().indexOf(taxonomy->taxonomyAction()) > edit->actions().indexOf(storyboard->redoAction()));
        QVERIFY(!taxonomy->taxonomyAction()->isEnabled());

        QVERIFY(window.controller()->openProject(path));
        QVERIFY(taxonomy->taxonomyAction()->isEnabled());
        ProjectController &projects = *window.controller();
        const QStringList s0 = snapshot(projects);
        QVERIFY(taxonomy->addNode(newPhenomenon(QStringLiteral("Street art"))));
        // The window's one stack holds it (refreshing the views kept the history).
        QCOMPARE(storyboard->undoStack()->count(), 1);
        QVERIFY(storyboard->undoAction()->isEnabled());
        storyboard->undoAction()->trigger();
        QCOMPARE(snapshot(projects), s0);
        storyboard->redoAction()->trigger();
        QCOMPARE(labelIn(projects, taxonomy->lastAddedId()), QStringLiteral("Street art"));
    }
};

QTEST_MAIN(TestTaxonomyController)
#include "tst_taxonomycontroller.moc"
