// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the taxonomy of a real project file: adds with generated codes, label and colour
// checks, updates that return the old row, removals refused (with the count) while anything
// uses the node, and remove + restore that give back exactly the rows there were. A refused
// edit changes nothing, not even the audit log.
#include "engine_support.h"
#include "project.h"
#include "sqlite.h"
#include "tablesnapshot.h"
#include "taxonomyedit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestTaxonomyEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Project> freshProject()
    {
        Project::CreateOptions options;
        options.title = QStringLiteral("Taxonomy edit");
        options.baseZones = false;
        return Project::create(m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_files)), options);
    }
    static qint64 auditCount(Project &p) { return *p.db().scalarInt("SELECT count(*) FROM phenomap_audit"); }
    static QString lastAudit(Project &p)
    {
        return *p.db().scalarText("SELECT action || ' ' || detail FROM phenomap_audit ORDER BY id DESC LIMIT 1");
    }
    static TaxonomyNode phenomenon(const QString &en)
    {
        TaxonomyNode n;
        n.labelFr = QStringLiteral("FR ") + en;
        n.labelNl = QStringLiteral("NL ") + en;
        n.labelEn = en;
        n.colour = QStringLiteral("#123456");
        n.planMeasure = QStringLiteral("8.7");
        return n;
    }
    static TaxonomyNode mo(qint64 parent, const QString &en)
    {
        TaxonomyNode n = phenomenon(en);
        n.parentId = parent;
        n.colour.clear();
        n.planMeasure.clear();
        return n;
    }
    /// Runs `edit`, which must throw TaxonomyError; returns its message and checks that the
    /// project, audit log included, is unchanged.
    template<typename F>
    static QString refused(Project &p, F &&edit)
    {
        const QStringList before = test::taxonomySnapshot(p.db());
        const qint64 audits = auditCount(p);
        try {
            edit();
        } catch (const TaxonomyError &e) {
            if (test::taxonomySnapshot(p.db()) != before || auditCount(p) != audits)
                return QStringLiteral("CHANGED");
            return e.message();
        }
        return QStringLiteral("NOT REFUSED");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void slugs()
    {
        QCOMPARE(TaxonomyEdit::slug(QStringLiteral("Street dealing")), QStringLiteral("street_dealing"));
        QCOMPARE(TaxonomyEdit::slug(QStringLiteral("  Écoulement — en ligne! ")), QStringLiteral("ecoulement_en_ligne"));
        QCOMPARE(TaxonomyEdit::slug(QStringLiteral("Vol à l’étalage")), QStringLiteral("vol_a_l_etalage"));
        QCOMPARE(TaxonomyEdit::slug(QStringLiteral("???")), QString());
    }

    void addGeneratesCodesAndAudits()
    {
        auto p = freshProject();
        TaxonomyEdit edit(*p);
        const qint64 audits = auditCount(*p);
        const StoredTaxonomyNode a = edit.add(phenomenon(QStringLiteral("Street art")));
        QVERIFY(a.node.id > 0);
        QCOMPARE(a.node.code, QStringLiteral("street_art"));
        QCOMPARE(a.node.kind, QStringLiteral("phenomenon"));
        QCOMPARE(a.version, defaultTaxonomyVersion());
        QCOMPARE(auditCount(*p), audits + 1);
        QVERIFY2(lastAudit(*p).startsWith(QStringLiteral("taxonomy.add %1 phenomenon street_art").arg(a.node.id)),
                 qPrintable(lastAudit(*p)));
        // Last among the phenomena, stored as given.
        const auto stored = edit.find(a.node.id);
        QVERIFY(stored);
        QCOMPARE(stored->node.labelFr, QStringLiteral("FR Street art"));
        QCOMPARE(stored->node.colour, QStringLiteral("#123456"));
        QCOMPARE(stored->node.sortOrder,
                 int(*p->db().scalarInt("SELECT max(sort_order) FROM phenomena WHERE parent_id IS NULL")));

        // Same English label: the code gets a number.
        QCOMPARE(edit.add(phenomenon(QStringLiteral("Street art"))).node.code, QStringLiteral("street_art_2"));
        // An MO's code is prefixed with its phenomenon's; it has no colour.
        const StoredTaxonomyNode m = edit.add(mo(a.node.id, QStringLiteral("Tags on trains")));
        QCOMPARE(m.node.code, QStringLiteral("street_art.tags_on_trains"));
        QCOMPARE(m.node.kind, QStringLiteral("mo"));
        QCOMPARE(m.node.parentId, a.node.id);
        QCOMPARE(m.node.sortOrder, 1);
        Statement colour = p->db().prepare("SELECT colour IS NULL, plan_measure IS NULL FROM phenomena WHERE id = ?");
        colour.bind(1, m.node.id);
        QVERIFY(colour.step());
        QCOMPARE(colour.int64(0), 1);
        QCOMPARE(colour.int64(1), 1);
        // A given code is used when free.
        TaxonomyNode coded = phenomenon(QStringLiteral("Graffiti"));
        coded.code = QStringLiteral("graffiti_x");
        QCOMPARE(edit.add(coded).node.code, QStringLiteral("graffiti_x"));
    }

    void invalidAddsChangeNothing()
    {
        auto p = freshProject();
        TaxonomyEdit edit(*p);
        const qint64 drugs = *p->db().scalarInt("SELECT id FROM phenomena WHERE code = 'drugs'");
        const qint64 dealing = *p->db().scalarInt("SELECT id FROM phenomena WHERE kind = 'mo' LIMIT 1");
        TaxonomyNode noDutch = phenomenon(QStringLiteral("No Dutch"));
        noDutch.labelNl = QStringLiteral("  ");
        QVERIFY(refused(*p, [&] { edit.add(noDutch); }).contains(QStringLiteral("Dutch")));
        TaxonomyNode badColour = phenomenon(QStringLiteral("Bad colour"));
        badColour.colour = QStringLiteral("red");
        QVERIFY(refused(*p, [&] { edit.add(badColour); }).contains(QStringLiteral("#rrggbb")));
        TaxonomyNode colouredMo = mo(drugs, QStringLiteral("Coloured"));
        colouredMo.colour = QStringLiteral("#ffffff");
        QVERIFY(refused(*p, [&] { edit.add(colouredMo); }).contains(QStringLiteral("colour")));
        QVERIFY(refused(*p, [&] { edit.add(mo(dealing, QStringLiteral("MO of an MO"))); })
                    .contains(QStringLiteral("under an existing phenomenon")));
        TaxonomyNode taken = phenomenon(QStringLiteral("Taken"));
        taken.code = QStringLiteral("drugs");
        QVERIFY(refused(*p, [&] { edit.add(taken); }).contains(QStringLiteral("already used")));
        TaxonomyNode badCode = phenomenon(QStringLiteral("Bad code"));
        badCode.code = QStringLiteral("Bad Code");
        QVERIFY(refused(*p, [&] { edit.add(badCode); }).contains(QStringLiteral("lower-case")));
    }

    void updateReturnsTheOldRowAndUndoesExactly()
    {
        auto p = freshProject();
        TaxonomyEdit edit(*p);
        const qint64 drugs = *p->db().scalarInt("SELECT id FROM phenomena WHERE code = 'drugs'");
        const QStringList original = test::tableRows(p->db(), QStringLiteral("phenomena"));
        TaxonomyNode changed = edit.find(drugs)->node;
        changed.labelEn = QStringLiteral("Narcotics");
        changed.labelFr = QStringLiteral("Stupéfiants");
        changed.colour = QStringLiteral("#abcdef");
        changed.planMeasure = QStringLiteral("8.2");
        const StoredTaxonomyNode before = edit.update(changed);
        QCOMPARE(before.node.code, QStringLiteral("drugs"));
        QVERIFY(before.node.labelEn != QStringLiteral("Narcotics"));
        const auto now = edit.find(drugs);
        QCOMPARE(now->node.labelEn, QStringLiteral("Narcotics"));
        QCOMPARE(now->node.labelFr, QStringLiteral("Stupéfiants"));
        QCOMPARE(now->node.colour, QStringLiteral("#abcdef"));
        QCOMPARE(now->node.planMeasure, QStringLiteral("8.2"));
        QCOMPARE(now->node.code, QStringLiteral("drugs")); // codes never change
        QVERIFY(lastAudit(*p).startsWith(QStringLiteral("taxonomy.update")));
        edit.update(before.node);
        QCOMPARE(test::tableRows(p->db(), QStringLiteral("phenomena")), original);

        TaxonomyNode empty = changed;
        empty.labelEn.clear();
        QVERIFY(refused(*p, [&] { edit.update(empty); }).contains(QStringLiteral("English")));
        TaxonomyNode missing = changed;
        missing.id = 99999;
        QVERIFY(refused(*p, [&] { edit.update(missing); }).contains(QStringLiteral("99999")));
    }

    void removingAUsedNodeIsRefusedWithTheCount()
    {
        auto s = test::createSyntheticProject(m_dir.filePath(QStringLiteral("used.gpkg")), 300, 7);
        Project &p = *s.project;
        TaxonomyEdit edit(p);
        // A phenomenon with incidents (and MO): every use is counted in the message.
        const qint64 used = s.phenomena.first();
        Statement count = p.db().prepare("SELECT count(*) FROM incidents WHERE phenomenon_id = ?");
        count.bind(1, used);
        QVERIFY(count.step());
        const qint64 incidents = count.int64(0);
        QVERIFY(incidents > 0);
        const QString label = edit.find(used)->node.labelEn;
        const QString message = refused(p, [&] { edit.remove(used); });
        QVERIFY2(message.startsWith(QStringLiteral("“%1” is used by %2 incident").arg(label).arg(incidents)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("modus operandi")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("it cannot be removed.")), qPrintable(message));
        QCOMPARE(edit.refusal(used), std::optional<QString>(message));

        // An MO used only through MO links.
        Statement linked = p.db().prepare(
            "SELECT mo_id, count(*) FROM phenomap_incident_mo GROUP BY mo_id ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(linked.step());
        const qint64 moId = linked.int64(0), links = linked.int64(1);
        const QString moMessage = refused(p, [&] { edit.remove(moId); });
        QVERIFY2(moMessage.contains(QStringLiteral("used by %1 incident").arg(links)), qPrintable(moMessage));

        // A new phenomenon used by a mapping rule and a child MO only.
        const StoredTaxonomyNode fresh = edit.add(phenomenon(QStringLiteral("Fresh")));
        edit.add(mo(fresh.node.id, QStringLiteral("Child")));
        Statement rule = p.db().prepare("INSERT INTO phenomap_mapping_rules (source_id, field, raw_value, match, "
                                        "target_id) VALUES (NULL, 'phenomenon', 'FR', 'exact', ?)");
        rule.bind(1, fresh.node.id).run();
        QCOMPARE(refused(p, [&] { edit.remove(fresh.node.id); }),
                 QStringLiteral("“Fresh” is used by 1 mapping rule(s) and 1 modus operandi; it cannot be removed."));

        // In French, the node is named by its French label.
        TaxonomyEdit french(p, QStringLiteral("fr"));
        QVERIFY(french.refusal(fresh.node.id)->startsWith(QStringLiteral("“FR Fresh”")));
    }

    void removeAndRestoreGiveBackTheSameRow()
    {
        auto p = freshProject();
        TaxonomyEdit edit(*p);
        const QStringList original = test::taxonomySnapshot(p->db());
        // Default nodes: an MO nobody uses, then its phenomenon once its MO are gone.
        const qint64 drugs = *p->db().scalarInt("SELECT id FROM phenomena WHERE code = 'drugs'");
        QList<StoredTaxonomyNode> removed;
        Statement children = p->db().prepare("SELECT id FROM phenomena WHERE parent_id = ? ORDER BY id");
        children.bind(1, drugs);
        QList<qint64> ids;
        while (children.step())
            ids << children.int64(0);
        QVERIFY(!ids.isEmpty());
        for (qint64 id : ids)
            removed << edit.remove(id);
        QVERIFY(lastAudit(*p).startsWith(QStringLiteral("taxonomy.remove %1 mo").arg(ids.last())));
        removed << edit.remove(drugs);
        QVERIFY(!edit.find(drugs));
        // An MO cannot come back before its phenomenon.
        QVERIFY(refused(*p, [&] { edit.restore(removed.first()); }).contains(QStringLiteral("phenomenon")));
        for (auto it = removed.crbegin(); it != removed.crend(); ++it)
            edit.restore(*it);
        QCOMPARE(test::taxonomySnapshot(p->db()), original);
        QVERIFY(lastAudit(*p).startsWith(QStringLiteral("taxonomy.restore")));
        // Restoring over an existing id is refused.
        QVERIFY(refused(*p, [&] { edit.restore(removed.last()); }).contains(QStringLiteral("cannot be put back")));
        // Adding again after a removal gets a new id, never a removed node's one.
        const StoredTaxonomyNode again = edit.add(phenomenon(QStringLiteral("Again")));
        QVERIFY(again.node.id > *p->db().scalarInt("SELECT max(id) FROM phenomena WHERE code <> 'again'"));
    }

    void readOnlyProjectsAreNotChanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.gpkg"));
        {
            Project::CreateOptions options;
            options.title = QStringLiteral("Read-only");
            options.baseZones = false;
            Project::create(path, options);
        }
        auto p = Project::open(path, Project::OpenMode::ReadOnly);
        TaxonomyEdit edit(*p);
        try {
            edit.add(phenomenon(QStringLiteral("Nope")));
            QFAIL("a read-only project was changed");
        } catch (const TaxonomyError &e) {
            QVERIFY(e.message().contains(QStringLiteral("read-only")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyEdit)
#include "tst_taxonomyedit.moc"
