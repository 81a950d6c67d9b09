// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomycommands.h"

#include "project.h"

#include <QCoreApplication>

namespace phenomap {

namespace {

/// Translation context of the taxonomy's and mapping rules' undo commands.
struct TaxonomyCommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::TaxonomyCommands)
};

Project &openProject(const TaxonomyCommandContext &context)
{
    Project *project = context.project();
    if (!project)
        throw TaxonomyError(TaxonomyCommandsTr::tr("No project is open."));
    return *project;
}

} // namespace

TaxonomyEdit TaxonomyCommand::taxonomy() const
{
    return TaxonomyEdit(openProject(m_context), m_context.language());
}

MappingRules TaxonomyCommand::rules() const
{
    return MappingRules(openProject(m_context), m_context.language());
}

bool TaxonomyCommand::applyBeforePush()
{
    run(&TaxonomyCommand::apply);
    m_applied = !isObsolete();
    return m_applied;
}

void TaxonomyCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(&TaxonomyCommand::apply);
}

void TaxonomyCommand::undo()
{
    run(&TaxonomyCommand::revert);
}

void TaxonomyCommand::run(void (TaxonomyCommand::*operation)())
{
    try {
        (this->*operation)();
    } catch (const TaxonomyError &e) {
        setObsolete(true);
        m_context.failed(e.message());
    } catch (const MappingRuleError &e) {
        setObsolete(true);
        m_context.failed(e.message());
    } catch (const std::exception &e) {
        setObsolete(true);
        m_context.failed(QString::fromUtf8(e.what()));
    }
}

AddTaxonomyNodeCommand::AddTaxonomyNodeCommand(TaxonomyCommandContext context, TaxonomyNode node)
    : TaxonomyCommand(std::move(context)), m_node(std::move(node))
{
    setText(m_node.parentId ? TaxonomyCommandsTr::tr("Add Modus Operandi “%1”").arg(m_node.label(m_context.language()))
                            : TaxonomyCommandsTr::tr("Add Phenomenon “%1”").arg(m_node.label(m_context.language())));
}

void AddTaxonomyNodeCommand::apply()
{
    m_stored = m_stored ? taxonomy().restore(*m_stored) : taxonomy().add(m_node);
    m_context.changed(true, m_stored->node.id);
}

void AddTaxonomyNodeCommand::revert()
{
    taxonomy().remove(m_stored->node.id);
    m_context.changed(true, m_stored->node.parentId);
}

EditTaxonomyNodeCommand::EditTaxonomyNodeCommand(TaxonomyCommandContext context, TaxonomyNode after)
    : TaxonomyCommand(std::move(context)), m_after(std::move(after))
{
    setText(TaxonomyCommandsTr::tr("Edit “%1”").arg(m_after.label(m_context.language())));
}

void EditTaxonomyNodeCommand::apply()
{
    const StoredTaxonomyNode before = taxonomy().update(m_after);
    if (!m_before)
        m_before = before;
    m_context.changed(true, m_after.id);
}

void EditTaxonomyNodeCommand::revert()
{
    taxonomy().update(m_before->node);
    m_context.changed(true, m_before->node.id);
}

RemoveTaxonomyNodeCommand::RemoveTaxonomyNodeCommand(TaxonomyCommandContext context, qint64 id, const QString &label)
    : TaxonomyCommand(std::move(context)), m_id(id)
{
    setText(TaxonomyCommandsTr::tr("Remove “%1”").arg(label));
}

void RemoveTaxonomyNodeCommand::apply()
{
    m_removed = taxonomy().remove(m_id);
    m_context.changed(true, m_removed->node.parentId);
}

void RemoveTaxonomyNodeCommand::revert()
{
    taxonomy().restore(*m_removed);
    m_context.changed(true, m_id);
}

AddMappingRuleCommand::AddMappingRuleCommand(TaxonomyCommandContext context, MappingRule rule)
    : TaxonomyCommand(std::move(context)), m_rule(std::move(rule))
{
    setText(TaxonomyCommandsTr::tr("Add Mapping Rule “%1”").arg(m_rule.rawValue));
}

void AddMappingRuleCommand::apply()
{
    m_stored = m_stored ? rules().restore(*m_stored) : rules().add(m_rule);
    m_context.changed(false, m_stored->id);
}

void AddMappingRuleCommand::revert()
{
    rules().remove(m_stored->id);
    m_context.changed(false, 0);
}

ChangeMappingRuleCommand::ChangeMappingRuleCommand(TaxonomyCommandContext context, qint64 id, qint64 targetId,
                                                   const QString &match)
    : TaxonomyCommand(std::move(context)), m_id(id), m_targetId(targetId), m_match(match)
{
    setText(TaxonomyCommandsTr::tr("Change Mapping Rule"));
}

void ChangeMappingRuleCommand::apply()
{
    const MappingRule before = rules().change(m_id, m_targetId, m_match);
    if (!m_before)
        m_before = before;
    setText(TaxonomyCommandsTr::tr("Change Mapping Rule “%1”").arg(before.rawValue));
    m_context.changed(false, m_id);
}

void ChangeMappingRuleCommand::revert()
{
    rules().change(m_id, m_before->targetId, m_before->match);
    m_context.changed(false, m_id);
}

RemoveMappingRuleCommand::RemoveMappingRuleCommand(TaxonomyCommandContext context, qint64 id)
    : TaxonomyCommand(std::move(context)), m_id(id)
{
    setText(TaxonomyCommandsTr::tr("Remove Mapping Rule"));
}

void RemoveMappingRuleCommand::apply()
{
    m_removed = rules().remove(m_id);
    setText(TaxonomyCommandsTr::tr("Remove Mapping Rule “%1”").arg(m_removed->rawValue));
    m_context.changed(false, 0);
}

void RemoveMappingRuleCommand::revert()
{
    rules().restore(*m_removed);
    m_context.changed(false, m_id);
}

} // namespace phenomap
