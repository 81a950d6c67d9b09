// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped default taxonomy: complete in three languages, well-formed, and stored faithfully.
#include "project.h"
#include "taxonomy.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionIsSet()
    {
        QCOMPARE(defaultTaxonomyVersion(), QStringLiteral("2026.1"));
    }

    void requiredPhenomenaWithMeasures()
    {
        const QList<TaxonomyNode> nodes = defaultTaxonomy();
        QHash<QString, QString> measure;
        for (const TaxonomyNode &n : nodes)
            if (n.kind == QLatin1String("phenomenon"))
                measure.insert(n.code, n.planMeasure);
        QVERIFY2(measure.size() >= 10, qPrintable(QString::number(measure.size())));
        const QStringList required = {"drugs", "fencing", "fencing_online", "fraud", "cyber_fraud",
                                      "money_laundering", "thb", "arms", "property_crime", "extortion"};
        for (const QString &code : required)
            QVERIFY2(measure.contains(code), qPrintable(code));
        QCOMPARE(measure.value("fencing"), QStringLiteral("8.1"));
        QCOMPARE(measure.value("fencing_online"), QStringLiteral("8.1"));
        QCOMPARE(measure.value("fraud"), QStringLiteral("8.2"));
        QCOMPARE(measure.value("cyber_fraud"), QStringLiteral("8.8"));
        const QSet<QString> allowed = {"8.1", "8.2", "8.7", "8.8"};
        QSet<QString> used;
        for (const QString &m : measure) {
            QVERIFY2(allowed.contains(m), qPrintable(m));
            used.insert(m);
        }
        QCOMPARE(used, allowed); // every measure of the chapter is served by some phenomenon
    }

    void structure()
    {
        const QList<TaxonomyNode> nodes = defaultTaxonomy();
        QSet<QString> codes;
        QHash<qint64, int> moPerParent;
        static const QRegularExpression codeRe(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)?$"));
        for (int i = 0; i < nodes.size(); ++i) {
            const TaxonomyNode &n = nodes[i];
            QVERIFY2(codeRe.match(n.code).hasMatch(), qPrintable(n.code));
            QVERIFY2(!codes.contains(n.code), qPrintable("duplicate code " + n.code));
            codes.insert(n.code);
            if (n.kind == QLatin1String("phenomenon")) {
                QCOMPARE(n.parentId, 0);
                moPerParent.insert(i + 1, 0);
            } else {
                QCOMPARE(n.kind, QStringLiteral("mo"));
                // parentId is a list position + 1 and points at a phenomenon before the MO
                QVERIFY(n.parentId >= 1 && n.parentId <= i);
                const TaxonomyNode &parent = nodes[n.parentId - 1];
                QCOMPARE(parent.kind, QStringLiteral("phenomenon"));
                QVERIFY2(n.code.startsWith(parent.code + '.'), qPrintable(n.code));
                ++moPerParent[n.parentId];
            }
        }
        for (auto it = moPerParent.cbegin(); it != moPerParent.cend(); ++it)
            QVERIFY2(it.value() >= 3 && it.value() <= 8,
                     qPrintable(QStringLiteral("%1 has %2 MO").arg(nodes[it.key() - 1].code).arg(it.value())));
    }

    void labelsInThreeLanguages()
    {
        const QList<TaxonomyNode> nodes = defaultTaxonomy();
        QHash<QString, QSet<QString>> seen; // "lang/parent" -> labels: siblings must differ
        int frDiffersFromNl = 0;
        for (const TaxonomyNode &n : nodes) {
            QVERIFY2(!n.labelFr.trimmed().isEmpty() && !n.labelNl.trimmed().isEmpty() && !n.labelEn.trimmed().isEmpty(),
                     qPrintable(n.code));
            for (const auto &[lang, label] : {std::pair{"fr", n.labelFr}, {"nl", n.labelNl}, {"en", n.labelEn}}) {
                const QString key = QStringLiteral("%1/%2").arg(lang).arg(n.parentId);
                QVERIFY2(!seen[key].contains(label), qPrintable("duplicate label " + label));
                seen[key].insert(label);
            }
            if (n.kind == QLatin1String("phenomenon")) {
                // a phenomenon's labels are real translations, not copies
                QVERIFY2(n.labelFr != n.labelNl && n.labelNl != n.labelEn && n.labelFr != n.labelEn, qPrintable(n.code));
            }
            frDiffersFromNl += n.labelFr != n.labelNl;
        }
        QVERIFY2(frDiffersFromNl >= nodes.size() * 95 / 100, qPrintable(QString::number(frDiffersFromNl)));
    }

    void coloursDistinctAndValid()
    {
        QSet<QString> colours;
        for (const TaxonomyNode &n : defaultTaxonomy()) {
            if (n.kind != QLatin1String("phenomenon"))
                continue;
            QVERIFY2(QRegularExpression(QStringLiteral("^#[0-9A-Fa-f]{6}$")).match(n.colour).hasMatch(), qPrintable(n.code));
            QVERIFY2(!colours.contains(n.colour.toUpper()), qPrintable("colour reused by " + n.code));
            colours.insert(n.colour.toUpper());
        }
    }

    void labelLanguage()
    {
        TaxonomyNode n;
        n.code = QStringLiteral("x");
        n.labelFr = QStringLiteral("Fr");
        n.labelNl = QStringLiteral("Nl");
        n.labelEn = QStringLiteral("En");
        QCOMPARE(n.label("fr"), QStringLiteral("Fr"));
        QCOMPARE(n.label("fr_BE"), QStringLiteral("Fr"));
        QCOMPARE(n.label("nl"), QStringLiteral("Nl"));
        QCOMPARE(n.label("en"), QStringLiteral("En"));
        QCOMPARE(n.label("de"), QStringLiteral("En"));
        n.labelNl.clear();
        QCOMPARE(n.label("nl"), QStringLiteral("En")); // falls back to English
    }

    void storeLoadRoundTrip()
    {
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath("t.gpkg"), {.title = "t", .baseZones = false, .defaultTaxonomy = false});
        QList<TaxonomyNode> nodes = defaultTaxonomy();
        const QList<TaxonomyNode> original = nodes;
        {
            Transaction tx(project->db());
            storeTaxonomy(project->db(), nodes, QStringLiteral("2026.1"));
            tx.commit();
        }
        QHash<qint64, QString> codeById;
        for (const TaxonomyNode &n : nodes) {
            QVERIFY(n.id > 0);
            codeById.insert(n.id, n.code);
        }
        const QList<TaxonomyNode> loaded = loadTaxonomy(project->db());
        QCOMPARE(loaded.size(), original.size());
        QHash<QString, TaxonomyNode> byCode;
        for (const TaxonomyNode &n : loaded)
            byCode.insert(n.code, n);
        for (const TaxonomyNode &o : original) {
            QVERIFY2(byCode.contains(o.code), qPrintable(o.code));
            const TaxonomyNode &l = byCode[o.code];
            QCOMPARE(l.kind, o.kind);
            QCOMPARE(l.labelFr, o.labelFr);
            QCOMPARE(l.labelNl, o.labelNl);
            QCOMPARE(l.labelEn, o.labelEn);
            QCOMPARE(l.colour, o.colour);
            QCOMPARE(l.planMeasure, o.planMeasure);
            QCOMPARE(l.sortOrder, o.sortOrder);
            const QString parentCode = o.parentId ? original[o.parentId - 1].code : QString();
            QCOMPARE(l.parentId ? codeById.value(l.parentId) : QString(), parentCode);
        }
        // loadTaxonomy orders by parent, then sort order
        for (int i = 1; i < loaded.size(); ++i)
            QVERIFY(loaded[i - 1].parentId < loaded[i].parentId
                    || (loaded[i - 1].parentId == loaded[i].parentId && loaded[i - 1].sortOrder <= loaded[i].sortOrder));
        QCOMPARE(project->db().scalarText("SELECT DISTINCT taxonomy_version FROM phenomena").value_or(QString()),
                 QStringLiteral("2026.1"));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
