// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysispanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace phenomap {
namespace {

std::optional<std::vector<double>> parseEdges(const QString &text)
{
    std::vector<double> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !(v >= 0) || (!out.empty() && v < out.back()) || (out.size() >= 2 && v == out.back()))
            return std::nullopt;
        out.push_back(v);
    }
    if (out.size() < 2 || out.front() != 0)
        return std::nullopt;
    return out;
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent), m_method(new QComboBox(this)), m_units(new QComboBox(this)), m_weights(new QComboBox(this)),
      m_correction(new QComboBox(this)), m_cellSize(new QDoubleSpinBox(this)), m_band(new QDoubleSpinBox(this)),
      m_alpha(new QDoubleSpinBox(this)), m_k(new QSpinBox(this)), m_permutations(new QSpinBox(this)),
      m_seed(new QSpinBox(this)), m_distanceEdges(new QLineEdit(QStringLiteral("0, 100, 200, 300, 400, 500"), this)),
      m_timeEdges(new QLineEdit(QStringLiteral("0, 7, 14, 21, 28"), this)), m_run(new QPushButton(tr("&Run"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_history(new QListWidget(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("analysisPanel"));
    m_method->setObjectName(QStringLiteral("analysisMethod"));
    m_method->addItem(tr("Hot spots (Getis-Ord Gi*)"), QStringLiteral("gi"));
    m_method->addItem(tr("Clusters (Local Moran, LISA)"), QStringLiteral("lisa"));
    m_method->addItem(tr("Global Moran's I"), QStringLiteral("moran"));
    m_method->addItem(tr("Near repeat (Knox test)"), QStringLiteral("knox"));
    m_units->addItem(tr("Square grid"), QStringLiteral("square"));
    m_units->addItem(tr("Hexagonal grid"), QStringLiteral("hexagon"));
    m_units->addItem(tr("Municipalities"), QStringLiteral("municipalities"));
    m_units->addItem(tr("Police zones"), QStringLiteral("police_zones"));
    m_cellSize->setRange(10, 10000);
    m_cellSize->setValue(100);
    m_cellSize->setSuffix(tr(" m"));
    m_weights->addItem(tr("Method default"), -1);
    m_weights->addItem(tr("Queen contiguity"), int(SpatialWeights::Kind::Queen));
    m_weights->addItem(tr("Rook contiguity"), int(SpatialWeights::Kind::Rook));
    m_weights->addItem(tr("Distance band"), int(SpatialWeights::Kind::DistanceBand));
    m_weights->addItem(tr("K nearest neighbours"), int(SpatialWeights::Kind::KNearest));
    m_band->setRange(1, 100000);
    m_band->setValue(300);
    m_band->setSuffix(tr(" m"));
    m_k->setRange(1, 100);
    m_k->setValue(8);
    m_permutations->setRange(0, 99999);
    m_permutations->setValue(999);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(12345);
    m_correction->addItem(tr("None"), QStringLiteral("none"));
    m_correction->addItem(tr("False discovery rate (Benjamini-Hochberg)"), QStringLiteral("fdr"));
    m_correction->addItem(tr("Bonferroni"), QStringLiteral("bonferroni"));
    m_alpha->setRange(0.001, 0.5);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.01);
    m_alpha->setValue(0.05);
    m_progress->setRange(0, 100);
    m_status->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("analysisHistory"));
    m_table->setObjectName(QStringLiteral("analysisTable"));
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Units:"), m_units);
    form->addRow(tr("Cell si&ze:"), m_cellSize);
    form->addRow(tr("&Weights:"), m_weights);
    form->addRow(tr("Distance &band:"), m_band);
    form->addRow(tr("&Neighbours (k):"), m_k);
    form->addRow(tr("&Permutations:"), m_permutations);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("C&orrection:"), m_correction);
    form->addRow(tr("&Alpha:"), m_alpha);
    form->addRow(tr("Knox &distances (m):"), m_distanceEdges);
    form->addRow(tr("Knox t&imes (days):"), m_timeEdges);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Past results:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_table, 2);

    connect(m_run, &QPushButton::clicked, this, &AnalysisPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPanel::cancelRequested);
    connect(m_method, &QComboBox::currentIndexChanged, this, &AnalysisPanel::updateEnabled);
    connect(m_units, &QComboBox::currentIndexChanged, this, &AnalysisPanel::updateEnabled);
    connect(m_weights, &QComboBox::currentIndexChanged, this, &AnalysisPanel::updateEnabled);
    connect(m_history, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT savedResultSelected(item->data(Qt::UserRole).toLongLong());
    });
    setRunning(false);
}

void AnalysisPanel::updateEnabled()
{
    const QString method = m_method->currentData().toString();
    const bool knox = method == QLatin1String("knox"), grid = m_units->currentIndex() < 2;
    const int weights = m_weights->currentData().toInt();
    m_units->setEnabled(!knox);
    m_cellSize->setEnabled(!knox && grid);
    m_weights->setEnabled(!knox);
    m_band->setEnabled(!knox && (weights == int(SpatialWeights::Kind::DistanceBand) || (weights < 0 && method == QLatin1String("gi"))));
    m_k->setEnabled(!knox && weights == int(SpatialWeights::Kind::KNearest));
    m_permutations->setEnabled(method != QLatin1String("gi"));
    m_seed->setEnabled(method != QLatin1String("gi"));
    m_correction->setEnabled(method == QLatin1String("gi") || method == QLatin1String("lisa"));
    m_alpha->setEnabled(method == QLatin1String("lisa") || method == QLatin1String("gi"));
    m_distanceEdges->setEnabled(knox);
    m_timeEdges->setEnabled(knox);
}

std::optional<AnalysisRequest> AnalysisPanel::settings(QString *error) const
{
    AnalysisRequest r;
    r.method = m_method->currentData().toString();
    const QString units = m_units->currentData().toString();
    if (units == QLatin1String("square") || units == QLatin1String("hexagon"))
        r.gridShape = units == QLatin1String("square") ? Grid::Shape::Square : Grid::Shape::Hexagon;
    else
        r.zoneLayer = units;
    r.cellSize = m_cellSize->value();
    if (const int w = m_weights->currentData().toInt(); w >= 0)
        r.weights = SpatialWeights::Kind(w);
    r.band = m_band->value();
    r.k = m_k->value();
    r.permutations = m_permutations->value();
    r.seed = quint64(m_seed->value());
    r.correction = Significance::correctionFromName(m_correction->currentData().toString());
    r.alpha = m_alpha->value();
    const auto d = parseEdges(m_distanceEdges->text()), t = parseEdges(m_timeEdges->text());
    if (r.method == QLatin1String("knox") && (!d || !t)) {
        if (error)
            *error = tr("Knox %1: give increasing numbers separated by commas, starting at 0 (e.g. %2).")
                         .arg(!d ? tr("distances") : tr("times"),
                              !d ? QStringLiteral("0, 100, 200") : QStringLiteral("0, 7, 14"));
        return std::nullopt;
    }
    if (d)
        r.knoxDistanceEdges = *d;
    if (t)
        r.knoxTimeEdges = *t;
    return r;
}

void AnalysisPanel::setResultModel(QAbstractItemModel *model)
{
    m_table->setModel(model);
}

void AnalysisPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setValue(0);
    updateEnabled();
}

void AnalysisPanel::setProgress(int percent)
{
    m_progress->setValue(percent);
}

void AnalysisPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString AnalysisPanel::status() const
{
    return m_status->text();
}

void AnalysisPanel::setHistory(const QList<QPair<qint64, QString>> &items)
{
    const QSignalBlocker block(m_history);
    m_history->clear();
    for (const auto &[id, text] : items) {
        auto *item = new QListWidgetItem(text, m_history);
        item->setData(Qt::UserRole, id);
        item->setToolTip(text);
    }
}

} // namespace phenomap
