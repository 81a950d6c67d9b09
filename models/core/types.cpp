// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

namespace phenomap {

QString tlpLabel(Tlp tlp)
{
    switch (tlp) {
    case Tlp::Clear: return QStringLiteral("TLP:CLEAR");
    case Tlp::Green: return QStringLiteral("TLP:GREEN");
    case Tlp::Amber: return QStringLiteral("TLP:AMBER");
    case Tlp::AmberStrict: return QStringLiteral("TLP:AMBER+STRICT");
    case Tlp::Red: return QStringLiteral("TLP:RED");
    }
    return QString();
}

std::optional<Tlp> tlpFromLabel(const QString &label)
{
    const QString l = label.trimmed().toUpper();
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        if (tlpLabel(t) == l)
            return t;
    if (l == QLatin1String("TLP:WHITE")) // TLP 1.0 name of CLEAR
        return Tlp::Clear;
    return std::nullopt;
}

const QTimeZone &brusselsTimeZone()
{
    static const QTimeZone zone =
        QTimeZone("Europe/Brussels").isValid() ? QTimeZone("Europe/Brussels") : QTimeZone(3600);
    return zone;
}

QStringList allTlpLabels()
{
    QStringList out;
    for (Tlp t : {Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red})
        out << tlpLabel(t);
    return out;
}

QString precisionCode(LocationPrecision p)
{
    switch (p) {
    case LocationPrecision::Exact: return QStringLiteral("exact");
    case LocationPrecision::Street: return QStringLiteral("street");
    case LocationPrecision::Zone: return QStringLiteral("zone");
    }
    return QString();
}

std::optional<LocationPrecision> precisionFromCode(const QString &code)
{
    for (auto p : {LocationPrecision::Exact, LocationPrecision::Street, LocationPrecision::Zone})
        if (precisionCode(p) == code)
            return p;
    return std::nullopt;
}

} // namespace phenomap
