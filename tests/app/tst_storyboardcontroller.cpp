// SPDX-License-Identifier: GPL-3.0-or-later
// The storyboard on a real demo project: saving the current view writes a picture with the
// current filter and map extent into the project file, showing it brings them back, every edit
// is undone and redone against the file, and a partner package (read-only) cannot be edited.
#include "demogenerator.h"
#include "filterpanel.h"
#include "incidenttableview.h"
#include "keystorelocation.h"
#include "mapcanvas.h"
#include "packageexporter.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"
#include "storyboardcontroller.h"
#include "storyboardmodel.h"
#include "storyboardpanel.h"
#include "taxonomymodel.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace phenomap;

class TestStoryboardController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    QList<SituationPicture> inFile() const
    {
        auto fresh = Project::open(m_path, Project::OpenMode::ReadOnly);
        return PictureStore(*fresh).list();
    }
    QStringList titlesInFile() const
    {
        QStringList titles;
        for (const SituationPicture &p : inFile())
            titles << p.title;
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
        m_path = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(m_path, {.incidents = 400, .seed = 11, .title = QStringLiteral("Storyboard")});
    }

    void saveShowUndoRedoAndReadOnly()
    {
        MapCanvas canvas;
        canvas.resize(640, 480);
        FilterPanel filters;
        IncidentTableView table;
        ProjectController controller(&canvas, &filters, &table);
        StoryboardPanel panel;
        StoryboardController storyboard(&controller, &canvas, &filters, &panel, nullptr);
        QSignalSpy errors(&storyboard, &StoryboardController::errorOccurred);
        QVERIFY(!panel.saveAction()->isEnabled()); // no project yet
        QVERIFY(controller.openProject(m_path));
        QVERIFY(panel.saveAction()->isEnabled());
        QVERIFY(!panel.showAction()->isEnabled());

        // A view: one phenomenon, a period, a map extent.
        const qint64 phenomenon =
            filters.taxonomyModel()->index(1, 0).data(TaxonomyModel::IdRole).toLongLong();
        QVERIFY(filters.showOnlyPhenomenon(phenomenon));
        filters.setPeriod(QDate(2024, 1, 1), QDate(2024, 6, 30));
        const Filter saved = controller.currentFilter();
        QCOMPARE(saved.phenomenonIds, QSet<qint64>{phenomenon});
        QVERIFY(saved.fromUtc > 0);
        canvas.setViewport(MapViewport(QPointF(150000, 170000), 12.5, canvas.size()));

        QVERIFY(storyboard.saveCurrentView(QStringLiteral("Burglaries H1"), Tlp::Green, QStringLiteral("<b>Up</b>")));
        QList<SituationPicture> file = inFile();
        QCOMPARE(file.size(), 1);
        QCOMPARE(file.first().title, QStringLiteral("Burglaries H1"));
        QCOMPARE(file.first().tlp, Tlp::Green);
        QCOMPARE(file.first().state.filter, saved);
        QCOMPARE(file.first().state.extent, (MapExtent{150000, 170000, 12.5}));
        const QString first = file.first().uuid;
        QCOMPARE(storyboard.model()->rowCount(), 1);

        // Show: the filter (also in the panel) and the extent come back.
        filters.setFilter(Filter{});
        canvas.setViewport(MapViewport(QPointF(145000, 165000), 40, canvas.size()));
        QVERIFY(controller.currentFilter() != saved);
        QVERIFY(storyboard.showPicture(first));
        QCOMPARE(controller.currentFilter(), saved);
        QCOMPARE(filters.filter().phenomenonIds, saved.phenomenonIds);
        QCOMPARE(filters.filter().fromUtc, saved.fromUtc);
        QCOMPARE(filters.filter().toUtc, saved.toUtc);
        QCOMPARE(canvas.viewport().centre(), QPointF(150000, 170000));
        QCOMPARE(canvas.viewport().metresPerPixel(), 12.5);

        // Undo / redo of add, edit, delete and move, checked in the file each time.
        QUndoStack *undo = storyboard.undoStack();
        QVERIFY(storyboard.saveCurrentView(QStringLiteral("Second"), Tlp::Amber, {}));
        QVERIFY(storyboard.saveCurrentView(QStringLiteral("Third"), Tlp::Amber, {}));
        QCOMPARE(titlesInFile(), (QStringList{"Burglaries H1", "Second", "Third"}));
        undo->undo();
        QCOMPARE(titlesInFile(), (QStringList{"Burglaries H1", "Second"}));
        undo->redo();
        QCOMPARE(titlesInFile(), (QStringList{"Burglaries H1", "Second", "Third"}));

        QVERIFY(storyboard.editPicture(first, QStringLiteral("Renamed"), Tlp::AmberStrict, {}));
        QCOMPARE(inFile().first().title, QStringLiteral("Renamed"));
        QCOMPARE(inFile().first().tlp, Tlp::AmberStrict);
        undo->undo();
        QCOMPARE(inFile().first().title, QStringLiteral("Burglaries H1"));
        QCOMPARE(inFile().first().tlp, Tlp::Green);
        undo->redo();
        QCOMPARE(inFile().first().title, QStringLiteral("Renamed"));

        const SituationPicture beforeDelete = inFile().first();
        QVERIFY(storyboard.removePicture(first));
        QCOMPARE(titlesInFile(), (QStringList{"Second", "Third"}));
        undo->undo(); // the same picture, same uuid, same row id and times, same place
        file = inFile();
        QCOMPARE(titlesInFile(), (QStringList{"Renamed", "Second", "Third"}));
        QCOMPARE(file.first().uuid, first);
        QCOMPARE(file.first().id, beforeDelete.id);
        QCOMPARE(file.first().createdAt, beforeDelete.createdAt);
        QCOMPARE(file.first().modifiedAt, beforeDelete.modifiedAt);
        QCOMPARE(file.first(), beforeDelete);
        QCOMPARE(file.first().state.filter, saved);
        undo->redo();
        QCOMPARE(titlesInFile(), (QStringList{"Second", "Third"}));
        undo->undo();

        QVERIFY(storyboard.movePicture(first, 2));
        QCOMPARE(titlesInFile(), (QStringList{"Second", "Third", "Renamed"}));
        undo->undo();
        QCOMPARE(titlesInFile(), (QStringList{"Renamed", "Second", "Third"}));
        undo->redo();
        QCOMPARE(titlesInFile(), (QStringList{"Second", "Third", "Renamed"}));
        QVERIFY(storyboard.undoAction()->isEnabled());
        QCOMPARE(storyboard.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(storyboard.redoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

        // The panel's actions follow the selection.
        panel.selectUuid(first);
        QVERIFY(panel.showAction()->isEnabled());
        QVERIFY(panel.upAction()->isEnabled());
        QVERIFY(!panel.downAction()->isEnabled());
        QCOMPARE(errors.count(), 0);

        // A partner package opens read-only: showing works, editing does not.
        PackageRequest request;
        request.outputPath = m_dir.filePath(QStringLiteral("package.gpkg"));
        request.tier = PackageTier::Exact;
        request.tlp = Tlp::AmberStrict; // as strict as every picture in it
        request.recipient = QStringLiteral("PZ Midi");
        {
            auto source = Project::open(m_path);
            exportPackage(*source, request);
        }
        QVERIFY(controller.openProject(request.outputPath));
        QVERIFY(controller.project()->isReadOnly());
        QVERIFY(storyboard.model()->rowCount() > 0);
        QCOMPARE(undo->count(), 0);
        panel.selectUuid(storyboard.model()->pictures().first().uuid);
        QVERIFY(panel.showAction()->isEnabled());
        for (QAction *a : {panel.saveAction(), panel.editAction(), panel.removeAction(), panel.upAction(),
                           panel.downAction(), storyboard.undoAction(), storyboard.redoAction()})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(!storyboard.saveCurrentView(QStringLiteral("No"), Tlp::Clear, {}));
        QVERIFY(storyboard.showPicture(storyboard.model()->pictures().first().uuid));
    }
};

QTEST_MAIN(TestStoryboardController)
#include "tst_storyboardcontroller.moc"
