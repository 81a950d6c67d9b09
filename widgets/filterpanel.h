// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine.h"
#include "taxonomy.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace phenomap {

class TaxonomyModel;

/// The analyst's filter: phenomena and MO (a checkable tree), a period and a text search,
/// with a sentence that says in plain words what is shown. It builds an engine Filter and
/// emits it on every effective change; it never filters anything itself.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    /// Shows a taxonomy with labels in "fr", "nl" or "en"; keeps the user's unchecked ids.
    void setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language);
    /// Incident counts per phenomenon / MO id, shown beside the labels.
    void setCounts(const QHash<qint64, quint32> &countsById);
    /// The dates the data covers (seconds UTC); bounds the date pickers and resets the period.
    void setDataRange(qint64 fromUtc, qint64 toUtc);
    /// The first and last days of the data (Brussels local time), null before setDataRange().
    QDate dataFirstDay() const { return m_dataFirst; }
    QDate dataLastDay() const { return m_dataLast; }

    /// Restricts to whole days from..to (inclusive, Brussels local time); invalid dates lift it.
    void setPeriod(const QDate &from, const QDate &to);
    /// Sets the text query (applied at once, without the typing delay).
    void setText(const QString &text);
    /// Ticks one phenomenon (with all its MO) and unticks every other one, as one change.
    /// Returns false, changing nothing, when the phenomenon is not in the tree.
    bool showOnlyPhenomenon(qint64 phenomenonId);
    /// Puts a filter into the controls (phenomena, MO, period, text) and applies it as one
    /// change. Days are whole Brussels days; weekday/hour/zone restrictions have no control.
    void setFilter(const Filter &filter);

    /// The filter the panel currently describes.
    Filter filter() const;
    /// The plain-words description of filter(), as shown under the controls.
    QString summary() const;
    TaxonomyModel *taxonomyModel() const { return m_model; }
    QTreeView *taxonomyView() const { return m_tree; }

Q_SIGNALS:
    /// The filter changed (emitted once per effective change).
    void filterChanged(const phenomap::Filter &filter);

private:
    void applyChanges();
    QString phenomenonLabel(qint64 id) const;

    QDate m_dataFirst, m_dataLast;
    TaxonomyModel *m_model;
    QTreeView *m_tree;
    QGroupBox *m_periodBox;
    QDateEdit *m_fromEdit, *m_toEdit;
    QLineEdit *m_textEdit;
    QLabel *m_summaryLabel;
    QTimer *m_textTimer;
    QHash<qint64, QString> m_labels;
    int m_phenomenonCount = 0, m_moCount = 0;
    Filter m_lastEmitted;
    bool m_updating = false;
};

} // namespace phenomap
