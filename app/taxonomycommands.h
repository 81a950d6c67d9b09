// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappingrules.h"
#include "taxonomyedit.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace phenomap {

class Project;

/// Undo commands for the taxonomy and the mapping rules. Each redo()/undo() is one
/// TaxonomyEdit or MappingRules call, its own transaction. They reach the project through a
/// getter (the open project may be replaced; the stack is then cleared). When the call is
/// refused the command reports it through `failed` and marks itself obsolete, so QUndoStack
/// drops it instead of keeping a step that did nothing.
struct TaxonomyCommandContext
{
    std::function<Project *()> project;
    std::function<QString()> language;
    /// After a change: `taxonomy` when nodes changed (else only rules), and the id to select.
    std::function<void(bool taxonomy, qint64 select)> changed;
    std::function<void(const QString &message)> failed;
};

/// Base of the commands below: runs an operation and turns its exception into `failed`.
/// The controller applies a new command once before pushing it (applyBeforePush()), so that a
/// refused edit is never pushed: QUndoStack::push() would first drop the redo history.
class TaxonomyCommand : public QUndoCommand
{
public:
    /// Applies the edit now; false (after `failed`) when it was refused. The stack's first
    /// redo() then does nothing.
    bool applyBeforePush();
    void redo() final;
    void undo() final;

protected:
    explicit TaxonomyCommand(TaxonomyCommandContext context) : m_context(std::move(context)) {}
    virtual void apply() = 0;
    virtual void revert() = 0;
    TaxonomyEdit taxonomy() const;
    MappingRules rules() const;

    TaxonomyCommandContext m_context;

private:
    void run(void (TaxonomyCommand::*operation)());
    bool m_applied = false; ///< applied by applyBeforePush(), not yet by the stack
};

/// Redo after undo puts the node back under the id it got first (TaxonomyEdit::restore).
class AddTaxonomyNodeCommand : public TaxonomyCommand
{
public:
    AddTaxonomyNodeCommand(TaxonomyCommandContext context, TaxonomyNode node);
    void apply() override;
    void revert() override;
    qint64 nodeId() const { return m_stored ? m_stored->node.id : 0; }

private:
    TaxonomyNode m_node;
    std::optional<StoredTaxonomyNode> m_stored;
};

class EditTaxonomyNodeCommand : public TaxonomyCommand
{
public:
    EditTaxonomyNodeCommand(TaxonomyCommandContext context, TaxonomyNode after);
    void apply() override;
    void revert() override;

private:
    TaxonomyNode m_after;
    std::optional<StoredTaxonomyNode> m_before; ///< read by the first redo
};

class RemoveTaxonomyNodeCommand : public TaxonomyCommand
{
public:
    RemoveTaxonomyNodeCommand(TaxonomyCommandContext context, qint64 id, const QString &label);
    void apply() override;
    void revert() override;

private:
    qint64 m_id;
    std::optional<StoredTaxonomyNode> m_removed;
};

class AddMappingRuleCommand : public TaxonomyCommand
{
public:
    AddMappingRuleCommand(TaxonomyCommandContext context, MappingRule rule);
    void apply() override;
    void revert() override;
    qint64 ruleId() const { return m_stored ? m_stored->id : 0; }

private:
    MappingRule m_rule;
    std::optional<MappingRule> m_stored;
};

class ChangeMappingRuleCommand : public TaxonomyCommand
{
public:
    ChangeMappingRuleCommand(TaxonomyCommandContext context, qint64 id, qint64 targetId, const QString &match);
    void apply() override;
    void revert() override;

private:
    qint64 m_id, m_targetId;
    QString m_match;
    std::optional<MappingRule> m_before;
};

class RemoveMappingRuleCommand : public TaxonomyCommand
{
public:
    RemoveMappingRuleCommand(TaxonomyCommandContext context, qint64 id);
    void apply() override;
    void revert() override;

private:
    qint64 m_id;
    std::optional<MappingRule> m_removed;
};

} // namespace phenomap
