// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine.h"

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QListWidget;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace phenomap {

/// What the restriction controls offer for a project: its zones and sources.
struct FilterChoices
{
    struct Zone
    {
        int code = 0;
        QString name;
        int policeZone = 0; ///< for a municipality, the police zone it belongs to
    };
    QList<Zone> policeZones, municipalities;
    QList<QPair<qint64, QString>> sources; ///< id, name
};

/// The "when and where" part of the filter: weekdays, hours of the day, zones (municipalities
/// under their police zones), sources and marking. It reads and writes those fields of a Filter
/// and describes them in plain words; the FilterPanel owns it.
class FilterRestrictions : public QWidget
{
    Q_OBJECT
public:
    explicit FilterRestrictions(QWidget *parent = nullptr);

    void setChoices(const FilterChoices &choices);
    /// Writes weekdays, hours, municipalities, police zones, sources and marking into `filter`.
    void writeTo(Filter &filter) const;
    /// Shows those fields of `filter` in the controls, without emitting changed().
    void readFrom(const Filter &filter);
    /// Plain-words parts for the summary ("on Monday and Friday", "from 22:00 to 05:59", ...).
    QStringList describe(const Filter &filter) const;
    /// Lifts every restriction (emits changed() once).
    void clear();

    QToolButton *weekdayButton(int day) const { return m_days[day]; }
    QGroupBox *hoursBox() const { return m_hoursBox; }
    QSpinBox *fromHour() const { return m_fromHour; }
    QSpinBox *toHour() const { return m_toHour; }
    QTreeWidget *zoneTree() const { return m_zones; }
    QListWidget *sourceList() const { return m_sources; }
    QCheckBox *tlpBox(int tlp) const { return m_tlps[tlp]; }

Q_SIGNALS:
    void changed();

private:
    void emitChanged();
    QString zoneName(int code, bool police) const;

    FilterChoices m_choices;
    QToolButton *m_days[7];
    QGroupBox *m_hoursBox;
    QSpinBox *m_fromHour, *m_toHour;
    QTreeWidget *m_zones;
    QListWidget *m_sources;
    QCheckBox *m_tlps[5];
    bool m_updating = false;
};

} // namespace phenomap
