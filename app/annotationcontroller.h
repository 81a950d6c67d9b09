// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QToolBar;
class QUndoStack;
class QWidget;

namespace phenomap {

class ArrowAnnotationTool;
class AreaAnnotationTool;
class MapCanvas;
class MapTool;
class ProjectController;
class SelectAnnotationTool;
class StoryboardController;
class TextAnnotationTool;

/// The annotations of the current view: what the analyst drew on the map (labels, arrows,
/// areas) for the meeting. It owns the drawing tools and their actions, shows the annotations
/// as the map's "annotations" overlay, makes every addition and removal an undo command on the
/// storyboard's stack, and hooks into the storyboard so a saved picture keeps the annotations
/// and showing a picture brings them back.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(ProjectController *project, MapCanvas *canvas, StoryboardController *storyboard,
                         QObject *parent = nullptr);

    const QList<Annotation> &annotations() const { return m_annotations; }
    /// Replaces the annotations without an undo step (a picture shown, a project opened).
    void setAnnotations(const QList<Annotation> &annotations);
    /// Undoable edits.
    void addAnnotation(const Annotation &annotation);
    bool removeAnnotation(int index);

    /// Label, Arrow, Area and Select, exclusive and checkable (none checked while panning or
    /// selecting incidents).
    QList<QAction *> toolActions() const;
    /// A new tool bar holding toolActions(), owned by `parent`.
    QToolBar *createToolBar(QWidget *parent) const;
    QUndoStack *undoStack() const;

    TextAnnotationTool *textTool() const { return m_text; }
    ArrowAnnotationTool *arrowTool() const { return m_arrow; }
    AreaAnnotationTool *areaTool() const { return m_area; }
    SelectAnnotationTool *selectTool() const { return m_select; }

Q_SIGNALS:
    void annotationsChanged();

private:
    friend class AnnotationEditCommand;
    /// Applies a list (from a command or a picture): stores it, updates the overlay and tools.
    void apply(const QList<Annotation> &annotations);
    QAction *addToolAction(const QString &text, const QString &tip, MapTool *tool, const QString &name);

    MapCanvas *m_canvas;
    StoryboardController *m_storyboard;
    QList<Annotation> m_annotations;
    TextAnnotationTool *m_text;
    ArrowAnnotationTool *m_arrow;
    AreaAnnotationTool *m_area;
    SelectAnnotationTool *m_select;
    QActionGroup *m_group;
};

} // namespace phenomap
