// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureoverlays.h"

#include "choroplethbuilder.h"
#include "kerneldensity.h"
#include "project.h"
#include "zonelayer.h"
#include "zonestatistics.h"

#include <algorithm>
#include <cmath>

namespace phenomap {

QString PictureOverlays::measureTitle(const QString &measure, const QString &language)
{
    struct Title
    {
        const char *code, *en, *fr, *nl;
    };
    static const Title titles[] = {
        {"count", "Incidents", "Faits", "Feiten"},
        {"rate_per_1000", "Incidents per 1,000 inhabitants", "Faits pour 1 000 habitants", "Feiten per 1.000 inwoners"},
        {"per_km2", "Incidents per km²", "Faits par km²", "Feiten per km²"},
        {"change", "Change against the previous period (%)", "Évolution par rapport à la période précédente (%)",
         "Verandering tegenover de vorige periode (%)"},
        {"location_quotient", "Location quotient", "Quotient de localisation", "Locatiequotiënt"},
    };
    for (const Title &t : titles)
        if (measure == QLatin1String(t.code))
            return QString::fromUtf8(language == QLatin1String("fr")   ? t.fr
                                     : language == QLatin1String("nl") ? t.nl
                                                                       : t.en);
    return measure;
}

Choropleth PictureOverlays::choropleth(Project &project, const Engine &engine, const Filter &filter,
                                       const FilterResult &result, const ChoroplethView &view, const QString &language)
{
    const ChoroplethSettings settings = ChoroplethSettings::fromView(view);
    if (!settings.enabled)
        return {};
    const ZoneStatistics statistics =
        computeZoneStatistics(project, engine, filter, result, settings.layer, settings.measure);
    return buildChoropleth(settings, statistics, measureTitle(view.measure, language), nullptr,
                           choroplethShapes(project.db(), settings.layer));
}

std::vector<std::tuple<qint64, quint32, QColor>> PictureOverlays::moLegend(const IncidentColumns &c,
                                                                           const std::vector<quint32> &rows,
                                                                           const MapPainter &painter)
{
    std::vector<quint32> perMo(c.moIds.size(), 0), withoutMo(c.phenomenonIds.size(), 0);
    for (quint32 r : rows) {
        if (r + 1 < c.moOffset.size() && c.moOffset[r] < c.moOffset[r + 1]) {
            if (c.mo[c.moOffset[r]] < perMo.size())
                ++perMo[c.mo[c.moOffset[r]]];
        } else if (c.phenomenon[r] < withoutMo.size()) {
            ++withoutMo[c.phenomenon[r]];
        }
    }
    std::vector<std::tuple<qint64, quint32, QColor>> out;
    for (std::size_t m = 0; m < perMo.size(); ++m)
        if (perMo[m] > 0)
            out.emplace_back(c.moIds[m], perMo[m], painter.moColour(c.moIds[m]));
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return std::get<1>(a) > std::get<1>(b); });
    for (std::size_t p = 0; p < withoutMo.size(); ++p)
        if (withoutMo[p] > 0)
            out.emplace_back(c.phenomenonIds[p], withoutMo[p], painter.phenomenonColour(c.phenomenonIds[p]));
    return out;
}

DensitySurface PictureOverlays::density(const std::vector<double> &x, const std::vector<double> &y, QRectF extent,
                                        double bandwidth, double cellSize)
{
    DensitySurface out;
    out.bandwidth = bandwidth;
    out.cellSize = cellSize;
    if (extent.isEmpty())
        return out;
    extent.adjust(-bandwidth, -bandwidth, bandwidth, bandwidth);
    KernelDensity::Raster raster =
        KernelDensity::makeRaster(Envelope{extent.left(), extent.right(), extent.top(), extent.bottom()}, cellSize);
    KernelDensity::fast(raster, x, y, nullptr, bandwidth, KernelDensity::Scaling::Density);
    out.originX = raster.originX;
    out.originY = raster.originY;
    out.columns = raster.columns;
    out.rows = raster.rows;
    out.values.resize(raster.values.size());
    for (std::size_t i = 0; i < raster.values.size(); ++i)
        out.values[i] = float(raster.values[i] * 1e6); // per m² -> per km²
    for (std::size_t i = 0; i < x.size(); ++i)
        out.incidents += std::isfinite(x[i]) && std::isfinite(y[i]) ? 1 : 0;
    return out;
}

DensitySurface PictureOverlays::density(const IncidentColumns &columns, const std::vector<quint32> &rows, QRectF extent,
                                        double bandwidth, double cellSize)
{
    std::vector<double> x, y;
    x.reserve(rows.size());
    y.reserve(rows.size());
    for (quint32 row : rows)
        if (row < columns.x.size() && std::isfinite(columns.x[row]) && std::isfinite(columns.y[row])) {
            x.push_back(columns.x[row]);
            y.push_back(columns.y[row]);
        }
    return density(x, y, extent, bandwidth, cellSize);
}

} // namespace phenomap
