// SPDX-License-Identifier: GPL-3.0-or-later
// The filter panel turns ticks, dates and text into an engine Filter and a plain-words summary.
#include "filterpanel.h"
#include "taxonomymodel.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace phenomap;

namespace {

TaxonomyNode node(qint64 id, qint64 parent, const char *code, const char *en, int order)
{
    TaxonomyNode n;
    n.id = id;
    n.parentId = parent;
    n.kind = parent ? QStringLiteral("mo") : QStringLiteral("phenomenon");
    n.code = QString::fromLatin1(code);
    n.labelEn = QString::fromLatin1(en);
    n.labelFr = n.labelEn + QStringLiteral(" (fr)");
    n.labelNl = n.labelEn + QStringLiteral(" (nl)");
    n.colour = QStringLiteral("#aa3322");
    n.sortOrder = order;
    return n;
}

QList<TaxonomyNode> taxonomy()
{
    return {node(1, 0, "drugs", "Drug trafficking", 1), node(2, 0, "fraud", "Fraud", 2),
            node(3, 0, "arms", "Arms trafficking", 3), node(11, 1, "drugs.street", "Street dealing", 1),
            node(12, 1, "drugs.stash", "Stash house", 2), node(21, 2, "fraud.online", "Online fraud", 1)};
}

QModelIndex phenomenonIndex(const TaxonomyModel *model, qint64 id)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(TaxonomyModel::IdRole).toLongLong() == id)
            return i;
    }
    return {};
}

} // namespace

class TestFilterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingCheckedMeansNoRestriction()
    {
        FilterPanel panel;
        panel.setTaxonomy(taxonomy(), QStringLiteral("en"));
        QCOMPARE(panel.filter(), Filter());
        QCOMPARE(panel.summary(), QStringLiteral("All phenomena, all dates."));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("filterSummary"))->text(), panel.summary());
    }

    void uncheckingAPhenomenonEmitsTheFilter()
    {
        FilterPanel panel;
        panel.setTaxonomy(taxonomy(), QStringLiteral("en"));
        QSignalSpy spy(&panel, &FilterPanel::filterChanged);
        const QModelIndex fraud = phenomenonIndex(panel.taxonomyModel(), 2);
        QVERIFY(fraud.isValid());
        QVERIFY(panel.taxonomyModel()->setData(fraud, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(spy.count(), 1);
        const Filter f = spy.first().at(0).value<Filter>();
        QCOMPARE(f.phenomenonIds, (QSet<qint64>{1, 3}));
        // Unticking a phenomenon must not turn into an MO restriction, which would also hide
        // incidents of the ticked phenomena that carry no MO.
        QCOMPARE(f.moIds, QSet<qint64>());
        QCOMPARE(f, panel.filter());
        const QString summary = panel.findChild<QLabel *>(QStringLiteral("filterSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("Drug trafficking")) && summary.contains(QLatin1String("Arms")) &&
                     !summary.contains(QLatin1String("Fraud")),
                 qPrintable(summary));

        // Unticking everything is "nothing", not "no restriction".
        panel.taxonomyModel()->setAllChecked(false);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(panel.filter().phenomenonIds, QSet<qint64>{TaxonomyModel::kNothingChecked});
        QVERIFY(panel.summary().startsWith(QLatin1String("Nothing is shown")));
    }

    void uncheckingAnMoRestrictsMo()
    {
        FilterPanel panel;
        panel.setTaxonomy(taxonomy(), QStringLiteral("en"));
        QSignalSpy spy(&panel, &FilterPanel::filterChanged);
        const QModelIndex drugs = phenomenonIndex(panel.taxonomyModel(), 1);
        const QModelIndex stash = panel.taxonomyModel()->index(1, 0, drugs);
        QCOMPARE(stash.data(TaxonomyModel::IdRole).toLongLong(), 12);
        QVERIFY(panel.taxonomyModel()->setData(stash, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(panel.filter().moIds, (QSet<qint64>{11, 21}));
        QVERIFY(panel.summary().contains(QLatin1String("2 of 3 modus operandi")));
    }

    void periodAndText()
    {
        FilterPanel panel;
        panel.setTaxonomy(taxonomy(), QStringLiteral("en"));
        const QTimeZone brussels("Europe/Brussels");
        panel.setDataRange(QDateTime(QDate(2024, 1, 1), QTime(0, 0), brussels).toSecsSinceEpoch(),
                           QDateTime(QDate(2024, 12, 31), QTime(12, 0), brussels).toSecsSinceEpoch());
        QSignalSpy spy(&panel, &FilterPanel::filterChanged);

        panel.setPeriod(QDate(2024, 3, 1), QDate(2024, 3, 31));
        QCOMPARE(spy.count(), 1);
        Filter f = panel.filter();
        QCOMPARE(f.fromUtc, QDateTime(QDate(2024, 3, 1), QTime(0, 0), brussels).toSecsSinceEpoch());
        // The last day is included: the window ends at the next midnight (after the DST change).
        QCOMPARE(f.toUtc, QDateTime(QDate(2024, 4, 1), QTime(0, 0), brussels).toSecsSinceEpoch());
        QCOMPARE(f.toUtc - f.fromUtc, qint64(31 * 86400 - 3600));
        QVERIFY(!panel.summary().contains(QLatin1String("all dates")));

        // Typing is debounced: one filter for the whole word.
        auto *edit = panel.findChild<QLineEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("cocaine"));
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(panel.filter().text, QStringLiteral("cocaine"));
        QVERIFY(panel.summary().contains(QStringLiteral("“cocaine”")));

        panel.setPeriod(QDate(), QDate());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(panel.filter().fromUtc, 0);
        QCOMPARE(panel.filter().toUtc, 0);
    }

    void treeIsAccessible()
    {
        FilterPanel panel;
        panel.setTaxonomy(taxonomy(), QStringLiteral("fr"));
        QCOMPARE(panel.taxonomyView()->model(), panel.taxonomyModel());
        QVERIFY(!panel.taxonomyView()->accessibleName().isEmpty());
        QCOMPARE(phenomenonIndex(panel.taxonomyModel(), 1).data().toString(), QStringLiteral("Drug trafficking (fr)"));
        for (QWidget *w : panel.findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // the date edits' internal line edits
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QDateEdit *>(w) || qobject_cast<QTreeView *>(w))
                QVERIFY2(!w->toolTip().isEmpty(), w->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
