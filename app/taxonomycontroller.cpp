// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomycontroller.h"

#include "mappingruleseditor.h"
#include "project.h"
#include "projectcontroller.h"
#include "taxonomycommands.h"
#include "taxonomyeditor.h"

#include <QAction>
#include <QDir>
#include <QUndoStack>

namespace phenomap {

TaxonomyController::TaxonomyController(ProjectController *projects, QUndoStack *undoStack, QWidget *window,
                                       QObject *parent)
    : QObject(parent), m_projects(projects), m_undo(undoStack), m_window(window),
      m_taxonomyAction(new QAction(tr("&Taxonomy…"), this)), m_rulesAction(new QAction(tr("&Mapping Rules…"), this))
{
    m_taxonomyAction->setObjectName(QStringLiteral("editTaxonomyAction"));
    m_taxonomyAction->setStatusTip(tr("Add, rename or remove phenomena and modi operandi of the project"));
    m_rulesAction->setObjectName(QStringLiteral("editMappingRulesAction"));
    m_rulesAction->setStatusTip(tr("Review the saved rules that map sources' categories onto the taxonomy"));
    connect(m_taxonomyAction, &QAction::triggered, this, [this] { openTaxonomyEditor(); });
    connect(m_rulesAction, &QAction::triggered, this, [this] { openMappingRulesEditor(); });
    connect(projects, &ProjectController::projectOpened, this, [this] {
        updateActions();
        refreshEditors(0); // another project: its own tree and rules, its own editability
    });
    connect(projects, &ProjectController::projectClosed, this, [this] {
        updateActions();
        if (m_taxonomyEditor)
            m_taxonomyEditor->close();
        if (m_rulesEditor)
            m_rulesEditor->close();
    });
    updateActions();
}

bool TaxonomyController::isEditable() const
{
    return m_projects->project() && !m_projects->project()->isReadOnly();
}

void TaxonomyController::updateActions()
{
    m_taxonomyAction->setEnabled(isEditable());
    m_rulesAction->setEnabled(isEditable());
}

TaxonomyEditor *TaxonomyController::openTaxonomyEditor()
{
    if (!isEditable())
        return nullptr;
    if (!m_taxonomyEditor) {
        m_taxonomyEditor = new TaxonomyEditor(m_window);
        m_taxonomyEditor->setAttribute(Qt::WA_DeleteOnClose);
        m_taxonomyEditor->setUndoStack(m_undo);
        connect(m_taxonomyEditor, &TaxonomyEditor::addRequested, this, &TaxonomyController::addNode);
        connect(m_taxonomyEditor, &TaxonomyEditor::updateRequested, this, &TaxonomyController::updateNode);
        connect(m_taxonomyEditor, &TaxonomyEditor::removeRequested, this, &TaxonomyController::removeNode);
        refreshEditors(0);
    }
    m_taxonomyEditor->show();
    m_taxonomyEditor->raise();
    Q_EMIT taxonomyEditorOpened(m_taxonomyEditor);
    return m_taxonomyEditor;
}

MappingRulesEditor *TaxonomyController::openMappingRulesEditor()
{
    if (!isEditable())
        return nullptr;
    if (!m_rulesEditor) {
        m_rulesEditor = new MappingRulesEditor(m_window);
        m_rulesEditor->setAttribute(Qt::WA_DeleteOnClose);
        m_rulesEditor->setUndoStack(m_undo);
        connect(m_rulesEditor, &MappingRulesEditor::addRequested, this, &TaxonomyController::addRule);
        connect(m_rulesEditor, &MappingRulesEditor::changeRequested, this, &TaxonomyController::changeRule);
        connect(m_rulesEditor, &MappingRulesEditor::removeRequested, this, &TaxonomyController::removeRule);
        refreshEditors(0);
    }
    m_rulesEditor->show();
    m_rulesEditor->raise();
    Q_EMIT mappingRulesEditorOpened(m_rulesEditor);
    return m_rulesEditor;
}

void TaxonomyController::refreshEditors(qint64 select)
{
    Project *project = m_projects->project();
    if (!project || (!m_taxonomyEditor && !m_rulesEditor))
        return;
    const QString language = m_projects->language();
    try {
        // Read from the file, not ProjectController::taxonomy(): the editors must show what is
        // stored even when refreshing the views was canceled.
        const QList<TaxonomyNode> nodes = loadTaxonomy(project->db());
        if (m_taxonomyEditor) {
            m_taxonomyEditor->setTaxonomy(nodes, language);
            m_taxonomyEditor->setEditable(isEditable());
            if (select)
                m_taxonomyEditor->selectId(select);
        }
        if (m_rulesEditor) {
            MappingRules rules(*project, language);
            m_rulesEditor->setSources(rules.sources());
            m_rulesEditor->setTaxonomy(nodes, language);
            m_rulesEditor->setRules(rules.list());
            m_rulesEditor->setEditable(isEditable());
            if (select)
                m_rulesEditor->selectId(select);
        }
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Taxonomy"), tr("The taxonomy of %1 could not be read: %2")
                                                 .arg(QDir::toNativeSeparators(project->path()),
                                                      QString::fromUtf8(e.what())));
    }
}

TaxonomyCommandContext TaxonomyController::context(const QString &title)
{
    return {[this] { return m_projects->project(); }, [this] { return m_projects->language(); },
            [this](bool taxonomy, qint64 select) { changed(taxonomy, select); },
            [this, title](const QString &message) { Q_EMIT errorOccurred(title, message); }};
}

void TaxonomyController::changed(bool taxonomy, qint64 select)
{
    if (taxonomy) {
        // Map, filter panel, table and charts show labels and colours from the engine's copy.
        m_projects->refreshData();
        refreshEditors(select);
        Q_EMIT taxonomyChanged();
    } else {
        refreshEditors(select);
        Q_EMIT rulesChanged();
    }
}

bool TaxonomyController::push(TaxonomyCommand *command)
{
    // Applied before pushing: a refused edit must not reach QUndoStack::push(), which would
    // first throw away everything that could still be redone.
    if (!command->applyBeforePush()) {
        delete command;
        return false;
    }
    m_undo->push(command);
    return true;
}

bool TaxonomyController::addNode(const TaxonomyNode &node)
{
    if (!isEditable())
        return false;
    auto *command = new AddTaxonomyNodeCommand(context(tr("Taxonomy")), node);
    const qint64 id = command->applyBeforePush() ? command->nodeId() : 0;
    if (!id) {
        delete command;
        return false;
    }
    m_undo->push(command);
    m_lastAdded = id;
    return true;
}

bool TaxonomyController::updateNode(const TaxonomyNode &node)
{
    if (!isEditable())
        return false;
    return push(new EditTaxonomyNodeCommand(context(tr("Taxonomy")), node));
}

bool TaxonomyController::removeNode(qint64 id)
{
    if (!isEditable())
        return false;
    QString label = QString::number(id);
    for (const TaxonomyNode &n : m_projects->taxonomy())
        if (n.id == id)
            label = n.label(m_projects->language());
    return push(new RemoveTaxonomyNodeCommand(context(tr("Taxonomy")), id, label));
}

bool TaxonomyController::addRule(const MappingRule &rule)
{
    if (!isEditable())
        return false;
    auto *command = new AddMappingRuleCommand(context(tr("Mapping Rules")), rule);
    const qint64 id = command->applyBeforePush() ? command->ruleId() : 0;
    if (!id) {
        delete command;
        return false;
    }
    m_undo->push(command);
    m_lastAdded = id;
    return true;
}

bool TaxonomyController::changeRule(qint64 id, qint64 targetId, const QString &match)
{
    if (!isEditable())
        return false;
    return push(new ChangeMappingRuleCommand(context(tr("Mapping Rules")), id, targetId, match));
}

bool TaxonomyController::removeRule(qint64 id)
{
    if (!isEditable())
        return false;
    return push(new RemoveMappingRuleCommand(context(tr("Mapping Rules")), id));
}

} // namespace phenomap
