// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taxonomy.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QSet>

#include <vector>

namespace phenomap {

/// The filter panel shows the phenomenon / MO tree with check boxes and per-node counts; this
/// model owns the check state and turns it into the id sets of an engine Filter, so widgets
/// never interpret the tree themselves. Two levels: phenomena, and their MO as children.
class TaxonomyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Label, Count, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< phenomena.id (qint64)
        KindRole,                  ///< "phenomenon" or "mo"
        CodeRole,                  ///< stable code, e.g. "drugs.street_dealing"
    };
    /// The only id in a checked set when nothing is checked: no store id equals it, so a Filter
    /// built from it matches nothing (an empty set would mean "no restriction").
    static constexpr qint64 kNothingChecked = -1;

    explicit TaxonomyModel(QObject *parent = nullptr);

    /// Shows a taxonomy (as from loadTaxonomy()) with labels in "fr", "nl" or "en". Everything is
    /// checked initially; on a later call, ids the user had unchecked stay unchecked.
    void setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language);
    /// Counts per id (phenomena and MO, e.g. taxonomyCounts()), shown in the Count column.
    void setCounts(QHash<qint64, quint32> countsById);
    /// Checks or unchecks every node.
    void setAllChecked(bool checked);

    /// Phenomena to keep. Empty when no phenomenon is unchecked (= no restriction); only
    /// kNothingChecked when all are. A phenomenon with some MO checked counts as checked.
    QSet<qint64> checkedPhenomena() const;
    /// MO to keep (an incident matches with any of them). Empty when every MO is checked
    /// (= no restriction); only kNothingChecked when none is. Note that once an MO restriction
    /// applies, incidents that carry no MO at all no longer match.
    QSet<qint64> checkedMo() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// Any check state changed (by the user, setAllChecked() or setTaxonomy()).
    void checkedChanged();

private:
    struct Node
    {
        TaxonomyNode taxon;
        QString label;
        bool checked = true; ///< own state; a phenomenon with MO derives its state from them
    };
    struct Phenomenon
    {
        Node node;
        QColor colour;
        std::vector<Node> mo;
    };
    const Node *nodeAt(const QModelIndex &index) const;
    Qt::CheckState stateOf(const Phenomenon &p) const;
    void emitCountsChanged();

    std::vector<Phenomenon> m_phenomena;
    QHash<qint64, quint32> m_counts;
    bool m_hasCounts = false;
};

} // namespace phenomap
