// SPDX-License-Identifier: GPL-3.0-or-later
// Correcting an incident from the Details dock of the window: the editor opens on the shown
// incident, accepting it writes the project and refreshes the views (not a reopen), Edit > Undo
// and Redo move between the two states exactly, a step whose incident changed meanwhile is
// refused and dropped, and a read-only project offers no editing.
#include "demogenerator.h"
#include "engine.h"
#include "incidentdetailpanel.h"
#include "incidentedit.h"
#include "incidenteditcontroller.h"
#include "incidenteditdialog.h"
#include "mainwindow.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"
#include "storetestsupport.h"
#include "storyboardcontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace phenomap;

namespace {

/// Closes every message box the window opens, keeping its text.
class BoxCloser : public QObject
{
public:
    explicit BoxCloser(QObject *parent) : QObject(parent)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->done(QMessageBox::Ok);
            }
        });
        timer->start(20);
    }
    QStringList texts;
};

bool shownByFilter(const ProjectController &controller, qint64 fid)
{
    const auto &fids = controller.engine().columns().fid;
    for (const quint32 row : controller.result().rows)
        if (fids[row] == quint32(fid))
            return true;
    return false;
}

} // namespace

class TestIncidentEditWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<IncidentEditDialog *>();
        m_path = m_dir.filePath(QStringLiteral("edit.gpkg"));
        generateDemo(m_path, {.incidents = 400, .seed = 5, .title = QStringLiteral("Edit window")});
    }

    void editUndoRedoFromTheDetailsDock()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(m_path);
        ProjectController *controller = window.controller();
        QVERIFY(controller->project());
        Database &db = controller->project()->db();
        auto *edits = window.findChild<IncidentEditController *>();
        auto *panel = window.findChild<IncidentDetailPanel *>();
        auto *storyboard = window.findChild<StoryboardController *>();
        QVERIFY(edits && panel && storyboard);
        QUndoStack *stack = storyboard->undoStack();

        Statement pick = db.prepare("SELECT fid, phenomenon_id FROM incidents WHERE geom IS NOT NULL AND fid IN "
                                    "(SELECT incident_fid FROM phenomap_incident_mo) ORDER BY fid LIMIT 1");
        QVERIFY(pick.step());
        const qint64 fid = pick.int64(0);
        const qint64 phenomenon = pick.int64(1);
        Statement other = db.prepare("SELECT parent_id, count(*) FROM phenomena WHERE kind = 'mo' AND parent_id <> ? "
                                     "GROUP BY parent_id ORDER BY parent_id LIMIT 1");
        other.bind(1, phenomenon);
        QVERIFY(other.step());
        const qint64 otherPhenomenon = other.int64(0);
        const int otherMoCount = int(other.int64(1));
        const IncidentFields before = IncidentEditor::read(db, fid);
        const QString originalRows = test::tableDigest(db, QStringLiteral("incidents"), QStringLiteral("fid"));
        const QString originalMo =
            test::tableDigest(db, QStringLiteral("phenomap_incident_mo"), QStringLiteral("incident_fid, mo_id"));

        QVERIFY(!panel->editButton()->isEnabled()); // nothing selected
        controller->selectIncidents({quint32(fid)});
        QVERIFY(panel->editButton()->isEnabled());

        QSignalSpy opened(edits, &IncidentEditController::dialogOpened);
        QSignalSpy refreshed(controller, &ProjectController::dataRefreshed);
        QSignalSpy reopened(controller, &ProjectController::projectOpened);
        panel->editButton()->click();
        QCOMPARE(opened.count(), 1);
        auto *dialog = opened.at(0).at(0).value<IncidentEditDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->fields(), before); // untouched, the fields come back to the second

        dialog->phenomenonCombo()->setCurrentIndex(dialog->phenomenonCombo()->findData(otherPhenomenon));
        QCOMPARE(dialog->moList()->count(), otherMoCount);
        dialog->moList()->item(0)->setCheckState(Qt::Checked);
        const qint64 chosenMo = dialog->moList()->item(0)->data(Qt::UserRole).toLongLong();
        dialog->tlpCombo()->setCurrentIndex(dialog->tlpCombo()->findData(QStringLiteral("TLP:RED")));
        dialog->descriptionEdit()->setPlainText(QStringLiteral("checked on site: quokka"));
        const QDateTime from = dialog->fromEdit()->dateTime();
        dialog->toEdit()->setDateTime(from.addSecs(-60));
        QVERIFY(!dialog->canAccept());
        dialog->toEdit()->setDateTime(from.addSecs(2 * 3600));
        QVERIFY(dialog->canAccept());
        dialog->accept();

        const IncidentFields after = IncidentEditor::read(db, fid);
        QCOMPARE(after.phenomenonId, otherPhenomenon);
        QCOMPARE(after.moIds, QList<qint64>{chosenMo});
        QCOMPARE(after.tlp, QStringLiteral("TLP:RED"));
        QCOMPARE(after.description, QStringLiteral("checked on site: quokka"));
        QCOMPARE(after.occurredFrom, before.occurredFrom);
        QVERIFY(qAbs(after.occurredTo - (before.occurredFrom + 2 * 3600)) < 60);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(reopened.count(), 0); // the undo history and the view survive
        QVERIFY2(panel->text().contains(QLatin1String("Marking: TLP:RED")), qPrintable(panel->text()));
        QCOMPARE(controller->selection(), QSet<quint32>{quint32(fid)});
        QCOMPARE(stack->undoText(), QStringLiteral("edit incident %1").arg(fid));

        // The engine was read again: a filter on the new phenomenon shows the incident.
        Filter filter = controller->currentFilter();
        filter.phenomenonIds = {otherPhenomenon};
        controller->applyFilter(filter);
        QVERIFY(shownByFilter(*controller, fid));

        stack->undo();
        QCOMPARE(IncidentEditor::read(db, fid), before);
        QCOMPARE(test::tableDigest(db, QStringLiteral("incidents"), QStringLiteral("fid")), originalRows);
        QCOMPARE(test::tableDigest(db, QStringLiteral("phenomap_incident_mo"), QStringLiteral("incident_fid, mo_id")),
                 originalMo);
        QVERIFY(!shownByFilter(*controller, fid));
        QVERIFY(!panel->text().contains(QLatin1String("quokka")));
        stack->redo();
        QCOMPARE(IncidentEditor::read(db, fid), after);
        QVERIFY(shownByFilter(*controller, fid));

        // An invalid edit is refused before it reaches the stack: what can be redone stays.
        auto *closer = new BoxCloser(this);
        stack->undo();
        QVERIFY(stack->canRedo());
        IncidentFields invalid = before;
        invalid.occurredTo = invalid.occurredFrom - 60;
        QSignalSpy refused(edits, &IncidentEditController::errorOccurred);
        QVERIFY(!edits->edit(invalid));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(1).toString().contains(QLatin1String("comes before its start")),
                 qPrintable(refused.at(0).at(1).toString()));
        QTRY_COMPARE(closer->texts.size(), 1);
        closer->texts.clear();
        QVERIFY(stack->canRedo());
        QCOMPARE(IncidentEditor::read(db, fid), before);
        stack->redo();
        QCOMPARE(IncidentEditor::read(db, fid), after);

        // Someone else changes the incident: undoing is refused, said, and the step dropped.
        Statement outside = db.prepare("UPDATE incidents SET description = 'changed by an import' WHERE fid = ?");
        outside.bind(1, fid).run();
        const int steps = stack->count();
        stack->undo();
        QTRY_COMPARE(closer->texts.size(), 1);
        QVERIFY2(closer->texts.at(0).contains(QLatin1String("changed meanwhile")), qPrintable(closer->texts.at(0)));
        QCOMPARE(stack->count(), steps - 1);
        QCOMPARE(IncidentEditor::read(db, fid).description, QStringLiteral("changed by an import"));
        delete closer;
    }

    /// A refresh keeps the exact filter and the selection, less the incidents that are gone.
    void refreshKeepsTheViewWithoutVanishedIncidents()
    {
        const QString copy = m_dir.filePath(QStringLiteral("refresh.gpkg"));
        QVERIFY(QFile::copy(m_path, copy));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(copy);
        ProjectController *controller = window.controller();
        QVERIFY(controller->project());
        Filter filter = controller->currentFilter();
        filter.weekdays = 0x07; // Monday to Wednesday, as a picture may hold it
        controller->applyFilter(filter);
        const quint32 visible = quint32(controller->result().total());
        const quint32 total = quint32(controller->engine().columns().size());
        controller->selectIncidents({3, 4});
        QSignalSpy selection(controller, &ProjectController::selectionChanged);
        QSignalSpy refreshed(controller, &ProjectController::dataRefreshed);
        Statement remove = controller->project()->db().prepare("DELETE FROM incidents WHERE fid = 4");
        remove.run();
        QVERIFY(controller->refreshData());
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(quint32(controller->engine().columns().size()), total - 1);
        QCOMPARE(controller->currentFilter(), filter);
        QVERIFY(quint32(controller->result().total()) <= visible);
        QCOMPARE(controller->selection(), QSet<quint32>{3});
        QCOMPARE(selection.count(), 1);
    }

    void readOnlyProjectsAreNotEdited()
    {
        const QString copy = m_dir.filePath(QStringLiteral("package.gpkg"));
        QVERIFY(QFile::copy(m_path, copy));
        {
            auto project = Project::open(copy);
            project->setSetting(QStringLiteral("package"), QStringLiteral("1"));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *closer = new BoxCloser(this);
        window.openInitialProject(copy);
        ProjectController *controller = window.controller();
        QVERIFY(controller->project());
        QVERIFY(controller->project()->isReadOnly());
        auto *panel = window.findChild<IncidentDetailPanel *>();
        controller->selectIncidents({1});
        QVERIFY(!panel->text().startsWith(QLatin1String("Select"))); // shown
        QVERIFY(!panel->editButton()->isEnabled());
        delete closer;
    }
};

QTEST_MAIN(TestIncidentEditWindow)
#include "tst_incidenteditwindow.moc"
