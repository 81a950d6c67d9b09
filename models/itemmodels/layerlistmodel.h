// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace phenomap {

class MapPainter;

/// The map's layers as the layer panel lists them, top of the map first: the check box is the
/// layer's visibility, OpacityRole its opacity. It reads and writes the MapPainter it is given
/// (not owned), so the panel, the saved pictures and the painter never disagree; call refresh()
/// after adding or removing an overlay.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, OpacityRole };

    explicit LayerListModel(MapPainter *painter, QObject *parent = nullptr);

    /// The name shown for an overlay id (built-in layers have their own names).
    void setTitle(const QString &id, const QString &title);
    QString title(const QString &id) const;
    /// Reads the layer list again from the painter.
    void refresh();
    /// Row of a layer id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A layer's visibility or opacity changed: redraw the map.
    void layersChanged();

private:
    MapPainter *m_painter;
    QStringList m_ids; ///< top first
    QHash<QString, QString> m_titles;
};

} // namespace phenomap
