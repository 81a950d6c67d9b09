// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <list>
#include <memory>
#include <vector>

namespace phenomap {

class Project;
class Statement;
struct IncidentColumns;

/// The incident table must scroll through a million filtered rows without loading their text:
/// cheap columns come from the engine's in-memory columns and label dictionaries, while the
/// text columns are read from SQLite in pages of kPageSize rows, on demand, kept in a small LRU.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { From, To, Phenomenon, Municipality, Source, Tlp, SourceRef, Address, Description, ColumnCount };
    enum Role {
        FidRole = Qt::UserRole + 1, ///< the incident's fid (qint64)
        SortRole,                   ///< a value that sorts like the column (seconds, label, ...)
        ExportRole,                 ///< the whole value for a file: ISO 8601 times, full text
    };
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 16;

    explicit IncidentTableModel(QObject *parent = nullptr);
    ~IncidentTableModel() override;

    /// Shows `rows` (indexes into `columns`, e.g. FilterResult::rows). Neither pointer is owned;
    /// both must outlive the model or the next reset(). Labels are (re)loaded from the project.
    void reset(Project *project, const IncidentColumns *columns, std::vector<quint32> rows);
    /// Replaces the phenomenon and source labels (store id -> label).
    void setLabels(QHash<qint64, QString> phenomena, QHash<qint64, QString> sources);
    /// Language of the phenomenon labels loaded by reset(): "fr", "nl" or "en" (default).
    void setLanguage(const QString &language);
    /// fid of the incident shown in a row, or -1 when out of range.
    qint64 fidAt(int row) const;
    /// Row showing an incident, or -1 when it is not shown.
    int rowOfFid(qint64 fid) const;
    /// Table rows showing any of these fids, ascending; one pass over the table.
    std::vector<int> rowsOfFids(const QSet<quint32> &fids) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Sorts by a cheap column; text columns are not sortable (they are not loaded).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Pages read from SQLite since the last reset (for tests and diagnostics).
    int pagesLoaded() const { return m_pagesLoaded; }

private:
    struct TextRow
    {
        QString sourceRef, address, description;
    };
    struct Page
    {
        int index = 0;
        std::vector<TextRow> rows;
    };
    const TextRow *textRow(int row) const;
    void loadLabels();
    QString cheapLabel(int row, int column) const;
    QVariant sortKey(int row, int column) const;

    Project *m_project = nullptr;
    const IncidentColumns *m_columns = nullptr;
    std::vector<quint32> m_rows;
    QString m_language = QStringLiteral("en");
    QTimeZone m_zone{"Europe/Brussels"}; ///< dates are shown in Brussels local time
    QHash<qint64, QString> m_phenomenonLabels, m_sourceLabels;
    QHash<int, QString> m_municipalityLabels;
    mutable std::list<Page> m_cache; ///< most recently used first
    mutable std::unique_ptr<Statement> m_pageQuery;
    mutable int m_pagesLoaded = 0;
};

} // namespace phenomap
