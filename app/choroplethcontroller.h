// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choroplethlayer.h"
#include "choroplethpanel.h"
#include "classbreaks.h"
#include "zonestatistics.h"

#include <QObject>
#include <QPointer>

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
};

} // namespace phenomap
