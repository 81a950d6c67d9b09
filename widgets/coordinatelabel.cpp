// SPDX-License-Identifier: GPL-3.0-or-later
#include "coordinatelabel.h"

#include "coordinatetransform.h"

#include <QFontDatabase>
#include <QLocale>

#include <cmath>

namespace phenomap {

CoordinateLabel::CoordinateLabel(QWidget *parent)
    : QLabel(parent), m_toWgs84(std::make_unique<CoordinateTransform>(31370, 4326))
{
    setAccessibleName(tr("Cursor position"));
    setToolTip(tr("Position of the mouse pointer in Belgian Lambert 72 (EPSG:31370) and WGS84 (EPSG:4326)"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 58);
    clearPosition();
}

CoordinateLabel::~CoordinateLabel() = default;

void CoordinateLabel::setPosition(double x, double y)
{
    const QLocale locale;
    QString text = tr("Lambert 72: %1, %2").arg(locale.toString(x, 'f', 0), locale.toString(y, 'f', 0));
    if (const auto wgs = m_toWgs84->transform(QPointF(x, y))) {
        const double lat = wgs->y(), lon = wgs->x();
        text += QLatin1String("   ") +
                tr("WGS84: %1° %2, %3° %4")
                    .arg(locale.toString(std::abs(lat), 'f', 5), lat >= 0 ? tr("N") : tr("S"),
                         locale.toString(std::abs(lon), 'f', 5), lon >= 0 ? tr("E") : tr("W"));
    }
    setText(text);
}

void CoordinateLabel::clearPosition()
{
    setText(tr("Lambert 72: –   WGS84: –"));
}

} // namespace phenomap
