// SPDX-License-Identifier: GPL-3.0-or-later
// Dropping a file on the main window opens the import wizard with the file pre-filled; finishing
// it reloads the map and table with the new incidents. File > Import… is on Ctrl+I.
#include "gui_support.h"
#include "importcontroller.h"
#include "importwizard.h"
#include "importwizardpages.h"
#include "mainwindow.h"
#include "projectcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestImportDrop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_csv;

    static QList<ImportWizard *> openWizards()
    {
        QList<ImportWizard *> out;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *wizard = qobject_cast<ImportWizard *>(w); wizard && wizard->isVisible())
                out << wizard;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("drop.gpkg"));
        test::createMapTestProject(m_project, 20, QStringLiteral("Drop test"));
        m_csv = m_dir.filePath(QStringLiteral("dropped.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ref;lon;lat;datum;feit\n"
                "D1;4,3517;50,8466;05/11/2024;Drugs\n"
                "D2;4,37;50,83;06/11/2024;Drugs\n"
                "D3;4,36;50,85;07/11/2024;Drugs\n"
                "D4;4,36;50,85;31/02/2024;Drugs\n");
    }

    void importActionHasItsShortcut()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    }

    void droppingAFileOpensTheWizardAndImports()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(m_project);
        QCOMPARE(window.controller()->engine().columns().size(), std::size_t(20));
        QVERIFY(window.acceptDrops());
        QVERIFY(openWizards().isEmpty());

        // Text that is not a file is refused at the door.
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_csv)});
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());

        QSignalSpy opened(window.importController(), &ImportController::wizardOpened);
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(opened.count(), 1);

        const QList<ImportWizard *> wizards = openWizards();
        QCOMPARE(wizards.size(), 1);
        ImportWizard *wizard = wizards.first();
        QCOMPARE(wizard, window.importController()->wizard());
        QCOMPARE(wizard->filePath(), m_csv);
        QCOMPARE(qobject_cast<ImportFilePage *>(wizard->page(ImportWizard::FilePageId))->pathEdit()->text(), m_csv);
        QCOMPARE(wizard->sourceName(), QStringLiteral("dropped"));
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));

        // A second drop while it is open reuses it rather than stacking wizards.
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(openWizards().size(), 1);

        // Through to the end: the window reloads and shows the three new incidents.
        QSignalSpy imported(window.importController(), &ImportController::imported);
        QSignalSpy applied(window.controller(), &ProjectController::filterApplied);
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->mappingCombo(QStringLiteral("lon"))->currentText(), QStringLiteral("lon"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::RunPageId));
        QVERIFY(imported.wait(60000));
        QCOMPARE(wizard->summary().inserted, 3);
        QCOMPARE(wizard->summary().rejected, 1);
        QCOMPARE(window.controller()->engine().columns().size(), std::size_t(23));
        QVERIFY(!applied.isEmpty());
        QCOMPARE(applied.last().at(1).toUInt(), 23u);
        wizard->accept();
    }

    void droppingWithoutAProjectSaysSo()
    {
        MainWindow window;
        // The window would show the message in a modal box; the test reads the signal instead.
        disconnect(window.importController(), &ImportController::errorOccurred, &window, nullptr);
        QSignalSpy errors(window.importController(), &ImportController::errorOccurred);
        QSignalSpy opened(window.importController(), &ImportController::wizardOpened);
        // No project open: the handler refuses with a message instead of a wizard.
        QCOMPARE(window.importController()->startImport(m_csv), nullptr);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(opened.count(), 0);
        QVERIFY(!window.importDroppedUrls({QUrl(QStringLiteral("https://example.org/a.csv"))}));
    }
};

QTEST_MAIN(TestImportDrop)
#include "tst_importdrop.moc"
