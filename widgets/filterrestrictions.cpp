// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterrestrictions.h"

#include "types.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <bit>

namespace phenomap {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;

/// The hours mask of an inclusive range that may wrap past midnight (22 to 5).
quint32 hoursMask(int from, int to)
{
    quint32 mask = 0;
    for (int h = from;; h = (h + 1) % 24) {
        mask |= 1u << h;
        if (h == to)
            break;
    }
    return mask;
}

/// The first and last hour of a mask that is one run (possibly wrapping); {-1,-1} otherwise.
std::pair<int, int> hoursRange(quint32 mask)
{
    mask &= 0xffffff;
    if (mask == 0 || mask == 0xffffff)
        return {-1, -1};
    for (int start = 0; start < 24; ++start) {
        if (!(mask & (1u << start)) || (mask & (1u << ((start + 23) % 24))))
            continue; // a run starts where the previous hour is off
        int end = start;
        while (mask & (1u << ((end + 1) % 24)))
            end = (end + 1) % 24;
        return hoursMask(start, end) == mask ? std::make_pair(start, end) : std::make_pair(-1, -1);
    }
    return {-1, -1};
}
} // namespace

FilterRestrictions::FilterRestrictions(QWidget *parent) : QWidget(parent)
{
    auto *dayRow = new QHBoxLayout;
    dayRow->setSpacing(2);
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        m_days[d] = new QToolButton(this);
        m_days[d]->setCheckable(true);
        m_days[d]->setChecked(true);
        m_days[d]->setText(locale.dayName(d + 1, QLocale::ShortFormat));
        m_days[d]->setAccessibleName(locale.dayName(d + 1));
        m_days[d]->setToolTip(tr("Show incidents that started on %1 (Brussels time)").arg(locale.dayName(d + 1)));
        dayRow->addWidget(m_days[d]);
        connect(m_days[d], &QToolButton::toggled, this, &FilterRestrictions::emitChanged);
    }
    dayRow->addStretch(1);
    auto *daysLabel = new QLabel(tr("Weekdays:"), this);

    m_hoursBox = new QGroupBox(tr("&Hours of the day"), this);
    m_hoursBox->setCheckable(true);
    m_hoursBox->setChecked(false);
    m_hoursBox->setToolTip(tr("Only incidents that started within these hours (Brussels time); 22 to 5 spans the night"));
    m_fromHour = new QSpinBox(m_hoursBox);
    m_toHour = new QSpinBox(m_hoursBox);
    for (QSpinBox *box : {m_fromHour, m_toHour}) {
        box->setRange(0, 23);
        box->setSuffix(tr(" h"));
        box->setWrapping(true);
        connect(box, &QSpinBox::valueChanged, this, &FilterRestrictions::emitChanged);
    }
    m_fromHour->setAccessibleName(tr("First hour"));
    m_toHour->setAccessibleName(tr("Last hour (included)"));
    m_toHour->setValue(23);
    auto *hoursRow = new QHBoxLayout(m_hoursBox);
    hoursRow->addWidget(new QLabel(tr("from"), m_hoursBox));
    hoursRow->addWidget(m_fromHour);
    hoursRow->addWidget(new QLabel(tr("to"), m_hoursBox));
    hoursRow->addWidget(m_toHour);
    hoursRow->addStretch(1);
    connect(m_hoursBox, &QGroupBox::toggled, this, &FilterRestrictions::emitChanged);

    m_zones = new QTreeWidget(this);
    m_zones->setHeaderHidden(true);
    m_zones->setAccessibleName(tr("Zones"));
    m_zones->setToolTip(tr("Untick the zones to leave out; a police zone ticks or unticks its municipalities"));
    m_zones->setUniformRowHeights(true);
    connect(m_zones, &QTreeWidget::itemChanged, this, &FilterRestrictions::emitChanged);
    auto *zonesLabel = new QLabel(tr("&Zones:"), this);
    zonesLabel->setBuddy(m_zones);

    m_sources = new QListWidget(this);
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setToolTip(tr("Untick the sources to leave out"));
    m_sources->setMaximumHeight(fontMetrics().height() * 6);
    connect(m_sources, &QListWidget::itemChanged, this, &FilterRestrictions::emitChanged);
    auto *sourcesLabel = new QLabel(tr("&Sources:"), this);
    sourcesLabel->setBuddy(m_sources);

    auto *tlpRow = new QHBoxLayout;
    for (int t = 0; t < 5; ++t) {
        m_tlps[t] = new QCheckBox(tlpLabel(Tlp(t)), this); // TLP labels are never translated
        m_tlps[t]->setChecked(true);
        m_tlps[t]->setToolTip(tr("Show incidents marked %1").arg(tlpLabel(Tlp(t))));
        connect(m_tlps[t], &QCheckBox::toggled, this, &FilterRestrictions::emitChanged);
    }
    auto *tlpGrid = new QVBoxLayout;
    auto *tlpTop = new QHBoxLayout, *tlpBottom = new QHBoxLayout;
    for (int t = 0; t < 3; ++t)
        tlpTop->addWidget(m_tlps[t]);
    for (int t = 3; t < 5; ++t)
        tlpBottom->addWidget(m_tlps[t]);
    tlpTop->addStretch(1);
    tlpBottom->addStretch(1);
    tlpGrid->addLayout(tlpTop);
    tlpGrid->addLayout(tlpBottom);
    tlpRow->addLayout(tlpGrid);

    auto *reset = new QPushButton(tr("&Lift These Restrictions"), this);
    reset->setToolTip(tr("Every weekday, hour, zone, source and marking"));
    connect(reset, &QPushButton::clicked, this, &FilterRestrictions::clear);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(daysLabel);
    layout->addLayout(dayRow);
    layout->addWidget(m_hoursBox);
    layout->addWidget(zonesLabel);
    layout->addWidget(m_zones, 1);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_sources);
    layout->addWidget(new QLabel(tr("Marking:"), this));
    layout->addLayout(tlpRow);
    layout->addWidget(reset);
}

void FilterRestrictions::setChoices(const FilterChoices &choices)
{
    m_updating = true;
    m_choices = choices;
    m_zones->clear();
    for (const FilterChoices::Zone &zone : choices.policeZones) {
        auto *parent = new QTreeWidgetItem(m_zones, {tr("Police zone %1 %2").arg(zone.code).arg(zone.name)});
        parent->setData(0, kCodeRole, zone.code);
        parent->setFlags(parent->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (const FilterChoices::Zone &m : choices.municipalities) {
            if (m.policeZone != zone.code)
                continue;
            auto *child = new QTreeWidgetItem(parent, {m.name});
            child->setData(0, kCodeRole, m.code);
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, Qt::Checked);
        }
        if (parent->childCount() == 0)
            parent->setCheckState(0, Qt::Checked);
    }
    m_sources->clear();
    for (const auto &[id, name] : choices.sources) {
        auto *item = new QListWidgetItem(name, m_sources);
        item->setData(kCodeRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_updating = false;
}

void FilterRestrictions::writeTo(Filter &filter) const
{
    filter.weekdays = 0;
    for (int d = 0; d < 7; ++d)
        filter.weekdays |= m_days[d]->isChecked() ? quint8(1u << d) : 0;
    filter.hours = m_hoursBox->isChecked() ? hoursMask(m_fromHour->value(), m_toHour->value()) : 0xffffff;

    // Whole police zones go in as zones (so incidents known only by their police zone count);
    // a partly ticked zone contributes its ticked municipalities.
    filter.municipalities.clear();
    filter.policeZones.clear();
    bool everything = true;
    QSet<int> wholeZones, someMunicipalities;
    for (int i = 0; i < m_zones->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *zone = m_zones->topLevelItem(i);
        const Qt::CheckState state = zone->checkState(0);
        everything = everything && state == Qt::Checked;
        if (state == Qt::Checked)
            wholeZones.insert(zone->data(0, kCodeRole).toInt());
        for (int c = 0; c < zone->childCount(); ++c)
            if (zone->child(c)->checkState(0) == Qt::Checked && state != Qt::Checked)
                someMunicipalities.insert(zone->child(c)->data(0, kCodeRole).toInt());
    }
    if (!everything) {
        if (someMunicipalities.isEmpty()) {
            filter.policeZones = wholeZones.isEmpty() ? QSet<int>{-1} : wholeZones; // -1: none at all
        } else {
            // Mixed: municipalities of whole zones and the ticked ones of partial zones.
            for (int i = 0; i < m_zones->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *zone = m_zones->topLevelItem(i);
                if (zone->checkState(0) == Qt::Checked)
                    for (int c = 0; c < zone->childCount(); ++c)
                        someMunicipalities.insert(zone->child(c)->data(0, kCodeRole).toInt());
            }
            filter.municipalities = someMunicipalities;
        }
    }

    filter.sourceIds.clear();
    bool allSources = true;
    for (int i = 0; i < m_sources->count(); ++i) {
        if (m_sources->item(i)->checkState() == Qt::Checked)
            filter.sourceIds.insert(m_sources->item(i)->data(kCodeRole).toLongLong());
        else
            allSources = false;
    }
    if (allSources)
        filter.sourceIds.clear();
    else if (filter.sourceIds.isEmpty())
        filter.sourceIds = {-1};

    filter.tlps.clear();
    bool allTlps = true;
    for (int t = 0; t < 5; ++t) {
        if (m_tlps[t]->isChecked())
            filter.tlps.insert(t);
        else
            allTlps = false;
    }
    if (allTlps)
        filter.tlps.clear();
    else if (filter.tlps.isEmpty())
        filter.tlps = {-1};
}

void FilterRestrictions::readFrom(const Filter &filter)
{
    m_updating = true;
    for (int d = 0; d < 7; ++d)
        m_days[d]->setChecked(filter.weekdays & (1u << d));
    const auto [from, to] = hoursRange(filter.hours);
    m_hoursBox->setChecked(from >= 0);
    if (from >= 0) {
        m_fromHour->setValue(from);
        m_toHour->setValue(to);
    }
    for (int i = 0; i < m_zones->topLevelItemCount(); ++i) {
        QTreeWidgetItem *zone = m_zones->topLevelItem(i);
        const int code = zone->data(0, kCodeRole).toInt();
        const bool zoneOn = filter.policeZones.isEmpty() || filter.policeZones.contains(code);
        for (int c = 0; c < zone->childCount(); ++c) {
            const int nis = zone->child(c)->data(0, kCodeRole).toInt();
            const bool on = zoneOn && (filter.municipalities.isEmpty() || filter.municipalities.contains(nis));
            zone->child(c)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
        if (zone->childCount() == 0)
            zone->setCheckState(0, zoneOn ? Qt::Checked : Qt::Unchecked);
    }
    for (int i = 0; i < m_sources->count(); ++i) {
        const qint64 id = m_sources->item(i)->data(kCodeRole).toLongLong();
        m_sources->item(i)->setCheckState(filter.sourceIds.isEmpty() || filter.sourceIds.contains(id) ? Qt::Checked
                                                                                                      : Qt::Unchecked);
    }
    for (int t = 0; t < 5; ++t)
        m_tlps[t]->setChecked(filter.tlps.isEmpty() || filter.tlps.contains(t));
    m_updating = false;
}

void FilterRestrictions::clear()
{
    readFrom(Filter{});
    emitChanged();
}

void FilterRestrictions::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

QString FilterRestrictions::zoneName(int code, bool police) const
{
    for (const FilterChoices::Zone &z : police ? m_choices.policeZones : m_choices.municipalities)
        if (z.code == code)
            return police ? tr("police zone %1").arg(code) : z.name;
    return QString::number(code);
}

QStringList FilterRestrictions::describe(const Filter &f) const
{
    QStringList parts;
    const QLocale locale;
    if ((f.weekdays & 0x7f) != 0x7f) {
        QStringList days;
        for (int d = 0; d < 7; ++d)
            if (f.weekdays & (1u << d))
                days << locale.dayName(d + 1);
        parts << (days.isEmpty() ? tr("on no weekday") : tr("on %1").arg(days.join(QLatin1String(", "))));
    }
    if ((f.hours & 0xffffff) != 0xffffff) {
        const auto [from, to] = hoursRange(f.hours);
        if (from >= 0)
            parts << tr("from %1:00 to %2:59").arg(from, 2, 10, QLatin1Char('0')).arg(to, 2, 10, QLatin1Char('0'));
        else
            parts << tr("at %n hour(s) of the day", nullptr, std::popcount(f.hours & 0xffffff));
    }
    const auto names = [&](const QSet<int> &codes, bool police) {
        QStringList out;
        for (int code : codes)
            if (code >= 0)
                out << zoneName(code, police);
        out.sort(Qt::CaseInsensitive);
        return out.size() > 3 ? tr("%n zone(s)", nullptr, int(out.size())) : out.join(QLatin1String(", "));
    };
    if (f.policeZones.contains(-1))
        parts << tr("in no zone");
    else if (!f.policeZones.isEmpty())
        parts << tr("in %1").arg(names(f.policeZones, true));
    if (!f.municipalities.isEmpty())
        parts << tr("in %1").arg(names(f.municipalities, false));
    if (!f.sourceIds.isEmpty())
        parts << tr("from %n source(s)", nullptr, int(f.sourceIds.contains(-1) ? 0 : f.sourceIds.size()));
    if (!f.tlps.isEmpty()) {
        QStringList labels;
        for (int t = 0; t < 5; ++t)
            if (f.tlps.contains(t))
                labels << tlpLabel(Tlp(t));
        parts << (labels.isEmpty() ? tr("with no marking") : tr("marked %1").arg(labels.join(QLatin1String(", "))));
    }
    return parts;
}

} // namespace phenomap
