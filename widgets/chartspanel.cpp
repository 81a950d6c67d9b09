// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspanel.h"
#include "types.h"

#include "reportcharts.h"
#include "weekhourmatrixview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace phenomap {

namespace {

/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.

QDate localDate(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, brusselsTimeZone()).date();
}

QChartView *makeView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

/// Empties a chart of its series and axes.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// Adds a category axis and a value axis, horizontal or vertical bars.
void addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories, bool horizontal)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    if (!horizontal && categories.size() > 24)
        categoryAxis->setLabelsAngle(-90);
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent), m_selector(new QComboBox(this)), m_binSelector(new QComboBox(this)), m_hint(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_timeView(makeView(this, QStringLiteral("timeChart"), tr("Incidents over time by phenomenon"))),
      m_zoneView(makeView(this, QStringLiteral("zoneChart"), tr("Municipalities with the most incidents"))),
      m_moView(makeView(this, QStringLiteral("moChart"), tr("Modus operandi by municipality"))),
      m_matrix(new WeekHourMatrixView(this))
{
    setAccessibleName(tr("Charts"));
    m_selector->setObjectName(QStringLiteral("chartSelector"));
    m_selector->setAccessibleName(tr("Chart"));
    m_selector->addItem(tr("Incidents over time"), int(TimeChart));
    m_selector->addItem(tr("Hour by weekday"), int(WeekHourChart));
    m_selector->addItem(tr("Top municipalities"), int(ZoneChart));
    m_selector->addItem(tr("Modus operandi by municipality"), int(MoChart));
    m_binSelector->setObjectName(QStringLiteral("chartTimeBin"));
    m_binSelector->setAccessibleName(tr("Time step"));
    m_binSelector->addItem(tr("Months"), int(TimeBin::Month));
    m_binSelector->addItem(tr("Weeks"), int(TimeBin::Week));
    m_matrix->setObjectName(QStringLiteral("weekHourMatrix"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("chartHint"));

    m_stack->insertWidget(TimeChart, m_timeView);
    m_stack->insertWidget(WeekHourChart, m_matrix);
    m_stack->insertWidget(ZoneChart, m_zoneView);
    m_stack->insertWidget(MoChart, m_moView);

    auto *top = new QHBoxLayout;
    top->addWidget(m_selector, 1);
    top->addWidget(m_binSelector);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_hint);

    connect(m_selector, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(m_selector->itemData(index).toInt());
        m_binSelector->setVisible(currentChart() == TimeChart);
        showHint();
    });
    connect(m_binSelector, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT timeBinChanged(timeBin()); });
    connect(m_matrix, &WeekHourMatrixView::cellClicked, this, &ChartsPanel::weekHourClicked);
    showHint();
}

ChartsPanel::Chart ChartsPanel::currentChart() const
{
    return Chart(m_selector->currentData().toInt());
}

void ChartsPanel::setCurrentChart(Chart chart)
{
    m_selector->setCurrentIndex(m_selector->findData(int(chart)));
}

TimeBin ChartsPanel::timeBin() const
{
    return TimeBin(m_binSelector->currentData().toInt());
}

QChartView *ChartsPanel::chartView(Chart chart) const
{
    switch (chart) {
    case TimeChart: return m_timeView;
    case ZoneChart: return m_zoneView;
    case MoChart: return m_moView;
    default: return nullptr;
    }
}

void ChartsPanel::setContent(const ChartsContent &content)
{
    m_content = content;
    rebuildTime();
    m_matrix->setMatrix(m_content.weekHour);
    m_matrix->setHighlight(m_content.selection.weekHour, m_content.selectionColour);
    rebuildZones();
    rebuildMo();
}

void ChartsPanel::setSelection(const SelectionCounts &selection)
{
    m_content.selection = selection;
    rebuildTime();
    m_matrix->setHighlight(selection.weekHour, m_content.selectionColour);
    rebuildZones();
}

void ChartsPanel::showHint()
{
    switch (currentChart()) {
    case TimeChart:
        m_hint->setText(tr("Click a bar to show only its period; click a phenomenon in the legend, or "
                           "Ctrl+click its part of a bar, to show only that phenomenon."));
        break;
    case WeekHourChart:
        m_hint->setText(tr("Incidents known only within a time window are spread over it. Click a cell, or "
                           "press Enter on it, to show only the incidents that started on that weekday and hour."));
        break;
    default: m_hint->setText(tr("Click a municipality's bar to show only that municipality.")); break;
    }
}

QString ChartsPanel::zoneName(int nis) const
{
    return m_content.zoneNames.value(nis, QString::number(nis));
}

QString ChartsPanel::label(qint64 id) const
{
    return m_content.labels.value(id, tr("unknown (%1)").arg(id));
}

void ChartsPanel::addTooltips(QBarSet *set, const QStringList &categories)
{
    connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int index) {
        if (!on || index < 0 || index >= categories.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tr("%1, %2: %3").arg(set->label(), categories.at(index),
                                                                 QLocale().toString(qint64(set->at(index)))),
                           this);
    });
}

void ChartsPanel::rebuildTime()
{
    QChart *chart = m_timeView->chart();
    clearChart(chart);
    const TimeSeriesData &data = m_content.time;
    const QLocale locale;
    QStringList categories;
    for (std::size_t b = 0; b < data.bins(); ++b) {
        const QDate d = localDate(data.binEdgesUtc[b]);
        categories << (data.bin == TimeBin::Month ? locale.toString(d, QStringLiteral("MMM yyyy"))
                                                  : locale.toString(d, QLocale::ShortFormat));
    }
    auto *series = new QStackedBarSeries;
    for (std::size_t s = 0; s < data.phenomenonIds.size(); ++s) {
        const qint64 id = data.phenomenonIds[s];
        auto *set = new QBarSet(label(id));
        for (quint32 v : data.counts[s])
            set->append(v);
        if (m_content.colours.contains(id))
            set->setColor(m_content.colours.value(id));
        connect(set, &QBarSet::clicked, this, [this, id](int index) {
            const auto &edges = m_content.time.binEdgesUtc;
            if (QGuiApplication::keyboardModifiers() & Qt::ControlModifier)
                Q_EMIT phenomenonClicked(id);
            else if (index >= 0 && std::size_t(index) + 1 < edges.size())
                Q_EMIT periodClicked(edges[std::size_t(index)], edges[std::size_t(index) + 1]);
        });
        addTooltips(set, categories);
        series->append(set);
    }
    series->setBarWidth(0.9);
    chart->addSeries(series);
    addAxes(chart, series, categories, false);
    const SelectionCounts &selected = m_content.selection;
    if (selected.count > 0 && selected.perBin.size() == data.bins()) {
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("selectionSeries"));
        line->setName(tr("Selection (%1)").arg(QLocale().toString(qint64(selected.count))));
        line->setPen(QPen(m_content.selectionColour, 3));
        line->setPointsVisible(true);
        for (std::size_t b = 0; b < selected.perBin.size(); ++b)
            line->append(double(b), double(selected.perBin[b]));
        chart->addSeries(line);
        for (QAbstractAxis *axis : chart->axes())
            line->attachAxis(axis);
    }
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && std::size_t(i) < data.phenomenonIds.size(); ++i) {
        const qint64 id = data.phenomenonIds[std::size_t(i)];
        connect(markers[i], &QLegendMarker::clicked, this, [this, id] { Q_EMIT phenomenonClicked(id); });
    }
    chart->setTitle(data.bins() == 0 ? tr("No incident matches the filter.") : QString());
}

void ChartsPanel::rebuildZones()
{
    QChart *chart = m_zoneView->chart();
    clearChart(chart);
    // Horizontal bars are drawn bottom-up: the busiest zone goes last so that it is on top.
    QStringList categories;
    auto *set = new QBarSet(tr("Incidents"));
    std::vector<int> codes;
    for (auto it = m_content.zones.rbegin(); it != m_content.zones.rend(); ++it) {
        categories << zoneName(it->code);
        set->append(it->count);
        codes.push_back(it->code);
    }
    set->setColor(QColor(0x21, 0x71, 0xb5));
    connect(set, &QBarSet::clicked, this, [this, codes](int index) {
        if (index >= 0 && std::size_t(index) < codes.size())
            Q_EMIT zoneClicked(codes[std::size_t(index)]);
    });
    addTooltips(set, categories);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    const SelectionCounts &selected = m_content.selection;
    const bool showSelection = selected.count > 0 && selected.perZone.size() == m_content.zones.size();
    if (showSelection) {
        // Beside each municipality's bar, the part of the selection in it.
        auto *picked = new QBarSet(tr("Selection"));
        for (std::size_t z = selected.perZone.size(); z-- > 0;)
            picked->append(selected.perZone[z]);
        picked->setColor(m_content.selectionColour);
        connect(picked, &QBarSet::clicked, set, &QBarSet::clicked);
        addTooltips(picked, categories);
        series->append(picked);
    }
    chart->addSeries(series);
    addAxes(chart, series, categories, true);
    chart->legend()->setVisible(showSelection);
    chart->setTitle(codes.empty() ? tr("No incident matches the filter.") : QString());
}

void ChartsPanel::rebuildMo()
{
    QChart *chart = m_moView->chart();
    clearChart(chart);
    const MoByZone &mo = m_content.mo;
    const std::size_t zones = mo.zones.size();
    QStringList categories;
    for (std::size_t z = zones; z-- > 0;)
        categories << zoneName(mo.zones[z]);
    auto *series = new QHorizontalStackedBarSeries;
    const auto addSet = [&](const QString &name, const QColor &colour, const std::vector<quint32> &values) {
        auto *set = new QBarSet(name);
        for (std::size_t z = zones; z-- > 0;)
            set->append(values[z]);
        set->setColor(colour);
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const auto &codes = m_content.mo.zones;
            if (index >= 0 && std::size_t(index) < codes.size())
                Q_EMIT zoneClicked(codes[codes.size() - 1 - std::size_t(index)]);
        });
        addTooltips(set, categories);
        series->append(set);
    };
    for (std::size_t m = 0; m < mo.moIds.size(); ++m)
        addSet(label(mo.moIds[m]), reportcharts::moColour(m), mo.counts[m]);
    if (std::any_of(mo.otherMo.begin(), mo.otherMo.end(), [](quint32 v) { return v > 0; }))
        addSet(tr("Other modus operandi"), reportcharts::otherMoColour(), mo.otherMo);
    chart->addSeries(series);
    addAxes(chart, series, categories, true);
    chart->setTitle(zones == 0 ? tr("No incident with a modus operandi matches the filter.") : QString());
}

} // namespace phenomap
