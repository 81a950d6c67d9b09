// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyboardcontroller.h"

#include "filterpanel.h"
#include "mapcanvas.h"
#include "picturedialog.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"
#include "storyboardcommands.h"
#include "storyboardmodel.h"
#include "storyboardpanel.h"

#include <QAction>
#include <QUndoStack>

namespace phenomap {

StoryboardController::StoryboardController(ProjectController *project, MapCanvas *canvas, FilterPanel *filterPanel,
                                           StoryboardPanel *panel, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_project(project), m_canvas(canvas), m_filterPanel(filterPanel), m_panel(panel),
      m_dialogParent(dialogParent), m_model(new StoryboardModel(this)), m_undo(new QUndoStack(this))
{
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_panel->setModel(m_model);
    connect(m_project, &ProjectController::projectOpened, this, [this] {
        m_undo->clear();
        reload();
    });
    connect(m_panel, &StoryboardPanel::selectionChanged, this, &StoryboardController::updateActions);
    connect(m_panel->saveAction(), &QAction::triggered, this, &StoryboardController::askSave);
    connect(m_panel->editAction(), &QAction::triggered, this, &StoryboardController::askEdit);
    connect(m_panel->removeAction(), &QAction::triggered, this, [this] { removePicture(m_panel->currentUuid()); });
    connect(m_panel->upAction(), &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_panel->downAction(), &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(m_panel->showAction(), &QAction::triggered, this, [this] { showPicture(m_panel->currentUuid()); });
    reload();
}

bool StoryboardController::isEditable() const
{
    return m_project->project() && !m_project->project()->isReadOnly();
}

void StoryboardController::reload(const QString &select)
{
    QList<SituationPicture> pictures;
    if (Project *project = m_project->project()) {
        try {
            pictures = PictureStore(*project).list();
        } catch (const std::exception &e) {
            Q_EMIT errorOccurred(tr("Storyboard"), QString::fromUtf8(e.what()));
        }
    }
    const QString keep = select.isEmpty() ? m_panel->currentUuid() : select;
    m_model->setPictures(pictures);
    m_panel->selectUuid(keep);
    updateActions();
}

void StoryboardController::updateActions()
{
    const bool editable = isEditable();
    const int row = m_model->rowOf(m_panel->currentUuid());
    m_panel->saveAction()->setEnabled(editable);
    m_panel->editAction()->setEnabled(editable && row >= 0);
    m_panel->removeAction()->setEnabled(editable && row >= 0);
    m_panel->upAction()->setEnabled(editable && row > 0);
    m_panel->downAction()->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    m_panel->showAction()->setEnabled(row >= 0);
    m_undo->setActive(editable);
    m_undoAction->setEnabled(editable && m_undo->canUndo());
    m_redoAction->setEnabled(editable && m_undo->canRedo());
}

SituationPicture StoryboardController::currentView(const QString &title, Tlp tlp, const QString &narrative) const
{
    SituationPicture p;
    p.title = title.trimmed();
    p.tlp = tlp;
    p.narrative = narrative;
    p.author = qEnvironmentVariable("USER");
    p.state.filter = m_project->currentFilter();
    p.state.timeWindow.fromUtc = p.state.filter.fromUtc;
    p.state.timeWindow.toUtc = p.state.filter.toUtc;
    const MapViewport &view = m_canvas->viewport();
    p.state.extent = {view.centre().x(), view.centre().y(), view.metresPerPixel()};
    for (const auto &hook : m_hooks)
        if (hook.first)
            hook.first(p.state);
    return p;
}

bool StoryboardController::saveCurrentView(const QString &title, Tlp tlp, const QString &narrative)
{
    if (!isEditable() || title.trimmed().isEmpty())
        return false;
    return push(new AddPictureCommand(context(), currentView(title, tlp, narrative)));
}

PictureCommandContext StoryboardController::context()
{
    return {[this] { return m_project->project(); }, [this](const QString &uuid) { reload(uuid); },
            [this](const QString &message) {
                m_failed = true;
                Q_EMIT errorOccurred(tr("Storyboard"), message);
            }};
}

bool StoryboardController::push(QUndoCommand *command)
{
    m_failed = false;
    m_undo->push(command);
    if (m_failed) // the store refused: the command did nothing, so it cannot be undone either
        m_undo->clear();
    updateActions();
    return !m_failed;
}

bool StoryboardController::editPicture(const QString &uuid, const QString &title, Tlp tlp, const QString &narrative)
{
    const int row = m_model->rowOf(uuid);
    if (!isEditable() || row < 0 || title.trimmed().isEmpty())
        return false;
    const SituationPicture before = m_model->pictures().at(row);
    SituationPicture after = before;
    after.title = title.trimmed();
    after.tlp = tlp;
    after.narrative = narrative;
    if (after == before)
        return false;
    return push(new EditPictureCommand(context(), before, after));
}

bool StoryboardController::removePicture(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (!isEditable() || row < 0)
        return false;
    return push(new RemovePictureCommand(context(), m_model->pictures().at(row), row));
}

bool StoryboardController::movePicture(const QString &uuid, int index)
{
    const int row = m_model->rowOf(uuid);
    if (!isEditable() || row < 0 || index < 0 || index >= m_model->rowCount() || index == row)
        return false;
    return push(new MovePictureCommand(context(), uuid, row, index));
}

void StoryboardController::moveSelected(int delta)
{
    const QString uuid = m_panel->currentUuid();
    movePicture(uuid, m_model->rowOf(uuid) + delta);
}

bool StoryboardController::showPicture(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0 || !m_project->project())
        return false;
    return applyState(m_model->pictures().at(row).state);
}

bool StoryboardController::applyState(const PictureState &state)
{
    if (!m_project->project())
        return false;
    SituationPicture picture;
    picture.state = state;
    const Filter filter = picture.effectiveFilter();
    m_filterPanel->setFilter(filter); // keeps the panel in step (it applies what it can show)
    m_project->applyFilter(filter);   // then the exact filter (weekdays, hours, zones too)
    const MapExtent &e = state.extent;
    if (e.metresPerPixel > 0)
        m_canvas->setViewport(MapViewport(QPointF(e.centreX, e.centreY), e.metresPerPixel, m_canvas->size()));
    for (const auto &hook : m_hooks)
        if (hook.second)
            hook.second(state);
    return true;
}

void StoryboardController::addStateHook(StateCapture capture, StateRestore restore)
{
    m_hooks.emplace_back(std::move(capture), std::move(restore));
}

void StoryboardController::askSave()
{
    PictureDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Save Current View as Picture"));
    if (dialog.exec() == QDialog::Accepted)
        saveCurrentView(dialog.title(), dialog.tlp(), dialog.narrative());
}

void StoryboardController::askEdit()
{
    const int row = m_model->rowOf(m_panel->currentUuid());
    if (row < 0)
        return;
    const SituationPicture &p = m_model->pictures().at(row);
    PictureDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Edit Picture"));
    dialog.setTitle(p.title);
    dialog.setTlp(p.tlp);
    dialog.setNarrative(p.narrative);
    if (dialog.exec() == QDialog::Accepted)
        editPicture(p.uuid, dialog.title(), dialog.tlp(), dialog.narrative());
}

} // namespace phenomap
