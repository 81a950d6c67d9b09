// SPDX-License-Identifier: GPL-3.0-or-later
// The Details dock over a real project: selecting incidents (as a map click or the table does)
// shows every field of the first, read from the store, and steps through the others.
#include "demogenerator.h"
#include "incidentdetailcontroller.h"
#include "incidentdetailpanel.h"
#include "mainwindow.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"

#include <QDockWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace phenomap;

class TestIncidentDetail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(m_path, {.incidents = 300, .seed = 31, .title = QStringLiteral("Details")});
    }

    void showsEveryFieldAndSteps()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(m_path);
        ProjectController *controller = window.controller();
        QVERIFY(controller->project());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("detailDock")));
        auto *panel = window.findChild<IncidentDetailPanel *>();
        QVERIFY(panel);
        QVERIFY(panel->text().startsWith(QLatin1String("Select an incident")));

        // Three incidents with a point, an address and MO, as SQL finds them.
        QList<qint64> fids;
        {
            Statement st = controller->project()->db().prepare(
                "SELECT fid FROM incidents WHERE geom IS NOT NULL AND address <> '' AND municipality_nis IS NOT NULL "
                "AND fid IN (SELECT incident_fid FROM phenomap_incident_mo) ORDER BY fid LIMIT 3");
            while (st.step())
                fids << st.int64(0);
        }
        QCOMPARE(fids.size(), 3);
        controller->selectIncidents({quint32(fids[2]), quint32(fids[0]), quint32(fids[1])});
        QCOMPARE(panel->positionText(), QStringLiteral("Incident 1 of 3 selected"));
        QVERIFY(!panel->previousButton()->isEnabled());
        QVERIFY(panel->nextButton()->isEnabled());
        const auto check = [&](qint64 fid) {
            const QString text = panel->text();
            Statement st = controller->project()->db().prepare(
                "SELECT i.address, i.source_ref, s.name, z.name_fr, i.tlp, p.label_en FROM incidents i "
                "JOIN sources s ON s.id = i.source_id JOIN phenomena p ON p.id = i.phenomenon_id "
                "LEFT JOIN zones z ON z.layer = 'municipalities' AND z.code = CAST(i.municipality_nis AS TEXT) "
                "WHERE i.fid = ?");
            st.bind(1, fid);
            QVERIFY(st.step());
            QVERIFY2(text.contains(QStringLiteral("Address: ") + st.text(0)), qPrintable(text));
            if (!st.text(1).isEmpty())
                QVERIFY2(text.contains(QStringLiteral("Source record: ") + st.text(1)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Source: ") + st.text(2)), qPrintable(text));
            QVERIFY2(text.contains(st.text(3)), qPrintable(text)); // the municipality's name
            QVERIFY2(text.contains(QStringLiteral("Marking: ") + st.text(4)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Incident id: %1").arg(fid)), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Modus operandi: ")), qPrintable(text));
            // WGS 84 of a Brussels point.
            const qsizetype at = text.indexOf(QLatin1String("WGS 84: latitude "));
            QVERIFY2(at >= 0, qPrintable(text));
            const double latitude = text.mid(at + 17, 9).toDouble();
            QVERIFY2(latitude > 50.75 && latitude < 50.92, qPrintable(text.mid(at, 60)));
        };
        check(fids[0]);
        panel->nextButton()->click();
        QCOMPARE(panel->positionText(), QStringLiteral("Incident 2 of 3 selected"));
        check(fids[1]);
        panel->nextButton()->click();
        check(fids[2]);
        QVERIFY(!panel->nextButton()->isEnabled());
        panel->previousButton()->click();
        check(fids[1]);

        controller->selectIncidents({});
        QVERIFY(panel->text().startsWith(QLatin1String("Select an incident")));
        QVERIFY(panel->positionText().isEmpty());
    }
};

QTEST_MAIN(TestIncidentDetail)
#include "tst_incidentdetail.moc"
