// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorymapper.h"

#include "sqlite.h"
#include "textfold.h"

namespace phenomap {
namespace {

QString ruleKey(qint64 sourceId, const QString &field, const QString &value)
{
    return QString::number(sourceId) + QChar(0x1f) + field + QChar(0x1f) + value;
}

} // namespace

CategoryMapper::CategoryMapper(Database &db)
{
    Statement nodes = db.prepare("SELECT id, parent_id, kind, code, label_fr, label_nl, label_en FROM phenomena");
    while (nodes.step()) {
        const qint64 id = nodes.int64(0);
        const bool mo = nodes.text(2) == QLatin1String("mo");
        const QString code = nodes.text(3);
        m_byCode.insert(code, id);
        if (mo)
            m_parent.insert(id, nodes.int64(1));
        QHash<QString, qint64> &labels = mo ? m_moLabels : m_phenomenonLabels;
        QStringList keys = {code, nodes.text(4), nodes.text(5), nodes.text(6)};
        if (mo)
            keys << code.section(QLatin1Char('.'), 1);
        for (const QString &k : keys) {
            const QString f = foldText(k);
            if (!f.isEmpty() && !labels.contains(f))
                labels.insert(f, id);
        }
    }
    Statement rules = db.prepare("SELECT coalesce(source_id, 0), field, raw_value, match, target_id FROM phenomap_mapping_rules");
    while (rules.step()) {
        const qint64 source = rules.int64(0);
        const QString field = rules.text(1), raw = rules.text(2);
        if (rules.text(3) == QLatin1String("normalised"))
            m_normalised.insert(ruleKey(source, field, foldText(raw)), rules.int64(4));
        else
            m_exact.insert(ruleKey(source, field, raw), rules.int64(4));
    }
}

CategoryMapper::Target CategoryMapper::targetOf(qint64 id) const
{
    const auto it = m_parent.constFind(id);
    if (it != m_parent.constEnd())
        return {*it, id};
    return {id, 0};
}

std::optional<CategoryMapper::Target> CategoryMapper::lookup(qint64 sourceId, const QString &field, const QString &raw) const
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    for (qint64 s : {sourceId, qint64(0)})
        if (const auto it = m_exact.constFind(ruleKey(s, field, value)); it != m_exact.constEnd())
            return targetOf(*it);
    const QString folded = foldText(value);
    if (folded.isEmpty())
        return std::nullopt;
    for (qint64 s : {sourceId, qint64(0)})
        if (const auto it = m_normalised.constFind(ruleKey(s, field, folded)); it != m_normalised.constEnd())
            return targetOf(*it);
    const bool mo = field == QLatin1String("mo");
    const QHash<QString, qint64> &first = mo ? m_moLabels : m_phenomenonLabels;
    const QHash<QString, qint64> &second = mo ? m_phenomenonLabels : m_moLabels;
    if (const auto it = first.constFind(folded); it != first.constEnd())
        return targetOf(*it);
    if (!mo) // a category column may name an MO directly; an MO column never names a phenomenon
        if (const auto it = second.constFind(folded); it != second.constEnd())
            return targetOf(*it);
    return std::nullopt;
}

std::optional<CategoryMapper::Target> CategoryMapper::resolve(qint64 sourceId, const QString &field, const QString &raw)
{
    const QString key = ruleKey(sourceId, field, raw);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    const auto t = lookup(sourceId, field, raw);
    m_cache.insert(key, t);
    return t;
}

void CategoryMapper::saveRule(Database &db, qint64 sourceId, const QString &field, const QString &raw, qint64 targetId,
                              bool normalised)
{
    Statement del = db.prepare("DELETE FROM phenomap_mapping_rules WHERE source_id IS ? AND field = ? AND raw_value = ?");
    if (sourceId)
        del.bind(1, sourceId);
    else
        del.bindNull(1);
    del.bind(2, field).bind(3, raw).run();
    Statement st = db.prepare(
        "INSERT INTO phenomap_mapping_rules (source_id, field, raw_value, match, target_id) VALUES (?, ?, ?, ?, ?)");
    if (sourceId)
        st.bind(1, sourceId);
    else
        st.bindNull(1);
    st.bind(2, field).bind(3, raw).bind(4, normalised ? QStringLiteral("normalised") : QStringLiteral("exact"))
        .bind(5, targetId).run();
}

} // namespace phenomap
