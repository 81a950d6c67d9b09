// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "situationpicture.h"

#include <QAbstractTableModel>

namespace phenomap {

/// The storyboard: the project's situation pictures in their order, one row each. Read-only;
/// edits go through PictureStore (and the undo stack) and then setPictures().
class StoryboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Marking, Author, Modified, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1 };

    explicit StoryboardModel(QObject *parent = nullptr);

    void setPictures(const QList<SituationPicture> &pictures);
    const QList<SituationPicture> &pictures() const { return m_pictures; }
    /// Row of the picture with this uuid, or -1.
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SituationPicture> m_pictures;
};

} // namespace phenomap
