// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstore.h"
#include "runanalysis.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

namespace phenomap {

class AnalysisPanel;
class AnalysisResultModel;
class Feedback;
class MapCanvas;
class ProjectController;

/// Runs spatial statistics for the Analysis dock: builds the request from the dock's settings
/// and the current filter (phenomena and time window), runs runAnalysis on a worker thread with
/// its own read-only connection to the project file (a SQLite connection is not shared across
/// threads), with progress and cancel; then shows the result layer on the map (overlay
/// "result"), fills the result table and saves the result in the project. Past results are
/// listed; one whose input data changed since it was computed is marked stale.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    AnalysisController(ProjectController *project, MapCanvas *canvas, QObject *parent = nullptr);
    ~AnalysisController() override; ///< cancels a running analysis and waits for it

    static constexpr const char *kOverlayId = "result";

    /// Drives the Analysis dock: its Run, Cancel and past-result list, progress and table.
    void attachPanel(AnalysisPanel *panel);

    /// `settings` with the phenomena and time window of the current filter.
    AnalysisRequest requestForCurrentFilter(AnalysisRequest settings) const;
    /// Starts an analysis; false (after errorOccurred) when no project file is open or one runs.
    bool start(const AnalysisRequest &request);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    Feedback *feedback() const { return m_feedback.get(); }

    AnalysisResultModel *resultModel() const { return m_model; }
    /// The output shown (runAnalysis's JSON), empty when none.
    const QJsonObject &currentOutput() const { return m_output; }

    /// Saved results of the open project, newest first.
    const std::vector<AnalysisStore::Entry> &history() const { return m_history; }
    /// True when the result's input data changed since it was computed.
    bool isStale(qint64 id) const { return m_stale.contains(id); }
    /// Re-reads the saved results and compares their input digests with the data of today.
    void refreshHistory();
    /// Shows a saved result again (layer and table); false when it cannot be read.
    bool showSaved(qint64 id);
    /// A short description of a saved result for the list: method, units, date and, when the
    /// data moved on, "data changed since this result was computed".
    QString describe(const AnalysisStore::Entry &entry) const;

Q_SIGNALS:
    void started();
    void progressChanged(int percent);
    /// An analysis finished and is shown; `savedId` is its id in the project, 0 when the
    /// project is read-only and the result was not saved.
    void finished(qint64 savedId);
    void canceled();
    void historyChanged();
    /// The result layer on the map was set or removed (overlay id "result").
    void overlayChanged();
    /// Something failed; `message` is translated and names the problem.
    void errorOccurred(const QString &title, const QString &message);

private:
    struct Outcome
    {
        QJsonObject output;
        QString error;
        bool canceled = false;
    };
    void onFinished();
    void show(const QJsonObject &output);

    QPointer<ProjectController> m_project;
    QPointer<MapCanvas> m_canvas;
    AnalysisResultModel *m_model;
    std::unique_ptr<Feedback> m_feedback;
    QFutureWatcher<Outcome> m_watcher;
    QString m_runPath;
    QJsonObject m_output;
    std::vector<AnalysisStore::Entry> m_history;
    QSet<qint64> m_stale;
};

} // namespace phenomap
