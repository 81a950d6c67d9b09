// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappainter.h"
#include "maptool.h"
#include "mapview.h"

#include <QPoint>
#include <QPointer>
#include <QPolygonF>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

namespace phenomap {

/// The interactive map. It only shows what MapPainter draws and turns mouse and keys into
/// viewport changes, the way QGIS's canvas sits over its core renderer: everything drawn here
/// can also be drawn into a PNG or a PDF without this widget.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    /// The painter whose content is shown; call update() after changing it.
    MapPainter &mapPainter() { return m_painter; }
    const MapPainter &mapPainter() const { return m_painter; }

    const MapViewport &viewport() const { return m_viewport; }
    /// Replaces the viewport (its pixel size is kept in step with the widget).
    void setViewport(const MapViewport &viewport);

    /// Fits the painter's data extent (the region, else the points); deferred until the widget
    /// has a size.
    void zoomToData();
    void zoomIn();
    void zoomOut();
    /// The fid of the visible incident drawn nearest to a widget position, within `radius` pixels.
    std::optional<quint32> incidentAt(QPoint position, double radius = 6.0) const;

    /// Describes an incident for the tooltip shown when the pointer rests on its point (rich
    /// text); without one, or off the points, the canvas shows its usage tip.
    using IncidentDescriber = std::function<QString(quint32 fid)>;
    void setIncidentDescriber(IncidentDescriber describer) { m_describe = std::move(describer); }

    /// The tool the left button drives (not owned); nullptr is plain panning and clicking.
    void setTool(MapTool *tool);
    MapTool *tool() const { return m_tool; }

    /// The fids of the visible incidents inside a polygon in world metres (zone-only incidents,
    /// without a point, are never inside).
    QSet<quint32> incidentsWithin(const QPolygonF &world) const;

    QSize sizeHint() const override { return {900, 650}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

Q_SIGNALS:
    /// The mouse is over this point, in Belgian Lambert 72 (EPSG:31370) metres.
    void cursorMoved(double x, double y);
    /// The mouse left the map.
    void cursorLeft();
    /// Centre or scale changed (zoom, pan, fit, resize).
    void viewportChanged();
    /// The user clicked an incident point.
    void incidentClicked(quint32 fid);
    /// setTool() changed the tool.
    void toolChanged(phenomap::MapTool *tool);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void changeViewport(const MapViewport &viewport);
    void restoreCursor();

    MapPainter m_painter;
    MapViewport m_viewport;
    bool m_fitPending = true;
    QPointer<MapTool> m_tool;
    IncidentDescriber m_describe;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPoint m_pressPos, m_lastPos;
};

} // namespace phenomap
