// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "annotationcontroller.h"
#include "analysiscontroller.h"
#include "analysispanel.h"
#include "briefingwindow.h"
#include "chartscontroller.h"
#include "chartspanel.h"
#include "choroplethcontroller.h"
#include "choroplethpanel.h"
#include "coordinatelabel.h"
#include "feedback.h"
#include "feedbackcontroller.h"
#include "filterpanel.h"
#include "helpcontroller.h"
#include "importcontroller.h"
#include "incidentdetailcontroller.h"
#include "incidenteditcontroller.h"
#include "incidenttablecontroller.h"
#include "incidenttablepanel.h"
#include "incidenttableview.h"
#include "keyscontroller.h"
#include "layerlistmodel.h"
#include "layerpanel.h"
#include "layerscontroller.h"
#include "mapimagecontroller.h"
#include "mapcanvas.h"
#include "picturestore.h"
#include "preferencescontroller.h"
#include "recentfilescontroller.h"
#include "recoverycontroller.h"
#include "selectioncontroller.h"
#include "project.h"
#include "provenancelabel.h"
#include "projectcontroller.h"
#include "reportcomposer.h"
#include "storyboardcontroller.h"
#include "storyboardpanel.h"
#include "taxonomycontroller.h"
#include "timeslider.h"
#include "viewstatecontroller.h"
#include "zonelayercontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QVBoxLayout>

namespace phenomap {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_canvas(new MapCanvas(this)), m_filterPanel(new FilterPanel(this)),
      m_table(new IncidentTableView(this)), m_coordinates(new CoordinateLabel(this)), m_countLabel(new QLabel(this)),
      m_controller(new ProjectController(m_canvas, m_filterPanel, m_table, this)),
      m_import(new ImportController(m_controller, this, this)), m_keys(new KeysController(this, this)),
      m_provenance(new ProvenanceLabel(this))
{
    setAcceptDrops(true);
    // The map with the time slider under it.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_canvas, 1);
    m_timeSlider = new TimeSlider(centre);
    centreLayout->addWidget(m_timeSlider);
    setCentralWidget(centre);
    connect(m_timeSlider, &TimeSlider::windowChanged, m_filterPanel, &FilterPanel::setPeriod);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto *filterDock = new QDockWidget(tr("Filter"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);

    auto *choroplethPanel = new ChoroplethPanel(this);
    auto *choroplethDock = new QDockWidget(tr("Choropleth"), this);
    choroplethDock->setObjectName(QStringLiteral("choroplethDock"));
    choroplethDock->setWidget(choroplethPanel);
    addDockWidget(Qt::LeftDockWidgetArea, choroplethDock);
    auto *choropleth = new ChoroplethController(m_controller, m_canvas, choroplethPanel, this);
    auto *zoneLayers = new ZoneLayerController(m_controller, this, this);
    connect(zoneLayers, &ZoneLayerController::layersChanged, choropleth, &ChoroplethController::zoneLayersChanged);
    connect(zoneLayers, &ZoneLayerController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(zoneLayers, &ZoneLayerController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::critical(this, title, message); });

    auto *tableDock = new QDockWidget(tr("Incidents"), this);
    tableDock->setObjectName(QStringLiteral("incidentDock"));
    auto *tablePanel = new IncidentTablePanel(m_table, tableDock);
    tableDock->setWidget(tablePanel);
    auto *tableController = new IncidentTableController(m_controller, tablePanel, this, this);
    connect(tableController, &IncidentTableController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(tableController, &IncidentTableController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::critical(this, title, message); });
    addDockWidget(Qt::BottomDockWidgetArea, tableDock);
    auto *chartsPanel = new ChartsPanel(this);
    auto *chartsDock = new QDockWidget(tr("Charts"), this);
    chartsDock->setObjectName(QStringLiteral("chartsDock"));
    chartsDock->setWidget(chartsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, chartsDock);
    tabifyDockWidget(tableDock, chartsDock);
    auto *detailPanel = new IncidentDetailPanel(this);
    auto *detailDock = new QDockWidget(tr("Details"), this);
    detailDock->setObjectName(QStringLiteral("detailDock"));
    detailDock->setWidget(detailPanel);
    addDockWidget(Qt::BottomDockWidgetArea, detailDock);
    tabifyDockWidget(tableDock, detailDock);
    auto *details = new IncidentDetailController(m_controller, detailPanel, this);
    tableDock->raise();
    new ChartsController(m_controller, m_filterPanel, chartsPanel, this);
    auto *storyboardPanel = new StoryboardPanel(this);
    auto *storyboardDock = new QDockWidget(tr("Storyboard"), this);
    storyboardDock->setObjectName(QStringLiteral("storyboardDock"));
    storyboardDock->setWidget(storyboardPanel);
    addDockWidget(Qt::LeftDockWidgetArea, storyboardDock);
    tabifyDockWidget(choroplethDock, storyboardDock);
    auto *storyboard = new StoryboardController(m_controller, m_canvas, m_filterPanel, storyboardPanel, this, this);
    connect(storyboard, &StoryboardController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::warning(this, title, message); });
    auto *incidentEdits =
        new IncidentEditController(m_controller, details, detailPanel, storyboard->undoStack(), this, this);
    connect(incidentEdits, &IncidentEditController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::warning(this, title, message); });
    // Taxonomy and mapping rule edits share the storyboard's stack: one Edit > Undo for the window.
    auto *taxonomy = new TaxonomyController(m_controller, storyboard->undoStack(), this, this);
    connect(taxonomy, &TaxonomyController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::warning(this, title, message); });
    auto *layerPanel = new LayerPanel(this);
    auto *layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    auto *layerScroll = new QScrollArea(layersDock);
    layerScroll->setWidgetResizable(true);
    layerScroll->setFrameShape(QFrame::NoFrame);
    layerScroll->setWidget(layerPanel);
    layersDock->setWidget(layerScroll);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);
    tabifyDockWidget(choroplethDock, layersDock);
    layersDock->raise();
    auto *layers = new LayersController(m_controller, m_canvas, layerPanel, this);
    auto *selection = new SelectionController(m_controller, m_canvas, m_table, this);
    addToolBar(Qt::TopToolBarArea, selection->createToolBar(this));
    connect(selection, &SelectionController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    addToolBar((new AnnotationController(m_controller, m_canvas, storyboard, this))->createToolBar(this));
    auto *viewState = new ViewStateController(m_canvas, chartsPanel, layers, storyboard, this);
    viewState->setChoroplethPanel(choroplethPanel);
    m_recovery = new RecoveryController(m_controller, storyboard, this, WorkspaceRecovery::defaultFolder(), this);
    connect(m_recovery, &RecoveryController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    auto *mapImage = new MapImageController(m_controller, m_canvas, storyboard, this, this);
    connect(mapImage, &MapImageController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::critical(this, title, message); });
    connect(mapImage, &MapImageController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    auto *feedback = new FeedbackController(m_controller, this, this);
    connect(feedback, &FeedbackController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::critical(this, title, message); });
    connect(feedback, &FeedbackController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    auto *analysisPanel = new AnalysisPanel(this);
    auto *analysisDock = new QDockWidget(tr("Analysis"), this);
    analysisDock->setObjectName(QStringLiteral("analysisDock"));
    // The analysis settings are tall: scroll rather than push the window past the screen.
    auto *analysisScroll = new QScrollArea(analysisDock);
    analysisScroll->setWidgetResizable(true);
    analysisScroll->setFrameShape(QFrame::NoFrame);
    analysisScroll->setWidget(analysisPanel);
    analysisDock->setWidget(analysisScroll);
    addDockWidget(Qt::LeftDockWidgetArea, analysisDock);
    tabifyDockWidget(choroplethDock, analysisDock);
    layersDock->raise();
    auto *analysis = new AnalysisController(m_controller, m_canvas, this);
    analysis->attachPanel(analysisPanel);
    connect(analysis, &AnalysisController::overlayChanged, layers, [this, layers] {
        layers->model()->setTitle(QStringLiteral("result"), tr("Statistics result"));
        layers->model()->refresh();
    });
    resizeDocks({filterDock}, {330}, Qt::Horizontal);
    resizeDocks({filterDock, layersDock}, {560, 300}, Qt::Vertical);
    resizeDocks({tableDock}, {230}, Qt::Vertical);

    m_countLabel->setAccessibleName(tr("Visible incidents"));
    statusBar()->addPermanentWidget(m_provenance);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_coordinates);

    createMenus();
    connect(m_canvas, &MapCanvas::cursorMoved, m_coordinates, &CoordinateLabel::setPosition);
    connect(m_canvas, &MapCanvas::cursorLeft, m_coordinates, &CoordinateLabel::clearPosition);
    connect(m_controller, &ProjectController::projectOpened, this, &MainWindow::updateTitle);
    connect(m_controller, &ProjectController::projectClosed, this, &MainWindow::updateTitle);
    connect(m_controller, &ProjectController::projectOpened, this,
            [this] { m_timeSlider->setRange(m_filterPanel->dataFirstDay(), m_filterPanel->dataLastDay()); });
    connect(m_controller, &ProjectController::filterApplied, this, [this](quint32 visible, quint32 total) {
        m_countLabel->setText(tr("%1 of %Ln incident(s)", nullptr, int(total)).arg(QLocale().toString(visible)));
    });
    setPassphrasePrompt([this](const QString &prompt) -> std::optional<QByteArray> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Passphrase"), prompt, QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QByteArray>(text.toUtf8()) : std::nullopt;
    });
    connect(m_controller, &ProjectController::provenanceChecked, m_provenance, &ProvenanceLabel::setProvenance);
    connect(m_controller, &ProjectController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_controller, &ProjectController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::critical(this, title, message); });
    connect(m_import, &ImportController::errorOccurred, this,
            [this](const QString &title, const QString &message) { QMessageBox::critical(this, title, message); });
    updateTitle();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // The controller detaches the views from the project; it must go while they still exist.
    delete m_controller;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Phenomap project (GeoPackage)"));
    QAction *demo = file->addAction(tr("Open &Demo Project"), m_controller, &ProjectController::openDemo);
    demo->setStatusTip(tr("Open the built-in synthetic demo project"));
    file->addMenu((new RecentFilesController(m_controller, this, nullptr, this))->menu());
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, [this] { m_import->startImport(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(Qt::CTRL | Qt::Key_I);
    import->setStatusTip(tr("Import a partner's incident file (CSV, spreadsheet or GIS file) into the project"));
    if (auto *zoneLayers = findChild<ZoneLayerController *>())
        file->addActions({zoneLayers->importAction(), zoneLayers->removeAction()});
    file->addSeparator();
    QAction *exportPdf = file->addAction(tr("&Export Briefing (PDF)…"), this, &MainWindow::exportBriefing);
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportPdf->setStatusTip(tr("Write the situation pictures as a PDF briefing with their TLP marking"));
    if (auto *mapImage = findChild<MapImageController *>())
        file->addAction(mapImage->action());
    if (auto *feedback = findChild<FeedbackController *>())
        file->addAction(feedback->action());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    if (auto *storyboard = findChild<StoryboardController *>())
        edit->addActions({storyboard->undoAction(), storyboard->redoAction()});
    if (auto *taxonomy = findChild<TaxonomyController *>()) {
        edit->addSeparator();
        edit->addActions({taxonomy->taxonomyAction(), taxonomy->mappingRulesAction()});
    }
    if (auto *selection = findChild<SelectionController *>()) {
        edit->addSeparator();
        edit->addActions(selection->toolGroup()->actions());
        edit->addAction(selection->clearAction());
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_canvas, &MapCanvas::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_canvas, &MapCanvas::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *whole = view->addAction(tr("&Whole Region"), m_canvas, &MapCanvas::zoomToData);
    QAction *briefing = view->addAction(tr("Start &Briefing"), this, &MainWindow::startBriefing);
    briefing->setShortcut(QKeySequence(Qt::Key_F5));
    briefing->setStatusTip(tr("Present the situation pictures full screen; arrows or a clicker step through them"));
    whole->setShortcut(Qt::CTRL | Qt::Key_0);
    whole->setStatusTip(tr("Show the whole Brussels-Capital Region"));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    if (auto *annotations = findChild<AnnotationController *>())
        menuBar()->addMenu(tr("&Annotate"))->addActions(annotations->toolActions());
    QMenu *analysis = menuBar()->addMenu(tr("Anal&ysis"));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("analysisDock")))
        analysis->addAction(tr("&Run…"), this, [dock] {
            dock->show();
            dock->raise();
            if (auto *panel = dock->findChild<AnalysisPanel *>())
                panel->runButton()->click();
        })->setObjectName(QStringLiteral("runAnalysisAction"));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_keys->action());
    auto *preferences = new PreferencesController(m_controller, this, nullptr, this);
    connect(preferences, &PreferencesController::languageChosen, this, &MainWindow::languageChosen);
    tools->addAction(preferences->action());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction((new HelpController(m_controller, this))->userGuideAction());
    help->addAction(tr("&About Phenomap"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openInitialProject(const QString &path, Startup startup)
{
    if (startup == OfferRecovery && m_recovery->offerRecovery(path))
        return;
    if (path.isEmpty())
        m_controller->openDemo();
    else
        m_controller->openProject(path);
}

void MainWindow::updateTitle()
{
    const QString title = m_controller->projectTitle();
    setWindowTitle(title.isEmpty() ? tr("Phenomap") : tr("%1 — Phenomap").arg(title));
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Phenomap projects and packages (*.gpkg *.gpkg.age);;All files (*)"));
    if (!path.isEmpty())
        m_controller->openProject(path);
}

bool MainWindow::importDroppedUrls(const QList<QUrl> &urls)
{
    const QStringList files = ImportController::localFiles(urls);
    if (files.isEmpty())
        return false;
    if (files.size() > 1)
        statusBar()->showMessage(tr("Importing %1; drop the other files one at a time.").arg(QFileInfo(files.first()).fileName()), 8000);
    return m_import->startImport(files.first()) != nullptr;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImportController::canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (ImportController::canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!ImportController::canImport(event->mimeData()))
        return;
    event->acceptProposedAction();
    importDroppedUrls(event->mimeData()->urls());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_controller->language(), this);
    dialog.exec();
}

void MainWindow::startBriefing()
{
    Project *project = m_controller->project();
    if (!project)
        return;
    auto *window = new BriefingWindow(*project, m_controller->engine(), PictureStore(*project).list(),
                                      m_controller->language(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->present();
}

void MainWindow::exportBriefing()
{
    Project *project = m_controller->project();
    if (!project)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Briefing"), tr("briefing.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportBriefingTo(path);
}

void MainWindow::setPassphrasePrompt(PassphrasePrompt prompt)
{
    m_askPassphrase = prompt;
    m_controller->setPassphrasePrompt(std::move(prompt));
}

void MainWindow::exportBriefingTo(const QString &path)
{
    Project *project = m_controller->project();
    if (!project)
        return;
    QProgressDialog progress(tr("Writing the briefing…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Feedback feedback;
    connect(&feedback, &Feedback::progressChanged, &progress, [&progress](double p) { progress.setValue(int(p)); });
    connect(&progress, &QProgressDialog::canceled, &feedback, &Feedback::cancel);
    ReportOptions options;
    options.language = m_controller->language();
    try {
        ReportComposer composer(*project, m_controller->engine());
        composer.writePdf(path, options, &feedback);
        progress.setValue(100);
        const KeysController::SignOutcome signing = m_keys->signExport(path, composer.marking(), m_askPassphrase);
        statusBar()->showMessage(tr("Briefing written to %1. %2").arg(QDir::toNativeSeparators(path), signing.message), 15000);
    } catch (const Canceled &) {
        statusBar()->showMessage(tr("Briefing export canceled; no file was written."), 8000);
    } catch (const std::exception &e) {
        QMessageBox::critical(this, tr("Export Briefing"), QString::fromUtf8(e.what()));
    }
}

} // namespace phenomap
