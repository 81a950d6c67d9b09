// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "annotationlayer.h"
#include "annotationtools.h"
#include "mapcanvas.h"
#include "projectcontroller.h"
#include "storyboardcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QPointer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>

namespace phenomap {

/// One addition or removal: the whole list before and after (a view holds a handful of
/// annotations, so snapshots are cheap and undo restores the exact order).
class AnnotationEditCommand : public QUndoCommand
{
public:
    AnnotationEditCommand(AnnotationController *controller, QList<Annotation> before, QList<Annotation> after,
                          const QString &text)
        : m_controller(controller), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override
    {
        if (m_controller)
            m_controller->apply(m_after);
    }
    void undo() override
    {
        if (m_controller)
            m_controller->apply(m_before);
    }

private:
    QPointer<AnnotationController> m_controller;
    QList<Annotation> m_before, m_after;
};

AnnotationController::AnnotationController(ProjectController *project, MapCanvas *canvas,
                                           StoryboardController *storyboard, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_storyboard(storyboard), m_text(new TextAnnotationTool(this)),
      m_arrow(new ArrowAnnotationTool(this)), m_area(new AreaAnnotationTool(this)),
      m_select(new SelectAnnotationTool(this)), m_group(new QActionGroup(this))
{
    // Optional: while another tool (rectangle or lasso selection) drives the canvas, none is checked.
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    // Panning is the map tools' "Pan" (SelectionController): one Pan for every tool bar.
    addToolAction(tr("&Label"), tr("Click on the map, then type the text of a label"), m_text,
                  QStringLiteral("labelToolAction"));
    addToolAction(tr("A&rrow"), tr("Press at the tail of an arrow and release at its head"), m_arrow,
                  QStringLiteral("arrowToolAction"));
    addToolAction(tr("Ar&ea"), tr("Click the corners of an area; double-click or Enter closes it, Escape cancels"),
                  m_area, QStringLiteral("areaToolAction"));
    addToolAction(tr("&Select Annotation"), tr("Click an annotation to select it; Delete removes it"), m_select,
                  QStringLiteral("selectToolAction"));

    for (AnnotationTool *tool : std::initializer_list<AnnotationTool *>{m_text, m_arrow, m_area})
        connect(tool, &AnnotationTool::annotationDrawn, this, &AnnotationController::addAnnotation);
    connect(m_select, &SelectAnnotationTool::removeRequested, this, &AnnotationController::removeAnnotation);
    connect(m_canvas, &MapCanvas::toolChanged, this, [this](MapTool *tool) {
        for (QAction *action : m_group->actions())
            if (action->data().value<QObject *>() == tool) {
                action->setChecked(true);
                return;
            }
        if (QAction *checked = m_group->checkedAction())
            checked->setChecked(false);
    });
    connect(project, &ProjectController::projectOpened, this, [this] { setAnnotations({}); });
    if (m_storyboard)
        m_storyboard->addStateHook([this](PictureState &state) { state.annotations = m_annotations; },
                                   [this](const PictureState &state) { setAnnotations(state.annotations); });
    apply({}); // the (empty) overlay is on the map from the start, so the layer panel can list it
}

QAction *AnnotationController::addToolAction(const QString &text, const QString &tip, MapTool *tool,
                                             const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    action->setData(QVariant::fromValue<QObject *>(tool));
    action->setActionGroup(m_group);
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setTool(tool); });
    return action;
}

QList<QAction *> AnnotationController::toolActions() const
{
    return m_group->actions();
}

QToolBar *AnnotationController::createToolBar(QWidget *parent) const
{
    auto *bar = new QToolBar(tr("Annotations"), parent);
    bar->setObjectName(QStringLiteral("annotationToolBar"));
    bar->addActions(m_group->actions());
    return bar;
}

QUndoStack *AnnotationController::undoStack() const
{
    return m_storyboard ? m_storyboard->undoStack() : nullptr;
}

void AnnotationController::apply(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    m_canvas->mapPainter().setOverlay(AnnotationLayer::overlayId(),
                                      std::make_shared<AnnotationLayer>(m_annotations));
    m_select->setAnnotations(m_annotations);
    m_canvas->update();
    Q_EMIT annotationsChanged();
}

void AnnotationController::setAnnotations(const QList<Annotation> &annotations)
{
    apply(annotations);
}

void AnnotationController::addAnnotation(const Annotation &annotation)
{
    QList<Annotation> after = m_annotations;
    after.append(annotation);
    const QString text = annotation.kind == Annotation::Kind::Text    ? tr("Add Label “%1”").arg(annotation.text)
                         : annotation.kind == Annotation::Kind::Arrow ? tr("Add Arrow")
                                                                      : tr("Add Area");
    auto *command = new AnnotationEditCommand(this, m_annotations, after, text);
    if (QUndoStack *stack = undoStack())
        stack->push(command);
    else {
        command->redo();
        delete command;
    }
}

bool AnnotationController::removeAnnotation(int index)
{
    if (index < 0 || index >= m_annotations.size())
        return false;
    QList<Annotation> after = m_annotations;
    after.removeAt(index);
    auto *command = new AnnotationEditCommand(this, m_annotations, after, tr("Delete Annotation"));
    if (QUndoStack *stack = undoStack())
        stack->push(command);
    else {
        command->redo();
        delete command;
    }
    return true;
}

} // namespace phenomap
