// SPDX-License-Identifier: GPL-3.0-or-later
// MapPainter: the overlay stack (basemap, density, results, annotations) and its legends.
#include "mappainter.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace phenomap {

// One lookup for the const and the non-const accessors (Self is MapPainter or const MapPainter).
template <typename Self> auto MapPainter::builtInOf(Self &self, const QString &id)
{
    if (id == QLatin1String("municipalities"))
        return &self.m_municipalityLayer;
    if (id == QLatin1String("police_zones"))
        return &self.m_policeZoneLayer;
    if (id == QLatin1String("incidents"))
        return &self.m_incidentLayer;
    if (id == QLatin1String("labels"))
        return &self.m_labelLayer;
    return decltype(&self.m_incidentLayer)(nullptr);
}

template <typename Self> auto MapPainter::findOverlayIn(Self &self, const QString &id)
{
    auto it = std::find_if(self.m_overlays.begin(), self.m_overlays.end(),
                           [&](const OverlayEntry &e) { return e.id == id; });
    return it == self.m_overlays.end() ? nullptr : &*it;
}

const MapPainter::LayerState *MapPainter::builtIn(const QString &id) const { return builtInOf(*this, id); }
MapPainter::LayerState *MapPainter::builtIn(const QString &id) { return builtInOf(*this, id); }
const MapPainter::OverlayEntry *MapPainter::findOverlay(const QString &id) const { return findOverlayIn(*this, id); }
MapPainter::OverlayEntry *MapPainter::findOverlay(const QString &id) { return findOverlayIn(*this, id); }

QStringList MapPainter::layerIds() const
{
    // The order paint() draws them in.
    QStringList ids;
    const auto add = [&](OverlayLevel level) {
        for (const OverlayEntry &entry : m_overlays)
            if (entry.overlay->level() == level)
                ids.append(entry.id);
    };
    add(OverlayLevel::Basemap);
    add(OverlayLevel::UnderIncidents);
    ids << QStringLiteral("incidents") << QStringLiteral("municipalities") << QStringLiteral("police_zones");
    add(OverlayLevel::OverIncidents);
    ids << QStringLiteral("labels");
    return ids;
}

void MapPainter::setLayerVisible(const QString &id, bool visible)
{
    if (auto *state = builtIn(id))
        state->visible = visible;
    else
        setOverlayVisible(id, visible);
}

bool MapPainter::isLayerVisible(const QString &id) const
{
    const LayerState *state = builtIn(id);
    return state ? state->visible : isOverlayVisible(id);
}

void MapPainter::setLayerOpacity(const QString &id, double opacity)
{
    if (auto *state = builtIn(id))
        state->opacity = std::clamp(opacity, 0.0, 1.0);
    else
        setOverlayOpacity(id, opacity);
}

double MapPainter::layerOpacity(const QString &id) const
{
    const LayerState *state = builtIn(id);
    return state ? state->opacity : overlayOpacity(id);
}

void MapPainter::setOverlay(const QString &id, std::shared_ptr<const MapOverlay> overlay)
{
    OverlayEntry *entry = findOverlay(id);
    if (!overlay) {
        if (entry)
            m_overlays.erase(m_overlays.begin() + (entry - m_overlays.data()));
        return;
    }
    if (entry) {
        entry->overlay = std::move(overlay);
        return;
    }
    m_overlays.push_back(OverlayEntry{id, std::move(overlay)});
}

std::shared_ptr<const MapOverlay> MapPainter::overlay(const QString &id) const
{
    const OverlayEntry *entry = findOverlay(id);
    return entry ? entry->overlay : nullptr;
}

QStringList MapPainter::overlayIds() const
{
    QStringList ids;
    for (const OverlayEntry &entry : m_overlays)
        ids.append(entry.id);
    return ids;
}

void MapPainter::setOverlayVisible(const QString &id, bool visible)
{
    if (auto *entry = findOverlay(id))
        entry->visible = visible;
}

bool MapPainter::isOverlayVisible(const QString &id) const
{
    const OverlayEntry *entry = findOverlay(id);
    return entry && entry->visible;
}

void MapPainter::setOverlayOpacity(const QString &id, double opacity)
{
    if (auto *entry = findOverlay(id))
        entry->opacity = std::clamp(opacity, 0.0, 1.0);
}

double MapPainter::overlayOpacity(const QString &id) const
{
    const OverlayEntry *entry = findOverlay(id);
    return entry ? entry->opacity : 0.0;
}

void MapPainter::drawOverlays(QPainter &painter, const MapViewport &viewport, double ui, OverlayLevel level) const
{
    for (const OverlayEntry &entry : m_overlays) {
        if (!entry.visible || entry.opacity <= 0 || entry.overlay->level() != level)
            continue;
        painter.save();
        painter.setOpacity(painter.opacity() * entry.opacity);
        entry.overlay->paint(painter, viewport, ui);
        painter.restore();
    }
}

void MapPainter::drawOverlayLegends(QPainter &painter, const MapViewport &viewport, double ui) const
{
    const double margin = 10 * ui;
    double top = margin;
    if (m_choropleth.isEnabled())
        top = ChoroplethLayer::legendLayout(m_choropleth, viewport.pixelSize(), ui).plate.bottom() + margin;
    for (const OverlayEntry &entry : m_overlays) {
        if (!entry.visible)
            continue;
        const QSizeF size = entry.overlay->legendSize(ui);
        if (size.isEmpty())
            continue;
        painter.save();
        entry.overlay->paintLegend(painter, QPointF(viewport.pixelSize().width() - margin - size.width(), top), ui);
        painter.restore();
        top += size.height() + margin;
    }
}

} // namespace phenomap
