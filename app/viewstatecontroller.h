// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "situationpicture.h"

#include <QObject>
#include <QPointer>

namespace phenomap {

class ChartsPanel;
class ChoroplethPanel;
class LayersController;
class MapCanvas;
class StoryboardController;

/// The layers and the chart as part of a situation picture: saving a picture stores which map
/// layers (built-in and overlays) are visible with their opacity, and which chart the charts
/// panel shows; showing a picture brings them back (layers the picture does not name are left
/// as they are, so pictures from before a layer existed do not hide it).
class ViewStateController : public QObject
{
    Q_OBJECT
public:
    /// Create it after AnnotationController, so the annotations get their title in the layer
    /// panel. `layers` may be null (no layer panel); the density surface is then shown without being
    /// recomputed.
    ViewStateController(MapCanvas *canvas, ChartsPanel *charts, LayersController *layers,
                        StoryboardController *storyboard, QObject *parent = nullptr);

    /// The choropleth's settings join the picture too (optional: no panel, no choropleth part).
    void setChoroplethPanel(ChoroplethPanel *panel);

    /// Fills state.layers, state.chartKind, the density parameters and the choropleth.
    void capture(PictureState &state) const;
    /// Applies them (parts the state does not have are left as they are).
    void restore(const PictureState &state);

private:
    QPointer<MapCanvas> m_canvas;
    QPointer<ChartsPanel> m_charts;
    QPointer<LayersController> m_layers;
    QPointer<ChoroplethPanel> m_choropleth;
};

} // namespace phenomap
