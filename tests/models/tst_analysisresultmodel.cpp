// SPDX-License-Identifier: GPL-3.0-or-later
// The result table of an analysis: per unit for Gi* and LISA, per band pair for Knox, per measure
// for Global Moran; every shape passes QAbstractItemModelTester.
#include "analysisresultmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace phenomap;

class TestAnalysisResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void giUnits()
    {
        AnalysisResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QJsonObject out{
            {QStringLiteral("record"), QJsonObject{{QStringLiteral("method"), QStringLiteral("gi")}}},
            {QStringLiteral("units"), QJsonObject{{QStringLiteral("column"), QJsonArray{4, 5}},
                                                  {QStringLiteral("row"), QJsonArray{7, 7}},
                                                  {QStringLiteral("count"), QJsonArray{12, 0}}}},
            {QStringLiteral("result"), QJsonObject{{QStringLiteral("z"), QJsonArray{2.7123, -0.5}},
                                                   {QStringLiteral("p"), QJsonArray{0.0067, 0.61}},
                                                   {QStringLiteral("pAdjusted"), QJsonArray{0.0134, QJsonValue()}},
                                                   {QStringLiteral("hotCold"), QJsonArray{3, 0}}}}};
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setOutput(out);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Gi* z-score"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("cell 4, 7"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("2.712"));
        QCOMPARE(model.index(0, 2).data(Qt::EditRole).toDouble(), 2.7123); // raw for sorting
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("0.0134")); // the corrected p
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("Hot spot 99 %"));
        QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("n/a"));
        QCOMPARE(model.index(1, 5).data().toString(), QStringLiteral("Not significant"));
        model.setOutput({});
        QCOMPARE(model.rowCount(), 0);
    }

    void lisaZones()
    {
        AnalysisResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutput(QJsonObject{
            {QStringLiteral("record"), QJsonObject{{QStringLiteral("method"), QStringLiteral("lisa")}}},
            {QStringLiteral("units"), QJsonObject{{QStringLiteral("codes"), QJsonArray{QStringLiteral("21004"), QStringLiteral("21001")}},
                                                  {QStringLiteral("count"), QJsonArray{30, 2}}}},
            {QStringLiteral("result"), QJsonObject{{QStringLiteral("I"), QJsonArray{1.5, -0.25}},
                                                   {QStringLiteral("z"), QJsonArray{2.0, -1.0}},
                                                   {QStringLiteral("pAdjusted"), QJsonArray{0.001, 0.4}},
                                                   {QStringLiteral("cluster"), QJsonArray{1, 0}}}}});
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Local I"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("21004"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("High-high"));
    }

    void knoxBands()
    {
        AnalysisResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray cells;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                cells.append(QJsonObject{{QStringLiteral("row"), r}, {QStringLiteral("column"), c},
                                         {QStringLiteral("observed"), 10 * r + c}, {QStringLiteral("expected"), 4.5},
                                         {QStringLiteral("ratio"), r == 0 && c == 0 ? QJsonValue() : QJsonValue(2.0)},
                                         {QStringLiteral("p"), 0.001}});
        model.setOutput(QJsonObject{
            {QStringLiteral("record"), QJsonObject{{QStringLiteral("method"), QStringLiteral("knox")}}},
            {QStringLiteral("result"),
             QJsonObject{{QStringLiteral("rowLabels"), QJsonArray{QStringLiteral("0 to 100 m"), QStringLiteral("More than 100 m")}},
                         {QStringLiteral("columnLabels"), QJsonArray{QStringLiteral("0 to 7 days"), QStringLiteral("More than 7 days")}},
                         {QStringLiteral("cells"), cells}}}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Distance"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Knox ratio"));
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("More than 100 m, More than 7 days"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("More than 7 days"));
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("10"));
        QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("4.5"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("n/a")); // expected 0: no ratio
        QCOMPARE(model.index(3, 5).data().toString(), QStringLiteral("0.001"));
    }

    void globalMoran()
    {
        AnalysisResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutput(QJsonObject{
            {QStringLiteral("record"), QJsonObject{{QStringLiteral("method"), QStringLiteral("moran")}}},
            {QStringLiteral("result"), QJsonObject{{QStringLiteral("I"), 0.25}, {QStringLiteral("EI"), -0.0625},
                                                   {QStringLiteral("z_rand"), 3.1}, {QStringLiteral("p_rand"), 0.002},
                                                   {QStringLiteral("z_sim"), 3.0}, {QStringLiteral("p_sim"), 0.001}}}});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Moran's I"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("0.25"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("-0.0625"));
        QCOMPARE(model.index(4, 1).data().toString(), QStringLiteral("3"));
    }
};

QTEST_MAIN(TestAnalysisResultModel)
#include "tst_analysisresultmodel.moc"
