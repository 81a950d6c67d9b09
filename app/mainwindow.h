// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QUrl;

namespace phenomap {

class CoordinateLabel;
class FilterPanel;
class ImportController;
class IncidentTableView;
class KeysController;
class MapCanvas;
class ProjectController;
class ProvenanceLabel;
class RecoveryController;
class TimeSlider;

/// The workbench window: map in the centre, filter panel on the left, incident table below,
/// status bar with counts and cursor position. It only lays out widgets and menus; the
/// ProjectController does the work, so this class stays small.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path`, or the built-in demo when it is empty. With OfferRecovery (the application's
    /// start), a working view left by a window that did not close is offered first (only one of
    /// `path` when a path is given).
    enum Startup { PlainStart, OfferRecovery };
    void openInitialProject(const QString &path, Startup startup = PlainStart);

    ProjectController *controller() const { return m_controller; }
    MapCanvas *mapCanvas() const { return m_canvas; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    IncidentTableView *incidentTable() const { return m_table; }
    ImportController *importController() const { return m_import; }
    KeysController *keysController() const { return m_keys; }
    ProvenanceLabel *provenanceLabel() const { return m_provenance; }
    TimeSlider *timeSlider() const { return m_timeSlider; }
    RecoveryController *recoveryController() const { return m_recovery; }

    /// How the window asks for passphrases (encrypted packages, signing exports); tests replace
    /// the modal dialog with a function.
    using PassphrasePrompt = std::function<std::optional<QByteArray>(const QString &prompt)>;
    void setPassphrasePrompt(PassphrasePrompt prompt);
    /// Writes the PDF briefing of the open project to `path` (progress and cancel), then signs it
    /// with the office key when there is one.
    void exportBriefingTo(const QString &path);

    /// Starts the import wizard for the first local file among `urls`; false when there is none.
    bool importDroppedUrls(const QList<QUrl> &urls);

Q_SIGNALS:
    /// The analyst chose another interface language in the Preferences ("" for the system's);
    /// the WindowHost rebuilds the window in it.
    void languageChosen(const QString &code);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void openFile();
    void showAbout();
    /// Presents the project's storyboard full screen (the whole project when it has no pictures).
    void startBriefing();
    /// Asks for a file name and writes the PDF briefing, with progress and cancel.
    void exportBriefing();

    MapCanvas *m_canvas;
    FilterPanel *m_filterPanel;
    IncidentTableView *m_table;
    CoordinateLabel *m_coordinates;
    QLabel *m_countLabel;
    ProjectController *m_controller;
    ImportController *m_import;
    KeysController *m_keys;
    RecoveryController *m_recovery = nullptr;
    PassphrasePrompt m_askPassphrase;
    ProvenanceLabel *m_provenance;
    TimeSlider *m_timeSlider = nullptr;
};

} // namespace phenomap
