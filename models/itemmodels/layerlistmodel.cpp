// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlistmodel.h"

#include "mappainter.h"

#include <algorithm>

namespace phenomap {

LayerListModel::LayerListModel(MapPainter *painter, QObject *parent) : QAbstractListModel(parent), m_painter(painter)
{
    refresh();
}

void LayerListModel::setTitle(const QString &id, const QString &title)
{
    m_titles.insert(id, title);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole});
}

QString LayerListModel::title(const QString &id) const
{
    if (id == QLatin1String("incidents"))
        return tr("Incidents");
    if (id == QLatin1String("municipalities"))
        return tr("Municipality boundaries");
    if (id == QLatin1String("police_zones"))
        return tr("Police zone boundaries");
    if (id == QLatin1String("labels"))
        return tr("Municipality names");
    return m_titles.value(id, id);
}

void LayerListModel::refresh()
{
    QStringList ids = m_painter->layerIds();
    std::reverse(ids.begin(), ids.end());
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

int LayerListModel::rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

int LayerListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return title(id);
    case Qt::ToolTipRole:
        return tr("%1: check to show, uncheck to hide; the slider below sets its opacity").arg(title(id));
    case Qt::CheckStateRole:
        return m_painter->isLayerVisible(id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return id;
    case OpacityRole:
        return m_painter->layerOpacity(id);
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &id = m_ids.at(index.row());
    if (role == Qt::CheckStateRole) {
        const bool visible = value.toInt() == Qt::Checked;
        if (visible == m_painter->isLayerVisible(id))
            return true;
        m_painter->setLayerVisible(id, visible);
    } else if (role == OpacityRole) {
        bool ok = false;
        const double opacity = std::clamp(value.toDouble(&ok), 0.0, 1.0);
        if (!ok)
            return false;
        if (opacity == m_painter->layerOpacity(id))
            return true;
        m_painter->setLayerOpacity(id, opacity);
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index, {role});
    Q_EMIT layersChanged();
    return true;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "layerId");
    names.insert(OpacityRole, "opacity");
    return names;
}

} // namespace phenomap
