// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine.h"
#include "filterrestrictions.h"
#include "provenance.h"
#include "taxonomy.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

#include <memory>

class QProgressDialog;

namespace phenomap {

class FilterPanel;
class IncidentTableModel;
class IncidentTableView;
class MapCanvas;
class Project;

/// Owns the open project and its engine, and keeps the map, the table and the filter panel in
/// step with them: open -> load columns -> apply filter -> feed views. The main window only
/// builds widgets and menus; everything it does is a call here, which tests can make without it.
class ProjectController : public QObject
{
    Q_OBJECT
public:
    ProjectController(MapCanvas *canvas, FilterPanel *filterPanel, IncidentTableView *table,
                      QObject *parent = nullptr);
    ~ProjectController() override;

    /// Opens a project file; on failure emits errorOccurred() with the message and keeps the
    /// current project. Returns true on success.
    bool openProject(const QString &path);
    /// Closes the open project (views show nothing; projectClosed() is emitted).
    void closeProject();
    /// Opens the current project again (after an import changed it); false on failure.
    bool reloadProject();
    /// Reads the taxonomy and the incidents of the open project again after an edit made in it
    /// (taxonomy, mapping rules, an incident), keeping the filter, the selection, the view and
    /// everything that listens for projectOpened() (the undo history stays). Emits
    /// dataRefreshed(); false when nothing is open or the read fails (errorOccurred()).
    bool refreshData();
    /// Opens the built-in demo, generating it once into the application data folder.
    bool openDemo();
    /// Path of the built-in demo project.
    static QString demoPath();
    /// How long loading the incidents may take before a progress dialog with Cancel shows
    /// (default 800 ms; tests set 0).
    void setProgressDelay(int milliseconds) { m_progressDelayMs = milliseconds; }

    Project *project() const { return m_project.get(); }
    const Engine &engine() const { return m_engine; }
    const FilterResult &result() const { return m_result; }
    const Filter &currentFilter() const { return m_filter; }
    const QList<TaxonomyNode> &taxonomy() const { return m_taxonomy; }
    IncidentTableModel *tableModel() const { return m_tableModel; }
    /// UI language for data labels: "fr", "nl" or "en", from the system locale.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// Asks the user for a passphrase (the prompt names the file and which passphrase);
    /// nullopt when they cancel. Needed to open encrypted packages (FILE.gpkg.age).
    using PassphrasePrompt = std::function<std::optional<QByteArray>(const QString &prompt)>;
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_askPassphrase = std::move(prompt); }
    const PassphrasePrompt &passphrasePrompt() const { return m_askPassphrase; }
    /// Where the open file comes from: package manifest and signature, checked on opening.
    const Provenance &provenance() const { return m_provenance; }
    /// The key store signatures are checked against (default: defaultKeyStoreDirectory()).
    void setKeyStoreDirectory(const QString &directory) { m_keyStoreDirectory = directory; }
    const QString &keyStoreDirectory() const { return m_keyStoreDirectory; }
    /// "Title (synthetic data)", or an empty string when no project is open.
    QString projectTitle() const { return m_title; }

    /// Applies a filter to the open project and updates map, table and counts.
    void applyFilter(const phenomap::Filter &filter);
    /// Highlights incidents on the map and in the table.
    void selectIncidents(const QSet<quint32> &fids);
    /// The selected incidents (fids), as the map highlights them.
    const QSet<quint32> &selection() const;
    /// What the incident table lists: every incident the filter shows, or only the selected ones
    /// among them (then choosing rows in the table does not change the selection).
    enum class TableScope { Filter, Selection };
    void setTableScope(TableScope scope);
    TableScope tableScope() const { return m_tableScope; }

    /// What the map's tooltip says of an incident (rich text): phenomenon, start, municipality,
    /// source, marking, address and description as the table shows them; empty when not shown.
    QString describeIncident(quint32 fid) const;
    /// The language code ("fr", "nl", "en") for a locale.
    static QString languageFor(const QLocale &locale);

Q_SIGNALS:
    /// A project was opened (title and counts changed).
    void projectOpened();
    /// refreshData() read the open project again: taxonomy, incidents and counts may differ.
    void dataRefreshed();
    /// The open project was closed (by closeProject(), or because its file failed the check).
    void projectClosed();
    /// SQLite's whole-file check of the opened project, run after the map is shown, finished;
    /// on failure the project has been closed and errorOccurred() says why.
    void integrityChecked(bool ok);
    /// The opened file's package manifest and signature were checked (see provenance()).
    void provenanceChecked(const phenomap::Provenance &provenance);
    /// The selection changed (map click, rectangle, lasso, table).
    void selectionChanged(const QSet<quint32> &fids);
    /// A filter was applied: `visible` of `total` incidents are shown.
    void filterApplied(quint32 visible, quint32 total);
    /// Loading a project's incidents showed its progress dialog (tests cancel through it).
    void loadProgressShown(QProgressDialog *dialog);
    /// Something failed; `message` is translated and names the file and the problem.
    void errorOccurred(const QString &title, const QString &message);
    /// A short, transient note for the status bar.
    void statusMessage(const QString &message);

private:
    void refreshCounts();
    /// Gives the table the rows of its scope, sorted as before.
    void resetTable();
    /// Engine::load with a wait cursor, and progress with Cancel after m_progressDelayMs.
    /// Throws Canceled, or what the load throws.
    void loadEngine(Engine &engine, Project &project, const QString &name);
    FilterChoices loadFilterChoices();
    void startIntegrityCheck();
    /// Project::open, or for an age-encrypted package its decryption into memory (read-only,
    /// never written in plain); nullptr when the user cancels a passphrase prompt. Throws.
    std::unique_ptr<Project> openFile(const QString &path);

    MapCanvas *m_canvas;
    FilterPanel *m_filterPanel;
    IncidentTableView *m_table;
    IncidentTableModel *m_tableModel;
    std::unique_ptr<Project> m_project;
    Engine m_engine;
    Provenance m_provenance;
    QString m_keyStoreDirectory;
    PassphrasePrompt m_askPassphrase;
    FilterResult m_result;
    Filter m_filter;
    QList<TaxonomyNode> m_taxonomy;
    QString m_language;
    QString m_title;
    bool m_opening = false;
    TableScope m_tableScope = TableScope::Filter;
    int m_progressDelayMs = 800;
    QString m_checkLater;       ///< the file whose integrity check was deferred by openFile()
    quint64 m_openGeneration = 0;
};

} // namespace phenomap
