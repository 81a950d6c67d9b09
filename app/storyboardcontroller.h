// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "situationpicture.h"

#include <QObject>

#include <functional>
#include <vector>

class QAction;
class QUndoCommand;
class QUndoStack;
class QWidget;

namespace phenomap {

class FilterPanel;
class MapCanvas;
class ProjectController;
struct PictureCommandContext;
class StoryboardModel;
class StoryboardPanel;

/// The storyboard: saves the current view as a situation picture, edits, deletes, reorders
/// and shows pictures. Every edit is an undo command on undoStack(), cleared when another
/// project opens. A read-only project (partner package) can be shown but not edited.
class StoryboardController : public QObject
{
    Q_OBJECT
public:
    StoryboardController(ProjectController *project, MapCanvas *canvas, FilterPanel *filterPanel,
                         StoryboardPanel *panel, QWidget *dialogParent, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    StoryboardModel *model() const { return m_model; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    /// The current filter, time window and map extent, with these words and marking.
    SituationPicture currentView(const QString &title, Tlp tlp, const QString &narrative) const;
    /// Each returns false (and emits errorOccurred for a store error) when nothing was done.
    bool saveCurrentView(const QString &title, Tlp tlp, const QString &narrative);
    bool editPicture(const QString &uuid, const QString &title, Tlp tlp, const QString &narrative);
    bool removePicture(const QString &uuid);
    bool movePicture(const QString &uuid, int index);
    /// Applies the picture's filter and time window (also into the filter panel) and its extent.
    bool showPicture(const QString &uuid);
    /// Applies a view state (filter, time window, extent, then every hook's part) that need not
    /// be a stored picture, e.g. a recovered working view.
    bool applyState(const PictureState &state);
    bool isEditable() const;

    /// Other parts of the view (annotations, layers, chart) join a picture through a pair of
    /// hooks: `capture` fills their part of a new picture's state, `restore` applies it when a
    /// picture is shown.
    using StateCapture = std::function<void(PictureState &)>;
    using StateRestore = std::function<void(const PictureState &)>;
    void addStateHook(StateCapture capture, StateRestore restore);

Q_SIGNALS:
    void errorOccurred(const QString &title, const QString &message);

private:
    PictureCommandContext context();
    bool push(QUndoCommand *command);
    void reload(const QString &select = {});
    void updateActions();
    void askSave();
    void askEdit();
    void moveSelected(int delta);

    ProjectController *m_project;
    MapCanvas *m_canvas;
    FilterPanel *m_filterPanel;
    StoryboardPanel *m_panel;
    QWidget *m_dialogParent;
    StoryboardModel *m_model;
    QUndoStack *m_undo;
    QAction *m_undoAction, *m_redoAction;
    bool m_failed = false;
    std::vector<std::pair<StateCapture, StateRestore>> m_hooks;
};

} // namespace phenomap
