// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappingrules.h"
#include "taxonomy.h"

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;
class QWidget;

namespace phenomap {

class MappingRulesEditor;
class ProjectController;
class TaxonomyCommand;
struct TaxonomyCommandContext;
class TaxonomyEditor;

/// Edit > Taxonomy… and Edit > Mapping Rules…: opens the two editors and turns their requests
/// into undo commands on the window's one undo stack, so Edit > Undo undoes a renamed
/// phenomenon like a moved picture. After a taxonomy change the views are read again
/// (ProjectController::refreshData()) so that map, filter and table show the new labels. A
/// read-only project (partner package) or no project disables both actions.
class TaxonomyController : public QObject
{
    Q_OBJECT
public:
    TaxonomyController(ProjectController *projects, QUndoStack *undoStack, QWidget *window,
                       QObject *parent = nullptr);

    QAction *taxonomyAction() const { return m_taxonomyAction; }
    QAction *mappingRulesAction() const { return m_rulesAction; }
    bool isEditable() const;

    /// Open (or raise) the non-modal editors; nullptr without a project.
    TaxonomyEditor *openTaxonomyEditor();
    MappingRulesEditor *openMappingRulesEditor();

    /// Each pushes one undo command; false (after errorOccurred()) when it was refused.
    bool addNode(const TaxonomyNode &node);
    bool updateNode(const TaxonomyNode &node);
    bool removeNode(qint64 id);
    bool addRule(const MappingRule &rule);
    bool changeRule(qint64 id, qint64 targetId, const QString &match);
    bool removeRule(qint64 id);

    /// The id the last successful add stored (node or rule), 0 when none.
    qint64 lastAddedId() const { return m_lastAdded; }

Q_SIGNALS:
    void taxonomyEditorOpened(phenomap::TaxonomyEditor *editor);
    void mappingRulesEditorOpened(phenomap::MappingRulesEditor *editor);
    /// The project's taxonomy or rules changed (by an edit, undo or redo).
    void taxonomyChanged();
    void rulesChanged();
    void errorOccurred(const QString &title, const QString &message);

private:
    TaxonomyCommandContext context(const QString &title);
    bool push(TaxonomyCommand *command);
    void changed(bool taxonomy, qint64 select);
    void refreshEditors(qint64 select);
    void updateActions();

    ProjectController *m_projects;
    QUndoStack *m_undo;
    QWidget *m_window;
    QAction *m_taxonomyAction, *m_rulesAction;
    QPointer<TaxonomyEditor> m_taxonomyEditor;
    QPointer<MappingRulesEditor> m_rulesEditor;
    qint64 m_lastAdded = 0;
};

} // namespace phenomap
