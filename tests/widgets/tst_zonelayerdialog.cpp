// SPDX-License-Identifier: GPL-3.0-or-later
// The zone layer import dialog: reads the chosen file's fields and guesses the code, name and
// population fields; a file it cannot read says why and keeps OK disabled.
#include "zonelayerdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestZoneLayerDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    static QPushButton *ok(ZoneLayerDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void guessesFieldsByName()
    {
        const QStringList fields{QStringLiteral("OBJECTID"), QStringLiteral("NIS_CODE"), QStringLiteral("naam"),
                                 QStringLiteral("Population")};
        QCOMPARE(ZoneLayerDialog::guessField(fields, QStringLiteral("code")), QStringLiteral("NIS_CODE"));
        QCOMPARE(ZoneLayerDialog::guessField(fields, QStringLiteral("name")), QStringLiteral("naam"));
        QCOMPARE(ZoneLayerDialog::guessField(fields, QStringLiteral("population")), QStringLiteral("Population"));
        QCOMPARE(ZoneLayerDialog::guessField({QStringLiteral("OBJECTID"), QStringLiteral("quartier_id")},
                                             QStringLiteral("code")),
                 QStringLiteral("quartier_id"));
        QCOMPARE(ZoneLayerDialog::guessField({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("code")),
                 QString());
    }

    void readsTheFileAndProposesTheSource()
    {
        const QString path = write(
            QStringLiteral("wijken.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":5,"naam":"Noord",)"
            R"("bevolking":120},"geometry":{"type":"Polygon","coordinates":[[[4.35,50.84],[4.36,50.84],)"
            R"([4.36,50.85],[4.35,50.84]]]}}]})");
        ZoneLayerDialog dialog;
        QVERIFY(!ok(dialog)->isEnabled()); // nothing chosen yet
        QVERIFY(dialog.setFile(path));
        QVERIFY(ok(dialog)->isEnabled());
        const ZoneLayerSource source = dialog.source();
        QCOMPARE(source.path, path);
        QCOMPARE(source.title, QStringLiteral("wijken"));
        QCOMPARE(source.codeField, QStringLiteral("code"));
        QCOMPARE(source.nameField, QStringLiteral("naam"));
        QCOMPARE(source.populationField, QStringLiteral("bevolking"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("zoneLayerStatus"))->text().contains(QLatin1String("1")));

        // No name: OK waits for one.
        dialog.findChild<QLineEdit *>(QStringLiteral("zoneLayerTitle"))->clear();
        QVERIFY(!ok(dialog)->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("zoneLayerTitle"))->setText(QStringLiteral("Wijken"));
        QVERIFY(ok(dialog)->isEnabled());
        // The analyst can say a field is not there.
        auto *population = dialog.findChild<QComboBox *>(QStringLiteral("zoneLayerPopulation"));
        population->setCurrentIndex(0);
        QVERIFY(dialog.source().populationField.isEmpty());
    }

    void unreadableFileSaysWhy()
    {
        ZoneLayerDialog dialog;
        const QString path = write(QStringLiteral("points.csv"), "a;b\n1;2\n");
        QVERIFY(!dialog.setFile(path));
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY2(dialog.error().contains(QLatin1String("points.csv")), qPrintable(dialog.error()));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("zoneLayerStatus"))->text(), dialog.error());
    }
};

QTEST_MAIN(TestZoneLayerDialog)
#include "tst_zonelayerdialog.moc"
