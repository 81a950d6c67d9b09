// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace phenomap {

class Database;

/// Maps a source's raw category values onto the phenomenon/MO taxonomy. Each partner words its
/// categories differently ("Stup", "Drugs - deal", "Inbraak woning"), so the analyst's decisions
/// are kept as rules in phenomap_mapping_rules (per source, or for every source when source_id
/// is NULL) and reused. Lookup order: a rule for this source matching exactly, a rule for every
/// source matching exactly, the same two with case-, accent- and punctuation-insensitive
/// matching (rules stored with match = 'normalised'), then the taxonomy's own FR/NL/EN labels
/// and codes. Rule `field` is the target role, "phenomenon" or "mo"; a rule's target may be a
/// phenomenon or an MO (an MO implies its phenomenon). Results are cached per distinct value.
class CategoryMapper
{
public:
    struct Target
    {
        qint64 phenomenonId = 0;
        qint64 moId = 0; ///< 0 when the value names a phenomenon only
    };

    /// Loads the taxonomy and every rule. Throws SqliteError.
    explicit CategoryMapper(Database &db);

    /// nullopt when no rule and no taxonomy label or code covers the value.
    std::optional<Target> resolve(qint64 sourceId, const QString &field, const QString &raw);
    /// The id of a taxonomy node by code ("drugs" or "drugs.street_dealing"), 0 when unknown.
    qint64 idForCode(const QString &code) const { return m_byCode.value(code); }

    /// Saves (or replaces) a rule inside the caller's transaction. sourceId 0 = every source.
    /// `normalised` makes the rule match case-, accent- and punctuation-insensitively.
    static void saveRule(Database &db, qint64 sourceId, const QString &field, const QString &raw, qint64 targetId,
                         bool normalised = true);

private:
    std::optional<Target> lookup(qint64 sourceId, const QString &field, const QString &raw) const;
    Target targetOf(qint64 id) const;

    QHash<QString, qint64> m_exact, m_normalised;      // key: sourceId \x1f field \x1f value
    QHash<QString, qint64> m_phenomenonLabels, m_moLabels; // folded labels and codes
    QHash<QString, qint64> m_byCode;
    QHash<qint64, qint64> m_parent;                   // mo id -> phenomenon id; phenomena absent
    QHash<QString, std::optional<Target>> m_cache;
};

} // namespace phenomap
