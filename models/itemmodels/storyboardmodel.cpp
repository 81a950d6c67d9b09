// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyboardmodel.h"

#include <QLocale>

namespace phenomap {

StoryboardModel::StoryboardModel(QObject *parent) : QAbstractTableModel(parent) {}

void StoryboardModel::setPictures(const QList<SituationPicture> &pictures)
{
    beginResetModel();
    m_pictures = pictures;
    endResetModel();
}

int StoryboardModel::rowOf(const QString &uuid) const
{
    for (int row = 0; row < m_pictures.size(); ++row)
        if (m_pictures.at(row).uuid == uuid)
            return row;
    return -1;
}

int StoryboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pictures.size());
}

int StoryboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SituationPicture &p = m_pictures.at(index.row());
    if (role == UuidRole)
        return p.uuid;
    if (role == Qt::ToolTipRole)
        return p.narrative.isEmpty() ? QVariant() : QVariant(p.narrative);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title: return p.title;
    case Marking: return tlpLabel(p.tlp); // TLP labels are never translated
    case Author: return p.author;
    case Modified: return QLocale().toString(p.modifiedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant StoryboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Title");
    case Marking: return tr("Marking");
    case Author: return tr("Author");
    case Modified: return tr("Modified");
    default: return {};
    }
}

} // namespace phenomap
