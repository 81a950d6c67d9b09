// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappingrules.h"

#include <QAbstractTableModel>
#include <QList>

namespace phenomap {

/// The mapping rules editor's table: one row per saved rule, as MappingRules::list() reads them.
/// Read-only; edits go through the app's undo commands, which then call setRules() again.
class MappingRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Source, Field, RawValue, Match, Target, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< phenomap_mapping_rules.id (qint64)
        SourceIdRole,              ///< 0 for a rule that applies to every source
        TargetIdRole,              ///< phenomena.id
        FieldRole,                 ///< "phenomenon" or "mo"
        MatchRole,                 ///< "exact" or "normalised"
    };

    explicit MappingRuleModel(QObject *parent = nullptr);

    void setRules(const QList<MappingRule> &rules);
    const QList<MappingRule> &rules() const { return m_rules; }
    /// Row of rule `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MappingRule> m_rules;
};

} // namespace phenomap
