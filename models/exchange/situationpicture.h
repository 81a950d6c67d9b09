// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "engine.h"
#include "types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace phenomap {

/// The period the map shows and animates (seconds UTC; 0 = open).
struct TimeWindow
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    qint64 stepSeconds = 0; ///< animation step, 0 = no animation
    qint64 currentUtc = 0;  ///< animation frame shown, 0 = whole window
    bool operator==(const TimeWindow &) const = default;
};

/// Map centre in EPSG:31370 metres and scale.
struct MapExtent
{
    double centreX = 0;
    double centreY = 0;
    double metresPerPixel = 0;
    bool operator==(const MapExtent &) const = default;
};

/// One map layer as shown: visible or not, its opacity and named style.
struct LayerState
{
    QString layer;
    bool visible = true;
    double opacity = 1.0;
    QString style;
    bool operator==(const LayerState &) const = default;
};

/// The choropleth as shown, in stable codes (the widgets map them to their own types).
struct ChoroplethView
{
    bool enabled = false;
    QString layer = QStringLiteral("municipalities");
    QString measure = QStringLiteral("count"); ///< count, rate_per_1000, per_km2, change, location_quotient
    QString method = QStringLiteral("quantile"); ///< quantile, natural_breaks, equal_interval
    int classes = 5;                             ///< 2 .. 9
    QString palette = QStringLiteral("blues");   ///< blues, oranges, viridis, blue_orange
    double opacity = 0.7;                        ///< 0.1 .. 1
    bool operator==(const ChoroplethView &) const = default;

    static const QStringList &measures();
    static const QStringList &methods();
    static const QStringList &palettes();
};

/// The density surface's parameters (whether it shows is in the layers, as "density").
struct DensityView
{
    double bandwidth = 300; ///< quartic kernel radius, metres
    double cellSize = 50;   ///< metres
    bool operator==(const DensityView &) const = default;
};

/// Everything needed to restore what the analyst saw. Parts a picture from an older Phenomap
/// does not have are nullopt: restoring it leaves them as they are.
struct PictureState
{
    Filter filter;
    TimeWindow timeWindow;
    MapExtent extent;
    QList<LayerState> layers;
    QString chartKind;
    QList<Annotation> annotations;
    std::optional<ChoroplethView> choropleth;
    std::optional<DensityView> density;
    bool operator==(const PictureState &) const = default;
};

/// A situation picture: a named, marked, ordered view for the storyboard. Its JSON form is
/// lossless: toJson() then fromJson() gives an equal value.
class SituationPicture
{
public:
    qint64 id = 0; ///< phenomap_pictures.id, 0 until stored
    QString uuid;  ///< stable identity, also across packages and feedback
    int position = 0;
    QString title;
    Tlp tlp = Tlp::Amber;
    QString author;
    QString narrative; ///< rich text (HTML)
    QDateTime createdAt, modifiedAt;
    PictureState state;

    bool operator==(const SituationPicture &) const = default;

    /// The state as JSON (stored in phenomap_pictures.state).
    static QJsonObject stateToJson(const PictureState &state);
    /// Parses a state; nullopt (and *error set, translated) when malformed.
    static std::optional<PictureState> stateFromJson(const QJsonObject &json, QString *error = nullptr);
    static QByteArray stateToBytes(const PictureState &state);
    static std::optional<PictureState> stateFromBytes(const QByteArray &bytes, QString *error = nullptr);

    /// Whole picture (all fields but the row id) as JSON, and back.
    QJsonObject toJson() const;
    static std::optional<SituationPicture> fromJson(const QJsonObject &json, QString *error = nullptr);

    /// The filter a picture needs its data for: the filter narrowed to the time window.
    Filter effectiveFilter() const;
};

} // namespace phenomap
