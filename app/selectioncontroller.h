// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selectiontools.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QToolBar;

namespace phenomap {

class IncidentTableView;
class MapCanvas;
class ProjectController;

/// The map's pointer tools (pan, select by rectangle, select by lasso) and the shared
/// selection: a shape drawn on the map selects the visible incidents inside it, on the map and
/// in the table, adding with Shift and removing with Ctrl.
class SelectionController : public QObject
{
    Q_OBJECT
public:
    SelectionController(ProjectController *project, MapCanvas *canvas, IncidentTableView *table,
                        QObject *parent = nullptr);

    /// Pan, rectangle, lasso: one checked at a time. Other tools (annotations) may join the group.
    QActionGroup *toolGroup() const { return m_group; }
    QAction *panAction() const { return m_pan; }
    QAction *rectangleAction() const { return m_rectangle; }
    QAction *lassoAction() const { return m_lasso; }
    QAction *clearAction() const { return m_clear; }
    /// A toolbar with the tools and "clear selection", owned by `parent`.
    QToolBar *createToolBar(QWidget *parent) const;

    /// Applies a shape as if drawn with the mouse (also used by the tools).
    void selectWithin(const QPolygonF &world, SelectionTool::Mode mode);
    void clearSelection();

Q_SIGNALS:
    /// "%n incident(s) selected", for the status bar.
    void statusMessage(const QString &message);

private:
    void apply(const QSet<quint32> &fids);

    QPointer<ProjectController> m_project;
    QPointer<MapCanvas> m_canvas;
    QPointer<IncidentTableView> m_table;
    SelectionTool *m_rectangleTool, *m_lassoTool;
    QActionGroup *m_group;
    QAction *m_pan, *m_rectangle, *m_lasso, *m_clear;
};

} // namespace phenomap
