// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonemodel.h"

#include "sqlite.h"

namespace phenomap {

ZoneModel::ZoneModel(QObject *parent) : QAbstractTableModel(parent) {}

void ZoneModel::load(Database &db, const QString &layer)
{
    std::vector<Zone> zones;
    // Numeric codes (NIS, police zones, cells) sort as numbers; any other code after them.
    Statement st = db.prepare("SELECT code, name_fr, name_nl, population FROM zones WHERE layer = ?"
                              " ORDER BY CAST(code AS INTEGER), code");
    st.bind(1, layer);
    while (st.step())
        zones.push_back({st.text(0), st.text(1), st.text(2), st.isNull(3) ? -1 : st.int64(3)});
    beginResetModel();
    m_zones = std::move(zones);
    m_layer = layer;
    m_counts.clear();
    endResetModel();
}

void ZoneModel::setCounts(QHash<int, quint32> countByCode)
{
    m_counts = std::move(countByCode);
    if (!m_zones.empty())
        Q_EMIT dataChanged(index(0, Count), index(rowCount() - 1, Count), {Qt::DisplayRole});
}

int ZoneModel::codeAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_zones.size())
        return -1;
    bool ok = false;
    const int code = m_zones[std::size_t(row)].code.toInt(&ok);
    return ok ? code : -1;
}

int ZoneModel::rowOfCode(int code) const
{
    for (std::size_t r = 0; r < m_zones.size(); ++r)
        if (codeAt(int(r)) == code)
            return int(r);
    return -1;
}

int ZoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

int ZoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZoneModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Zone &z = m_zones[std::size_t(index.row())];
    if (role == CodeRole)
        return codeAt(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Population || index.column() == Count))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code: return z.code;
    case NameFr: return z.nameFr;
    case NameNl: return z.nameNl;
    case Population: return z.population >= 0 ? QVariant(z.population) : QVariant();
    case Count: return m_counts.value(codeAt(index.row()), 0);
    }
    return {};
}

QVariant ZoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Code: return tr("Code");
        case NameFr: return tr("Name (French)");
        case NameNl: return tr("Name (Dutch)");
        case Population: return tr("Population");
        case Count: return tr("Incidents");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ZoneModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace phenomap
