// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingrulemodel.h"

namespace phenomap {

MappingRuleModel::MappingRuleModel(QObject *parent) : QAbstractTableModel(parent) {}

void MappingRuleModel::setRules(const QList<MappingRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int MappingRuleModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        if (m_rules.at(i).id == id)
            return int(i);
    return -1;
}

int MappingRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int MappingRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size() || index.column() >= ColumnCount)
        return {};
    const MappingRule &r = m_rules.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case SourceIdRole:
        return r.sourceId;
    case TargetIdRole:
        return r.targetId;
    case FieldRole:
        return r.field;
    case MatchRole:
        return r.match;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Source:
            return r.sourceId ? r.sourceName : tr("(every source)");
        case Field:
            return r.field == QLatin1String("mo") ? tr("Modus operandi") : tr("Phenomenon");
        case RawValue:
            return r.rawValue;
        case Match:
            return r.match == QLatin1String("normalised") ? tr("Ignoring case and accents") : tr("Exact");
        case Target:
            return r.targetLabel;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MappingRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case Field:
        return tr("Field");
    case RawValue:
        return tr("Value in the source");
    case Match:
        return tr("Match");
    case Target:
        return tr("Maps to");
    default:
        return {};
    }
}

} // namespace phenomap
