// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomyeditor.h"

#include <QAction>
#include <QColor>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QVBoxLayout>

namespace phenomap {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

QLineEdit *lineEdit(const QString &name, const QString &tip, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setAccessibleName(name);
    e->setToolTip(tip);
    return e;
}

} // namespace

TaxonomyEditor::TaxonomyEditor(QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this)), m_heading(new QLabel(this)),
      m_labelFr(lineEdit(tr("French label"), tr("The name shown in the French interface and reports"), this)),
      m_labelNl(lineEdit(tr("Dutch label"), tr("The name shown in the Dutch interface and reports"), this)),
      m_labelEn(lineEdit(tr("English label"), tr("The name shown in the English interface and reports"), this)),
      m_colour(lineEdit(tr("Colour"), tr("The phenomenon's colour on the map and in charts, as #rrggbb"), this)),
      m_planMeasure(lineEdit(tr("Plan measure"),
                             tr("The measure of the regional security plan the phenomenon serves, e.g. 8.7"), this)),
      m_colourButton(button(tr("C&hoose…"), tr("Pick the phenomenon's colour"), this)),
      m_addPhenomenon(button(tr("Add &Phenomenon"), tr("Start a new phenomenon: fill in its labels, then Save"), this)),
      m_addMo(button(tr("Add &Modus Operandi"),
                     tr("Start a new modus operandi under the selected phenomenon: fill in its labels, then Save"), this)),
      m_remove(button(tr("&Remove"), tr("Remove the selected node; only possible when nothing uses it"), this)),
      m_save(button(tr("&Save"), tr("Add the new node, or store the changed labels of the selected one"), this)),
      m_undoButton(button(tr("&Undo"), tr("Undo the last change (Ctrl+Z)"), this)),
      m_redoButton(button(tr("R&edo"), tr("Redo the change last undone (Ctrl+Shift+Z)"), this))
{
    setWindowTitle(tr("Taxonomy"));
    setObjectName(QStringLiteral("taxonomyEditor"));
    m_tree->setObjectName(QStringLiteral("taxonomyTree"));
    m_tree->setAccessibleName(tr("Phenomena and modi operandi"));
    m_tree->setToolTip(tr("Choose a phenomenon or a modus operandi to edit it"));
    m_tree->setHeaderLabels({tr("Label"), tr("Code")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_colour->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_colour->setMaxLength(7);
    m_heading->setObjectName(QStringLiteral("taxonomyFormHeading"));

    auto *form = new QFormLayout;
    form->addRow(m_heading);
    form->addRow(tr("&French:"), m_labelFr);
    form->addRow(tr("&Dutch:"), m_labelNl);
    form->addRow(tr("E&nglish:"), m_labelEn);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_colourButton);
    // A row that is a layout gets no buddy from QFormLayout: without one, the label would show
    // its '&' instead of underlining the accelerator.
    auto *colourLabel = new QLabel(tr("&Colour:"), this);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);
    form->addRow(tr("Plan &measure:"), m_planMeasure);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    form->addRow(formButtons);

    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_addPhenomenon);
    treeButtons->addWidget(m_addMo);
    treeButtons->addWidget(m_remove);
    treeButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addLayout(treeButtons);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(form, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undoButton);
    bottom->addWidget(m_redoButton);
    bottom->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    // Ctrl+Z inside a label field still undoes typing there (QLineEdit takes it first).
    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addActions({undo, redo});
    connect(undo, &QAction::triggered, m_undoButton, &QPushButton::click);
    connect(redo, &QAction::triggered, m_redoButton, &QPushButton::click);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (m_stack && m_editable)
            m_stack->undo();
    });
    connect(m_redoButton, &QPushButton::clicked, this, [this] {
        if (m_stack && m_editable)
            m_stack->redo();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_mode = Mode::Edit;
        showNode();
    });
    connect(m_addPhenomenon, &QPushButton::clicked, this, [this] { startNew(Mode::NewPhenomenon); });
    connect(m_addMo, &QPushButton::clicked, this, [this] { startNew(Mode::NewMo); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId(); id && m_editable)
            Q_EMIT removeRequested(id);
    });
    connect(m_save, &QPushButton::clicked, this, &TaxonomyEditor::save);
    connect(m_colourButton, &QPushButton::clicked, this, &TaxonomyEditor::chooseColour);
    resize(1000, 580);
    showNode();
}

void TaxonomyEditor::setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language)
{
    const qint64 keep = currentId();
    m_language = language;
    m_nodes.clear();
    const QSignalBlocker block(m_tree); // one showNode() below, not one per item
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    // loadTaxonomy() lists phenomena (parent 0) before their MO.
    for (const TaxonomyNode &n : nodes) {
        m_nodes.insert(n.id, n);
        QTreeWidgetItem *parent = n.parentId ? items.value(n.parentId) : nullptr;
        if (n.parentId && !parent)
            continue;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, n.label(language));
        item->setText(1, n.code);
        item->setData(0, IdRole, n.id);
        if (!n.colour.isEmpty())
            item->setData(0, Qt::DecorationRole, QColor(n.colour));
        items.insert(n.id, item);
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *item = items.value(keep))
        m_tree->setCurrentItem(item);
    if (m_mode == Mode::Edit)
        showNode();
    updateButtons();
}

void TaxonomyEditor::setUndoStack(QUndoStack *stack)
{
    m_stack = stack;
    if (stack) {
        connect(stack, &QUndoStack::canUndoChanged, this, &TaxonomyEditor::updateButtons);
        connect(stack, &QUndoStack::canRedoChanged, this, &TaxonomyEditor::updateButtons);
    }
    updateButtons();
}

void TaxonomyEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit *e : {m_labelFr, m_labelNl, m_labelEn, m_colour, m_planMeasure})
        e->setReadOnly(!editable);
    updateButtons();
}

qint64 TaxonomyEditor::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

bool TaxonomyEditor::selectId(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, IdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    return false;
}

TaxonomyNode TaxonomyEditor::formNode() const
{
    TaxonomyNode n;
    if (m_mode == Mode::Edit) {
        n = m_nodes.value(currentId());
    } else {
        n.parentId = m_mode == Mode::NewMo ? m_newParent : 0;
        n.kind = n.parentId ? QStringLiteral("mo") : QStringLiteral("phenomenon");
    }
    n.labelFr = m_labelFr->text().trimmed();
    n.labelNl = m_labelNl->text().trimmed();
    n.labelEn = m_labelEn->text().trimmed();
    const bool phenomenon = n.kind == QLatin1String("phenomenon");
    n.colour = phenomenon ? m_colour->text().trimmed() : QString();
    n.planMeasure = phenomenon ? m_planMeasure->text().trimmed() : QString();
    return n;
}

void TaxonomyEditor::setFormLabels(const QString &fr, const QString &nl, const QString &en)
{
    m_labelFr->setText(fr);
    m_labelNl->setText(nl);
    m_labelEn->setText(en);
}

void TaxonomyEditor::setFormColour(const QString &colour)
{
    m_colour->setText(colour);
}

void TaxonomyEditor::setFormPlanMeasure(const QString &measure)
{
    m_planMeasure->setText(measure);
}

void TaxonomyEditor::showNode()
{
    const auto it = m_nodes.constFind(currentId());
    const bool has = it != m_nodes.constEnd();
    const TaxonomyNode n = has ? *it : TaxonomyNode{};
    m_heading->setText(!has ? tr("Choose a node in the tree, or add one.")
                       : n.parentId ? tr("Modus operandi “%1”").arg(n.label(m_language))
                                    : tr("Phenomenon “%1”").arg(n.label(m_language)));
    setFormLabels(n.labelFr, n.labelNl, n.labelEn);
    setFormColour(n.colour);
    setFormPlanMeasure(n.planMeasure);
    m_save->setText(tr("&Save"));
    updateButtons();
}

void TaxonomyEditor::startNew(Mode mode)
{
    if (!m_editable)
        return;
    if (mode == Mode::NewMo) {
        const TaxonomyNode n = m_nodes.value(currentId());
        m_newParent = n.parentId ? n.parentId : n.id;
        if (!m_newParent)
            return;
        m_heading->setText(tr("New modus operandi of “%1”").arg(m_nodes.value(m_newParent).label(m_language)));
    } else {
        m_heading->setText(tr("New phenomenon"));
    }
    m_mode = mode;
    setFormLabels({}, {}, {});
    // A neutral grey the analyst is expected to change; an MO takes its phenomenon's colour.
    setFormColour(mode == Mode::NewPhenomenon ? QStringLiteral("#777777") : QString());
    setFormPlanMeasure({});
    m_save->setText(tr("&Add"));
    updateButtons();
    m_labelFr->setFocus();
}

void TaxonomyEditor::save()
{
    if (!m_editable)
        return;
    const TaxonomyNode n = formNode();
    if (m_mode == Mode::Edit) {
        if (n.id)
            Q_EMIT updateRequested(n);
        return;
    }
    // Back to editing: the app selects the new node once it is stored. When it is refused, the
    // typed labels stay in the form to be corrected.
    Q_EMIT addRequested(n);
}

void TaxonomyEditor::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour->text()), this, tr("Phenomenon Colour"));
    if (chosen.isValid())
        m_colour->setText(chosen.name());
}

void TaxonomyEditor::updateButtons()
{
    const qint64 id = currentId();
    const bool adding = m_mode != Mode::Edit;
    const bool phenomenonForm = adding ? m_mode == Mode::NewPhenomenon : (id && !m_nodes.value(id).parentId);
    m_addPhenomenon->setEnabled(m_editable);
    m_addMo->setEnabled(m_editable && id != 0);
    m_remove->setEnabled(m_editable && id != 0 && !adding);
    m_save->setEnabled(m_editable && (adding || id != 0));
    m_colour->setEnabled(phenomenonForm);
    m_colourButton->setEnabled(m_editable && phenomenonForm);
    m_planMeasure->setEnabled(phenomenonForm);
    m_undoButton->setEnabled(m_editable && m_stack && m_stack->canUndo());
    m_redoButton->setEnabled(m_editable && m_stack && m_stack->canRedo());
}

} // namespace phenomap
