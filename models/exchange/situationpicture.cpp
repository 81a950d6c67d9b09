// SPDX-License-Identifier: GPL-3.0-or-later
#include "situationpicture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace phenomap {
namespace {

constexpr int kStateVersion = 1;
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: JSON numbers hold integers exactly up to here

/// Thrown inside the parser; turned into the error string at the public boundary.
struct ParseError
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw ParseError{message};
}

template <typename T> QJsonArray sortedArray(const QSet<T> &set)
{
    QList<T> values(set.cbegin(), set.cend());
    std::sort(values.begin(), values.end());
    QJsonArray out;
    for (const T &v : values)
        out.append(double(v));
    return out;
}

qint64 toInteger(const QJsonValue &v, const char *key)
{
    if (!v.isDouble())
        fail(QCoreApplication::translate("phenomap::exchange", "“%1” must be a number.")
                 .arg(QLatin1String(key)));
    const double d = v.toDouble();
    if (d != std::floor(d) || std::fabs(d) > kMaxExactInteger)
        fail(QCoreApplication::translate("phenomap::exchange", "“%1” must be a whole number.")
                 .arg(QLatin1String(key)));
    return qint64(d);
}

qint64 integerOr(const QJsonObject &o, const char *key, qint64 fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() ? fallback : toInteger(v, key);
}

double realOr(const QJsonObject &o, const char *key, double fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble())
        fail(QCoreApplication::translate("phenomap::exchange", "“%1” must be a number.")
                 .arg(QLatin1String(key)));
    return v.toDouble();
}

QString textOr(const QJsonObject &o, const char *key, const QString &fallback = QString())
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        fail(QCoreApplication::translate("phenomap::exchange", "“%1” must be text.").arg(QLatin1String(key)));
    return v.toString();
}

template <typename T> QSet<T> integerSet(const QJsonObject &o, const char *key)
{
    QSet<T> out;
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return out;
    if (!v.isArray())
        fail(QCoreApplication::translate("phenomap::exchange", "“%1” must be a list.")
                 .arg(QLatin1String(key)));
    for (const QJsonValue &e : v.toArray())
        out.insert(T(toInteger(e, key)));
    return out;
}

QJsonObject filterToJson(const Filter &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("fromUtc"), double(f.fromUtc));
    o.insert(QStringLiteral("toUtc"), double(f.toUtc));
    o.insert(QStringLiteral("phenomena"), sortedArray(f.phenomenonIds));
    o.insert(QStringLiteral("mo"), sortedArray(f.moIds));
    o.insert(QStringLiteral("municipalities"), sortedArray(f.municipalities));
    o.insert(QStringLiteral("policeZones"), sortedArray(f.policeZones));
    o.insert(QStringLiteral("sources"), sortedArray(f.sourceIds));
    QList<int> tlps(f.tlps.cbegin(), f.tlps.cend());
    std::sort(tlps.begin(), tlps.end());
    QJsonArray tlpLabels;
    for (int t : tlps)
        tlpLabels.append(tlpLabel(Tlp(t)));
    o.insert(QStringLiteral("tlp"), tlpLabels);
    o.insert(QStringLiteral("weekdays"), int(f.weekdays));
    o.insert(QStringLiteral("hours"), double(f.hours));
    o.insert(QStringLiteral("text"), f.text);
    return o;
}

Filter filterFromJson(const QJsonObject &o)
{
    Filter f;
    f.fromUtc = integerOr(o, "fromUtc", 0);
    f.toUtc = integerOr(o, "toUtc", 0);
    f.phenomenonIds = integerSet<qint64>(o, "phenomena");
    f.moIds = integerSet<qint64>(o, "mo");
    f.municipalities = integerSet<int>(o, "municipalities");
    f.policeZones = integerSet<int>(o, "policeZones");
    f.sourceIds = integerSet<qint64>(o, "sources");
    for (const QJsonValue &v : o.value(QLatin1String("tlp")).toArray()) {
        const auto t = tlpFromLabel(v.toString());
        if (!t)
            fail(QCoreApplication::translate("phenomap::exchange", "“%1” is not a TLP label.")
                     .arg(v.toString().left(40)));
        f.tlps.insert(int(*t));
    }
    const qint64 weekdays = integerOr(o, "weekdays", 0x7f);
    const qint64 hours = integerOr(o, "hours", 0xffffff);
    if (weekdays < 0 || weekdays > 0x7f || hours < 0 || hours > 0xffffff)
        fail(QCoreApplication::translate("phenomap::exchange",
                                         "The weekday or hour selection is out of range."));
    f.weekdays = quint8(weekdays);
    f.hours = quint32(hours);
    f.text = textOr(o, "text");
    return f;
}

QJsonArray pointsToJson(const QList<std::pair<double, double>> &points)
{
    QJsonArray out;
    for (const auto &[x, y] : points)
        out.append(QJsonArray{x, y});
    return out;
}

QList<std::pair<double, double>> pointsFromJson(const QJsonValue &v)
{
    QList<std::pair<double, double>> out;
    for (const QJsonValue &p : v.toArray()) {
        const QJsonArray xy = p.toArray();
        if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            fail(QCoreApplication::translate("phenomap::exchange",
                                             "An annotation point must be a pair of numbers."));
        out.append({xy.at(0).toDouble(), xy.at(1).toDouble()});
    }
    return out;
}

const char *kindName(Annotation::Kind k)
{
    switch (k) {
    case Annotation::Kind::Text:
        return "text";
    case Annotation::Kind::Arrow:
        return "arrow";
    case Annotation::Kind::Area:
        return "area";
    }
    return "text";
}

ChoroplethView choroplethFromJson(const QJsonObject &o)
{
    ChoroplethView v;
    v.enabled = o.value(QLatin1String("enabled")).toBool(false);
    v.layer = textOr(o, "layer", v.layer);
    v.measure = textOr(o, "measure", v.measure);
    v.method = textOr(o, "method", v.method);
    v.classes = int(integerOr(o, "classes", v.classes));
    v.palette = textOr(o, "palette", v.palette);
    v.opacity = realOr(o, "opacity", v.opacity);
    if (!ChoroplethView::measures().contains(v.measure))
        fail(QCoreApplication::translate("phenomap::exchange", "Unknown choropleth measure “%1”.").arg(v.measure.left(40)));
    if (!ChoroplethView::methods().contains(v.method))
        fail(QCoreApplication::translate("phenomap::exchange", "Unknown classification method “%1”.").arg(v.method.left(40)));
    if (!ChoroplethView::palettes().contains(v.palette))
        fail(QCoreApplication::translate("phenomap::exchange", "Unknown colour palette “%1”.").arg(v.palette.left(40)));
    if (v.layer.isEmpty() || v.layer.size() > 64)
        fail(QCoreApplication::translate("phenomap::exchange", "A choropleth needs a zone layer."));
    if (v.classes < 2 || v.classes > 9)
        fail(QCoreApplication::translate("phenomap::exchange", "A choropleth has between 2 and 9 classes, not %1.")
                 .arg(v.classes));
    if (!(v.opacity >= 0.1 && v.opacity <= 1.0))
        fail(QCoreApplication::translate("phenomap::exchange", "A layer opacity must lie between 0 and 1."));
    return v;
}

DensityView densityFromJson(const QJsonObject &o)
{
    DensityView v;
    v.bandwidth = realOr(o, "bandwidth", v.bandwidth);
    v.cellSize = realOr(o, "cellSize", v.cellSize);
    // The same bounds as the layer panel's spin boxes: a surface over the region stays small.
    if (!(v.bandwidth >= 50 && v.bandwidth <= 5000) || !(v.cellSize >= 10 && v.cellSize <= 1000))
        fail(QCoreApplication::translate("phenomap::exchange",
                                         "A density surface needs a radius of 50 to 5,000 m and cells of 10 to 1,000 m."));
    return v;
}

PictureState parseState(const QJsonObject &json)
{
    const qint64 version = integerOr(json, "version", 0);
    if (version < 1 || version > kStateVersion)
        fail(QCoreApplication::translate("phenomap::exchange",
                                         "The picture state has version %1; this Phenomap reads version %2.")
                 .arg(version)
                 .arg(kStateVersion));
    PictureState s;
    s.filter = filterFromJson(json.value(QLatin1String("filter")).toObject());
    const QJsonObject tw = json.value(QLatin1String("timeWindow")).toObject();
    s.timeWindow = {integerOr(tw, "fromUtc", 0), integerOr(tw, "toUtc", 0), integerOr(tw, "stepSeconds", 0),
                    integerOr(tw, "currentUtc", 0)};
    const QJsonObject ex = json.value(QLatin1String("extent")).toObject();
    s.extent = {realOr(ex, "centreX", 0), realOr(ex, "centreY", 0), realOr(ex, "metresPerPixel", 0)};
    for (const QJsonValue &v : json.value(QLatin1String("layers")).toArray()) {
        const QJsonObject l = v.toObject();
        LayerState layer;
        layer.layer = textOr(l, "layer");
        layer.visible = l.value(QLatin1String("visible")).toBool(true);
        layer.opacity = realOr(l, "opacity", 1.0);
        layer.style = textOr(l, "style");
        if (layer.opacity < 0 || layer.opacity > 1)
            fail(QCoreApplication::translate("phenomap::exchange",
                                             "A layer opacity must lie between 0 and 1."));
        s.layers.append(layer);
    }
    s.chartKind = textOr(json, "chart");
    for (const QJsonValue &v : json.value(QLatin1String("annotations")).toArray()) {
        const QJsonObject a = v.toObject();
        Annotation ann;
        const QString kind = textOr(a, "kind");
        if (kind == QLatin1String("text"))
            ann.kind = Annotation::Kind::Text;
        else if (kind == QLatin1String("arrow"))
            ann.kind = Annotation::Kind::Arrow;
        else if (kind == QLatin1String("area"))
            ann.kind = Annotation::Kind::Area;
        else
            fail(QCoreApplication::translate("phenomap::exchange", "Unknown annotation kind “%1”.")
                     .arg(kind.left(40)));
        ann.points = pointsFromJson(a.value(QLatin1String("points")));
        const qsizetype minPoints = ann.kind == Annotation::Kind::Text    ? 1
                                    : ann.kind == Annotation::Kind::Arrow ? 2
                                                                          : 3;
        if (ann.points.size() < minPoints)
            fail(
                QCoreApplication::translate("phenomap::exchange", "A %1 annotation needs at least %2 points.")
                    .arg(kind)
                    .arg(minPoints));
        ann.text = textOr(a, "text");
        const QJsonObject st = a.value(QLatin1String("style")).toObject();
        ann.style.stroke = textOr(st, "stroke", AnnotationStyle().stroke);
        ann.style.fill = textOr(st, "fill");
        ann.style.width = realOr(st, "width", 1.0);
        ann.style.fontPt = realOr(st, "fontPt", 10.0);
        s.annotations.append(ann);
    }
    if (json.contains(QLatin1String("choropleth")))
        s.choropleth = choroplethFromJson(json.value(QLatin1String("choropleth")).toObject());
    if (json.contains(QLatin1String("density")))
        s.density = densityFromJson(json.value(QLatin1String("density")).toObject());
    return s;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject SituationPicture::stateToJson(const PictureState &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("phenomap-picture-state"));
    o.insert(QStringLiteral("version"), kStateVersion);
    o.insert(QStringLiteral("filter"), filterToJson(s.filter));
    o.insert(QStringLiteral("timeWindow"),
             QJsonObject{{QStringLiteral("fromUtc"), double(s.timeWindow.fromUtc)},
                         {QStringLiteral("toUtc"), double(s.timeWindow.toUtc)},
                         {QStringLiteral("stepSeconds"), double(s.timeWindow.stepSeconds)},
                         {QStringLiteral("currentUtc"), double(s.timeWindow.currentUtc)}});
    o.insert(QStringLiteral("extent"),
             QJsonObject{{QStringLiteral("centreX"), s.extent.centreX},
                         {QStringLiteral("centreY"), s.extent.centreY},
                         {QStringLiteral("metresPerPixel"), s.extent.metresPerPixel}});
    QJsonArray layers;
    for (const LayerState &l : s.layers)
        layers.append(QJsonObject{{QStringLiteral("layer"), l.layer},
                                  {QStringLiteral("visible"), l.visible},
                                  {QStringLiteral("opacity"), l.opacity},
                                  {QStringLiteral("style"), l.style}});
    o.insert(QStringLiteral("layers"), layers);
    o.insert(QStringLiteral("chart"), s.chartKind);
    QJsonArray annotations;
    for (const Annotation &a : s.annotations)
        annotations.append(
            QJsonObject{{QStringLiteral("kind"), QLatin1String(kindName(a.kind))},
                        {QStringLiteral("points"), pointsToJson(a.points)},
                        {QStringLiteral("text"), a.text},
                        {QStringLiteral("style"), QJsonObject{{QStringLiteral("stroke"), a.style.stroke},
                                                              {QStringLiteral("fill"), a.style.fill},
                                                              {QStringLiteral("width"), a.style.width},
                                                              {QStringLiteral("fontPt"), a.style.fontPt}}}});
    o.insert(QStringLiteral("annotations"), annotations);
    if (const auto &c = s.choropleth)
        o.insert(QStringLiteral("choropleth"),
                 QJsonObject{{QStringLiteral("enabled"), c->enabled},
                             {QStringLiteral("layer"), c->layer},
                             {QStringLiteral("measure"), c->measure},
                             {QStringLiteral("method"), c->method},
                             {QStringLiteral("classes"), c->classes},
                             {QStringLiteral("palette"), c->palette},
                             {QStringLiteral("opacity"), c->opacity}});
    if (const auto &d = s.density)
        o.insert(QStringLiteral("density"), QJsonObject{{QStringLiteral("bandwidth"), d->bandwidth},
                                                         {QStringLiteral("cellSize"), d->cellSize}});
    return o;
}

const QStringList &ChoroplethView::measures()
{
    static const QStringList codes{QStringLiteral("count"), QStringLiteral("rate_per_1000"), QStringLiteral("per_km2"),
                                   QStringLiteral("change"), QStringLiteral("location_quotient")};
    return codes;
}

const QStringList &ChoroplethView::methods()
{
    static const QStringList codes{QStringLiteral("quantile"), QStringLiteral("natural_breaks"),
                                   QStringLiteral("equal_interval")};
    return codes;
}

const QStringList &ChoroplethView::palettes()
{
    static const QStringList codes{QStringLiteral("blues"), QStringLiteral("oranges"), QStringLiteral("viridis"),
                                   QStringLiteral("blue_orange")};
    return codes;
}

std::optional<PictureState> SituationPicture::stateFromJson(const QJsonObject &json, QString *error)
{
    try {
        return parseState(json);
    } catch (const ParseError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

QByteArray SituationPicture::stateToBytes(const PictureState &state)
{
    return QJsonDocument(stateToJson(state)).toJson(QJsonDocument::Compact);
}

std::optional<PictureState> SituationPicture::stateFromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error =
                QCoreApplication::translate("phenomap::exchange", "The picture state is not valid JSON: %1")
                    .arg(pe.errorString());
        return std::nullopt;
    }
    return stateFromJson(doc.object(), error);
}

QJsonObject SituationPicture::toJson() const
{
    return QJsonObject{{QStringLiteral("uuid"), uuid},
                       {QStringLiteral("position"), position},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("tlp"), tlpLabel(tlp)},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("narrative"), narrative},
                       {QStringLiteral("createdAt"), isoUtc(createdAt)},
                       {QStringLiteral("modifiedAt"), isoUtc(modifiedAt)},
                       {QStringLiteral("state"), stateToJson(state)}};
}

std::optional<SituationPicture> SituationPicture::fromJson(const QJsonObject &json, QString *error)
{
    try {
        SituationPicture p;
        p.uuid = textOr(json, "uuid");
        p.position = int(integerOr(json, "position", 0));
        p.title = textOr(json, "title");
        const auto tlp = tlpFromLabel(textOr(json, "tlp"));
        if (!tlp)
            fail(QCoreApplication::translate("phenomap::exchange", "The picture has no valid TLP label."));
        p.tlp = *tlp;
        p.author = textOr(json, "author");
        p.narrative = textOr(json, "narrative");
        const QString created = textOr(json, "createdAt"), modified = textOr(json, "modifiedAt");
        p.createdAt = created.isEmpty() ? QDateTime() : QDateTime::fromString(created, Qt::ISODateWithMs);
        p.modifiedAt = modified.isEmpty() ? QDateTime() : QDateTime::fromString(modified, Qt::ISODateWithMs);
        p.state = parseState(json.value(QLatin1String("state")).toObject());
        return p;
    } catch (const ParseError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

Filter SituationPicture::effectiveFilter() const
{
    Filter f = state.filter;
    const TimeWindow &w = state.timeWindow;
    if (w.fromUtc != 0 && (f.fromUtc == 0 || w.fromUtc > f.fromUtc))
        f.fromUtc = w.fromUtc;
    if (w.toUtc != 0 && (f.toUtc == 0 || w.toUtc < f.toUtc))
        f.toUtc = w.toUtc;
    return f;
}

} // namespace phenomap
