// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointcolours.h"

#include <algorithm>
#include <map>
#include <vector>

namespace phenomap {

QString pointColouringCode(PointColouring colouring)
{
    return colouring == PointColouring::Mo ? QStringLiteral("mo") : QStringLiteral("phenomenon");
}

PointColouring pointColouringFromCode(const QString &code)
{
    return code == QLatin1String("mo") ? PointColouring::Mo : PointColouring::Phenomenon;
}

QString incidentStyle(PointColouring colouring, BinShape shape)
{
    return pointColouringCode(colouring) + (shape == BinShape::Hexagon ? QStringLiteral(";hex") : QString());
}

PointColouring colouringOfStyle(const QString &style)
{
    return pointColouringFromCode(style.section(QLatin1Char(';'), 0, 0));
}

BinShape binShapeOfStyle(const QString &style)
{
    return style.split(QLatin1Char(';')).contains(QLatin1String("hex")) ? BinShape::Hexagon : BinShape::Square;
}

QHash<qint64, QColor> moShades(const QList<TaxonomyNode> &nodes)
{
    QHash<qint64, QColor> phenomenonColour;
    std::map<qint64, std::vector<const TaxonomyNode *>> children; // ordered: the same shades each time
    for (const TaxonomyNode &node : nodes) {
        if (node.parentId == 0) {
            const QColor c(node.colour);
            if (c.isValid())
                phenomenonColour.insert(node.id, c);
        } else {
            children[node.parentId].push_back(&node);
        }
    }
    QHash<qint64, QColor> out;
    for (auto &[parent, mos] : children) {
        const auto colour = phenomenonColour.constFind(parent);
        if (colour == phenomenonColour.constEnd())
            continue;
        std::stable_sort(mos.begin(), mos.end(), [](const TaxonomyNode *a, const TaxonomyNode *b) {
            return a->sortOrder != b->sortOrder ? a->sortOrder < b->sortOrder : a->id < b->id;
        });
        const QColor base = colour->toHsl();
        const int hue = base.hslHue() < 0 ? 0 : base.hslHue();
        const int saturation = std::max(base.hslSaturation(), 90);
        const std::size_t n = mos.size();
        if (n == 1) { // a lone MO keeps the phenomenon's own colour
            out.insert(mos.front()->id, *colour);
            continue;
        }
        for (std::size_t i = 0; i < n; ++i) {
            // Lightness from 28 % to 72 %, spread evenly.
            const double t = double(i) / double(n - 1);
            const int lightness = int(0.28 * 255 + t * (0.72 - 0.28) * 255);
            // Alternate a small hue shift so neighbouring shades stay apart in print too.
            const int shifted = (hue + (i % 2 ? 12 : 0) + 360) % 360;
            out.insert(mos[i]->id, QColor::fromHsl(shifted, saturation, lightness).toRgb());
        }
    }
    return out;
}

} // namespace phenomap
