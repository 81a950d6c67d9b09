// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisresultmodel.h"

#include <QJsonArray>

#include <cmath>

namespace phenomap {

AnalysisResultModel::AnalysisResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnalysisResultModel::setOutput(const QJsonObject &output)
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_method = output.value(QStringLiteral("record")).toObject().value(QStringLiteral("method")).toString();
    const QJsonObject result = output.value(QStringLiteral("result")).toObject();
    if (m_method == QLatin1String("gi") || m_method == QLatin1String("lisa"))
        buildUnits(output);
    else if (m_method == QLatin1String("knox"))
        buildKnox(result);
    else if (m_method == QLatin1String("moran"))
        buildMoran(result);
    endResetModel();
}

QString AnalysisResultModel::classLabel(int v) const
{
    if (m_method == QLatin1String("gi")) {
        switch (v) {
        case 3: return tr("Hot spot 99 %");
        case 2: return tr("Hot spot 95 %");
        case 1: return tr("Hot spot 90 %");
        case -1: return tr("Cold spot 90 %");
        case -2: return tr("Cold spot 95 %");
        case -3: return tr("Cold spot 99 %");
        default: return tr("Not significant");
        }
    }
    switch (v) {
    case 1: return tr("High-high");
    case 2: return tr("Low-high");
    case 3: return tr("Low-low");
    case 4: return tr("High-low");
    default: return tr("Not significant");
    }
}

void AnalysisResultModel::buildUnits(const QJsonObject &output)
{
    const bool gi = m_method == QLatin1String("gi");
    const QJsonObject units = output.value(QStringLiteral("units")).toObject();
    const QJsonObject result = output.value(QStringLiteral("result")).toObject();
    m_columns = {tr("Unit"), tr("Incidents"), gi ? tr("Gi* z-score") : tr("Local I"), tr("z"), tr("p-value"), tr("Class")};
    const QJsonArray codes = units.value(QStringLiteral("codes")).toArray();
    const QJsonArray col = units.value(QStringLiteral("column")).toArray(), row = units.value(QStringLiteral("row")).toArray();
    const QJsonArray count = units.value(QStringLiteral("count")).toArray();
    const QJsonArray stat = result.value(gi ? QStringLiteral("z") : QStringLiteral("I")).toArray();
    const QJsonArray z = result.value(QStringLiteral("z")).toArray();
    const QJsonArray p = result.value(QStringLiteral("pAdjusted")).toArray();
    const QJsonArray cls = result.value(gi ? QStringLiteral("hotCold") : QStringLiteral("cluster")).toArray();
    auto number = [](const QJsonArray &a, qsizetype i) {
        return i < a.size() && a[i].isDouble() ? QVariant(a[i].toDouble()) : QVariant();
    };
    for (qsizetype i = 0; i < count.size(); ++i) {
        Row r;
        const QString id = i < codes.size() ? codes[i].toString()
                           : i < col.size() && i < row.size()
                               ? tr("cell %1, %2").arg(col[i].toInt()).arg(row[i].toInt())
                               : QString::number(i);
        r.values = {id, number(count, i), number(stat, i), number(z, i), number(p, i),
                    classLabel(i < cls.size() ? cls[i].toInt() : 0)};
        m_rows.push_back(std::move(r));
    }
}

void AnalysisResultModel::buildKnox(const QJsonObject &result)
{
    m_columns = {tr("Distance"), tr("Time"), tr("Observed pairs"), tr("Expected pairs"), tr("Knox ratio"), tr("p-value")};
    const QJsonArray rowLabels = result.value(QStringLiteral("rowLabels")).toArray();
    const QJsonArray columnLabels = result.value(QStringLiteral("columnLabels")).toArray();
    for (const QJsonValue &v : result.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString d = rowLabels.at(c.value(QStringLiteral("row")).toInt()).toString();
        const QString t = columnLabels.at(c.value(QStringLiteral("column")).toInt()).toString();
        auto num = [&](const char *key) {
            const QJsonValue x = c.value(QLatin1String(key));
            return x.isDouble() ? QVariant(x.toDouble()) : QVariant();
        };
        Row r;
        r.header = tr("%1, %2").arg(d, t);
        r.values = {d, t, QVariant(qint64(c.value(QStringLiteral("observed")).toInteger())), num("expected"), num("ratio"),
                    num("p")};
        m_rows.push_back(std::move(r));
    }
}

void AnalysisResultModel::buildMoran(const QJsonObject &result)
{
    m_columns = {tr("Measure"), tr("Value")};
    auto add = [&](const QString &name, const char *key) {
        const QJsonValue v = result.value(QLatin1String(key));
        m_rows.push_back(Row{name, {name, v.isDouble() ? QVariant(v.toDouble()) : QVariant()}});
    };
    add(tr("Moran's I"), "I");
    add(tr("E[I]"), "EI");
    add(tr("z (randomisation)"), "z_rand");
    add(tr("p (randomisation)"), "p_rand");
    add(tr("z (permutations)"), "z_sim");
    add(tr("Pseudo p (permutations)"), "p_sim");
}

int AnalysisResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalysisResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AnalysisResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &v = m_rows[std::size_t(index.row())].values.value(index.column());
    if (role == Qt::EditRole)
        return v;
    if (role == Qt::TextAlignmentRole)
        return v.typeId() == QMetaType::QString ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (!v.isValid())
        return tr("n/a");
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15 && m_columns.value(index.column()) != tr("Value"))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 4);
    }
    return v.toString();
}

QVariant AnalysisResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section]) : QVariant();
    if (section < 0 || section >= int(m_rows.size()))
        return {};
    const QString &h = m_rows[std::size_t(section)].header;
    return h.isEmpty() ? QVariant(section + 1) : QVariant(h);
}

} // namespace phenomap
