// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttablecontroller.h"

#include "incidenttablemodel.h"
#include "incidenttablepanel.h"
#include "incidenttableview.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"
#include "tablecsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

#include <stdexcept>

namespace phenomap {

IncidentTableController::IncidentTableController(ProjectController *project, IncidentTablePanel *panel,
                                                 QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_project(project), m_panel(panel), m_dialogParent(dialogParent)
{
    connect(panel, &IncidentTablePanel::scopeChanged, this, [this](IncidentTablePanel::Scope scope) {
        m_project->setTableScope(scope == IncidentTablePanel::SelectionScope ? ProjectController::TableScope::Selection
                                                                              : ProjectController::TableScope::Filter);
    });
    connect(panel, &IncidentTablePanel::exportRequested, this, &IncidentTableController::exportRequested);
    IncidentTableModel *model = project->tableModel();
    connect(model, &QAbstractItemModel::modelReset, this, &IncidentTableController::updateCount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &IncidentTableController::updateCount);
    updateCount();
}

void IncidentTableController::updateCount()
{
    if (m_panel && m_project)
        m_panel->setListedCount(m_project->tableModel()->rowCount());
}

void IncidentTableController::exportRequested()
{
    QString path;
    if (m_askPath) {
        path = m_askPath();
    } else {
        const QString suggested = QDir::home().filePath(tr("incidents.csv"));
        path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Incidents as CSV"), suggested,
                                            tr("CSV files (*.csv)"));
    }
    if (!path.isEmpty())
        exportTo(path);
}

int IncidentTableController::exportTo(const QString &path)
{
    if (!m_project || !m_project->project())
        return -1;
    const IncidentTableModel &model = *m_project->tableModel();
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT errorOccurred(tr("Export Incidents"),
                             tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return -1;
    }
    QProgressDialog progress(tr("Writing %1…").arg(name), tr("Cancel"), 0, std::max(1, model.rowCount()),
                             m_dialogParent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto step = [&progress](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    };
    int rows = -1;
    try {
        rows = TableCsv::write(model, file, TableCsv::delimiterFor(QLocale()), IncidentTableModel::ExportRole, step);
    } catch (const std::exception &e) {
        file.cancelWriting();
        Q_EMIT errorOccurred(tr("Export Incidents"),
                             tr("Writing “%1” failed: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
        return -1;
    }
    if (rows < 0) {
        file.cancelWriting();
        Q_EMIT statusMessage(tr("Export canceled: no file was written."));
        return -1;
    }
    if (!file.commit()) {
        Q_EMIT errorOccurred(tr("Export Incidents"),
                             tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return -1;
    }
    // Police data left the project: say so in its audit log, when it can be written.
    Project &project = *m_project->project();
    if (!project.isReadOnly()) {
        try {
            Transaction tx(project.db());
            project.audit(QStringLiteral("export_csv"), QStringLiteral("%1 incidents to %2").arg(rows).arg(path));
            tx.commit();
        } catch (const std::exception &e) {
            Q_EMIT statusMessage(tr("The export was written but not recorded in the project's log: %1")
                                     .arg(QString::fromUtf8(e.what())));
        }
    }
    Q_EMIT statusMessage(tr("%Ln incident(s) written to %1.", nullptr, rows).arg(name));
    return rows;
}

} // namespace phenomap
