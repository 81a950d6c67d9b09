// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations in the window on a real project: the tool actions switch the canvas tool, what is
// drawn shows as the map's "annotations" overlay and is undone and redone on the storyboard's
// stack, a saved picture keeps the annotations in the project file and showing it brings them
// back, the select tool deletes one (undoably), and opening another project clears them.
#include "annotationcontroller.h"
#include "annotationlayer.h"
#include "annotationtools.h"
#include "demogenerator.h"
#include "filterpanel.h"
#include "incidenttableview.h"
#include "keystorelocation.h"
#include "mapcanvas.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"
#include "storyboardcontroller.h"
#include "storyboardmodel.h"
#include "storyboardpanel.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace phenomap;

class TestAnnotationController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
        m_path = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(m_path, {.incidents = 200, .seed = 5, .title = QStringLiteral("Annotations")});
    }

    void drawUndoSaveShowDelete()
    {
        MapCanvas canvas;
        canvas.resize(640, 480);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        FilterPanel filters;
        IncidentTableView table;
        ProjectController controller(&canvas, &filters, &table);
        StoryboardPanel panel;
        StoryboardController storyboard(&controller, &canvas, &filters, &panel, nullptr);
        AnnotationController annotations(&controller, &canvas, &storyboard);
        QSignalSpy changed(&annotations, &AnnotationController::annotationsChanged);
        QVERIFY(controller.openProject(m_path));
        canvas.zoomToData();
        QCoreApplication::processEvents();
        QCOMPARE(annotations.undoStack(), storyboard.undoStack());

        // The actions pick the tools; the canvas's tool checks its action back.
        const QList<QAction *> actions = annotations.toolActions();
        QCOMPARE(actions.size(), 4);
        QVERIFY(std::none_of(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isChecked(); }));
        actions.at(1)->trigger(); // arrow
        QCOMPARE(canvas.tool(), annotations.arrowTool());
        canvas.setTool(annotations.areaTool());
        QVERIFY(actions.at(2)->isChecked());
        canvas.setTool(nullptr); // panning: no annotation tool checked
        QVERIFY(std::none_of(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isChecked(); }));
        std::unique_ptr<QToolBar> bar(annotations.createToolBar(nullptr));
        QCOMPARE(bar->actions(), actions);

        // Draw an arrow with the mouse.
        canvas.setTool(annotations.arrowTool());
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(150, 240));
        QTest::mouseMove(&canvas, QPoint(300, 240));
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(450, 240));
        QCOMPARE(annotations.annotations().size(), 1);
        QVERIFY(changed.count() >= 1);
        const auto layer = std::dynamic_pointer_cast<const AnnotationLayer>(
            canvas.mapPainter().overlay(AnnotationLayer::overlayId()));
        QVERIFY(layer);
        QCOMPARE(layer->annotations(), annotations.annotations());
        canvas.setTool(nullptr);
        const QColor shaft = canvas.grab().toImage().pixelColor(300, 240);
        QVERIFY2(shaft.red() > 150 && shaft.green() < 90, qPrintable(shaft.name()));

        // Undo and redo on the storyboard's stack.
        QCOMPARE(storyboard.undoStack()->count(), 1);
        storyboard.undoStack()->undo();
        QVERIFY(annotations.annotations().isEmpty());
        QVERIFY(std::dynamic_pointer_cast<const AnnotationLayer>(
                    canvas.mapPainter().overlay(AnnotationLayer::overlayId()))
                    ->annotations()
                    .isEmpty());
        storyboard.undoStack()->redo();
        QCOMPARE(annotations.annotations().size(), 1);

        // A label too, then save the view: the file holds both annotations.
        Annotation label;
        label.kind = Annotation::Kind::Text;
        label.points = {{149000, 170000}};
        label.text = QStringLiteral("Meeting point");
        label.style = AnnotationLayer::defaultStyle(Annotation::Kind::Text);
        annotations.addAnnotation(label);
        const QList<Annotation> drawn = annotations.annotations();
        QCOMPARE(drawn.size(), 2);
        QVERIFY(storyboard.saveCurrentView(QStringLiteral("With notes"), Tlp::Green, QString()));
        {
            auto fresh = Project::open(m_path, Project::OpenMode::ReadOnly);
            const QList<SituationPicture> stored = PictureStore(*fresh).list();
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored.first().state.annotations, drawn);
        }

        // Clear the view, show the picture: the annotations come back.
        annotations.setAnnotations({});
        QVERIFY(storyboard.showPicture(storyboard.model()->pictures().first().uuid));
        QCOMPARE(annotations.annotations(), drawn);

        // The select tool deletes the label with Delete; undo brings it back.
        canvas.setTool(annotations.selectTool());
        const QPointF at = canvas.viewport().toPixel(QPointF(149000, 170000));
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QCOMPARE(annotations.selectTool()->selectedIndex(), 1);
        QTest::keyClick(&canvas, Qt::Key_Delete);
        QCOMPARE(annotations.annotations().size(), 1);
        QCOMPARE(annotations.annotations().first().kind, Annotation::Kind::Arrow);
        storyboard.undoStack()->undo();
        QCOMPARE(annotations.annotations(), drawn);
        QVERIFY(!annotations.removeAnnotation(7));

        // Another project (here the same file again) starts with a clean map and stack.
        QVERIFY(controller.openProject(m_path));
        QVERIFY(annotations.annotations().isEmpty());
        QCOMPARE(storyboard.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
