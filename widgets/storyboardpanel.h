// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QTreeView;

namespace phenomap {

/// The storyboard dock: the pictures in order and the actions on them. It only emits
/// requests; the storyboard controller does the work and enables the actions.
class StoryboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StoryboardPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTreeView *view() const { return m_view; }
    /// Uuid of the selected picture (UserRole + 1 of column 0), or an empty string.
    QString currentUuid() const;
    void selectUuid(const QString &uuid);

    QAction *saveAction() const { return m_save; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *upAction() const { return m_up; }
    QAction *downAction() const { return m_down; }
    QAction *showAction() const { return m_show; }

Q_SIGNALS:
    void selectionChanged();

private:
    QTreeView *m_view;
    QAction *m_save, *m_edit, *m_remove, *m_up, *m_down, *m_show;
};

} // namespace phenomap
