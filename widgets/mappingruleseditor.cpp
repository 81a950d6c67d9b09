// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingruleseditor.h"

#include "mappingrulemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace phenomap {
namespace {

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

QComboBox *combo(const QString &name, const QString &tip, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setAccessibleName(name);
    c->setToolTip(tip);
    return c;
}

} // namespace

MappingRulesEditor::MappingRulesEditor(QWidget *parent)
    : QDialog(parent), m_model(new MappingRuleModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(combo(tr("Show rules of"), tr("Show only the rules of one source"), this)),
      m_source(combo(tr("Source"), tr("The source whose raw value the rule maps, or every source"), this)),
      m_field(combo(tr("Field"), tr("Whether the raw value names a phenomenon or a modus operandi"), this)),
      m_match(combo(tr("Match"), tr("Exact, or ignoring case, accents and punctuation"), this)),
      m_target(combo(tr("Maps to"), tr("The phenomenon or modus operandi the raw value stands for"), this)),
      m_raw(new QLineEdit(this)), m_table(new QTableView(this)),
      m_add(button(tr("&Add Rule"), tr("Add a rule from the values in the form"), this)),
      m_change(button(tr("&Apply to Selected Rule"),
                      tr("Give the selected rule the target and match chosen in the form"), this)),
      m_remove(button(tr("&Remove"), tr("Remove the selected rule; later imports no longer apply it"), this)),
      m_undoButton(button(tr("&Undo"), tr("Undo the last change (Ctrl+Z)"), this)),
      m_redoButton(button(tr("R&edo"), tr("Redo the change last undone (Ctrl+Shift+Z)"), this))
{
    setWindowTitle(tr("Mapping Rules"));
    setObjectName(QStringLiteral("mappingRulesEditor"));
    m_raw->setAccessibleName(tr("Value in the source"));
    m_raw->setToolTip(tr("The category exactly as the source writes it"));
    m_field->addItem(tr("Phenomenon"), QStringLiteral("phenomenon"));
    m_field->addItem(tr("Modus operandi"), QStringLiteral("mo"));
    m_match->addItem(tr("Exact"), QStringLiteral("exact"));
    m_match->addItem(tr("Ignoring case and accents"), QStringLiteral("normalised"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(MappingRuleModel::SourceIdRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("mappingRulesTable"));
    m_table->setAccessibleName(tr("Mapping rules"));
    m_table->setToolTip(tr("Choose a rule to change its target or remove it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    setSources({});

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show rules of:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Value in the source:"), m_raw);
    form->addRow(tr("&Match:"), m_match);
    form->addRow(tr("Maps &to:"), m_target);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_add);
    formButtons->addWidget(m_change);
    formButtons->addWidget(m_remove);
    formButtons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undoButton);
    bottom->addWidget(m_redoButton);
    bottom->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addLayout(bottom);

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
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { setSourceFilter(m_filter->currentData().toLongLong()); });
    connect(m_field, &QComboBox::currentIndexChanged, this, &MappingRulesEditor::fillTargets);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MappingRulesEditor::showRule);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_editable)
            Q_EMIT addRequested(formRule());
    });
    connect(m_change, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId(); id && m_editable)
            Q_EMIT changeRequested(id, m_target->currentData().toLongLong(), m_match->currentData().toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId(); id && m_editable)
            Q_EMIT removeRequested(id);
    });
    resize(860, 560);
    updateButtons();
}

void MappingRulesEditor::setSources(const QList<std::pair<qint64, QString>> &sources)
{
    const qint64 filter = m_filter->count() ? m_filter->currentData().toLongLong() : -1;
    const qint64 source = m_source->currentData().toLongLong();
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All sources"), qint64(-1));
        m_filter->addItem(tr("(every source)"), qint64(0));
        m_source->clear();
        m_source->addItem(tr("(every source)"), qint64(0));
        for (const auto &[id, name] : sources) {
            m_filter->addItem(name, id);
            m_source->addItem(name, id);
        }
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(filter)));
        m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    }
    setSourceFilter(m_filter->currentData().toLongLong());
}

void MappingRulesEditor::setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language)
{
    m_nodes = nodes;
    m_language = language;
    fillTargets();
}

void MappingRulesEditor::fillTargets()
{
    // As in the import wizard: an MO value names an MO; a phenomenon value a phenomenon or an MO.
    const bool mo = m_field->currentData().toString() == QLatin1String("mo");
    const qint64 keep = m_target->currentData().toLongLong();
    m_target->clear();
    for (const TaxonomyNode &p : m_nodes) {
        if (p.parentId)
            continue;
        if (!mo)
            m_target->addItem(p.label(m_language), p.id);
        for (const TaxonomyNode &m : m_nodes)
            if (m.parentId == p.id)
                m_target->addItem(QStringLiteral("%1 › %2").arg(p.label(m_language), m.label(m_language)), m.id);
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(keep)));
    updateButtons();
}

void MappingRulesEditor::setRules(const QList<MappingRule> &rules)
{
    const qint64 keep = currentId();
    m_model->setRules(rules);
    if (!selectId(keep))
        updateButtons();
}

void MappingRulesEditor::setUndoStack(QUndoStack *stack)
{
    m_stack = stack;
    if (stack) {
        connect(stack, &QUndoStack::canUndoChanged, this, &MappingRulesEditor::updateButtons);
        connect(stack, &QUndoStack::canRedoChanged, this, &MappingRulesEditor::updateButtons);
    }
    updateButtons();
}

void MappingRulesEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_raw->setReadOnly(!editable);
    updateButtons();
}

void MappingRulesEditor::setSourceFilter(qint64 sourceId)
{
    const int index = m_filter->findData(sourceId);
    if (index >= 0 && index != m_filter->currentIndex()) {
        m_filter->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    m_proxy->setFilterRegularExpression(sourceId < 0 ? QRegularExpression()
                                                     : QRegularExpression(QStringLiteral("^%1$").arg(sourceId)));
    updateButtons();
}

qint64 MappingRulesEditor::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(MappingRuleModel::IdRole).toLongLong() : 0;
}

bool MappingRulesEditor::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
    return true;
}

int MappingRulesEditor::visibleRuleCount() const
{
    return m_proxy->rowCount();
}

MappingRule MappingRulesEditor::formRule() const
{
    MappingRule r;
    r.sourceId = m_source->currentData().toLongLong();
    r.field = m_field->currentData().toString();
    r.rawValue = m_raw->text();
    r.match = m_match->currentData().toString();
    r.targetId = m_target->currentData().toLongLong();
    return r;
}

bool MappingRulesEditor::setForm(qint64 sourceId, const QString &field, const QString &rawValue, const QString &match,
                                 qint64 targetId)
{
    const int source = m_source->findData(sourceId), f = m_field->findData(field), m = m_match->findData(match);
    if (source < 0 || f < 0 || m < 0)
        return false;
    m_source->setCurrentIndex(source);
    m_field->setCurrentIndex(f); // refills the targets for the field
    m_match->setCurrentIndex(m);
    m_raw->setText(rawValue);
    const int target = m_target->findData(targetId);
    if (target < 0)
        return false;
    m_target->setCurrentIndex(target);
    return true;
}

void MappingRulesEditor::showRule()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const MappingRule r = m_model->rules().at(m_proxy->mapToSource(current).row());
        setForm(r.sourceId, r.field, r.rawValue, r.match, r.targetId);
    }
    updateButtons();
}

void MappingRulesEditor::updateButtons()
{
    const bool selected = currentId() != 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_source, m_field, m_match, m_target})
        w->setEnabled(m_editable);
    m_add->setEnabled(m_editable && m_target->count() > 0);
    m_change->setEnabled(m_editable && selected && m_target->count() > 0);
    m_remove->setEnabled(m_editable && selected);
    m_undoButton->setEnabled(m_editable && m_stack && m_stack->canUndo());
    m_redoButton->setEnabled(m_editable && m_stack && m_stack->canRedo());
}

} // namespace phenomap
