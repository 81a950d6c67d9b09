// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace phenomap {

class Database;

/// Zone tables (municipalities, police zones, grids) list one layer's zones with their incident
/// counts; the list of zones is read once per layer while counts change with every filter, so
/// setCounts() only touches the Count column.
class ZoneModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, NameFr, NameNl, Population, Count, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< the zone code as int (NIS code, police-zone number, cell id)
    };

    explicit ZoneModel(QObject *parent = nullptr);

    /// Reads the zones of one layer ('municipalities', 'police_zones', ...) ordered by code.
    void load(Database &db, const QString &layer);
    /// Incident counts by zone code; zones absent from the hash show 0.
    void setCounts(QHash<int, quint32> countByCode);
    /// Code of the zone in a row, or -1 when out of range.
    int codeAt(int row) const;
    /// Row of a zone code, or -1.
    int rowOfCode(int code) const;
    /// The layer last loaded.
    const QString &layer() const { return m_layer; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Zone
    {
        QString code;
        QString nameFr, nameNl;
        qint64 population = -1; ///< -1 when unknown
    };
    std::vector<Zone> m_zones;
    QHash<int, quint32> m_counts;
    QString m_layer;
};

} // namespace phenomap
