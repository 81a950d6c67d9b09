// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maptool.h"

#include <QPolygonF>

namespace phenomap {

/// Selects incidents by drawing on the map: a rectangle (press, drag, release) or a lasso
/// (press and draw a free shape; the release closes it). A plain click selects what lies under
/// the cursor. Shift adds to the selection, Ctrl removes from it, Escape cancels the shape.
class SelectionTool : public MapTool
{
    Q_OBJECT
public:
    enum class Shape { Rectangle, Lasso };
    enum class Mode { Replace, Add, Remove };

    explicit SelectionTool(Shape shape, QObject *parent = nullptr);
    Shape shape() const { return m_shape; }

    bool mousePress(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseMove(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseRelease(MapCanvas &canvas, QMouseEvent *event) override;
    bool keyPress(MapCanvas &canvas, QKeyEvent *event) override;
    void paint(QPainter &painter, const MapViewport &viewport) const override;
    void deactivate() override;

    /// The mode the keyboard modifiers ask for.
    static Mode modeFor(Qt::KeyboardModifiers modifiers);

Q_SIGNALS:
    /// The user finished a shape; `world` is a closed polygon in EPSG:31370 metres.
    void shapeDrawn(const QPolygonF &world, phenomap::SelectionTool::Mode mode);

private:
    Shape m_shape;
    bool m_drawing = false;
    QPolygonF m_pixels; ///< widget pixels: two corners (rectangle) or the lasso's points
};

} // namespace phenomap
