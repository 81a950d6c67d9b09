// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStandardItemModel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace phenomap {

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

QString ChoroplethPanel::measureTitle(ZoneMeasure measure)
{
    switch (measure) {
    case ZoneMeasure::Count:
        return tr("Incidents");
    case ZoneMeasure::RatePer1000:
        return tr("Incidents per 1,000 inhabitants");
    case ZoneMeasure::PerKm2:
        return tr("Incidents per km²");
    case ZoneMeasure::Change:
        return tr("Change against the previous period (%)");
    case ZoneMeasure::LocationQuotient:
        return tr("Location quotient");
    }
    return QString();
}

ChoroplethPanel::ChoroplethPanel(QWidget *parent)
    : QWidget(parent), m_enabled(new QCheckBox(tr("Show choropleth"), this)), m_layer(new QComboBox(this)),
      m_measure(new QComboBox(this)), m_method(new QComboBox(this)), m_palette(new QComboBox(this)),
      m_classes(new QSpinBox(this)), m_opacity(new QSlider(Qt::Horizontal, this)), m_note(new QLabel(this))
{
    m_enabled->setObjectName(QStringLiteral("choroplethEnabled"));
    m_layer->setObjectName(QStringLiteral("choroplethLayer"));
    m_measure->setObjectName(QStringLiteral("choroplethMeasure"));
    m_method->setObjectName(QStringLiteral("choroplethMethod"));
    m_palette->setObjectName(QStringLiteral("choroplethPalette"));
    m_classes->setObjectName(QStringLiteral("choroplethClasses"));
    m_opacity->setObjectName(QStringLiteral("choroplethOpacity"));

    m_layer->addItem(tr("Municipalities"), QStringLiteral("municipalities"));
    m_layer->addItem(tr("Police zones"), QStringLiteral("police_zones"));
    // Generated grids over the region: zones of equal size, no population.
    for (const int metres : {250, 500, 1000}) {
        m_layer->addItem(tr("Square grid, %1 m").arg(metres), QStringLiteral("grid:square:%1").arg(metres));
        m_layer->addItem(tr("Hexagonal grid, %1 m").arg(metres), QStringLiteral("grid:hex:%1").arg(metres));
    }
    m_measure->addItem(tr("Count"), int(ZoneMeasure::Count));
    m_measure->addItem(tr("Rate per 1,000 inhabitants"), int(ZoneMeasure::RatePer1000));
    m_measure->addItem(tr("Per km²"), int(ZoneMeasure::PerKm2));
    m_measure->addItem(tr("Change against the previous period"), int(ZoneMeasure::Change));
    m_measure->addItem(tr("Location quotient"), int(ZoneMeasure::LocationQuotient));
    m_measure->setItemData(
        4, tr("Share of the selected phenomena or MO in the zone, divided by their share in the region"),
        Qt::ToolTipRole);
    m_method->addItem(tr("Quantiles"), int(ClassMethod::Quantile));
    m_method->addItem(tr("Natural breaks (Jenks)"), int(ClassMethod::NaturalBreaks));
    m_method->addItem(tr("Equal intervals"), int(ClassMethod::EqualInterval));
    m_palette->addItem(tr("Blues"), int(ChoroplethPalette::Blues));
    m_palette->addItem(tr("Oranges"), int(ChoroplethPalette::Oranges));
    m_palette->addItem(tr("Viridis"), int(ChoroplethPalette::Viridis));
    m_palette->addItem(tr("Blue–orange (diverging)"), int(ChoroplethPalette::BlueOrange));
    m_palette->setToolTip(tr("All palettes stay readable with colour-blindness"));
    m_classes->setRange(2, 9);
    m_opacity->setRange(10, 100);
    m_opacity->setAccessibleName(tr("Opacity"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Zones:"), m_layer);
    form->addRow(tr("Measure:"), m_measure);
    form->addRow(tr("Classification:"), m_method);
    form->addRow(tr("Number of classes:"), m_classes);
    form->addRow(tr("Palette:"), m_palette);
    form->addRow(tr("Opacity:"), m_opacity);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();

    setSettings(ChoroplethSettings());
    connect(m_enabled, &QCheckBox::toggled, this, &ChoroplethPanel::controlChanged);
    for (QComboBox *combo : {m_layer, m_method, m_palette})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChoroplethPanel::controlChanged);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        // A change has a sign: offer the diverging palette with it, a sequential one otherwise.
        const bool change = ZoneMeasure(m_measure->currentData().toInt()) == ZoneMeasure::Change;
        const bool diverging = isDiverging(ChoroplethPalette(m_palette->currentData().toInt()));
        if (change != diverging) {
            const QSignalBlocker block(m_palette);
            selectData(m_palette, int(change ? ChoroplethPalette::BlueOrange : ChoroplethPalette::Blues));
        }
        controlChanged();
    });
    connect(m_classes, &QSpinBox::valueChanged, this, &ChoroplethPanel::controlChanged);
    connect(m_opacity, &QSlider::valueChanged, this, &ChoroplethPanel::controlChanged);
}

ChoroplethSettings ChoroplethPanel::settings() const
{
    ChoroplethSettings s;
    s.enabled = m_enabled->isChecked();
    s.layer = m_layer->currentData().toString();
    s.measure = ZoneMeasure(m_measure->currentData().toInt());
    s.method = ClassMethod(m_method->currentData().toInt());
    s.classes = m_classes->value();
    s.palette = ChoroplethPalette(m_palette->currentData().toInt());
    s.opacity = m_opacity->value() / 100.0;
    return s;
}

void ChoroplethPanel::setSettings(const ChoroplethSettings &settings)
{
    m_updating = true;
    m_enabled->setChecked(settings.enabled);
    selectData(m_layer, settings.layer);
    selectData(m_measure, int(settings.measure));
    selectData(m_method, int(settings.method));
    m_classes->setValue(settings.classes);
    selectData(m_palette, int(settings.palette));
    m_opacity->setValue(int(std::lround(settings.opacity * 100)));
    m_updating = false;
    updateMeasures();
    m_last = this->settings();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_layer, m_measure, m_method, m_classes, m_palette, m_opacity})
        w->setEnabled(m_last.enabled);
}

void ChoroplethPanel::setImportedLayers(const QList<std::pair<QString, QString>> &layers)
{
    const ChoroplethSettings before = settings();
    {
        const QSignalBlocker block(m_layer);
        for (int i = m_layer->count() - 1; i >= 0; --i)
            if (m_layer->itemData(i).toString().startsWith(QLatin1String("imported:")))
                m_layer->removeItem(i);
        int at = m_layer->findData(QStringLiteral("police_zones")) + 1;
        for (const auto &[key, title] : layers)
            m_layer->insertItem(at++, tr("%1 (imported)").arg(title), key);
        const int current = m_layer->findData(before.layer);
        m_layer->setCurrentIndex(current >= 0 ? current : 0);
    }
    controlChanged();
}

void ChoroplethPanel::applySettings(const ChoroplethSettings &settings)
{
    const ChoroplethSettings before = this->settings();
    setSettings(settings);
    if (this->settings() != before)
        Q_EMIT settingsChanged(this->settings());
}

namespace {

// Codes in the order of the enums.
const ZoneMeasure kMeasures[] = {ZoneMeasure::Count, ZoneMeasure::RatePer1000, ZoneMeasure::PerKm2,
                                 ZoneMeasure::Change, ZoneMeasure::LocationQuotient};
const ClassMethod kMethods[] = {ClassMethod::Quantile, ClassMethod::NaturalBreaks, ClassMethod::EqualInterval};
const ChoroplethPalette kPalettes[] = {ChoroplethPalette::Blues, ChoroplethPalette::Oranges, ChoroplethPalette::Viridis,
                                       ChoroplethPalette::BlueOrange};

template<typename Enum, std::size_t N>
QString codeOf(const Enum (&values)[N], const QStringList &codes, Enum value)
{
    for (std::size_t i = 0; i < N; ++i)
        if (values[i] == value)
            return codes.value(qsizetype(i));
    return codes.value(0);
}

template<typename Enum, std::size_t N>
Enum valueOf(const Enum (&values)[N], const QStringList &codes, const QString &code, Enum fallback)
{
    const qsizetype i = codes.indexOf(code);
    return i >= 0 && std::size_t(i) < N ? values[i] : fallback;
}

} // namespace

ChoroplethView ChoroplethSettings::toView() const
{
    ChoroplethView v;
    v.enabled = enabled;
    v.layer = layer;
    v.measure = codeOf(kMeasures, ChoroplethView::measures(), measure);
    v.method = codeOf(kMethods, ChoroplethView::methods(), method);
    v.classes = classes;
    v.palette = codeOf(kPalettes, ChoroplethView::palettes(), palette);
    v.opacity = opacity;
    return v;
}

ChoroplethSettings ChoroplethSettings::fromView(const ChoroplethView &view)
{
    ChoroplethSettings s;
    s.enabled = view.enabled;
    s.layer = view.layer;
    s.measure = valueOf(kMeasures, ChoroplethView::measures(), view.measure, s.measure);
    s.method = valueOf(kMethods, ChoroplethView::methods(), view.method, s.method);
    s.classes = view.classes;
    s.palette = valueOf(kPalettes, ChoroplethView::palettes(), view.palette, s.palette);
    s.opacity = view.opacity;
    return s;
}

void ChoroplethPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ChoroplethPanel::note() const
{
    return m_note->text();
}

void ChoroplethPanel::controlChanged()
{
    if (m_updating)
        return;
    updateMeasures();
    const ChoroplethSettings now = settings();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_layer, m_measure, m_method, m_classes, m_palette, m_opacity})
        w->setEnabled(now.enabled);
    if (now == m_last)
        return;
    m_last = now;
    Q_EMIT settingsChanged(now);
}

void ChoroplethPanel::updateMeasures()
{
    // A grid has no population: its rate per 1,000 inhabitants cannot be chosen.
    const bool grid = m_layer->currentData().toString().startsWith(QLatin1String("grid:"));
    const int rate = m_measure->findData(int(ZoneMeasure::RatePer1000));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_measure->model()))
        if (QStandardItem *item = model->item(rate)) {
            item->setEnabled(!grid);
            item->setToolTip(grid ? tr("A generated grid has no population: choose a municipality or police zone "
                                       "layer for rates per inhabitant.")
                                  : QString());
        }
    if (grid && m_measure->currentIndex() == rate) {
        const QSignalBlocker block(m_measure);
        m_measure->setCurrentIndex(m_measure->findData(int(ZoneMeasure::Count)));
    }
}

} // namespace phenomap
