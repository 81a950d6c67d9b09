// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptool.h"

namespace phenomap {

bool MapTool::mousePress(MapCanvas &, QMouseEvent *) { return false; }
bool MapTool::mouseMove(MapCanvas &, QMouseEvent *) { return false; }
bool MapTool::mouseRelease(MapCanvas &, QMouseEvent *) { return false; }
bool MapTool::mouseDoubleClick(MapCanvas &, QMouseEvent *) { return false; }
bool MapTool::keyPress(MapCanvas &, QKeyEvent *) { return false; }
void MapTool::paint(QPainter &, const MapViewport &) const {}

} // namespace phenomap
