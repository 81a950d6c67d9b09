// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taxonomy.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace phenomap {

/// Edits the phenomenon / MO tree: the tree on the left, the selected node's FR/NL/EN labels,
/// colour and plan measure on the right. The dialog never writes to the project: it emits
/// requests, the app turns them into undo commands and shows the result with setTaxonomy().
/// "Add Phenomenon" and "Add Modus Operandi" empty the form for a new node; "Save" then asks
/// for it to be added, or for the selected node to be changed.
class TaxonomyEditor : public QDialog
{
    Q_OBJECT
public:
    explicit TaxonomyEditor(QWidget *parent = nullptr);

    /// Shows the tree (as loadTaxonomy() reads it), keeping the selected node when it remains.
    void setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language);
    /// Undo and Redo (buttons, Ctrl+Z and Ctrl+Shift+Z) act on this stack, the window's own.
    void setUndoStack(QUndoStack *stack);
    /// A read-only project can be looked at, not changed.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    qint64 currentId() const;
    bool selectId(qint64 id);
    /// The form as a node: labels, colour and plan measure typed, with the selected node's id
    /// (0 for a new one), kind and parent.
    TaxonomyNode formNode() const;
    /// Fills the form's fields (tests and keyboard users type the same way).
    void setFormLabels(const QString &fr, const QString &nl, const QString &en);
    void setFormColour(const QString &colour);
    void setFormPlanMeasure(const QString &measure);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *addPhenomenonButton() const { return m_addPhenomenon; }
    QPushButton *addMoButton() const { return m_addMo; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *redoButton() const { return m_redoButton; }

Q_SIGNALS:
    /// Add `node` (parentId 0: a phenomenon; else an MO under that phenomenon).
    void addRequested(const phenomap::TaxonomyNode &node);
    /// Change labels, colour and plan measure of node.id.
    void updateRequested(const phenomap::TaxonomyNode &node);
    void removeRequested(qint64 id);

private:
    enum class Mode { Edit, NewPhenomenon, NewMo };
    void showNode();
    void startNew(Mode mode);
    void save();
    void chooseColour();
    void updateButtons();

    QTreeWidget *m_tree;
    QLabel *m_heading;
    QLineEdit *m_labelFr, *m_labelNl, *m_labelEn, *m_colour, *m_planMeasure;
    QPushButton *m_colourButton, *m_addPhenomenon, *m_addMo, *m_remove, *m_save, *m_undoButton, *m_redoButton;
    QUndoStack *m_stack = nullptr;
    QHash<qint64, TaxonomyNode> m_nodes;
    QString m_language = QStringLiteral("en");
    Mode m_mode = Mode::Edit;
    qint64 m_newParent = 0; ///< the phenomenon a new MO goes under
    bool m_editable = true;
};

} // namespace phenomap
