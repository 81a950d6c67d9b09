// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyboardpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace phenomap {

StoryboardPanel::StoryboardPanel(QWidget *parent) : QWidget(parent), m_view(new QTreeView(this))
{
    m_save = new QAction(tr("Save Current View as Picture…"), this);
    m_edit = new QAction(tr("Edit Picture…"), this);
    m_remove = new QAction(tr("Delete Picture"), this);
    m_up = new QAction(tr("Move Up"), this);
    m_down = new QAction(tr("Move Down"), this);
    m_show = new QAction(tr("Show Picture"), this);
    m_save->setToolTip(tr("Save the current filter, time window and map extent as a situation picture"));
    m_show->setToolTip(tr("Restore the picture's filter, time window and map extent"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Storyboard"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_show, m_edit, m_remove, m_up, m_down});
    connect(m_view, &QTreeView::doubleClicked, m_show, &QAction::trigger);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_save, m_show, m_edit, m_remove, m_up, m_down});
    addActions({m_remove});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_view);
}

void StoryboardPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    m_view->header()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StoryboardPanel::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &StoryboardPanel::selectionChanged);
}

QString StoryboardPanel::currentUuid() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(Qt::UserRole + 1).toString() : QString();
}

void StoryboardPanel::selectUuid(const QString &uuid)
{
    QAbstractItemModel *model = m_view->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Qt::UserRole + 1).toString() == uuid) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

} // namespace phenomap
