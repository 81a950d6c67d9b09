// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingrules.h"

#include "project.h"
#include "sqlite.h"
#include "taxonomy.h"

namespace phenomap {
namespace {

const char *const kSelect =
    "SELECT r.id, r.source_id, r.field, r.raw_value, r.match, r.target_id, s.name, "
    "p.label_fr, p.label_nl, p.label_en, p.code "
    "FROM phenomap_mapping_rules r LEFT JOIN sources s ON s.id = r.source_id "
    "LEFT JOIN phenomena p ON p.id = r.target_id ";

MappingRule readRule(Statement &st, const QString &language)
{
    MappingRule r;
    r.id = st.int64(0);
    r.sourceId = st.isNull(1) ? 0 : st.int64(1);
    r.field = st.text(2);
    r.rawValue = st.text(3);
    r.match = st.text(4);
    r.targetId = st.int64(5);
    r.sourceName = st.text(6);
    TaxonomyNode target;
    target.labelFr = st.text(7);
    target.labelNl = st.text(8);
    target.labelEn = st.text(9);
    target.code = st.text(10);
    r.targetLabel = target.label(language);
    return r;
}

void bindSource(Statement &st, int index, qint64 sourceId)
{
    if (sourceId)
        st.bind(index, sourceId);
    else
        st.bindNull(index);
}

QString auditDetail(const MappingRule &r)
{
    return QStringLiteral("%1 source %2 %3 “%4” -> %5 (%6)")
        .arg(QString::number(r.id), r.sourceId ? QString::number(r.sourceId) : QStringLiteral("*"), r.field,
             r.rawValue, QString::number(r.targetId), r.match);
}

} // namespace

MappingRules::MappingRules(Project &project, const QString &language) : m_project(project), m_language(language) {}

void MappingRules::requireWritable()
{
    if (m_project.isReadOnly())
        throw MappingRuleError(tr("The project “%1” is open read-only; its mapping rules cannot be changed.")
                                   .arg(m_project.path()));
}

QList<MappingRule> MappingRules::list(std::optional<qint64> sourceId)
{
    QString sql = QString::fromLatin1(kSelect);
    if (sourceId)
        sql += QStringLiteral("WHERE r.source_id IS ? ");
    sql += QStringLiteral("ORDER BY coalesce(s.name, ''), r.field, r.raw_value, r.id");
    Statement st = m_project.db().prepare(sql);
    if (sourceId)
        bindSource(st, 1, *sourceId);
    QList<MappingRule> rules;
    while (st.step())
        rules.append(readRule(st, m_language));
    return rules;
}

std::optional<MappingRule> MappingRules::find(qint64 id)
{
    Statement st = m_project.db().prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE r.id = ?"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRule(st, m_language);
}

QList<std::pair<qint64, QString>> MappingRules::sources()
{
    QList<std::pair<qint64, QString>> out;
    Statement st = m_project.db().prepare("SELECT id, name FROM sources ORDER BY name, id");
    while (st.step())
        out.append({st.int64(0), st.text(1)});
    return out;
}

void MappingRules::validate(const MappingRule &r, qint64 ignoreId)
{
    Database &db = m_project.db();
    if (r.field != QLatin1String("phenomenon") && r.field != QLatin1String("mo"))
        throw MappingRuleError(tr("A mapping rule maps either a phenomenon or a modus operandi."));
    if (r.match != QLatin1String("exact") && r.match != QLatin1String("normalised"))
        throw MappingRuleError(tr("A mapping rule matches either exactly or ignoring case and accents."));
    if (r.rawValue.trimmed().isEmpty())
        throw MappingRuleError(tr("A mapping rule needs the value the source writes."));
    if (r.sourceId) {
        Statement src = db.prepare("SELECT 1 FROM sources WHERE id = ?");
        src.bind(1, r.sourceId);
        if (!src.step())
            throw MappingRuleError(tr("There is no source with id %1.").arg(r.sourceId));
    }
    // As CategoryMapper reads rules (and the import wizard offers them): an MO value can only
    // name an MO; a phenomenon value names a phenomenon, or an MO that implies its phenomenon.
    Statement target = db.prepare("SELECT kind FROM phenomena WHERE id = ?");
    target.bind(1, r.targetId);
    if (!target.step())
        throw MappingRuleError(tr("The rule's target no longer exists in the taxonomy."));
    if (r.field == QLatin1String("mo") && target.text(0) != QLatin1String("mo"))
        throw MappingRuleError(tr("A rule for a modus operandi must point to a modus operandi."));
    // UNIQUE (source_id, ...) does not catch duplicates when source_id is NULL: check with IS.
    Statement dup = db.prepare(
        "SELECT id FROM phenomap_mapping_rules WHERE source_id IS ? AND field = ? AND raw_value = ? AND id <> ?");
    bindSource(dup, 1, r.sourceId);
    dup.bind(2, r.field).bind(3, r.rawValue).bind(4, ignoreId);
    if (dup.step())
        throw MappingRuleError(tr("A rule for “%1” already exists for this source and field.").arg(r.rawValue));
}

void MappingRules::insert(const MappingRule &r, bool keepId)
{
    Statement st = m_project.db().prepare("INSERT INTO phenomap_mapping_rules (id, source_id, field, raw_value, "
                                          "match, target_id) VALUES (?, ?, ?, ?, ?, ?)");
    if (keepId)
        st.bind(1, r.id);
    else
        st.bindNull(1);
    bindSource(st, 2, r.sourceId);
    st.bind(3, r.field).bind(4, r.rawValue).bind(5, r.match).bind(6, r.targetId).run();
}

MappingRule MappingRules::add(MappingRule rule)
{
    requireWritable();
    Database &db = m_project.db();
    Transaction tx(db);
    validate(rule, 0);
    insert(rule, false);
    rule.id = db.lastInsertRowId();
    m_project.audit(QStringLiteral("mapping_rule.add"), auditDetail(rule));
    const MappingRule stored = *find(rule.id);
    tx.commit();
    return stored;
}

MappingRule MappingRules::change(qint64 id, qint64 targetId, const QString &match)
{
    requireWritable();
    Database &db = m_project.db();
    Transaction tx(db);
    const auto before = find(id);
    if (!before)
        throw MappingRuleError(tr("There is no mapping rule with id %1.").arg(id));
    MappingRule after = *before;
    after.targetId = targetId;
    after.match = match;
    validate(after, id);
    Statement st = db.prepare("UPDATE phenomap_mapping_rules SET target_id = ?, match = ? WHERE id = ?");
    st.bind(1, targetId).bind(2, match).bind(3, id).run();
    m_project.audit(QStringLiteral("mapping_rule.change"),
                    QStringLiteral("%1 (was -> %2 (%3))")
                        .arg(auditDetail(after), QString::number(before->targetId), before->match));
    tx.commit();
    return *before;
}

MappingRule MappingRules::remove(qint64 id)
{
    requireWritable();
    Database &db = m_project.db();
    Transaction tx(db);
    const auto removed = find(id);
    if (!removed)
        throw MappingRuleError(tr("There is no mapping rule with id %1.").arg(id));
    Statement st = db.prepare("DELETE FROM phenomap_mapping_rules WHERE id = ?");
    st.bind(1, id).run();
    m_project.audit(QStringLiteral("mapping_rule.remove"), auditDetail(*removed));
    tx.commit();
    return *removed;
}

MappingRule MappingRules::restore(const MappingRule &rule)
{
    requireWritable();
    Database &db = m_project.db();
    Transaction tx(db);
    if (rule.id <= 0 || find(rule.id))
        throw MappingRuleError(tr("The rule for “%1” cannot be put back: its id is used by another rule.")
                                   .arg(rule.rawValue));
    validate(rule, rule.id);
    insert(rule, true);
    m_project.audit(QStringLiteral("mapping_rule.restore"), auditDetail(rule));
    const MappingRule stored = *find(rule.id);
    tx.commit();
    return stored;
}

} // namespace phenomap
