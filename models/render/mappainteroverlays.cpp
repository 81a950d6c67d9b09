// SPDX-License-Identifier: GPL-3.0-or-later
// MapPainter: the overlay stack (basemap, density, results, annotations) and its legends.
#include "mappainter.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace phenomap {

void MapPainter::setOverlay(const QString &id, std::shared_ptr<const MapOverlay> overlay)
{
    auto it = std::find_if(m_overlays.begin(), m_overlays.end(), [&](const OverlayEntry &e) { return e.id == id; });
    if (!overlay) {
        if (it != m_overlays.end())
            m_overlays.erase(it);
        return;
    }
    if (it != m_overlays.end()) {
        it->overlay = std::move(overlay);
        return;
    }
    m_overlays.push_back(OverlayEntry{id, std::move(overlay)});
}

const MapPainter::OverlayEntry *MapPainter::findOverlay(const QString &id) const
{
    auto it = std::find_if(m_overlays.begin(), m_overlays.end(), [&](const OverlayEntry &e) { return e.id == id; });
    return it == m_overlays.end() ? nullptr : &*it;
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
    if (auto *entry = const_cast<OverlayEntry *>(findOverlay(id)))
        entry->visible = visible;
}

bool MapPainter::isOverlayVisible(const QString &id) const
{
    const OverlayEntry *entry = findOverlay(id);
    return entry && entry->visible;
}

void MapPainter::setOverlayOpacity(const QString &id, double opacity)
{
    if (auto *entry = const_cast<OverlayEntry *>(findOverlay(id)))
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
