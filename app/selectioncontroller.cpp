// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectioncontroller.h"

#include "incidenttableview.h"
#include "mapcanvas.h"
#include "projectcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QToolBar>

namespace phenomap {

SelectionController::SelectionController(ProjectController *project, MapCanvas *canvas, IncidentTableView *table,
                                         QObject *parent)
    : QObject(parent), m_project(project), m_canvas(canvas), m_table(table),
      m_rectangleTool(new SelectionTool(SelectionTool::Shape::Rectangle, this)),
      m_lassoTool(new SelectionTool(SelectionTool::Shape::Lasso, this)), m_group(new QActionGroup(this))
{
    m_pan = new QAction(tr("&Pan"), this);
    m_pan->setToolTip(tr("Drag to move the map, click an incident to select it"));
    m_rectangle = new QAction(tr("Select by Recta&ngle"), this);
    m_rectangle->setToolTip(tr("Drag a rectangle to select the incidents inside it (Shift adds, Ctrl removes)"));
    m_lasso = new QAction(tr("Select by &Lasso"), this);
    m_lasso->setToolTip(tr("Draw a free shape to select the incidents inside it (Shift adds, Ctrl removes)"));
    for (QAction *action : {m_pan, m_rectangle, m_lasso}) {
        action->setCheckable(true);
        m_group->addAction(action);
    }
    m_pan->setChecked(true);
    m_clear = new QAction(tr("&Clear Selection"), this);
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_clear->setToolTip(tr("Deselect every incident"));

    connect(m_pan, &QAction::triggered, this, [this] { m_canvas->setTool(nullptr); });
    connect(m_rectangle, &QAction::triggered, this, [this] { m_canvas->setTool(m_rectangleTool); });
    connect(m_lasso, &QAction::triggered, this, [this] { m_canvas->setTool(m_lassoTool); });
    connect(m_clear, &QAction::triggered, this, &SelectionController::clearSelection);
    // Another tool taking the canvas (an annotation tool) unchecks ours.
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    connect(canvas, &MapCanvas::toolChanged, this, [this](MapTool *tool) {
        QAction *mine = !tool ? m_pan : tool == m_rectangleTool ? m_rectangle : tool == m_lassoTool ? m_lasso : nullptr;
        if (mine)
            mine->setChecked(true);
        else if (QAction *checked = m_group->checkedAction())
            checked->setChecked(false);
    });
    for (SelectionTool *tool : {m_rectangleTool, m_lassoTool})
        connect(tool, &SelectionTool::shapeDrawn, this, &SelectionController::selectWithin);
}

QToolBar *SelectionController::createToolBar(QWidget *parent) const
{
    auto *bar = new QToolBar(tr("Map Tools"), parent);
    bar->setObjectName(QStringLiteral("mapToolsBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions(m_group->actions());
    bar->addSeparator();
    bar->addAction(m_clear);
    return bar;
}

void SelectionController::selectWithin(const QPolygonF &world, SelectionTool::Mode mode)
{
    if (!m_canvas)
        return;
    const QSet<quint32> inside = m_canvas->incidentsWithin(world);
    QSet<quint32> fids = m_canvas->mapPainter().selection();
    switch (mode) {
    case SelectionTool::Mode::Replace:
        fids = inside;
        break;
    case SelectionTool::Mode::Add:
        fids.unite(inside);
        break;
    case SelectionTool::Mode::Remove:
        fids.subtract(inside);
        break;
    }
    apply(fids);
}

void SelectionController::clearSelection() { apply({}); }

void SelectionController::apply(const QSet<quint32> &fids)
{
    if (m_project)
        m_project->selectIncidents(fids);
    if (m_table)
        m_table->selectFids(fids);
    Q_EMIT statusMessage(tr("%n incident(s) selected", nullptr, int(fids.size())));
}

} // namespace phenomap
