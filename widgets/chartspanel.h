// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace phenomap {

class WeekHourMatrixView;

/// What the charts show: the data sets and the labels and colours to show them with.
struct ChartsContent
{
    TimeSeriesData time;
    WeekHourMatrix weekHour;
    std::vector<ZoneCount> zones;
    MoByZone mo;
    QHash<qint64, QString> labels;   ///< phenomenon and MO labels by taxonomy id
    QHash<qint64, QColor> colours;   ///< phenomenon colours by taxonomy id
    QHash<int, QString> zoneNames;   ///< municipality names by NIS code
    SelectionCounts selection;       ///< the selected incidents, highlighted over the charts
    QColor selectionColour{0x00, 0xb4, 0xff}; ///< as the map draws its selection
};

/// The analyst's charts, one at a time behind a selector: counts over time stacked by phenomenon,
/// the aoristic hour-by-weekday matrix, top municipalities and MO by municipality. Clicking an
/// element asks for a filter through a signal; the panel itself never filters.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Chart { TimeChart, WeekHourChart, ZoneChart, MoChart, ChartCount };

    explicit ChartsPanel(QWidget *parent = nullptr);

    void setContent(const ChartsContent &content);
    /// Highlights selected incidents (computed over the current content's bins and zones): a
    /// line over the time bars, a bar beside each municipality's, outlined matrix cells.
    void setSelection(const SelectionCounts &selection);
    const ChartsContent &content() const { return m_content; }
    Chart currentChart() const;
    void setCurrentChart(Chart chart);
    TimeBin timeBin() const;
    /// The chart view of a bar chart (nullptr for the matrix).
    QChartView *chartView(Chart chart) const;
    WeekHourMatrixView *matrixView() const { return m_matrix; }

Q_SIGNALS:
    /// A time bar was clicked: restrict to [fromUtc, toUtc).
    void periodClicked(qint64 fromUtc, qint64 toUtc);
    /// A phenomenon was clicked (legend entry, or Ctrl+click on its bar segment).
    void phenomenonClicked(qint64 phenomenonId);
    /// A municipality bar was clicked.
    void zoneClicked(int nis);
    /// A cell of the hour-by-weekday matrix was chosen (Monday = day 0).
    void weekHourClicked(int day, int hour);
    /// The analyst switched between weeks and months.
    void timeBinChanged(phenomap::TimeBin bin);

private:
    void rebuildTime();
    void rebuildZones();
    void rebuildMo();
    void showHint();
    QString zoneName(int nis) const;
    QString label(qint64 id) const;
    void addTooltips(QBarSet *set, const QStringList &categories);

    ChartsContent m_content;
    QComboBox *m_selector, *m_binSelector;
    QLabel *m_hint;
    QStackedWidget *m_stack;
    QChartView *m_timeView, *m_zoneView, *m_moView;
    WeekHourMatrixView *m_matrix;
};

} // namespace phenomap
