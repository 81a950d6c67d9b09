// SPDX-License-Identifier: GPL-3.0-or-later
// The saved mapping rules of a real project file: listed with their source and target names,
// added, changed and removed one transaction at a time with an audit entry, put back under
// their id, and refused (changing nothing) for a missing or wrong-kind target, a duplicate, or
// a read-only project. A rule the editor adds is one the import's CategoryMapper applies.
#include "categorymapper.h"
#include "mappingrules.h"
#include "project.h"
#include "sqlite.h"
#include "tablesnapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestMappingRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    qint64 m_drugs = 0, m_dealing = 0, m_fraud = 0, m_zpz = 0, m_pj = 0;

    std::unique_ptr<Project> freshProject()
    {
        Project::CreateOptions options;
        options.title = QStringLiteral("Rules");
        options.baseZones = false;
        auto p = Project::create(m_dir.filePath(QStringLiteral("r%1.gpkg").arg(++m_files)), options);
        Database &db = p->db();
        m_drugs = *db.scalarInt("SELECT id FROM phenomena WHERE code = 'drugs'");
        m_dealing = *db.scalarInt("SELECT id FROM phenomena WHERE parent_id = (SELECT id FROM phenomena "
                                  "WHERE code = 'drugs') ORDER BY sort_order LIMIT 1");
        m_fraud = *db.scalarInt("SELECT id FROM phenomena WHERE code = 'fraud'");
        Transaction tx(db);
        m_zpz = p->ensureSource(QStringLiteral("ZP Zuid"));
        m_pj = p->ensureSource(QStringLiteral("PJF Bruxelles"));
        tx.commit();
        return p;
    }
    MappingRule rule(qint64 source, const QString &field, const QString &raw, qint64 target) const
    {
        MappingRule r;
        r.sourceId = source;
        r.field = field;
        r.rawValue = raw;
        r.targetId = target;
        return r;
    }
    static qint64 auditCount(Project &p) { return *p.db().scalarInt("SELECT count(*) FROM phenomap_audit"); }
    template<typename F>
    static QString refused(Project &p, F &&edit)
    {
        const QStringList before = test::taxonomySnapshot(p.db());
        const qint64 audits = auditCount(p);
        try {
            edit();
        } catch (const MappingRuleError &e) {
            if (test::taxonomySnapshot(p.db()) != before || auditCount(p) != audits)
                return QStringLiteral("CHANGED");
            return e.message();
        }
        return QStringLiteral("NOT REFUSED");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addListAndApplyOnImport()
    {
        auto p = freshProject();
        MappingRules rules(*p, QStringLiteral("fr"));
        const qint64 audits = auditCount(*p);
        const MappingRule stup = rules.add(rule(m_zpz, QStringLiteral("phenomenon"), QStringLiteral("STUP"), m_drugs));
        QVERIFY(stup.id > 0);
        QCOMPARE(stup.sourceName, QStringLiteral("ZP Zuid"));
        QCOMPARE(stup.match, QStringLiteral("exact"));
        QCOMPARE(auditCount(*p), audits + 1);
        QCOMPARE(*p->db().scalarText("SELECT action FROM phenomap_audit ORDER BY id DESC LIMIT 1"),
                 QStringLiteral("mapping_rule.add"));
        // Labels in the language asked for.
        const QString drugsFr = *p->db().scalarText("SELECT label_fr FROM phenomena WHERE code = 'drugs'");
        QCOMPARE(stup.targetLabel, drugsFr);
        MappingRule everySource = rule(0, QStringLiteral("mo"), QStringLiteral("deal de rue"), m_dealing);
        everySource.match = QStringLiteral("normalised");
        const MappingRule deal = rules.add(everySource);
        QCOMPARE(deal.sourceId, 0);
        QVERIFY(deal.sourceName.isEmpty());
        // A phenomenon value may name an MO (it implies its phenomenon), as the import wizard offers.
        rules.add(rule(m_pj, QStringLiteral("phenomenon"), QStringLiteral("Deal"), m_dealing));

        QCOMPARE(rules.list().size(), 3);
        QCOMPARE(rules.list(0).size(), 1);
        QCOMPARE(rules.list(0).first().id, deal.id);
        QCOMPARE(rules.list(m_zpz).size(), 1);
        QCOMPARE(rules.list(m_zpz).first(), stup);
        QCOMPARE(rules.find(stup.id), std::optional<MappingRule>(stup));
        QCOMPARE(rules.sources().size(), 2);

        // The import applies what the editor saved.
        CategoryMapper mapper(p->db());
        const auto target = mapper.resolve(m_zpz, QStringLiteral("phenomenon"), QStringLiteral("STUP"));
        QVERIFY(target);
        QCOMPARE(target->phenomenonId, m_drugs);
        const auto mo = mapper.resolve(m_pj, QStringLiteral("mo"), QStringLiteral("Deal-de-Rue"));
        QVERIFY(mo);
        QCOMPARE(mo->moId, m_dealing);
    }

    void refusalsChangeNothing()
    {
        auto p = freshProject();
        MappingRules rules(*p);
        const MappingRule stup = rules.add(rule(m_zpz, QStringLiteral("phenomenon"), QStringLiteral("STUP"), m_drugs));
        rules.add(rule(0, QStringLiteral("phenomenon"), QStringLiteral("Fraude"), m_fraud));
        QVERIFY(refused(*p, [&] { rules.add(rule(m_zpz, QStringLiteral("phenomenon"), QStringLiteral("STUP"), m_fraud)); })
                    .contains(QStringLiteral("already exists")));
        // UNIQUE does not see NULL sources as equal; the check does.
        QVERIFY(refused(*p, [&] { rules.add(rule(0, QStringLiteral("phenomenon"), QStringLiteral("Fraude"), m_drugs)); })
                    .contains(QStringLiteral("already exists")));
        QVERIFY(refused(*p, [&] { rules.add(rule(m_zpz, QStringLiteral("mo"), QStringLiteral("x"), m_drugs)); })
                    .contains(QStringLiteral("must point to a modus operandi")));
        QVERIFY(refused(*p, [&] { rules.add(rule(m_zpz, QStringLiteral("phenomenon"), QStringLiteral("y"), 99999)); })
                    .contains(QStringLiteral("no longer exists")));
        QVERIFY(refused(*p, [&] { rules.add(rule(m_zpz, QStringLiteral("colour"), QStringLiteral("z"), m_drugs)); })
                    .contains(QStringLiteral("either a phenomenon")));
        QVERIFY(refused(*p, [&] { rules.add(rule(m_zpz, QStringLiteral("phenomenon"), QStringLiteral(" "), m_drugs)); })
                    .contains(QStringLiteral("needs the value")));
        QVERIFY(refused(*p, [&] { rules.add(rule(4242, QStringLiteral("phenomenon"), QStringLiteral("w"), m_drugs)); })
                    .contains(QStringLiteral("4242")));
        QVERIFY(refused(*p, [&] { rules.change(stup.id, m_drugs, QStringLiteral("fuzzy")); })
                    .contains(QStringLiteral("exactly")));
        QVERIFY(refused(*p, [&] { rules.change(777, m_drugs, QStringLiteral("exact")); }).contains(QStringLiteral("777")));
        QVERIFY(refused(*p, [&] { rules.remove(777); }).contains(QStringLiteral("777")));
        QVERIFY(refused(*p, [&] { rules.restore(stup); }).contains(QStringLiteral("cannot be put back")));
    }

    void changeRemoveAndRestoreAreExact()
    {
        auto p = freshProject();
        MappingRules rules(*p);
        const MappingRule a = rules.add(rule(m_zpz, QStringLiteral("phenomenon"), QStringLiteral("STUP"), m_drugs));
        const MappingRule b = rules.add(rule(0, QStringLiteral("mo"), QStringLiteral("deal"), m_dealing));
        const QStringList original = test::tableRows(p->db(), QStringLiteral("phenomap_mapping_rules"));

        const MappingRule before = rules.change(a.id, m_fraud, QStringLiteral("normalised"));
        QCOMPARE(before, a);
        const MappingRule now = *rules.find(a.id);
        QCOMPARE(now.targetId, m_fraud);
        QCOMPARE(now.match, QStringLiteral("normalised"));
        QCOMPARE(now.rawValue, a.rawValue);
        rules.change(a.id, before.targetId, before.match);
        QCOMPARE(test::tableRows(p->db(), QStringLiteral("phenomap_mapping_rules")), original);

        const MappingRule removed = rules.remove(b.id);
        QCOMPARE(removed, b);
        QVERIFY(!rules.find(b.id));
        QCOMPARE(*p->db().scalarText("SELECT action FROM phenomap_audit ORDER BY id DESC LIMIT 1"),
                 QStringLiteral("mapping_rule.remove"));
        const MappingRule back = rules.restore(removed);
        QCOMPARE(back, b);
        QCOMPARE(test::tableRows(p->db(), QStringLiteral("phenomap_mapping_rules")), original);
        QCOMPARE(*p->db().scalarText("SELECT action FROM phenomap_audit ORDER BY id DESC LIMIT 1"),
                 QStringLiteral("mapping_rule.restore"));
    }

    void readOnlyProjectsAreNotChanged()
    {
        QString path;
        {
            auto created = freshProject();
            path = created->path();
        }
        auto p = Project::open(path, Project::OpenMode::ReadOnly);
        MappingRules rules(*p);
        try {
            rules.add(rule(0, QStringLiteral("phenomenon"), QStringLiteral("STUP"), m_drugs));
            QFAIL("a read-only project was changed");
        } catch (const MappingRuleError &e) {
            QVERIFY(e.message().contains(QStringLiteral("read-only")));
        }
    }
};

QTEST_GUILESS_MAIN(TestMappingRules)
#include "tst_mappingrules.moc"
