// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace phenomap {

class IncidentTablePanel;
class ProjectController;

/// The incident table's scope and its CSV export. The export writes the listed rows in the
/// table's order with every column (ISO 8601 times in Brussels time, whole descriptions), in the
/// delimiter spreadsheets of the interface's locale expect, through QSaveFile so that a cancel or
/// a failure leaves no partial file; it shows progress with Cancel, and records the export in
/// the project's audit log when the project can be written.
class IncidentTableController : public QObject
{
    Q_OBJECT
public:
    IncidentTableController(ProjectController *project, IncidentTablePanel *panel, QWidget *dialogParent,
                            QObject *parent = nullptr);

    /// Writes the listed incidents to `path`; the number of rows written, -1 when canceled or
    /// failed (errorOccurred says why).
    int exportTo(const QString &path);

    /// How the file name is asked for; tests replace the dialog. Empty = cancel.
    using AskPath = std::function<QString()>;
    void setPathPrompt(AskPath ask) { m_askPath = std::move(ask); }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &title, const QString &message);

private:
    void updateCount();
    void exportRequested();

    QPointer<ProjectController> m_project;
    QPointer<IncidentTablePanel> m_panel;
    QPointer<QWidget> m_dialogParent;
    AskPath m_askPath;
};

} // namespace phenomap
