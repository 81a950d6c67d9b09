// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontroller.h"

#include "analysispanel.h"
#include "analysisrecord.h"
#include "analysisresultmodel.h"
#include "feedback.h"
#include "mapcanvas.h"
#include "project.h"
#include "projectcontroller.h"
#include "resultlayer.h"
#include "sqlite.h"
#include "zonelayer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace phenomap {

AnalysisController::AnalysisController(ProjectController *project, MapCanvas *canvas, QObject *parent)
    : QObject(parent), m_project(project), m_canvas(canvas), m_model(new AnalysisResultModel(this)),
      m_feedback(std::make_unique<Feedback>())
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AnalysisController::onFinished);
    connect(m_feedback.get(), &Feedback::progressChanged, this,
            [this](double percent) { Q_EMIT progressChanged(int(percent)); });
    if (m_project)
        connect(m_project, &ProjectController::projectOpened, this, [this] {
            m_output = {};
            m_model->setOutput({});
            if (m_canvas) {
                m_canvas->mapPainter().setOverlay(QString::fromLatin1(kOverlayId), nullptr);
                m_canvas->update();
                Q_EMIT overlayChanged();
            }
            refreshHistory();
        });
    refreshHistory();
}

AnalysisController::~AnalysisController()
{
    if (m_watcher.isRunning()) {
        m_feedback->cancel();
        m_watcher.waitForFinished();
    }
}

void AnalysisController::attachPanel(AnalysisPanel *panel)
{
    panel->setResultModel(m_model);
    connect(panel, &AnalysisPanel::runRequested, this, [this, panel] {
        QString error;
        const auto settings = panel->settings(&error);
        if (!settings) {
            panel->setStatus(error);
            return;
        }
        start(requestForCurrentFilter(*settings));
    });
    connect(panel, &AnalysisPanel::cancelRequested, this, &AnalysisController::cancel);
    connect(panel, &AnalysisPanel::savedResultSelected, this, [this, panel](qint64 id) {
        if (!showSaved(id))
            panel->setStatus(tr("This result cannot be read any more."));
    });
    connect(this, &AnalysisController::started, panel, [panel] {
        panel->setRunning(true);
        panel->setStatus(tr("Running…"));
    });
    connect(this, &AnalysisController::progressChanged, panel, &AnalysisPanel::setProgress);
    connect(this, &AnalysisController::finished, panel, [panel](qint64 id) {
        panel->setRunning(false);
        panel->setStatus(id > 0 ? tr("Done; the result is saved in the project.")
                                : tr("Done; the project is read-only, so the result was not saved."));
    });
    connect(this, &AnalysisController::canceled, panel, [panel] {
        panel->setRunning(false);
        panel->setStatus(tr("Canceled; nothing was saved."));
    });
    connect(this, &AnalysisController::errorOccurred, panel, [this, panel](const QString &, const QString &message) {
        panel->setRunning(isRunning());
        panel->setStatus(message);
    });
    auto fillHistory = [this, panel] {
        QList<QPair<qint64, QString>> items;
        for (const AnalysisStore::Entry &e : m_history)
            items.append({e.id, describe(e)});
        panel->setHistory(items);
    };
    connect(this, &AnalysisController::historyChanged, panel, fillHistory);
    fillHistory();
}

AnalysisRequest AnalysisController::requestForCurrentFilter(AnalysisRequest settings) const
{
    if (!m_project)
        return settings;
    const Filter &f = m_project->currentFilter();
    QList<qint64> ids(f.phenomenonIds.begin(), f.phenomenonIds.end());
    std::sort(ids.begin(), ids.end());
    settings.phenomenonIds = ids;
    settings.fromUtc = f.fromUtc;
    settings.toUtc = f.toUtc;
    return settings;
}

bool AnalysisController::start(const AnalysisRequest &request)
{
    Project *project = m_project ? m_project->project() : nullptr;
    if (!project) {
        Q_EMIT errorOccurred(tr("Analysis"), tr("Open a project first."));
        return false;
    }
    if (isRunning()) {
        Q_EMIT errorOccurred(tr("Analysis"), tr("An analysis is already running; cancel it or wait for it to finish."));
        return false;
    }
    const QString path = project->path();
    if (!QFileInfo(path).isFile()) {
        Q_EMIT errorOccurred(tr("Analysis"),
                             tr("%1 is opened from an encrypted package in memory; save it as a project file to "
                                "analyse it.")
                                 .arg(path));
        return false;
    }
    m_feedback = std::make_unique<Feedback>();
    connect(m_feedback.get(), &Feedback::progressChanged, this,
            [this](double percent) { Q_EMIT progressChanged(int(percent)); });
    m_runPath = path;
    Feedback *feedback = m_feedback.get();
    m_watcher.setFuture(QtConcurrent::run([path, request, feedback]() -> Outcome {
        Outcome o;
        try {
            auto own = Project::open(path, Project::OpenMode::ReadOnly);
            o.output = runAnalysis(*own, request, feedback);
        } catch (const Canceled &) {
            o.canceled = true;
        } catch (const ProjectError &e) {
            o.error = e.message();
        } catch (const std::exception &e) {
            o.error = QString::fromUtf8(e.what());
        }
        return o;
    }));
    Q_EMIT started();
    return true;
}

void AnalysisController::cancel()
{
    if (isRunning())
        m_feedback->cancel();
}

void AnalysisController::onFinished()
{
    const Outcome o = m_watcher.result();
    if (o.canceled) {
        Q_EMIT canceled();
        return;
    }
    if (!o.error.isEmpty()) {
        Q_EMIT errorOccurred(tr("Analysis"), tr("The analysis failed: %1").arg(o.error));
        return;
    }
    Project *project = m_project ? m_project->project() : nullptr;
    if (!project || project->path() != m_runPath)
        return; // another project was opened meanwhile: the result belongs to the old one
    show(o.output);
    qint64 id = 0;
    if (!project->isReadOnly()) {
        try {
            id = AnalysisStore::save(project->db(), o.output);
        } catch (const std::exception &e) {
            Q_EMIT errorOccurred(tr("Analysis"), tr("The result could not be saved in %1: %2")
                                                     .arg(QDir::toNativeSeparators(project->path()),
                                                          QString::fromUtf8(e.what())));
        }
    }
    refreshHistory();
    Q_EMIT finished(id);
}

void AnalysisController::show(const QJsonObject &output)
{
    m_output = output;
    m_model->setOutput(output);
    if (!m_canvas)
        return;
    std::shared_ptr<ResultLayer> layer;
    const QJsonObject record = output.value(QStringLiteral("record")).toObject();
    Project *project = m_project ? m_project->project() : nullptr;
    if (record.value(QStringLiteral("unit")).toString() == QLatin1String("zones") && project) {
        try {
            const ZoneLayer zones = ZoneLayer::load(project->db(), record.value(QStringLiteral("regionLayer")).toString());
            layer = ResultLayer::fromOutput(output, &zones);
        } catch (const SqliteError &) {
            layer = nullptr;
        }
    } else {
        layer = ResultLayer::fromOutput(output);
    }
    m_canvas->mapPainter().setOverlay(QString::fromLatin1(kOverlayId), layer);
    m_canvas->update();
    Q_EMIT overlayChanged();
}

void AnalysisController::refreshHistory()
{
    m_history.clear();
    m_stale.clear();
    Project *project = m_project ? m_project->project() : nullptr;
    if (project) {
        try {
            m_history = AnalysisStore::list(project->db());
            QHash<QString, QString> digestOfFilter; // one digest per distinct filter
            for (const AnalysisStore::Entry &e : m_history) {
                const auto record = AnalysisRecord::fromJson(e.record);
                if (!record)
                    continue;
                QStringList ids;
                for (qint64 id : record->phenomenonIds)
                    ids << QString::number(id);
                const QString key = ids.join(QLatin1Char(',')) + QLatin1Char('|') + QString::number(record->fromUtc)
                                    + QLatin1Char('|') + QString::number(record->toUtc);
                if (!digestOfFilter.contains(key))
                    digestOfFilter.insert(key, currentInputDigest(*project, *record));
                if (digestOfFilter.value(key) != record->inputSha256)
                    m_stale.insert(e.id);
            }
        } catch (const SqliteError &e) {
            Q_EMIT errorOccurred(tr("Analysis"), tr("Past results could not be read: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    Q_EMIT historyChanged();
}

bool AnalysisController::showSaved(qint64 id)
{
    Project *project = m_project ? m_project->project() : nullptr;
    if (!project)
        return false;
    try {
        const auto output = AnalysisStore::load(project->db(), id);
        if (!output)
            return false;
        show(*output);
        return true;
    } catch (const SqliteError &) {
        return false;
    }
}

QString AnalysisController::describe(const AnalysisStore::Entry &entry) const
{
    QString method;
    if (entry.method == QLatin1String("gi"))
        method = tr("Hot spots (Gi*)");
    else if (entry.method == QLatin1String("lisa"))
        method = tr("Clusters (LISA)");
    else if (entry.method == QLatin1String("moran"))
        method = tr("Global Moran's I");
    else
        method = tr("Near repeat (Knox)");
    const qint64 incidents = entry.record.value(QStringLiteral("incidents")).toInteger();
    QString text = tr("%1, %2, %n incident(s)", nullptr, int(incidents)).arg(method, entry.createdAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
    if (isStale(entry.id))
        text += QStringLiteral(" — ") + tr("data changed since this result was computed");
    return text;
}

} // namespace phenomap
