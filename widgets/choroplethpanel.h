// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choroplethpalette.h"
#include "classbreaks.h"
#include "situationpicture.h"
#include "zonestatistics.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace phenomap {

/// What the analyst asked the choropleth to show.
struct ChoroplethSettings
{
    bool enabled = false;
    QString layer = QStringLiteral("municipalities"); ///< "municipalities" or "police_zones"
    ZoneMeasure measure = ZoneMeasure::Count;
    ClassMethod method = ClassMethod::Quantile;
    int classes = 5;
    ChoroplethPalette palette = ChoroplethPalette::Blues;
    double opacity = 0.7; ///< 0.1 .. 1

    bool operator==(const ChoroplethSettings &) const = default;

    /// As a situation picture stores them (stable codes), and back (unknown codes keep defaults).
    ChoroplethView toView() const;
    static ChoroplethSettings fromView(const ChoroplethView &view);
};

/// The choropleth's controls: on/off, zone layer, measure, classification method, number of
/// classes, palette and opacity. It only describes settings and emits them; the app computes.
class ChoroplethPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChoroplethPanel(QWidget *parent = nullptr);

    ChoroplethSettings settings() const;
    /// Shows settings without emitting settingsChanged().
    void setSettings(const ChoroplethSettings &settings);
    /// setSettings(), then settingsChanged() when they differ from what was shown (a restored
    /// picture: the map follows).
    void applySettings(const ChoroplethSettings &settings);
    /// The project's imported zone layers (key, title), offered after the police zones. When the
    /// layer shown is no longer among them, the panel falls back to municipalities and emits
    /// settingsChanged().
    void setImportedLayers(const QList<std::pair<QString, QString>> &layers);
    /// A short note under the controls (e.g. why no zone has a value); empty hides it.
    void setNote(const QString &note);
    QString note() const;

    /// The name of a measure as the legend title shows it.
    static QString measureTitle(ZoneMeasure measure);

Q_SIGNALS:
    /// The settings changed through the controls (once per effective change).
    void settingsChanged(const phenomap::ChoroplethSettings &settings);

private:
    void controlChanged();
    void updateMeasures();

    QCheckBox *m_enabled;
    QComboBox *m_layer, *m_measure, *m_method, *m_palette;
    QSpinBox *m_classes;
    QSlider *m_opacity;
    QLabel *m_note;
    ChoroplethSettings m_last;
    bool m_updating = false;
};

} // namespace phenomap

Q_DECLARE_METATYPE(phenomap::ChoroplethSettings)
