// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "batchmanager.h"
#include "categorymapper.h"
#include "feedback.h"
#include "importer.h"
#include "importprofiles.h"
#include "importwizardpages.h"
#include "project.h"
#include "sqlite.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <tuple>

namespace phenomap {
namespace {

/// Rows scanned for category values no rule covers; a larger file is judged by its start.
constexpr qint64 kScanRows = 200000;

QString choiceKey(const QString &field, const QString &value) { return field + QChar(0x1f) + value; }

/// A mapping rule as stored, to put the table back exactly when the import does not commit.
struct StoredRule
{
    qint64 id, sourceId;
    QString field, raw, match;
    qint64 target;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Page 5: run and summary

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Cancel Import"), this)), m_message(new QLabel(this)), m_summaryBox(new QGroupBox(tr("Summary"), this)),
      m_rejectedButton(new QPushButton(tr("&View Rejected Rows…"), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The file is imported as one batch: either every row is accounted for, or nothing changes."));
    setFinalPage(true);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setToolTip(tr("Share of the file's rows processed"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_cancel->setToolTip(tr("Stops the import; the project stays exactly as it was"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Import result"));
    m_status->setAccessibleName(tr("Import status"));
    auto *form = new QFormLayout(m_summaryBox);
    const QList<std::pair<QString, QString>> rows = {{QStringLiteral("read"), tr("Rows read:")},
                                                     {QStringLiteral("inserted"), tr("Inserted:")},
                                                     {QStringLiteral("updated"), tr("Updated:")},
                                                     {QStringLiteral("rejected"), tr("Rejected:")}};
    for (const auto &[key, text] : rows) {
        auto *value = new QLabel(m_summaryBox);
        value->setAccessibleName(text.chopped(1));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(text, value);
        m_counts.insert(key, value);
    }
    m_rejectedButton->setAccessibleName(tr("View the rejected rows"));
    m_rejectedButton->setToolTip(tr("Lists each rejected row with its row number, field and reason, and exports them as CSV"));
    form->addRow(m_rejectedButton);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_summaryBox);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, m_wizard, &ImportWizard::cancelImport);
    connect(m_rejectedButton, &QPushButton::clicked, m_wizard, &ImportWizard::showRejectedRows);
}

void ImportRunPage::initializePage()
{
    m_progress->setValue(0);
    m_wizard->startImport();
}

bool ImportRunPage::isComplete() const
{
    return m_wizard->outcome() != ImportWizard::Outcome::Running && m_wizard->outcome() != ImportWizard::Outcome::NotStarted;
}

void ImportRunPage::showState()
{
    using Outcome = ImportWizard::Outcome;
    const Outcome o = m_wizard->outcome();
    const ImportSummary &s = m_wizard->summary();
    m_cancel->setEnabled(o == Outcome::Running);
    m_cancel->setVisible(o == Outcome::Running);
    m_summaryBox->setVisible(o == Outcome::Succeeded);
    switch (o) {
    case Outcome::NotStarted:
    case Outcome::Running:
        m_status->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
        m_message->clear();
        break;
    case Outcome::Succeeded: {
        m_progress->setValue(100);
        m_status->setText(tr("Imported %1 in %2 s.").arg(QFileInfo(m_wizard->filePath()).fileName()).arg(s.seconds, 0, 'f', 1));
        QStringList notes;
        if (s.swappedLonLat)
            notes << tr("%n row(s) had longitude and latitude swapped; they were read the right way round.", nullptr, int(s.swappedLonLat));
        if (s.outsideRegion)
            notes << tr("%n point(s) lie outside the region; they were kept and flagged.", nullptr, int(s.outsideRegion));
        if (s.zoneOnly)
            notes << tr("%n row(s) have only a zone, no point.", nullptr, int(s.zoneOnly));
        if (!s.unmapped.isEmpty())
            notes << tr("%n category value(s) were not mapped; their rows were rejected.", nullptr, int(s.unmapped.size()));
        if (!s.profile.isEmpty())
            notes << tr("Mapping profile: %1.").arg(s.profile);
        m_message->setText(notes.join(QLatin1Char('\n')));
        const QLocale locale;
        m_counts.value(QStringLiteral("read"))->setText(locale.toString(s.rowsRead));
        m_counts.value(QStringLiteral("inserted"))->setText(locale.toString(s.inserted));
        m_counts.value(QStringLiteral("updated"))->setText(locale.toString(s.updated));
        m_counts.value(QStringLiteral("rejected"))->setText(locale.toString(s.rejected));
        m_rejectedButton->setEnabled(s.rejected > 0);
        break;
    }
    case Outcome::Canceled:
        m_status->setText(QString());
        m_message->setText(tr("Import canceled: nothing was changed."));
        break;
    case Outcome::Failed:
        m_status->setText(QString());
        m_message->setText(tr("The import failed; the project is unchanged.") + QLatin1Char('\n') + m_wizard->errorMessage());
        break;
    }
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------------------------
// The wizard

ImportWizard::ImportWizard(std::unique_ptr<Project> project, QWidget *parent)
    : QWizard(parent), m_project(std::move(project)), m_projectPath(m_project->path())
{
    setWindowTitle(tr("Import Incidents"));
    setAccessibleName(tr("Import wizard"));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_categoryPage = new ImportCategoryPage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CategoryPageId, m_categoryPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::updateCommitPage);
    connect(&m_watcher, &QFutureWatcher<WorkerResult>::finished, this, &ImportWizard::importDone);
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    if (m_watcher.isRunning()) {
        m_feedback->cancel();
        m_watcher.waitForFinished();
    }
}

void ImportWizard::loadFile(const std::optional<CsvDialect> &dialect)
{
    m_loadError.clear();
    m_columns.clear();
    m_sample.clear();
    m_matchedProfile.clear();
    ++m_generation;
    try {
        SourceReader reader;
        reader.open(m_filePath, QString(), dialect);
        m_columns = reader.columns();
        m_sample = reader.sample(200);
        m_dialect = reader.dialect();
        m_isCsv = reader.isDelimitedText();
        m_hasGeometry = reader.hasGeometryColumn();
        m_driver = reader.driverName();
        m_estimatedRows = reader.estimatedRows();
        m_proposed = ColumnMapping::propose(m_columns, m_sample, m_hasGeometry);
        m_proposed.decimalComma = m_dialect.decimalComma;
        m_matchedProfile = ImportProfiles::findForColumns(m_project->db(), m_columns);
    } catch (const ImportError &e) {
        m_loadError = e.message();
    } catch (const std::exception &e) {
        m_loadError = tr("“%1” cannot be read: %2").arg(QFileInfo(m_filePath).fileName(), QString::fromUtf8(e.what()));
    }
    setProfileName(m_matchedProfile);
}

bool ImportWizard::setFilePath(const QString &path)
{
    m_filePath = path;
    m_dialectOverride.reset();
    m_unmapped.clear();
    m_choices.clear();
    loadFile(std::nullopt);
    return m_loadError.isEmpty();
}

void ImportWizard::setDialectOverride(const CsvDialect &dialect)
{
    m_dialectOverride = dialect;
    const QString profile = profileName();
    loadFile(dialect);
    if (!profile.isEmpty() && m_matchedProfile.isEmpty())
        setProfileName(profile);
}

QString ImportWizard::sourceName() const
{
    const QString typed = m_filePage->sourceCombo()->currentText().trimmed();
    return typed.isEmpty() ? QFileInfo(m_filePath).completeBaseName() : typed;
}

void ImportWizard::setSourceName(const QString &name) { m_filePage->setSource(name); }

QString ImportWizard::profileName() const { return m_filePage->profileCombo()->currentData().toString(); }

void ImportWizard::setProfileName(const QString &name)
{
    QComboBox *box = m_filePage->profileCombo();
    {
        const QSignalBlocker block(box);
        box->setCurrentIndex(std::max(0, box->findData(name)));
    }
    m_initialMapping = m_proposed;
    m_defaultSource = QFileInfo(m_filePath).completeBaseName();
    if (const QString chosen = profileName(); !chosen.isEmpty()) {
        qint64 sourceId = 0;
        try {
            if (const auto m = ImportProfiles::load(m_project->db(), chosen, &sourceId)) {
                m_initialMapping = *m;
                Statement st = m_project->db().prepare("SELECT name FROM sources WHERE id = ?");
                st.bind(1, sourceId);
                if (st.step())
                    m_defaultSource = st.text(0);
            }
        } catch (const std::exception &) {
            // An unreadable profile: keep the proposal; the import names the problem if it persists.
        }
    }
    m_mappingPage->fill();
    m_filePage->showFile();
}

ColumnMapping ImportWizard::mapping() const
{
    if (!profileName().isEmpty())
        return m_initialMapping;
    ColumnMapping m;
    for (const QString &role : ColumnMapping::roles())
        if (const QString c = m_mappingPage->columnFor(role); !c.isEmpty())
            m.setColumn(role, c);
    m.crs = m_mappingPage->crsSpin()->value();
    m.dateOrder = m_initialMapping.dateOrder;
    m.decimalComma = m_dialect.decimalComma;
    m.defaultPhenomenon = m_initialMapping.defaultPhenomenon;
    m.defaultTlp = m_initialMapping.defaultTlp;
    m.useNativeGeometry = m_hasGeometry && m.column(QStringLiteral("lon")).isEmpty() && m.column(QStringLiteral("x")).isEmpty()
                          && m.column(QStringLiteral("wkt")).isEmpty();
    return m;
}

QComboBox *ImportWizard::mappingCombo(const QString &role) const { return m_mappingPage->combo(role); }

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePageId: return PreviewPageId;
    case PreviewPageId:
        if (profileName().isEmpty())
            return MappingPageId;
        return m_unmapped.isEmpty() ? RunPageId : CategoryPageId;
    case MappingPageId: return m_unmapped.isEmpty() ? RunPageId : CategoryPageId;
    case CategoryPageId: return RunPageId;
    default: return -1;
    }
}

void ImportWizard::updateCommitPage(int id)
{
    // The page leading to the import is the commit page: once imported, there is no going back.
    // Whether the category page comes next depends on the scan, so it is done on entering too.
    if (id == MappingPageId || (id == PreviewPageId && !profileName().isEmpty()))
        scanUnmapped();
    if (QWizardPage *p = page(id))
        p->setCommitPage(id != RunPageId && nextId() == RunPageId);
}

bool ImportWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // The analyst may have changed the category columns since entering the page.
    if (currentId() == MappingPageId || (currentId() == PreviewPageId && !profileName().isEmpty()))
        scanUnmapped();
    return true;
}

void ImportWizard::scanUnmapped()
{
    m_unmapped.clear();
    m_scannedRows = 0;
    if (m_filePath.isEmpty() || !m_loadError.isEmpty())
        return;
    const ColumnMapping m = mapping();
    const int phenomenonCol = int(m_columns.indexOf(m.column(QStringLiteral("phenomenon"))));
    const int moCol = int(m_columns.indexOf(m.column(QStringLiteral("mo"))));
    if (phenomenonCol < 0 && moCol < 0)
        return;
    try {
        qint64 sourceId = 0;
        Statement st = m_project->db().prepare("SELECT id FROM sources WHERE name = ?");
        st.bind(1, sourceName());
        if (st.step())
            sourceId = st.int64(0);
        CategoryMapper mapper(m_project->db());
        SourceReader reader;
        reader.open(m_filePath, QString(), m_dialectOverride);
        std::map<std::tuple<QString, QString>, int> counts;
        static const QRegularExpression split(QStringLiteral("[;|]"));
        SourceRow row;
        while (m_scannedRows < kScanRows && reader.next(row)) {
            ++m_scannedRows;
            if (phenomenonCol >= 0 && phenomenonCol < row.values.size()) {
                const QString raw = row.values[phenomenonCol].trimmed();
                if (!raw.isEmpty() && !mapper.resolve(sourceId, QStringLiteral("phenomenon"), raw))
                    ++counts[{QStringLiteral("phenomenon"), raw}];
            }
            if (moCol >= 0 && moCol < row.values.size()) {
                const QString raw = row.values[moCol].trimmed();
                if (raw.isEmpty() || mapper.resolve(sourceId, QStringLiteral("mo"), raw))
                    continue;
                for (const QString &part : raw.split(split, Qt::SkipEmptyParts)) {
                    const auto t = mapper.resolve(sourceId, QStringLiteral("mo"), part.trimmed());
                    if (!t || !t->moId)
                        ++counts[{QStringLiteral("mo"), part.trimmed()}];
                }
            }
        }
        for (const auto &[key, count] : counts) {
            const QString &field = std::get<0>(key);
            m_unmapped.push_back({field, field == QLatin1String("mo") ? m_columns.value(moCol) : m_columns.value(phenomenonCol),
                                  std::get<1>(key), count});
        }
    } catch (const std::exception &) {
        // The import itself reports an unreadable file or project with the full message.
    }
}

bool ImportWizard::setCategoryTarget(const QString &field, const QString &value, qint64 targetId)
{
    const bool listed = std::any_of(m_unmapped.cbegin(), m_unmapped.cend(),
                                    [&](const UnmappedValue &u) { return u.field == field && u.value == value; });
    if (!listed)
        return false;
    if (targetId)
        m_choices.insert(choiceKey(field, value), targetId);
    else
        m_choices.remove(choiceKey(field, value));
    if (QComboBox *combo = m_categoryPage->targetCombo(field, value); combo && combo->currentData().toLongLong() != targetId) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(targetId)));
    }
    return true;
}

QList<CategoryChoice> ImportWizard::categoryChoices() const
{
    QList<CategoryChoice> out;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const qsizetype sep = it.key().indexOf(QChar(0x1f));
        out.push_back({it.key().left(sep), it.key().mid(sep + 1), it.value()});
    }
    return out;
}

ImportRequest ImportWizard::request() const
{
    ImportRequest r;
    r.filePath = m_filePath;
    r.source = sourceName();
    r.profile = profileName();
    r.dialect = m_dialectOverride; // what the preview showed is what gets imported
    if (r.profile.isEmpty()) {
        r.mappingJson = QString::fromUtf8(QJsonDocument(mapping().toJson()).toJson(QJsonDocument::Compact));
        if (m_mappingPage->saveProfileCheck()->isChecked())
            r.saveProfileAs = m_mappingPage->profileNameEdit()->text().trimmed();
    }
    return r;
}

namespace {

/// Saves the analyst's category choices as rules, runs the import, and takes the rules back when
/// the batch does not commit, so a cancel or a failure leaves the project as it was.
ImportSummary importWithRules(Project &project, const ImportRequest &request, const QList<CategoryChoice> &choices,
                              Feedback *feedback)
{
    if (choices.isEmpty())
        return runImport(project, request, feedback);
    Database &db = project.db();
    qint64 sourceId = 0;
    bool createdSource = false;
    QList<StoredRule> before;
    {
        Transaction tx(db);
        Statement find = db.prepare("SELECT id FROM sources WHERE name = ?");
        find.bind(1, request.source);
        createdSource = !find.step();
        sourceId = project.ensureSource(request.source);
        Statement st = db.prepare("SELECT id, field, raw_value, match, target_id FROM phenomap_mapping_rules WHERE source_id = ?");
        st.bind(1, sourceId);
        while (st.step())
            before.push_back({st.int64(0), sourceId, st.text(1), st.text(2), st.text(3), st.int64(4)});
        for (const CategoryChoice &c : choices)
            CategoryMapper::saveRule(db, sourceId, c.field, c.value, c.targetId);
        tx.commit();
    }
    try {
        return runImport(project, request, feedback);
    } catch (...) {
        Transaction tx(db);
        Statement del = db.prepare("DELETE FROM phenomap_mapping_rules WHERE source_id = ?");
        del.bind(1, sourceId).run();
        Statement ins = db.prepare(
            "INSERT INTO phenomap_mapping_rules (id, source_id, field, raw_value, match, target_id) VALUES (?, ?, ?, ?, ?, ?)");
        for (const StoredRule &r : std::as_const(before)) {
            ins.bind(1, r.id).bind(2, r.sourceId).bind(3, r.field).bind(4, r.raw).bind(5, r.match).bind(6, r.target).run();
            ins.reset();
        }
        if (createdSource) {
            Statement drop = db.prepare("DELETE FROM sources WHERE id = ?");
            drop.bind(1, sourceId).run();
        }
        tx.commit();
        throw;
    }
}

} // namespace

void ImportWizard::startImport()
{
    if (m_outcome == Outcome::Running)
        return;
    m_outcome = Outcome::Running;
    m_summary = ImportSummary();
    m_error.clear();
    m_feedback = std::make_unique<Feedback>();
    // Progress is emitted from the worker; queued, it reaches the bar on the GUI thread.
    connect(m_feedback.get(), &Feedback::progressChanged, m_runPage->progressBar(),
            [bar = m_runPage->progressBar()](double percent) { bar->setValue(int(percent)); }, Qt::QueuedConnection);
    button(QWizard::CancelButton)->setEnabled(false);
    m_runPage->showState();
    Q_EMIT importStarting(m_feedback.get());

    const ImportRequest req = request();
    const QList<CategoryChoice> choices = categoryChoices();
    const QString path = m_projectPath;
    Feedback *feedback = m_feedback.get();
    m_watcher.setFuture(QtConcurrent::run([path, req, choices, feedback]() -> WorkerResult {
        WorkerResult r;
        try {
            // The worker's own connection: SQLite connections are not shared across threads.
            auto project = Project::open(path);
            r.summary = importWithRules(*project, req, choices, feedback);
            r.outcome = Outcome::Succeeded;
        } catch (const Canceled &) {
            r.outcome = Outcome::Canceled;
        } catch (const ImportError &e) {
            r.error = e.message();
        } catch (const ProjectError &e) {
            r.error = e.message();
        } catch (const std::exception &e) {
            r.error = tr("Importing “%1” failed: %2").arg(QFileInfo(req.filePath).fileName(), QString::fromUtf8(e.what()));
        }
        if (r.outcome != Outcome::Succeeded && feedback->isCanceled() && r.error.isEmpty())
            r.outcome = Outcome::Canceled;
        return r;
    }));
}

void ImportWizard::importDone()
{
    const WorkerResult r = m_watcher.result();
    m_outcome = r.outcome;
    m_summary = r.summary;
    m_error = r.error;
    button(QWizard::CancelButton)->setEnabled(true);
    m_runPage->showState();
    if (m_outcome == Outcome::Succeeded)
        Q_EMIT projectChanged(m_projectPath);
    Q_EMIT importFinished(m_outcome == Outcome::Succeeded);
    if (m_closeWhenDone)
        QWizard::reject();
}

void ImportWizard::cancelImport()
{
    if (m_feedback && m_outcome == Outcome::Running) {
        m_feedback->cancel();
        m_runPage->cancelButton()->setEnabled(false);
    }
}

void ImportWizard::reject()
{
    if (m_outcome == Outcome::Running) {
        // Closing mid-import cancels it first; the dialog closes once the rollback is done.
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QWizard::reject();
}

QList<RejectedRowInfo> ImportWizard::rejectedRows()
{
    QList<RejectedRowInfo> out;
    if (m_outcome != Outcome::Succeeded)
        return out;
    Statement st = m_project->db().prepare(
        "SELECT row_number, field, reason FROM rejected_rows WHERE batch_id = ? ORDER BY row_number, id");
    st.bind(1, m_summary.batchId);
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2)});
    return out;
}

RejectedRowsDialog *ImportWizard::showRejectedRows()
{
    if (m_outcome != Outcome::Succeeded)
        return nullptr;
    auto *dialog = new RejectedRowsDialog(*m_project, m_summary.batchId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace phenomap
