// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choroplethlayer.h"
#include "choroplethpanel.h"
#include "classbreaks.h"
#include "zonestatistics.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace phenomap {

class MapCanvas;
class ProjectController;

/// Keeps the map's choropleth in step with the panel and the filter: on every applied filter or
/// change of settings it computes the zone statistics, the class breaks and the colours, and
/// hands the result to the map painter.
class ChoroplethController : public QObject
{
    Q_OBJECT
public:
    ChoroplethController(ProjectController *project, MapCanvas *canvas, ChoroplethPanel *panel,
                         QObject *parent = nullptr);

    /// Recomputes and redraws (nothing is computed while the choropleth is off).
    void refresh();
    /// Re-reads the project's imported zone layers into the panel; when `show` names one, the
    /// choropleth is switched on for it.
    void zoneLayersChanged(const QString &show = QString());
    const ZoneStatistics &statistics() const { return m_statistics; }
    const ClassBreaks &breaks() const { return m_breaks; }

    /// The painter's choropleth for settings and statistics, with the breaks it used.
    static Choropleth buildChoropleth(const ChoroplethSettings &settings, const ZoneStatistics &statistics,
                                      ClassBreaks *breaks = nullptr);

private:
    QPointer<ProjectController> m_project;
    QPointer<MapCanvas> m_canvas;
    QPointer<ChoroplethPanel> m_panel;
    ZoneStatistics m_statistics;
    ClassBreaks m_breaks;
    ZoneGeometryCache m_geometry; ///< the grid or imported layer's index, kept across filter changes
    /// Polygons of the imported layer shown, read once per layer (see choroplethShapes()).
    QString m_shapesLayer;
    std::shared_ptr<const ZoneLayer> m_shapes;
};

} // namespace phenomap
