// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomyedit.h"

#include "project.h"
#include "sqlite.h"

#include <QRegularExpression>
#include <QStringList>

namespace phenomap {
namespace {

const QString kPhenomenon = QStringLiteral("phenomenon");
const QString kMo = QStringLiteral("mo");

/// NULL for an empty value, as storeTaxonomy() writes, so a restored row equals the original.
QString orNull(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

qint64 count(Database &db, const char *sql, qint64 id)
{
    Statement st = db.prepare(sql);
    st.bind(1, id);
    return st.step() ? st.int64(0) : 0;
}

StoredTaxonomyNode readRow(Statement &st)
{
    StoredTaxonomyNode s;
    TaxonomyNode &n = s.node;
    n.id = st.int64(0);
    n.parentId = st.isNull(1) ? 0 : st.int64(1);
    n.kind = st.text(2);
    n.code = st.text(3);
    n.labelFr = st.text(4);
    n.labelNl = st.text(5);
    n.labelEn = st.text(6);
    n.colour = st.text(7);
    n.planMeasure = st.text(8);
    n.sortOrder = int(st.int64(9));
    s.version = st.text(10);
    return s;
}

QString auditDetail(const TaxonomyNode &n)
{
    return QStringLiteral("%1 %2 %3 “%4”").arg(QString::number(n.id), n.kind, n.code, n.labelEn);
}

} // namespace

TaxonomyEdit::TaxonomyEdit(Project &project, const QString &language) : m_project(project), m_language(language) {}

QString TaxonomyEdit::slug(const QString &label)
{
    // Accents go (é -> e), everything else that is not a letter or digit becomes one underscore.
    const QString decomposed = label.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'_'))
            out += u'_';
    }
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

QString TaxonomyEdit::nameOf(const TaxonomyNode &node) const
{
    return node.label(m_language);
}

void TaxonomyEdit::requireWritable()
{
    if (m_project.isReadOnly())
        throw TaxonomyError(tr("The project “%1” is open read-only; its taxonomy cannot be changed.")
                                .arg(m_project.path()));
}

std::optional<StoredTaxonomyNode> TaxonomyEdit::find(qint64 id)
{
    Statement st = m_project.db().prepare(
        "SELECT id, parent_id, kind, code, label_fr, label_nl, label_en, colour, plan_measure, sort_order, "
        "taxonomy_version FROM phenomena WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

void TaxonomyEdit::validate(const TaxonomyNode &n)
{
    if (n.labelFr.trimmed().isEmpty() || n.labelNl.trimmed().isEmpty() || n.labelEn.trimmed().isEmpty())
        throw TaxonomyError(tr("Every phenomenon and modus operandi needs a French, a Dutch and an English label."));
    if (n.kind == kPhenomenon) {
        static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!colour.match(n.colour).hasMatch())
            throw TaxonomyError(tr("The colour of “%1” must be written #rrggbb, e.g. #cc6677.").arg(nameOf(n)));
    } else if (!n.colour.isEmpty() || !n.planMeasure.isEmpty()) {
        // The map draws an MO in its phenomenon's colour; plan measures belong to phenomena.
        throw TaxonomyError(tr("A modus operandi has no colour or plan measure of its own; "
                               "set them on its phenomenon."));
    }
}

QString TaxonomyEdit::uniqueCode(const QString &base)
{
    Statement taken = m_project.db().prepare("SELECT 1 FROM phenomena WHERE code = ?");
    QString code = base;
    for (int n = 2;; ++n) {
        taken.reset();
        taken.bind(1, code);
        if (!taken.step())
            return code;
        code = base + QLatin1Char('_') + QString::number(n);
    }
}

StoredTaxonomyNode TaxonomyEdit::add(TaxonomyNode node)
{
    requireWritable();
    node.labelFr = node.labelFr.trimmed();
    node.labelNl = node.labelNl.trimmed();
    node.labelEn = node.labelEn.trimmed();
    node.planMeasure = node.planMeasure.trimmed();
    node.kind = node.parentId ? kMo : kPhenomenon;
    validate(node);
    Database &db = m_project.db();
    Transaction tx(db);
    QString parentCode;
    if (node.parentId) {
        const auto parent = find(node.parentId);
        if (!parent || parent->node.kind != kPhenomenon)
            throw TaxonomyError(tr("A modus operandi must be added under an existing phenomenon."));
        parentCode = parent->node.code;
    }
    if (node.code.isEmpty()) {
        QString base = slug(node.labelEn);
        if (base.isEmpty())
            base = node.parentId ? QStringLiteral("mo") : QStringLiteral("phenomenon");
        node.code = uniqueCode(parentCode.isEmpty() ? base : parentCode + QLatin1Char('.') + base);
    } else {
        static const QRegularExpression valid(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)?$"));
        if (!valid.match(node.code).hasMatch())
            throw TaxonomyError(tr("The code “%1” may only hold lower-case letters, digits, underscores and one dot.")
                                    .arg(node.code));
        if (uniqueCode(node.code) != node.code)
            throw TaxonomyError(tr("The code “%1” is already used by another node.").arg(node.code));
    }
    if (node.sortOrder <= 0) {
        Statement last = db.prepare("SELECT coalesce(max(sort_order), 0) + 1 FROM phenomena WHERE parent_id IS ?");
        if (node.parentId)
            last.bind(1, node.parentId);
        else
            last.bindNull(1);
        node.sortOrder = last.step() ? int(last.int64(0)) : 1;
    }
    // New nodes join the project's taxonomy version: the tree is one versioned whole.
    StoredTaxonomyNode stored{node, db.scalarText("SELECT taxonomy_version FROM phenomena ORDER BY id LIMIT 1")
                                        .value_or(defaultTaxonomyVersion())};
    insert(stored, false, stored.node.id);
    m_project.audit(QStringLiteral("taxonomy.add"), auditDetail(stored.node));
    tx.commit();
    return stored;
}

void TaxonomyEdit::insert(const StoredTaxonomyNode &stored, bool keepId, qint64 &id)
{
    const TaxonomyNode &n = stored.node;
    Statement st = m_project.db().prepare(
        "INSERT INTO phenomena (id, parent_id, kind, code, label_fr, label_nl, label_en, colour, plan_measure, "
        "sort_order, taxonomy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (keepId)
        st.bind(1, n.id);
    else
        st.bindNull(1);
    st.bindOptional(2, n.parentId ? std::optional<qint64>(n.parentId) : std::nullopt)
        .bind(3, n.kind)
        .bind(4, n.code)
        .bind(5, n.labelFr)
        .bind(6, n.labelNl)
        .bind(7, n.labelEn)
        .bind(8, orNull(n.colour))
        .bind(9, orNull(n.planMeasure))
        .bind(10, n.sortOrder)
        .bind(11, stored.version)
        .run();
    id = m_project.db().lastInsertRowId();
}

StoredTaxonomyNode TaxonomyEdit::update(const TaxonomyNode &node)
{
    requireWritable();
    Database &db = m_project.db();
    Transaction tx(db);
    const auto before = find(node.id);
    if (!before)
        throw TaxonomyError(tr("There is no phenomenon or modus operandi with id %1.").arg(node.id));
    TaxonomyNode after = before->node;
    after.labelFr = node.labelFr.trimmed();
    after.labelNl = node.labelNl.trimmed();
    after.labelEn = node.labelEn.trimmed();
    after.colour = node.colour;
    after.planMeasure = node.planMeasure.trimmed();
    after.sortOrder = node.sortOrder;
    validate(after);
    Statement st = db.prepare("UPDATE phenomena SET label_fr = ?, label_nl = ?, label_en = ?, colour = ?, "
                              "plan_measure = ?, sort_order = ? WHERE id = ?");
    st.bind(1, after.labelFr)
        .bind(2, after.labelNl)
        .bind(3, after.labelEn)
        .bind(4, orNull(after.colour))
        .bind(5, orNull(after.planMeasure))
        .bind(6, after.sortOrder)
        .bind(7, after.id)
        .run();
    m_project.audit(QStringLiteral("taxonomy.update"),
                    QStringLiteral("%1 (was “%2”)").arg(auditDetail(after), before->node.labelEn));
    tx.commit();
    return *before;
}

std::optional<QString> TaxonomyEdit::refusal(qint64 id)
{
    const auto stored = find(id);
    if (!stored)
        return tr("There is no phenomenon or modus operandi with id %1.").arg(id);
    Database &db = m_project.db();
    // An incident counts once whether the node is its phenomenon, one of its MO, or both.
    const qint64 incidents = count(db,
                                   "SELECT count(*) FROM incidents WHERE phenomenon_id = ?1 OR fid IN "
                                   "(SELECT incident_fid FROM phenomap_incident_mo WHERE mo_id = ?1)",
                                   id);
    const qint64 rules = count(db, "SELECT count(*) FROM phenomap_mapping_rules WHERE target_id = ?", id);
    const qint64 children = count(db, "SELECT count(*) FROM phenomena WHERE parent_id = ?", id);
    QStringList uses;
    if (incidents)
        uses << tr("%n incident(s)", nullptr, int(incidents));
    if (rules)
        uses << tr("%n mapping rule(s)", nullptr, int(rules));
    if (children)
        uses << tr("%n modus operandi", nullptr, int(children));
    if (uses.isEmpty())
        return std::nullopt;
    QString list = uses.takeLast();
    if (!uses.isEmpty())
        list = tr("%1 and %2", "list of uses").arg(uses.join(QStringLiteral(", ")), list);
    return tr("“%1” is used by %2; it cannot be removed.").arg(nameOf(stored->node), list);
}

StoredTaxonomyNode TaxonomyEdit::remove(qint64 id)
{
    requireWritable();
    Database &db = m_project.db();
    Transaction tx(db);
    if (const auto why = refusal(id))
        throw TaxonomyError(*why);
    const StoredTaxonomyNode removed = *find(id);
    Statement st = db.prepare("DELETE FROM phenomena WHERE id = ?");
    st.bind(1, id).run();
    m_project.audit(QStringLiteral("taxonomy.remove"), auditDetail(removed.node));
    tx.commit();
    return removed;
}

StoredTaxonomyNode TaxonomyEdit::restore(const StoredTaxonomyNode &stored)
{
    requireWritable();
    const TaxonomyNode &n = stored.node;
    if (n.id <= 0 || (n.kind != kPhenomenon && n.kind != kMo))
        throw TaxonomyError(tr("Only a node removed from this project can be put back."));
    // No validate(): the row goes back exactly as it was, even one older rules would refuse.
    Database &db = m_project.db();
    Transaction tx(db);
    if (find(n.id) || uniqueCode(n.code) != n.code)
        throw TaxonomyError(tr("“%1” cannot be put back: its id or code is used by another node.").arg(nameOf(n)));
    if (n.kind == kMo) {
        const auto parent = find(n.parentId);
        if (!parent || parent->node.kind != kPhenomenon)
            throw TaxonomyError(tr("“%1” cannot be put back: its phenomenon no longer exists.").arg(nameOf(n)));
    }
    qint64 id = 0;
    insert(stored, true, id);
    m_project.audit(QStringLiteral("taxonomy.restore"), auditDetail(n));
    tx.commit();
    return stored;
}

} // namespace phenomap
