// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace phenomap {

QString incidentToJson(const IncidentRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("fid"), r.fid);
    o.insert(QStringLiteral("hasPoint"), r.hasPoint);
    // Coordinates as text with 17 significant digits: a double survives the round trip exactly.
    o.insert(QStringLiteral("x"), QString::number(r.x, 'g', 17));
    o.insert(QStringLiteral("y"), QString::number(r.y, 'g', 17));
    o.insert(QStringLiteral("precision"), precisionCode(r.precision));
    o.insert(QStringLiteral("zoneFid"), r.zoneFid);
    o.insert(QStringLiteral("from"), QString::number(r.occurredFrom));
    o.insert(QStringLiteral("to"), QString::number(r.occurredTo));
    if (r.reportedAt)
        o.insert(QStringLiteral("reported"), QString::number(*r.reportedAt));
    o.insert(QStringLiteral("phenomenon"), r.phenomenonId);
    QJsonArray mo;
    for (qint64 id : r.moIds)
        mo.append(id);
    o.insert(QStringLiteral("mo"), mo);
    o.insert(QStringLiteral("source"), r.sourceId);
    o.insert(QStringLiteral("ref"), r.sourceRef.isNull() ? QJsonValue() : QJsonValue(r.sourceRef));
    o.insert(QStringLiteral("address"), r.address.isNull() ? QJsonValue() : QJsonValue(r.address));
    o.insert(QStringLiteral("description"), r.description.isNull() ? QJsonValue() : QJsonValue(r.description));
    o.insert(QStringLiteral("tlp"), tlpLabel(r.tlp));
    o.insert(QStringLiteral("batch"), r.batchId);
    o.insert(QStringLiteral("nis"), r.municipalityNis);
    o.insert(QStringLiteral("pz"), r.policeZone);
    o.insert(QStringLiteral("flags"), qint64(r.flags));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool incidentFromJson(const QString &json, IncidentRecord &r)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    auto int64 = [&](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    auto text = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isNull() || v.isUndefined() ? QString() : v.toString();
    };
    r = IncidentRecord();
    r.fid = int64("fid");
    r.hasPoint = o.value(QStringLiteral("hasPoint")).toBool();
    r.x = text("x").toDouble();
    r.y = text("y").toDouble();
    r.precision = precisionFromCode(text("precision")).value_or(LocationPrecision::Exact);
    r.zoneFid = int64("zoneFid");
    r.occurredFrom = text("from").toLongLong();
    r.occurredTo = text("to").toLongLong();
    if (o.contains(QStringLiteral("reported")))
        r.reportedAt = text("reported").toLongLong();
    r.phenomenonId = int64("phenomenon");
    for (const QJsonValue &v : o.value(QStringLiteral("mo")).toArray())
        r.moIds << qint64(v.toDouble());
    r.sourceId = int64("source");
    r.sourceRef = text("ref");
    r.address = text("address");
    r.description = text("description");
    r.tlp = tlpFromLabel(text("tlp")).value_or(Tlp::Amber);
    r.batchId = int64("batch");
    r.municipalityNis = int(int64("nis"));
    r.policeZone = int(int64("pz"));
    r.flags = quint32(int64("flags"));
    return r.fid != 0;
}

} // namespace phenomap
