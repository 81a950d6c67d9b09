// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rejectedrowsdialog.h"

#include "columnmapping.h"
#include "csvdialect.h"
#include "importtypes.h"
#include "sourcereader.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QWizard>

#include <memory>
#include <optional>

class QComboBox;
class QTableWidget;

namespace phenomap {

class Feedback;
class Project;
class ImportFilePage;
class ImportPreviewPage;
class ImportMappingPage;
class ImportCategoryPage;
class ImportRunPage;

/// One rejected row of a batch as the analyst sees it.
struct RejectedRowInfo
{
    qint64 rowNumber = 0;
    QString field;
    QString reason;
};

/// An analyst's decision on page 4: a raw category value mapped onto a taxonomy node.
struct CategoryChoice
{
    QString field; ///< "phenomenon" or "mo"
    QString value;
    qint64 targetId = 0;
};

/// The GUI of the import pipeline: file, preview, column mapping, taxonomy mapping of unknown
/// values, then the import itself off the GUI thread with progress, cancel and a summary. The
/// library in models/io does the work and guarantees the batch is all-or-nothing; the wizard only
/// collects the analyst's decisions and turns them into an ImportRequest. It owns a connection
/// of its own to the project (for profiles, sources, taxonomy and rejected rows) and runs the
/// import on yet another one opened in the worker thread, so no SQLite connection is ever
/// shared between threads and the caller may reload its own project when projectChanged() fires.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, CategoryPageId, RunPageId };
    enum class Outcome { NotStarted, Running, Succeeded, Canceled, Failed };

    /// Takes a project opened on the GUI thread (read for profiles, sources and the taxonomy).
    explicit ImportWizard(std::unique_ptr<Project> project, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Chooses the file and reads its columns and first rows; false (with loadError()) when it cannot be read.
    bool setFilePath(const QString &path);
    QString filePath() const { return m_filePath; }
    QString loadError() const { return m_loadError; }
    QString sourceName() const;
    void setSourceName(const QString &name);
    /// The selected saved profile; empty when the mapping is proposed.
    QString profileName() const;
    void setProfileName(const QString &name);
    /// "fr", "nl" or "en": language of the taxonomy labels.
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }

    /// What was read from the file.
    QStringList columns() const { return m_columns; }
    const QList<SourceRow> &sampleRows() const { return m_sample; }
    const CsvDialect &dialect() const { return m_dialect; }
    bool isDelimitedText() const { return m_isCsv; }
    bool hasGeometryColumn() const { return m_hasGeometry; }
    QString driverName() const { return m_driver; }
    qint64 estimatedRows() const { return m_estimatedRows; }
    /// Re-reads a delimited text file with the analyst's conventions instead of the detected ones.
    void setDialectOverride(const CsvDialect &dialect);

    /// The mapping proposed by ColumnMapping::propose, or the selected profile's.
    const ColumnMapping &initialMapping() const { return m_initialMapping; }
    /// The mapping as set on the mapping page (or the profile's when the page was skipped).
    ColumnMapping mapping() const;
    /// The combo box choosing the column of a target role ("lon", "date", ...), for tests.
    QComboBox *mappingCombo(const QString &role) const;
    /// Increases whenever a new file or dialect is read, so pages know to refresh.
    int generation() const { return m_generation; }

    /// Category values in the file no rule covers (refreshed when leaving the mapping page).
    const QList<UnmappedValue> &unmappedValues() const { return m_unmapped; }
    /// Rows the unmapped values were counted over (the whole file, or the first rows of a large one).
    qint64 scannedRows() const { return m_scannedRows; }
    /// Maps a listed value onto a taxonomy node id (0: leave unmapped); what the page's combos do.
    bool setCategoryTarget(const QString &field, const QString &value, qint64 targetId);
    QList<CategoryChoice> categoryChoices() const;
    Project &project() { return *m_project; }

    /// The request the import will run with.
    ImportRequest request() const;
    Outcome outcome() const { return m_outcome; }
    bool isRunning() const { return m_outcome == Outcome::Running; }
    const ImportSummary &summary() const { return m_summary; }
    QString errorMessage() const { return m_error; }
    /// The last batch's rejected rows, read back from the project.
    QList<RejectedRowInfo> rejectedRows();
    /// Opens the rejected-rows dialog of the last batch (nullptr when there is no batch).
    RejectedRowsDialog *showRejectedRows();
    /// Asks the running import to stop; the project stays unchanged.
    void cancelImport();

    int nextId() const override;
    bool validateCurrentPage() override;
    /// The source proposed for the file: the profile's, else the file's base name.
    QString defaultSourceName() const { return m_defaultSource; }

Q_SIGNALS:
    /// Emitted on the GUI thread just before the worker starts.
    void importStarting(phenomap::Feedback *feedback);
    /// The import ended (succeeded, canceled or failed).
    void importFinished(bool succeeded);
    /// A batch was committed: the project file changed and views should reload.
    void projectChanged(const QString &projectPath);

protected:
    void reject() override;

private:
    friend class ImportRunPage;
    void startImport();
    void importDone();
    void scanUnmapped();
    void loadFile(const std::optional<CsvDialect> &dialect);
    void updateCommitPage(int id);

    std::unique_ptr<Project> m_project;
    QString m_projectPath;
    QString m_filePath, m_loadError, m_language = QStringLiteral("en");
    QStringList m_columns;
    QList<SourceRow> m_sample;
    CsvDialect m_dialect;
    std::optional<CsvDialect> m_dialectOverride;
    bool m_isCsv = false, m_hasGeometry = false;
    QString m_driver;
    qint64 m_estimatedRows = 0;
    ColumnMapping m_proposed, m_initialMapping;
    QString m_matchedProfile, m_defaultSource;
    int m_generation = 0;
    QList<UnmappedValue> m_unmapped;
    qint64 m_scannedRows = 0;
    QHash<QString, qint64> m_choices; // field \x1f value -> target id

    Outcome m_outcome = Outcome::NotStarted;
    ImportSummary m_summary;
    QString m_error;
    bool m_closeWhenDone = false;
    std::unique_ptr<Feedback> m_feedback;
    struct WorkerResult
    {
        Outcome outcome = Outcome::Failed;
        ImportSummary summary;
        QString error;
    };
    QFutureWatcher<WorkerResult> m_watcher;

    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportCategoryPage *m_categoryPage;
    ImportRunPage *m_runPage;
};

} // namespace phenomap
