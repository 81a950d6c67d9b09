// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappingrules.h"
#include "taxonomy.h"

#include <QDialog>

#include <utility>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace phenomap {

class MappingRuleModel;

/// Lists the saved mapping rules (filtered by source) and edits them: a selected rule's target
/// and match can be changed, a rule removed, a new one added from the form under the table.
/// The dialog never writes to the project: it emits requests, the app turns them into undo
/// commands and shows the result with setRules().
class MappingRulesEditor : public QDialog
{
    Q_OBJECT
public:
    explicit MappingRulesEditor(QWidget *parent = nullptr);

    /// The sources rules can belong to (id, name); the filter and the form list them.
    void setSources(const QList<std::pair<qint64, QString>> &sources);
    /// The nodes a rule can point to, labelled in `language`.
    void setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language);
    /// Every rule; the source filter hides the others. The selected rule stays selected.
    void setRules(const QList<MappingRule> &rules);
    void setUndoStack(QUndoStack *stack);
    void setEditable(bool editable);

    /// Shows only the rules of a source: -1 all, 0 those for every source, else a source id.
    void setSourceFilter(qint64 sourceId);
    /// The rule selected in the table, 0 when none.
    qint64 currentId() const;
    bool selectId(qint64 id);
    /// Visible rows after the source filter.
    int visibleRuleCount() const;

    /// The form as a rule (id 0): source, field, raw value, match and target.
    MappingRule formRule() const;
    /// Fills the form (tests and keyboard users type the same way); false when a value is not offered.
    bool setForm(qint64 sourceId, const QString &field, const QString &rawValue, const QString &match, qint64 targetId);

    MappingRuleModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *redoButton() const { return m_redoButton; }

Q_SIGNALS:
    void addRequested(const phenomap::MappingRule &rule);
    void changeRequested(qint64 id, qint64 targetId, const QString &match);
    void removeRequested(qint64 id);

private:
    void showRule();
    void fillTargets();
    void updateButtons();

    MappingRuleModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter, *m_source, *m_field, *m_match, *m_target;
    QLineEdit *m_raw;
    QTableView *m_table;
    QPushButton *m_add, *m_change, *m_remove, *m_undoButton, *m_redoButton;
    QUndoStack *m_stack = nullptr;
    QList<TaxonomyNode> m_nodes;
    QString m_language = QStringLiteral("en");
    bool m_editable = true;
};

} // namespace phenomap
