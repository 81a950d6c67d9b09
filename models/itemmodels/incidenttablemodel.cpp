// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttablemodel.h"

#include "engine.h"
#include "project.h"
#include "sqlite.h"
#include "taxonomy.h"
#include "types.h"

#include <QCollator>
#include <QDateTime>

#include <algorithm>
#include <functional>
#include <numeric>

namespace phenomap {

namespace {

constexpr quint8 kNone = 255;
constexpr int kDescriptionDisplayChars = 200;

QString pageSql()
{
    QString sql = QStringLiteral("SELECT fid, source_ref, address, description FROM incidents WHERE fid IN (");
    for (int i = 0; i < IncidentTableModel::kPageSize; ++i)
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return sql + QLatin1Char(')');
}

/// Ranks of labels in locale order, so that sorting a million rows compares integers.
template<typename Id, typename Labels>
std::vector<qint64> labelRanks(const std::vector<Id> &dictionary, const Labels &labels)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> order(dictionary.size());
    std::iota(order.begin(), order.end(), 0);
    auto labelOf = [&](int i) { return labels.value(dictionary[std::size_t(i)], QString::number(dictionary[std::size_t(i)])); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return collator.compare(labelOf(a), labelOf(b)) < 0; });
    std::vector<qint64> rank(256, -1); // index 255 = none sorts first
    for (std::size_t r = 0; r < order.size(); ++r)
        rank[std::size_t(order[r])] = qint64(r);
    return rank;
}

} // namespace

IncidentTableModel::IncidentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

IncidentTableModel::~IncidentTableModel() = default;

void IncidentTableModel::reset(Project *project, const IncidentColumns *columns, std::vector<quint32> rows)
{
    beginResetModel();
    m_project = project;
    m_columns = columns;
    m_rows = columns ? std::move(rows) : std::vector<quint32>();
    if (m_columns)
        std::erase_if(m_rows, [n = m_columns->size()](quint32 r) { return r >= n; });
    m_cache.clear();
    m_pageQuery.reset();
    m_pagesLoaded = 0;
    loadLabels();
    endResetModel();
}

void IncidentTableModel::loadLabels()
{
    m_phenomenonLabels.clear();
    m_sourceLabels.clear();
    m_municipalityLabels.clear();
    if (!m_project)
        return;
    Database &db = m_project->db();
    for (const TaxonomyNode &node : loadTaxonomy(db))
        m_phenomenonLabels.insert(node.id, node.label(m_language));
    Statement sources = db.prepare("SELECT id, name FROM sources");
    while (sources.step())
        m_sourceLabels.insert(sources.int64(0), sources.text(1));
    Statement zones = db.prepare("SELECT code, name_fr, name_nl FROM zones WHERE layer = 'municipalities'");
    const bool dutch = m_language.startsWith(QLatin1String("nl"));
    while (zones.step()) {
        const QString name = dutch && !zones.isNull(2) ? zones.text(2) : zones.text(1);
        m_municipalityLabels.insert(zones.text(0).toInt(), name);
    }
}

void IncidentTableModel::setLabels(QHash<qint64, QString> phenomena, QHash<qint64, QString> sources)
{
    m_phenomenonLabels = std::move(phenomena);
    m_sourceLabels = std::move(sources);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Phenomenon), index(rowCount() - 1, Source));
}

void IncidentTableModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    loadLabels();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Phenomenon), index(rowCount() - 1, Source));
}

qint64 IncidentTableModel::fidAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return -1;
    return m_columns->fid[m_rows[std::size_t(row)]];
}

int IncidentTableModel::rowOfFid(qint64 fid) const
{
    if (!m_columns)
        return -1;
    const qint64 target = m_columns->rowOfFid(fid);
    if (target < 0)
        return -1;
    const auto it = std::find(m_rows.begin(), m_rows.end(), quint32(target));
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

std::vector<int> IncidentTableModel::rowsOfFids(const QSet<quint32> &fids) const
{
    std::vector<int> out;
    if (!m_columns || fids.isEmpty())
        return out;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i] < m_columns->fid.size() && fids.contains(m_columns->fid[m_rows[i]]))
            out.push_back(int(i));
    return out;
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags IncidentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const IncidentTableModel::TextRow *IncidentTableModel::textRow(int row) const
{
    if (!m_project)
        return nullptr;
    const int page = row / kPageSize;
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
        if (it->index == page) {
            m_cache.splice(m_cache.begin(), m_cache, it);
            return &m_cache.front().rows[std::size_t(row % kPageSize)];
        }
    }
    if (!m_pageQuery)
        m_pageQuery = std::make_unique<Statement>(m_project->db().prepare(pageSql()));
    Statement &st = *m_pageQuery;
    const int first = page * kPageSize;
    const int count = std::min<int>(kPageSize, int(m_rows.size()) - first);
    QHash<qint64, int> slot;
    for (int i = 0; i < kPageSize; ++i) {
        if (i < count) {
            const qint64 fid = fidAt(first + i);
            st.bind(i + 1, fid);
            slot.insert(fid, i);
        } else {
            st.bindNull(i + 1);
        }
    }
    Page p;
    p.index = page;
    p.rows.resize(std::size_t(count));
    while (st.step()) {
        const int i = slot.value(st.int64(0), -1);
        if (i >= 0)
            p.rows[std::size_t(i)] = {st.text(1), st.text(2), st.text(3)};
    }
    st.reset();
    ++m_pagesLoaded;
    m_cache.push_front(std::move(p));
    if (m_cache.size() > std::size_t(kCachedPages))
        m_cache.pop_back();
    return &m_cache.front().rows[std::size_t(row % kPageSize)];
}

QString IncidentTableModel::cheapLabel(int row, int column) const
{
    const IncidentColumns &c = *m_columns;
    const std::size_t i = m_rows[std::size_t(row)];
    switch (column) {
    case From:
    case To: {
        const qint64 secs = column == From ? c.fromUtc(i) : c.toUtc(i);
        return QDateTime::fromSecsSinceEpoch(secs, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case Phenomenon: {
        const qint64 id = c.phenomenonIds[c.phenomenon[i]];
        return m_phenomenonLabels.value(id, QString::number(id));
    }
    case Municipality: {
        if (c.municipality[i] == kNone)
            return QString();
        const int nis = c.municipalityNis[c.municipality[i]];
        return m_municipalityLabels.value(nis, QString::number(nis));
    }
    case Source: {
        const qint64 id = c.sourceIds[c.source[i]];
        return m_sourceLabels.value(id, QString::number(id));
    }
    case Tlp:
        return tlpLabel(phenomap::Tlp(c.tlp[i]));
    }
    return QString();
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == FidRole)
        return fidAt(row);
    if (role == SortRole)
        return sortKey(row, column);
    if (role == ExportRole && (column == From || column == To)) {
        const std::size_t i = m_rows[std::size_t(row)];
        const qint64 secs = column == From ? m_columns->fromUtc(i) : m_columns->toUtc(i);
        return QDateTime::fromSecsSinceEpoch(secs, m_zone).toString(Qt::ISODate);
    }
    if (role == ExportRole)
        role = Qt::ToolTipRole; // the whole description, not its first line
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column < SourceRef)
        return cheapLabel(row, column);
    const TextRow *text = textRow(row);
    if (!text)
        return {};
    switch (column) {
    case SourceRef:
        return text->sourceRef;
    case Address:
        return text->address;
    case Description: {
        if (role == Qt::ToolTipRole)
            return text->description;
        QString shown = text->description.section(QLatin1Char('\n'), 0, 0);
        if (shown.size() > kDescriptionDisplayChars || shown.size() < text->description.size())
            shown = shown.left(kDescriptionDisplayChars) + QChar(0x2026);
        return shown;
    }
    }
    return {};
}

QVariant IncidentTableModel::sortKey(int row, int column) const
{
    const IncidentColumns &c = *m_columns;
    const std::size_t i = m_rows[std::size_t(row)];
    switch (column) {
    case From: return c.fromUtc(i);
    case To: return c.toUtc(i);
    case Tlp: return int(c.tlp[i]);
    case Phenomenon:
    case Municipality:
    case Source: return cheapLabel(row, column);
    default: return data(index(row, column), Qt::DisplayRole);
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case From: return tr("From");
    case To: return tr("To");
    case Phenomenon: return tr("Phenomenon");
    case Municipality: return tr("Municipality");
    case Source: return tr("Source");
    case Tlp: return tr("Marking");
    case SourceRef: return tr("Source reference");
    case Address: return tr("Address");
    case Description: return tr("Description");
    }
    return {};
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_columns || column < 0 || column >= SourceRef)
        return; // text columns would need every row's text: not sortable by design
    const IncidentColumns &c = *m_columns;
    std::function<qint64(quint32)> keyOf;
    std::vector<qint64> rank;
    switch (column) {
    case From: keyOf = [&](quint32 i) { return qint64(c.fromMin[i]); }; break;
    case To: keyOf = [&](quint32 i) { return qint64(c.toMin[i]); }; break;
    case Tlp: keyOf = [&](quint32 i) { return qint64(c.tlp[i]); }; break;
    case Phenomenon:
        rank = labelRanks(c.phenomenonIds, m_phenomenonLabels);
        keyOf = [&](quint32 i) { return rank[c.phenomenon[i]]; };
        break;
    case Source:
        rank = labelRanks(c.sourceIds, m_sourceLabels);
        keyOf = [&](quint32 i) { return rank[c.source[i]]; };
        break;
    case Municipality:
        rank = labelRanks(c.municipalityNis, m_municipalityLabels);
        keyOf = [&](quint32 i) { return rank[c.municipality[i]]; };
        break;
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<quint32> positions(m_rows.size());
    std::iota(positions.begin(), positions.end(), 0u);
    std::vector<qint64> keys(m_rows.size());
    for (std::size_t p = 0; p < m_rows.size(); ++p)
        keys[p] = keyOf(m_rows[p]);
    if (order == Qt::AscendingOrder)
        std::stable_sort(positions.begin(), positions.end(), [&](quint32 a, quint32 b) { return keys[a] < keys[b]; });
    else
        std::stable_sort(positions.begin(), positions.end(), [&](quint32 a, quint32 b) { return keys[a] > keys[b]; });

    std::vector<quint32> sorted(m_rows.size());
    std::vector<int> newPosOfOld(m_rows.size());
    for (std::size_t p = 0; p < positions.size(); ++p) {
        sorted[p] = m_rows[positions[p]];
        newPosOfOld[positions[p]] = int(p);
    }
    m_rows = std::move(sorted);
    m_cache.clear(); // pages are ranges of displayed rows

    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &idx : from)
        to << index(newPosOfOld[std::size_t(idx.row())], idx.column());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace phenomap
