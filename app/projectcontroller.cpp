// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "agedecryptor.h"
#include "demogenerator.h"
#include "encryptedpackage.h"
#include "feedback.h"
#include "filterpanel.h"
#include "incidenttablemodel.h"
#include "incidenttableview.h"
#include "keystore.h"
#include "keystorelocation.h"
#include "mapcanvas.h"
#include "packagerequest.h"
#include "project.h"
#include "sqlite.h"
#include "trusterror.h"
#include "zonelayer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace phenomap {

ProjectController::ProjectController(MapCanvas *canvas, FilterPanel *filterPanel, IncidentTableView *table,
                                     QObject *parent)
    : QObject(parent), m_canvas(canvas), m_filterPanel(filterPanel), m_table(table),
      m_tableModel(new IncidentTableModel(this)), m_keyStoreDirectory(defaultKeyStoreDirectory()),
      m_language(languageFor(QLocale()))
{
    m_table->setIncidentModel(m_tableModel);
    m_tableModel->setLanguage(m_language);
    m_canvas->mapPainter().setLanguage(m_language);
    connect(m_filterPanel, &FilterPanel::filterChanged, this, &ProjectController::applyFilter);
    m_canvas->setIncidentDescriber([this](quint32 fid) { return describeIncident(fid); });
    connect(m_canvas, &MapCanvas::incidentClicked, this, [this](quint32 fid) {
        selectIncidents({fid});
        m_table->selectFid(fid);
    });
    connect(m_table, &IncidentTableView::fidSelectionChanged, this, [this](const QList<qint64> &fids) {
        if (m_tableScope == TableScope::Selection)
            return; // the table lists the selection: picking among it does not narrow it
        QSet<quint32> set;
        for (qint64 fid : fids)
            set.insert(quint32(fid));
        selectIncidents(set);
    });
}

ProjectController::~ProjectController()
{
    // Views hold pointers into the engine and the project: detach them before those go.
    m_canvas->mapPainter().setIncidents(nullptr, {});
    m_tableModel->reset(nullptr, nullptr, {});
}

QString ProjectController::languageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French: return QStringLiteral("fr");
    case QLocale::Dutch: return QStringLiteral("nl");
    default: return QStringLiteral("en");
    }
}

void ProjectController::setLanguage(const QString &language)
{
    m_language = language;
    m_canvas->mapPainter().setLanguage(language);
    m_tableModel->setLanguage(language);
    if (!m_project)
        return;
    m_filterPanel->setTaxonomy(m_taxonomy, language);
    applyFilter(m_filterPanel->filter());
}

QString ProjectController::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo.gpkg"));
}

bool ProjectController::openDemo()
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        Q_EMIT statusMessage(tr("Generating the synthetic demo project…"));
        DemoOptions options;
        options.title = tr("Brussels demo");
        Feedback feedback;
        QFutureWatcher<QString> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
        // Generation runs off the GUI thread; the window keeps repainting meanwhile.
        watcher.setFuture(QtConcurrent::run([path, options, &feedback]() -> QString {
            try {
                generateDemo(path, options, &feedback);
                return {};
            } catch (const ProjectError &e) {
                return e.message();
            } catch (const std::exception &e) {
                return QString::fromUtf8(e.what());
            }
        }));
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        QGuiApplication::restoreOverrideCursor();
        if (const QString error = watcher.result(); !error.isEmpty()) {
            Q_EMIT errorOccurred(tr("Demo project"),
                                 tr("The demo project could not be created in %1: %2").arg(path, error));
            return false;
        }
    }
    return openProject(path);
}

bool ProjectController::reloadProject()
{
    if (!m_project)
        return false;
    const QString path = m_project->path();
    if (!openProject(path))
        return false;
    Q_EMIT statusMessage(tr("%1 reloaded.").arg(QFileInfo(path).fileName()));
    return true;
}

bool ProjectController::refreshData()
{
    if (!m_project)
        return false;
    QList<TaxonomyNode> taxonomy;
    Engine engine;
    try {
        taxonomy = loadTaxonomy(m_project->db());
        loadEngine(engine, *m_project, QFileInfo(m_project->path()).fileName());
    } catch (const Canceled &) {
        // The edit is in the project; the views keep the last state until the next refresh.
        Q_EMIT statusMessage(tr("Refreshing the views was canceled."));
        return false;
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Refresh"), tr("The incidents of %1 could not be read again: %2")
                                                .arg(QDir::toNativeSeparators(m_project->path()),
                                                     QString::fromUtf8(e.what())));
        return false;
    }
    // The exact filter applied last (a picture's may hold more than the panel shows).
    const Filter filter = m_filter;
    const QSet<quint32> selected = selection();
    MapPainter &painter = m_canvas->mapPainter();
    painter.setIncidents(nullptr, {});
    m_tableModel->reset(nullptr, nullptr, {});
    m_engine = std::move(engine);
    m_taxonomy = taxonomy;
    painter.setTaxonomy(m_taxonomy);

    m_opening = true;
    m_filterPanel->setTaxonomy(m_taxonomy, m_language);
    m_filterPanel->setChoices(loadFilterChoices());
    const auto range = m_engine.timeRange();
    m_filterPanel->setDataRange(range.first, range.second);
    m_filterPanel->setFilter(filter);
    m_opening = false;
    // Incidents that no longer exist leave the selection.
    QSet<quint32> kept;
    for (const quint32 fid : m_engine.columns().fid)
        if (selected.contains(fid))
            kept.insert(fid);
    painter.setSelection(kept);
    applyFilter(filter);
    if (kept != selected)
        Q_EMIT selectionChanged(kept);
    Q_EMIT dataRefreshed();
    return true;
}

bool ProjectController::openProject(const QString &path)
{
    std::unique_ptr<Project> project;
    QList<TaxonomyNode> taxonomy;
    ZoneLayer municipalities, policeZones;
    QString title;
    m_checkLater.clear();
    try {
        project = openFile(path);
        if (!project)
            return false; // the user canceled a passphrase prompt
        taxonomy = loadTaxonomy(project->db());
        municipalities = ZoneLayer::load(project->db(), QStringLiteral("municipalities"));
        policeZones = ZoneLayer::load(project->db(), QStringLiteral("police_zones"));
        title = project->title().isEmpty() ? QFileInfo(path).completeBaseName() : project->title();
        if (project->isSynthetic())
            title = tr("%1 (synthetic data)").arg(title);
    } catch (const ProjectError &e) {
        Q_EMIT errorOccurred(tr("Open project"), e.message());
        return false;
    } catch (const PackageError &e) {
        Q_EMIT errorOccurred(tr("Open project"), e.message());
        return false;
    } catch (const TrustError &e) {
        Q_EMIT errorOccurred(tr("Open project"),
                             tr("%1 could not be decrypted: %2").arg(QDir::toNativeSeparators(path), e.message()));
        return false;
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Open project"),
                             tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path),
                                                                 QString::fromUtf8(e.what())));
        return false;
    }

    // The incidents load into an engine of their own, with progress and Cancel when it takes a
    // while: the open project stays as it was until the new one is ready, or if it is canceled.
    Engine engine;
    try {
        loadEngine(engine, *project, QFileInfo(path).fileName());
    } catch (const Canceled &) {
        Q_EMIT statusMessage(tr("Opening %1 was canceled.").arg(QFileInfo(path).fileName()));
        return false;
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Open project"),
                             tr("The incidents of %1 could not be read: %2")
                                 .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
        return false;
    }
    // Detach the views from the old engine and project before replacing them.
    MapPainter &painter = m_canvas->mapPainter();
    painter.setIncidents(nullptr, {});
    m_tableModel->reset(nullptr, nullptr, {});
    m_engine = std::move(engine);
    m_project = std::move(project);
    m_taxonomy = taxonomy;
    m_title = title;

    painter.setMunicipalities(std::move(municipalities));
    painter.setPoliceZones(std::move(policeZones));
    painter.setTaxonomy(m_taxonomy);
    painter.setSynthetic(m_project->isSynthetic());
    painter.setSelection({});

    m_opening = true;
    m_filterPanel->setTaxonomy(m_taxonomy, m_language);
    m_filterPanel->setChoices(loadFilterChoices());
    const auto range = m_engine.timeRange();
    m_filterPanel->setDataRange(range.first, range.second);
    m_opening = false;
    applyFilter(m_filterPanel->filter());
    m_canvas->zoomToData();
    m_provenance = checkProvenance(*m_project, path, KeyStore(m_keyStoreDirectory));
    Q_EMIT projectOpened();
    Q_EMIT provenanceChecked(m_provenance);
    startIntegrityCheck();
    return true;
}

void ProjectController::loadEngine(Engine &engine, Project &project, const QString &name)
{
    Feedback feedback;
    std::unique_ptr<QProgressDialog> dialog;
    QElapsedTimer elapsed;
    elapsed.start();
    QWidget *parent = m_canvas->window();
    // Called on this thread between batches of rows: the dialog shows once loading has taken
    // longer than the delay, and its Cancel makes the next batch throw Canceled.
    connect(&feedback, &Feedback::progressChanged, this, [&](double percent) {
        if (!dialog && elapsed.elapsed() >= m_progressDelayMs) {
            dialog = std::make_unique<QProgressDialog>(tr("Loading the incidents of %1…").arg(name), tr("Cancel"), 0, 100,
                                                       parent);
            dialog->setObjectName(QStringLiteral("openProgress"));
            dialog->setWindowModality(Qt::WindowModal);
            dialog->setMinimumDuration(0);
            connect(dialog.get(), &QProgressDialog::canceled, &feedback, &Feedback::cancel);
            dialog->show();
            Q_EMIT loadProgressShown(dialog.get());
        }
        if (dialog) {
            dialog->setValue(int(percent));
            QCoreApplication::processEvents();
            if (dialog->wasCanceled())
                feedback.cancel();
        }
    });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        engine.load(project, &feedback);
    } catch (...) {
        QApplication::restoreOverrideCursor();
        throw;
    }
    QApplication::restoreOverrideCursor();
}

void ProjectController::startIntegrityCheck()
{
    const quint64 generation = ++m_openGeneration;
    if (m_checkLater.isEmpty())
        return; // decrypted in memory: fully checked while opening
    const QString path = m_checkLater;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QString problem = watcher->result();
        if (generation != m_openGeneration)
            return; // another project was opened meanwhile
        if (problem.isEmpty()) {
            Q_EMIT integrityChecked(true);
            return;
        }
        closeProject();
        Q_EMIT integrityChecked(false);
        Q_EMIT errorOccurred(tr("Open project"),
                             tr("%1 The project was closed so that nothing is read from or written to a damaged "
                                "file; restore it from a backup.")
                                 .arg(problem));
    });
    watcher->setFuture(QtConcurrent::run([path]() -> QString {
        try {
            Project::checkIntegrity(path);
            return {};
        } catch (const ProjectError &e) {
            return e.message();
        } catch (const std::exception &e) {
            return tr("“%1” cannot be read as a project: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what()));
        }
    }));
}

void ProjectController::closeProject()
{
    ++m_openGeneration;
    m_canvas->mapPainter().setIncidents(nullptr, {});
    m_canvas->mapPainter().setSelection({});
    m_tableModel->reset(nullptr, nullptr, {});
    m_result = FilterResult{};
    m_engine = Engine{};
    m_project.reset();
    m_title.clear();
    m_canvas->update();
    Q_EMIT projectClosed();
}

std::unique_ptr<Project> ProjectController::openFile(const QString &path)
{
    if (!EncryptedPackage::isEncrypted(path)) {
        // A partner package stays read-only: even switching it to WAL would change its bytes
        // and break the signature beside it.
        // SQLite's whole-file check runs after the map is shown (startIntegrityCheck()).
        m_checkLater = path;
        auto project = Project::open(path, Project::OpenMode::ReadOnly, Project::IntegrityCheck::Deferred);
        if (project->setting(QStringLiteral("package")) == QLatin1String("1"))
            return project;
        project.reset();
        return Project::open(path, Project::OpenMode::ReadWrite, Project::IntegrityCheck::Deferred);
    }
    const QString name = QFileInfo(path).fileName();
    AgeDecryptor decryptor;
    const auto ask = [this](const QString &prompt) {
        return m_askPassphrase ? m_askPassphrase(prompt) : std::optional<QByteArray>();
    };
    if (AgeDecryptor::readHeader(path).isPassphraseProtected()) {
        const auto passphrase = ask(tr("“%1” is encrypted with a passphrase. Passphrase:").arg(name));
        if (!passphrase)
            return nullptr;
        decryptor.setPassphrase(*passphrase);
    } else {
        const KeyStore keys(m_keyStoreDirectory);
        if (!keys.hasOfficeKey())
            throw PackageError(tr("“%1” is encrypted to partners' keys, and this computer has no office key to "
                                  "decrypt it (Tools > Keys…).")
                                   .arg(name));
        const auto passphrase = ask(tr("“%1” is encrypted to the office key. Passphrase of the office key:").arg(name));
        if (!passphrase)
            return nullptr;
        decryptor.addIdentity(keys.unlockDecryptionKey(*passphrase));
    }
    return EncryptedPackage::open(path, decryptor);
}

void ProjectController::applyFilter(const Filter &filter)
{
    m_filter = filter;
    if (!m_project || m_opening)
        return;
    try {
        m_result = m_engine.apply(*m_project, filter);
    } catch (const std::exception &e) {
        // Mostly a text query SQLite's full-text syntax does not accept: keep the last result.
        Q_EMIT statusMessage(tr("The filter could not be applied: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_canvas->mapPainter().setIncidents(&m_engine.columns(), m_result.rows);
    m_canvas->update();
    resetTable();
    refreshCounts();
    Q_EMIT filterApplied(quint32(m_result.total()), quint32(m_engine.columns().size()));
}

void ProjectController::refreshCounts()
{
    // Counts beside the tree ignore the tree's own ticks, so an unticked phenomenon still
    // shows how many incidents ticking it would bring back.
    Filter withoutTaxonomy = m_filter;
    withoutTaxonomy.phenomenonIds.clear();
    withoutTaxonomy.moIds.clear();
    FilterResult all;
    try {
        all = withoutTaxonomy == m_filter ? m_result : m_engine.apply(*m_project, withoutTaxonomy);
    } catch (const std::exception &) {
        return;
    }
    const IncidentColumns &c = m_engine.columns();
    QHash<qint64, quint32> counts;
    for (const TaxonomyNode &node : std::as_const(m_taxonomy))
        counts.insert(node.id, 0);
    for (std::size_t i = 0; i < all.perPhenomenon.size() && i < c.phenomenonIds.size(); ++i)
        counts.insert(c.phenomenonIds[i], all.perPhenomenon[i]);
    for (std::size_t i = 0; i < all.perMo.size() && i < c.moIds.size(); ++i)
        counts.insert(c.moIds[i], all.perMo[i]);
    m_filterPanel->setCounts(counts);
}

QString ProjectController::describeIncident(quint32 fid) const
{
    const int row = m_tableModel->rowOfFid(fid);
    if (row < 0)
        return {};
    const auto cell = [&](int column) {
        return m_tableModel->index(row, column).data().toString().toHtmlEscaped();
    };
    QString text = QStringLiteral("<b>%1</b><br/>%2<br/>%3 · %4 · %5")
                       .arg(cell(IncidentTableModel::Phenomenon), cell(IncidentTableModel::From),
                            cell(IncidentTableModel::Municipality), cell(IncidentTableModel::Source),
                            cell(IncidentTableModel::Tlp));
    if (const QString address = cell(IncidentTableModel::Address); !address.isEmpty())
        text += QStringLiteral("<br/>") + address;
    if (const QString description = cell(IncidentTableModel::Description); !description.isEmpty())
        text += QStringLiteral("<br/><i>") + description.left(200) + QStringLiteral("</i>");
    return text;
}

FilterChoices ProjectController::loadFilterChoices()
{
    FilterChoices choices;
    if (!m_project)
        return choices;
    const bool dutch = m_language == QLatin1String("nl");
    try {
        Statement zones = m_project->db().prepare(
            "SELECT layer, code, name_fr, name_nl, parent_code FROM zones "
            "WHERE layer IN ('police_zones', 'municipalities') ORDER BY layer, code");
        while (zones.step()) {
            FilterChoices::Zone zone;
            zone.code = zones.text(1).toInt();
            zone.name = dutch && !zones.text(3).isEmpty() ? zones.text(3) : zones.text(2);
            zone.policeZone = zones.text(4).toInt();
            (zones.text(0) == QLatin1String("police_zones") ? choices.policeZones : choices.municipalities).append(zone);
        }
        std::sort(choices.municipalities.begin(), choices.municipalities.end(),
                  [](const FilterChoices::Zone &a, const FilterChoices::Zone &b) {
                      return QString::localeAwareCompare(a.name, b.name) < 0;
                  });
        Statement sources = m_project->db().prepare("SELECT id, name FROM sources ORDER BY name");
        while (sources.step())
            choices.sources.append({sources.int64(0), sources.text(1)});
    } catch (const std::exception &e) {
        Q_EMIT statusMessage(tr("The zones and sources of the filter could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
    return choices;
}

void ProjectController::selectIncidents(const QSet<quint32> &fids)
{
    m_canvas->mapPainter().setSelection(fids);
    m_canvas->update();
    if (m_tableScope == TableScope::Selection)
        resetTable();
    Q_EMIT selectionChanged(fids);
}

void ProjectController::setTableScope(TableScope scope)
{
    if (scope == m_tableScope)
        return;
    m_tableScope = scope;
    resetTable();
}

void ProjectController::resetTable()
{
    if (!m_project) {
        m_tableModel->reset(nullptr, nullptr, {});
        return;
    }
    if (m_tableScope == TableScope::Filter) {
        m_tableModel->reset(m_project.get(), &m_engine.columns(), m_result.rows);
    } else {
        const QSet<quint32> &selected = selection();
        const std::vector<quint32> &fid = m_engine.columns().fid;
        std::vector<quint32> rows;
        for (quint32 row : m_result.rows)
            if (selected.contains(fid[row]))
                rows.push_back(row);
        m_tableModel->reset(m_project.get(), &m_engine.columns(), std::move(rows));
    }
    m_table->reapplySort();
}

const QSet<quint32> &ProjectController::selection() const
{
    return m_canvas->mapPainter().selection();
}

} // namespace phenomap
