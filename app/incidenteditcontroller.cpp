// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenteditcontroller.h"

#include "incidentdetailcontroller.h"
#include "incidentdetailpanel.h"
#include "incidenteditdialog.h"
#include "project.h"
#include "projectcontroller.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace phenomap {

/// One correction of one incident. A write the project refuses (the incident changed meanwhile,
/// a read-only file) makes the command obsolete, so the stack drops it instead of keeping a step
/// that did nothing.
class EditIncidentCommand : public QUndoCommand
{
public:
    EditIncidentCommand(IncidentEditController *controller, IncidentFields before, IncidentFields after)
        : m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(IncidentEditController::tr("edit incident %1").arg(m_after.fid));
    }
    void redo() override
    {
        if (!m_controller || !m_controller->write(m_before, m_after))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_controller || !m_controller->write(m_after, m_before))
            setObsolete(true);
    }

private:
    QPointer<IncidentEditController> m_controller;
    IncidentFields m_before, m_after;
};

IncidentEditController::IncidentEditController(ProjectController *project, IncidentDetailController *details,
                                               IncidentDetailPanel *panel, QUndoStack *undo, QWidget *dialogParent,
                                               QObject *parent)
    : QObject(parent), m_project(project), m_details(details), m_undo(undo), m_dialogParent(dialogParent)
{
    connect(panel, &IncidentDetailPanel::editRequested, this, &IncidentEditController::editShown);
}

void IncidentEditController::editShown()
{
    if (!m_project || !m_details || !m_project->project() || m_details->currentFid() == 0)
        return;
    IncidentFields before;
    try {
        before = IncidentEditor::read(m_project->project()->db(), m_details->currentFid());
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Edit incident"), QString::fromUtf8(e.what()));
        return;
    }
    auto *dialog = new IncidentEditDialog(m_project->taxonomy(), m_project->language(), before, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { edit(dialog->fields()); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

bool IncidentEditController::edit(const IncidentFields &after)
{
    if (!m_project || !m_project->project() || !m_undo)
        return false;
    IncidentFields before;
    try {
        before = IncidentEditor::read(m_project->project()->db(), after.fid);
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Edit incident"), QString::fromUtf8(e.what()));
        return false;
    }
    if (before == after)
        return true;
    // Refused before the push: QUndoStack::push() drops the steps that could be redone, which a
    // refused edit must not cost the analyst.
    const Project *project = m_project->project();
    QString problem = project->isReadOnly() ? tr("This project is open read-only; incidents cannot be changed.")
                                            : IncidentEditor::problem(m_project->project()->db(), after);
    if (!problem.isEmpty()) {
        Q_EMIT errorOccurred(tr("Edit incident"), problem);
        return false;
    }
    const int count = m_undo->count();
    m_undo->push(new EditIncidentCommand(this, before, after));
    return m_undo->count() > count;
}

bool IncidentEditController::write(const IncidentFields &before, const IncidentFields &after)
{
    Project *project = m_project ? m_project->project() : nullptr;
    if (!project)
        return false;
    if (project->isReadOnly()) {
        Q_EMIT errorOccurred(tr("Edit incident"), tr("This project is open read-only; incidents cannot be changed."));
        return false;
    }
    try {
        IncidentEditor::write(*project, before, after);
    } catch (const ProjectError &e) {
        Q_EMIT errorOccurred(tr("Edit incident"), e.message());
        return false;
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Edit incident"), tr("Incident %1 could not be written: %2")
                                                      .arg(after.fid)
                                                      .arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_project->refreshData();
    return true;
}

} // namespace phenomap
