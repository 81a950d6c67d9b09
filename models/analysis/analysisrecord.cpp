// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrecord.h"

#include <QJsonArray>

namespace phenomap {
namespace {

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double d : v)
        a.append(d);
    return a;
}

std::vector<double> fromArray(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &e : v.toArray())
        out.push_back(e.toDouble());
    return out;
}

} // namespace

QJsonObject AnalysisRecord::toJson() const
{
    QJsonArray phenomena;
    for (qint64 id : phenomenonIds)
        phenomena.append(id);
    return QJsonObject{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("method"), method},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("gridShape"), gridShape},
        {QStringLiteral("cellSize"), cellSize},
        {QStringLiteral("gridOriginX"), gridOriginX},
        {QStringLiteral("gridOriginY"), gridOriginY},
        {QStringLiteral("gridColumns"), gridColumns},
        {QStringLiteral("gridRows"), gridRows},
        {QStringLiteral("regionLayer"), regionLayer},
        {QStringLiteral("units"), units},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("band"), band},
        {QStringLiteral("k"), k},
        {QStringLiteral("transform"), transform},
        {QStringLiteral("selfIncluded"), selfIncluded},
        {QStringLiteral("permutations"), permutations},
        {QStringLiteral("seed"), QString::number(seed)}, // JSON numbers lose 64-bit precision
        {QStringLiteral("correction"), correction},
        {QStringLiteral("alpha"), alpha},
        {QStringLiteral("distanceEdges"), toArray(distanceEdges)},
        {QStringLiteral("timeEdges"), toArray(timeEdges)},
        {QStringLiteral("bandwidth"), bandwidth},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("phenomenonIds"), phenomena},
        {QStringLiteral("fromUtc"), fromUtc},
        {QStringLiteral("toUtc"), toUtc},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("inputSha256"), inputSha256},
        {QStringLiteral("software"), software},
        {QStringLiteral("computedAt"), computedAt},
    };
}

std::optional<AnalysisRecord> AnalysisRecord::fromJson(const QJsonObject &j)
{
    if (j.value(QStringLiteral("format")).toInt() != kFormatVersion || !j.value(QStringLiteral("method")).isString())
        return std::nullopt;
    AnalysisRecord r;
    r.method = j.value(QStringLiteral("method")).toString();
    r.unit = j.value(QStringLiteral("unit")).toString();
    r.gridShape = j.value(QStringLiteral("gridShape")).toString();
    r.cellSize = j.value(QStringLiteral("cellSize")).toDouble();
    r.gridOriginX = j.value(QStringLiteral("gridOriginX")).toDouble();
    r.gridOriginY = j.value(QStringLiteral("gridOriginY")).toDouble();
    r.gridColumns = j.value(QStringLiteral("gridColumns")).toInt();
    r.gridRows = j.value(QStringLiteral("gridRows")).toInt();
    r.regionLayer = j.value(QStringLiteral("regionLayer")).toString();
    r.units = j.value(QStringLiteral("units")).toInt();
    r.weights = j.value(QStringLiteral("weights")).toString();
    r.band = j.value(QStringLiteral("band")).toDouble();
    r.k = j.value(QStringLiteral("k")).toInt();
    r.transform = j.value(QStringLiteral("transform")).toString();
    r.selfIncluded = j.value(QStringLiteral("selfIncluded")).toBool();
    r.permutations = j.value(QStringLiteral("permutations")).toInt();
    bool ok = false;
    r.seed = j.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    r.correction = j.value(QStringLiteral("correction")).toString();
    r.alpha = j.value(QStringLiteral("alpha")).toDouble();
    r.distanceEdges = fromArray(j.value(QStringLiteral("distanceEdges")));
    r.timeEdges = fromArray(j.value(QStringLiteral("timeEdges")));
    r.bandwidth = j.value(QStringLiteral("bandwidth")).toDouble();
    r.filter = j.value(QStringLiteral("filter")).toString();
    for (const QJsonValue &v : j.value(QStringLiteral("phenomenonIds")).toArray())
        r.phenomenonIds << v.toInteger();
    r.fromUtc = j.value(QStringLiteral("fromUtc")).toInteger();
    r.toUtc = j.value(QStringLiteral("toUtc")).toInteger();
    r.incidents = j.value(QStringLiteral("incidents")).toInteger();
    r.inputSha256 = j.value(QStringLiteral("inputSha256")).toString();
    r.software = j.value(QStringLiteral("software")).toString();
    r.computedAt = j.value(QStringLiteral("computedAt")).toString();
    return r;
}

bool AnalysisRecord::sameRecipe(const AnalysisRecord &o) const
{
    QJsonObject a = toJson(), b = o.toJson();
    for (const char *key : {"software", "computedAt"}) {
        a.remove(QLatin1String(key));
        b.remove(QLatin1String(key));
    }
    return a == b;
}

} // namespace phenomap
