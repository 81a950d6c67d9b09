// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace phenomap {

class MapCanvas;
class MapViewport;

/// What the left mouse button does on the map besides panning: select by rectangle or lasso,
/// draw an annotation... The canvas offers each event to its current tool first; a handler that
/// returns false lets the canvas pan and click as usual. The middle button and the wheel always
/// pan and zoom, whatever the tool, as in QGIS. Tools are owned by whoever creates them.
class MapTool : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool mousePress(MapCanvas &canvas, QMouseEvent *event);
    virtual bool mouseMove(MapCanvas &canvas, QMouseEvent *event);
    virtual bool mouseRelease(MapCanvas &canvas, QMouseEvent *event);
    virtual bool mouseDoubleClick(MapCanvas &canvas, QMouseEvent *event);
    /// Escape usually cancels what is being drawn.
    virtual bool keyPress(MapCanvas &canvas, QKeyEvent *event);
    /// Draws the tool's feedback (rubber band, shape being drawn) over the map, in widget pixels.
    virtual void paint(QPainter &painter, const MapViewport &viewport) const;
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    /// The canvas switched to another tool: drop any half-drawn shape.
    virtual void deactivate() {}
};

} // namespace phenomap
