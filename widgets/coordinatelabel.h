// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <memory>

namespace phenomap {

class CoordinateTransform;

/// Status-bar label with the cursor position in Belgian Lambert 72 and in WGS84: analysts
/// exchange Lambert metres with the police and degrees with everyone else.
class CoordinateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CoordinateLabel(QWidget *parent = nullptr);
    ~CoordinateLabel() override;

    /// Shows a position given in EPSG:31370 metres.
    void setPosition(double x, double y);
    /// Shows that the cursor is off the map.
    void clearPosition();

private:
    std::unique_ptr<CoordinateTransform> m_toWgs84;
};

} // namespace phenomap
