// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "situationpicture.h"

#include <QObject>
#include <QPointer>

namespace phenomap {

class ChartsPanel;
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

    /// Fills state.layers and state.chartKind from the map and the charts panel.
    void capture(PictureState &state) const;
    /// Applies state.layers and state.chartKind.
    void restore(const PictureState &state);

private:
    QPointer<MapCanvas> m_canvas;
    QPointer<ChartsPanel> m_charts;
    QPointer<LayersController> m_layers;
};

} // namespace phenomap
