// SPDX-License-Identifier: GPL-3.0-or-later
// Correcting one incident in a real project: the fields, their MO links, the text index and the
// audit log change together in one transaction, and writing the old fields back restores the
// rows exactly; a stale or invalid edit is refused with a message and changes nothing.
#include "demogenerator.h"
#include "incidentedit.h"
#include "project.h"
#include "sqlite.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

struct Snapshot
{
    QString incidents, mo, audit;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Database &db)
{
    return {test::tableDigest(db, QStringLiteral("incidents"), QStringLiteral("fid")),
            test::tableDigest(db, QStringLiteral("phenomap_incident_mo"), QStringLiteral("incident_fid, mo_id")),
            test::tableDigest(db, QStringLiteral("phenomap_audit"), QStringLiteral("id"))};
}

QList<qint64> textMatches(Database &db, const QString &word)
{
    QList<qint64> out;
    Statement st = db.prepare("SELECT rowid FROM phenomap_incident_fts WHERE phenomap_incident_fts MATCH ? ORDER BY rowid");
    st.bind(1, word);
    while (st.step())
        out << st.int64(0);
    return out;
}

} // namespace

class TestIncidentEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    qint64 m_fid = 0;
    qint64 m_otherPhenomenon = 0, m_otherMo = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("edit.gpkg"));
        generateDemo(m_path, {.incidents = 300, .seed = 77, .title = QStringLiteral("Edits")});
        m_project = Project::open(m_path);
        Database &db = m_project->db();
        Statement st = db.prepare("SELECT i.fid, i.phenomenon_id FROM incidents i WHERE i.fid IN "
                                  "(SELECT incident_fid FROM phenomap_incident_mo) ORDER BY i.fid LIMIT 1");
        QVERIFY(st.step());
        m_fid = st.int64(0);
        const qint64 phenomenon = st.int64(1);
        Statement other = db.prepare("SELECT parent_id, id FROM phenomena WHERE kind = 'mo' AND parent_id <> ? "
                                     "ORDER BY id LIMIT 1");
        other.bind(1, phenomenon);
        QVERIFY(other.step());
        m_otherPhenomenon = other.int64(0);
        m_otherMo = other.int64(1);
    }

    void writesEveryFieldAndUndoesExactly()
    {
        Database &db = m_project->db();
        const Snapshot original = snapshot(db);
        const IncidentFields before = IncidentEditor::read(db, m_fid);
        QVERIFY(!before.moIds.isEmpty());
        IncidentFields after = before;
        after.phenomenonId = m_otherPhenomenon;
        after.moIds = {m_otherMo};
        after.occurredFrom = before.occurredFrom - 3600;
        after.occurredTo = before.occurredFrom + 1800;
        after.tlp = QStringLiteral("TLP:RED");
        after.address = QStringLiteral("Rue Zebrastraat 12");
        after.description = QStringLiteral("corrected by the analyst: quokka");
        QCOMPARE(after.changedFrom(before),
                 QStringList({"phenomenon", "mo", "time", "tlp", "address", "description"}));

        IncidentEditor::write(*m_project, before, after);
        QCOMPARE(IncidentEditor::read(db, m_fid), after);
        QCOMPARE(textMatches(db, QStringLiteral("quokka")), QList<qint64>{m_fid});
        QCOMPARE(textMatches(db, QStringLiteral("zebrastraat")), QList<qint64>{m_fid});
        db.exec("INSERT INTO phenomap_incident_fts (phenomap_incident_fts) VALUES ('integrity-check')");
        Statement audit = db.prepare("SELECT action, detail FROM phenomap_audit ORDER BY id DESC LIMIT 1");
        QVERIFY(audit.step());
        QCOMPARE(audit.text(0), QStringLiteral("incident edited"));
        QCOMPARE(audit.text(1), QStringLiteral("fid %1: phenomenon, mo, time, tlp, address, description").arg(m_fid));

        IncidentEditor::write(*m_project, after, before);
        QCOMPARE(IncidentEditor::read(db, m_fid), before);
        const Snapshot restored = snapshot(db);
        QCOMPARE(restored.incidents, original.incidents);
        QCOMPARE(restored.mo, original.mo);
        QVERIFY(restored.audit != original.audit); // both writes are in the log
        QVERIFY(textMatches(db, QStringLiteral("quokka")).isEmpty());
        db.exec("INSERT INTO phenomap_incident_fts (phenomap_incident_fts) VALUES ('integrity-check')");
    }

    void refusesAStaleStart()
    {
        Database &db = m_project->db();
        IncidentFields before = IncidentEditor::read(db, m_fid);
        IncidentFields after = before;
        after.description = QStringLiteral("should not be written");
        before.tlp = before.tlp == QLatin1String("TLP:RED") ? QStringLiteral("TLP:GREEN") : QStringLiteral("TLP:RED");
        const Snapshot was = snapshot(db);
        try {
            IncidentEditor::write(*m_project, before, after);
            QFAIL("a stale edit was written");
        } catch (const ProjectError &e) {
            QVERIFY2(e.message().contains(QLatin1String("changed meanwhile")), qPrintable(e.message()));
        }
        QCOMPARE(snapshot(db), was);
    }

    void refusesInvalidFields_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("mo of another phenomenon") << 0 << QStringLiteral("belongs to another phenomenon");
        QTest::newRow("end before start") << 1 << QStringLiteral("comes before its start");
        QTest::newRow("unknown marking") << 2 << QStringLiteral("is not a TLP marking");
        QTest::newRow("unknown phenomenon") << 3 << QStringLiteral("is not in the project's taxonomy");
        QTest::newRow("mo as phenomenon") << 4 << QStringLiteral("is not in the project's taxonomy");
    }

    void refusesInvalidFields()
    {
        QFETCH(int, what);
        QFETCH(QString, message);
        Database &db = m_project->db();
        const IncidentFields before = IncidentEditor::read(db, m_fid);
        IncidentFields after = before;
        switch (what) {
        case 0: after.moIds = {m_otherMo}; break;
        case 1: after.occurredTo = after.occurredFrom - 1; break;
        case 2: after.tlp = QStringLiteral("TLP:WHITE"); break;
        case 3: after.phenomenonId = 999999; break;
        case 4: after.phenomenonId = m_otherMo; after.moIds.clear(); break;
        }
        QVERIFY(!IncidentEditor::problem(db, after).isEmpty());
        const Snapshot was = snapshot(db);
        try {
            IncidentEditor::write(*m_project, before, after);
            QFAIL("an invalid edit was written");
        } catch (const ProjectError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QString::number(m_fid)), qPrintable(e.message()));
        }
        QCOMPARE(snapshot(db), was);
    }

    void unknownIncidentIsNamed()
    {
        try {
            IncidentEditor::read(m_project->db(), 987654);
            QFAIL("read a missing incident");
        } catch (const ProjectError &e) {
            QCOMPARE(e.message(), QStringLiteral("Incident 987654 is not in the project."));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidentEdit)
#include "tst_incidentedit.moc"
