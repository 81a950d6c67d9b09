// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace phenomap {

/// The table of an analysis result (an output of runAnalysis, fresh or saved):
/// - Gi* and LISA: one row per unit (cell or zone) with its id, count, statistic (Gi* z-score /
///   local I), z, p-value (after the correction) and class;
/// - Knox: one row per distance band x time band with observed and expected pairs, the Knox
///   ratio and the p-value; the vertical header names both bands;
/// - Global Moran: one row per measure (I, E[I], z, p) with its value.
/// Numbers are returned raw for Qt::EditRole (sorting) and formatted for Qt::DisplayRole.
class AnalysisResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit AnalysisResultModel(QObject *parent = nullptr);

    /// Shows an output; an empty object clears the table.
    void setOutput(const QJsonObject &output);
    QString method() const { return m_method; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString header;
        QVariantList values; ///< raw numbers (double/qint64), strings, or invalid for "no value"
    };
    void buildUnits(const QJsonObject &output);
    void buildKnox(const QJsonObject &result);
    void buildMoran(const QJsonObject &result);
    QString classLabel(int value) const;

    QString m_method;
    QStringList m_columns;
    std::vector<Row> m_rows;
};

} // namespace phenomap
