// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentedit.h"

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace phenomap {

class IncidentDetailController;
class IncidentDetailPanel;
class IncidentEditDialog;
class ProjectController;

/// Corrections of single incidents as undo commands: the Details dock's Edit… opens an
/// IncidentEditDialog on the shown incident; accepting it pushes a command on the window's undo
/// stack whose redo and undo write the fields (IncidentEditor) and refresh the views.
class IncidentEditController : public QObject
{
    Q_OBJECT
public:
    IncidentEditController(ProjectController *project, IncidentDetailController *details, IncidentDetailPanel *panel,
                           QUndoStack *undo, QWidget *dialogParent, QObject *parent = nullptr);

    /// Opens the editor on the incident the Details dock shows (window-modal; dialogOpened()).
    void editShown();
    /// Writes `after` over the incident as one undoable step; false (errorOccurred()) when the
    /// project refuses it. Nothing is pushed when nothing changes.
    bool edit(const IncidentFields &after);

Q_SIGNALS:
    void dialogOpened(phenomap::IncidentEditDialog *dialog);
    void errorOccurred(const QString &title, const QString &message);

private:
    friend class EditIncidentCommand;
    /// The command's write: false (and errorOccurred()) when the project refuses it.
    bool write(const IncidentFields &before, const IncidentFields &after);

    QPointer<ProjectController> m_project;
    QPointer<IncidentDetailController> m_details;
    QPointer<QUndoStack> m_undo;
    QPointer<QWidget> m_dialogParent;
};

} // namespace phenomap
