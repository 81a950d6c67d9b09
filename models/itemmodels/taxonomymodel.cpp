// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomymodel.h"

#include <algorithm>

namespace phenomap {

// Index layout: a phenomenon's internalId is 0; an MO's internalId is its phenomenon's row + 1.

TaxonomyModel::TaxonomyModel(QObject *parent) : QAbstractItemModel(parent) {}

void TaxonomyModel::setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language)
{
    const QSet<qint64> phenomenaBefore = checkedPhenomena(), moBefore = checkedMo();
    QSet<qint64> unchecked;
    for (const Phenomenon &p : m_phenomena) {
        if (!p.node.checked)
            unchecked.insert(p.node.taxon.id);
        for (const Node &m : p.mo)
            if (!m.checked)
                unchecked.insert(m.taxon.id);
    }

    beginResetModel();
    m_phenomena.clear();
    QList<TaxonomyNode> sorted = nodes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TaxonomyNode &a, const TaxonomyNode &b) { return a.sortOrder < b.sortOrder; });
    QHash<qint64, std::size_t> rowOfId;
    for (const TaxonomyNode &n : sorted) {
        if (n.parentId != 0 || n.kind == QLatin1String("mo"))
            continue;
        Phenomenon p;
        p.node = {n, n.label(language), !unchecked.contains(n.id)};
        p.colour = QColor::fromString(n.colour);
        rowOfId.insert(n.id, m_phenomena.size());
        m_phenomena.push_back(std::move(p));
    }
    for (const TaxonomyNode &n : sorted) {
        const auto it = rowOfId.constFind(n.parentId);
        if (n.parentId == 0 || it == rowOfId.constEnd())
            continue; // a top-level node, or an MO whose phenomenon is missing
        m_phenomena[*it].mo.push_back({n, n.label(language), !unchecked.contains(n.id)});
    }
    endResetModel();
    if (checkedPhenomena() != phenomenaBefore || checkedMo() != moBefore)
        Q_EMIT checkedChanged();
}

void TaxonomyModel::setCounts(QHash<qint64, quint32> countsById)
{
    m_counts = std::move(countsById);
    m_hasCounts = true;
    emitCountsChanged();
}

void TaxonomyModel::emitCountsChanged()
{
    if (m_phenomena.empty())
        return;
    Q_EMIT dataChanged(index(0, Count), index(int(m_phenomena.size()) - 1, Count), {Qt::DisplayRole});
    for (std::size_t r = 0; r < m_phenomena.size(); ++r) {
        const int n = int(m_phenomena[r].mo.size());
        if (n > 0) {
            const QModelIndex parent = index(int(r), 0);
            Q_EMIT dataChanged(index(0, Count, parent), index(n - 1, Count, parent), {Qt::DisplayRole});
        }
    }
}

void TaxonomyModel::setAllChecked(bool checked)
{
    bool changed = false;
    for (std::size_t r = 0; r < m_phenomena.size(); ++r) {
        Phenomenon &p = m_phenomena[r];
        changed |= p.node.checked != checked;
        p.node.checked = checked;
        for (Node &m : p.mo) {
            changed |= m.checked != checked;
            m.checked = checked;
        }
        const QModelIndex parent = index(int(r), 0);
        if (!p.mo.empty())
            Q_EMIT dataChanged(index(0, Label, parent), index(int(p.mo.size()) - 1, Label, parent), {Qt::CheckStateRole});
    }
    if (!m_phenomena.empty())
        Q_EMIT dataChanged(index(0, Label), index(int(m_phenomena.size()) - 1, Label), {Qt::CheckStateRole});
    if (changed)
        Q_EMIT checkedChanged();
}

Qt::CheckState TaxonomyModel::stateOf(const Phenomenon &p) const
{
    if (p.mo.empty())
        return p.node.checked ? Qt::Checked : Qt::Unchecked;
    const auto checked = std::count_if(p.mo.begin(), p.mo.end(), [](const Node &m) { return m.checked; });
    if (checked == 0)
        return Qt::Unchecked;
    return std::size_t(checked) == p.mo.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QSet<qint64> TaxonomyModel::checkedPhenomena() const
{
    QSet<qint64> kept;
    bool anyUnchecked = false;
    for (const Phenomenon &p : m_phenomena) {
        if (stateOf(p) == Qt::Unchecked)
            anyUnchecked = true;
        else
            kept.insert(p.node.taxon.id);
    }
    if (!anyUnchecked)
        return {};
    return kept.isEmpty() ? QSet<qint64>{kNothingChecked} : kept;
}

QSet<qint64> TaxonomyModel::checkedMo() const
{
    // Only MO unticked under a phenomenon that is still (partly) ticked restrict the filter: a
    // wholly unticked phenomenon is excluded by checkedPhenomena(), and counting its MO here would
    // hide the incidents of every other phenomenon that carry no MO.
    QSet<qint64> kept;
    bool anyUnchecked = false;
    for (const Phenomenon &p : m_phenomena) {
        if (stateOf(p) == Qt::Unchecked)
            continue;
        for (const Node &m : p.mo) {
            if (m.checked)
                kept.insert(m.taxon.id);
            else
                anyUnchecked = true;
        }
    }
    if (!anyUnchecked)
        return {};
    return kept.isEmpty() ? QSet<qint64>{kNothingChecked} : kept;
}

QModelIndex TaxonomyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return std::size_t(row) < m_phenomena.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || std::size_t(parent.row()) >= m_phenomena.size())
        return {};
    if (std::size_t(row) >= m_phenomena[std::size_t(parent.row())].mo.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TaxonomyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TaxonomyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_phenomena.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_phenomena[std::size_t(parent.row())].mo.size());
}

int TaxonomyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const TaxonomyModel::Node *TaxonomyModel::nodeAt(const QModelIndex &index) const
{
    if (index.internalId() == 0)
        return &m_phenomena[std::size_t(index.row())].node;
    return &m_phenomena[std::size_t(index.internalId() - 1)].mo[std::size_t(index.row())];
}

QVariant TaxonomyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    const bool isPhenomenon = index.internalId() == 0;
    switch (role) {
    case IdRole: return node->taxon.id;
    case KindRole: return isPhenomenon ? QStringLiteral("phenomenon") : QStringLiteral("mo");
    case CodeRole: return node->taxon.code;
    default: break;
    }
    if (index.column() == Count) {
        if (role == Qt::DisplayRole && m_hasCounts)
            return m_counts.value(node->taxon.id, 0);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return node->label;
    case Qt::ToolTipRole:
        if (isPhenomenon && !node->taxon.planMeasure.isEmpty())
            return tr("%1 (plan measure %2)").arg(node->label, node->taxon.planMeasure);
        return node->label;
    case Qt::CheckStateRole:
        if (isPhenomenon)
            return stateOf(m_phenomena[std::size_t(index.row())]);
        return node->checked ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        if (isPhenomenon && m_phenomena[std::size_t(index.row())].colour.isValid())
            return m_phenomena[std::size_t(index.row())].colour;
        return {};
    default:
        return {};
    }
}

bool TaxonomyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Label || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // Partially checked from a view means "checked": the user cannot ask for an arbitrary subset.
    const bool checked = value.value<Qt::CheckState>() != Qt::Unchecked;
    bool changed = false;
    if (index.internalId() == 0) {
        Phenomenon &p = m_phenomena[std::size_t(index.row())];
        changed = stateOf(p) != (checked ? Qt::Checked : Qt::Unchecked);
        p.node.checked = checked;
        for (Node &m : p.mo)
            m.checked = checked;
        if (!p.mo.empty())
            Q_EMIT dataChanged(this->index(0, Label, index), this->index(int(p.mo.size()) - 1, Label, index),
                               {Qt::CheckStateRole});
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    } else {
        Node &m = m_phenomena[std::size_t(index.internalId() - 1)].mo[std::size_t(index.row())];
        changed = m.checked != checked;
        m.checked = checked;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        const QModelIndex parent = index.parent();
        Q_EMIT dataChanged(parent, parent, {Qt::CheckStateRole});
    }
    if (changed)
        Q_EMIT checkedChanged();
    return true;
}

QVariant TaxonomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == Label)
            return tr("Phenomenon / modus operandi");
        if (section == Count)
            return tr("Incidents");
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags TaxonomyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 || index.column() != Label)
        f |= Qt::ItemNeverHasChildren;
    if (index.column() == Label) {
        f |= Qt::ItemIsUserCheckable;
        if (index.internalId() == 0)
            f |= Qt::ItemIsAutoTristate;
    }
    return f;
}

} // namespace phenomap
