// SPDX-License-Identifier: GPL-3.0-or-later
// Situation pictures: lossless JSON, storyboard CRUD and order, audit of every change.
#include "picturestore.h"
#include "project.h"
#include "situationpicture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

SituationPicture richPicture()
{
    SituationPicture p;
    p.title = QStringLiteral("Drogues — Anneessens, été 2026");
    p.tlp = Tlp::AmberStrict;
    p.author = QStringLiteral("Analyste Région");
    p.narrative =
        QStringLiteral("<p>Hausse <b>nette</b> près de la <i>gare du Midi</i> &amp; « Lemonnier ».</p>");
    Filter &f = p.state.filter;
    f.fromUtc = 1767225600;
    f.toUtc = 1782864000;
    f.phenomenonIds = {1, 7, 12};
    f.moIds = {3, 4};
    f.municipalities = {21004, 21013};
    f.policeZones = {5339};
    f.sourceIds = {2};
    f.tlps = {int(Tlp::Green), int(Tlp::AmberStrict)};
    f.weekdays = 0x1f;
    f.hours = 0xff00ff;
    f.text = QStringLiteral("\"vol à l'arraché\" gare*");
    p.state.timeWindow = {1767225600, 1769904000, 7 * 86400, 1768435200};
    p.state.extent = {149123.456789012345, 170234.1, 2.718281828459045};
    p.state.layers = {{QStringLiteral("incidents"), true, 0.85, QStringLiteral("by-phenomenon")},
                      {QStringLiteral("kde"), false, 0.1 + 0.2, QStringLiteral("heat")}};
    p.state.chartKind = QStringLiteral("timeline");
    p.state.choropleth = ChoroplethView{true, QStringLiteral("police_zones"), QStringLiteral("location_quotient"),
                                        QStringLiteral("natural_breaks"), 7, QStringLiteral("blue_orange"), 0.55};
    p.state.density = DensityView{425.5, 25};
    Annotation text{Annotation::Kind::Text, {{149500.25, 170600.75}}, QStringLiteral("Point chaud ↗"), {}};
    text.style.fontPt = 14.5;
    Annotation arrow{Annotation::Kind::Arrow,
                     {{149000, 170000}, {149400.125, 170333.333333333333}},
                     QString(),
                     {QStringLiteral("#ff0000"), QString(), 2.5, 10}};
    Annotation area{Annotation::Kind::Area,
                    {{149000, 170000}, {149500, 170000}, {149500, 170400}},
                    QStringLiteral("Zone"),
                    {QStringLiteral("#80004488"), QStringLiteral("#33004488"), 1.0 / 3.0, 9}};
    p.state.annotations = {text, arrow, area};
    return p;
}

qint64 auditCount(Project &project, const QString &action)
{
    Statement st = project.db().prepare("SELECT count(*) FROM phenomap_audit WHERE action = ?");
    st.bind(1, action);
    st.step();
    return st.int64(0);
}

} // namespace

class TestSituationPicture : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void stateRoundTrip()
    {
        const SituationPicture p = richPicture();
        const QByteArray bytes = SituationPicture::stateToBytes(p.state);
        QString error;
        const auto back = SituationPicture::stateFromBytes(bytes, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->filter, p.state.filter);
        QVERIFY(*back == p.state);
        // Serialising again gives the same bytes (sets are written sorted).
        QCOMPARE(SituationPicture::stateToBytes(*back), bytes);
    }

    void wholePictureRoundTrip()
    {
        SituationPicture p = richPicture();
        p.uuid = QStringLiteral("0b7c1c9e-4a55-4f62-9f1c-2f8f3d2d7a10");
        p.position = 3;
        p.createdAt = QDateTime(QDate(2026, 6, 12), QTime(8, 30, 15, 123), Qt::UTC);
        p.modifiedAt = QDateTime(QDate(2026, 6, 13), QTime(9, 0, 0, 7), Qt::UTC);
        const QByteArray text = QJsonDocument(p.toJson()).toJson();
        const auto back = SituationPicture::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.has_value());
        QVERIFY(*back == p);
        QCOMPARE(back->tlp, Tlp::AmberStrict);
        QVERIFY(text.contains("TLP:AMBER+STRICT"));
    }

    void malformedStateIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("newer version") << QByteArray(R"({"version": 99})");
        QTest::newRow("fractional id") << QByteArray(R"({"version": 1, "filter": {"phenomena": [1.5]}})");
        QTest::newRow("bad tlp") << QByteArray(R"({"version": 1, "filter": {"tlp": ["TLP:PURPLE"]}})");
        QTest::newRow("arrow with one point")
            << QByteArray(R"({"version": 1, "annotations": [{"kind": "arrow", "points": [[1, 2]]}]})");
        QTest::newRow("unknown kind")
            << QByteArray(R"({"version": 1, "annotations": [{"kind": "circle", "points": [[1, 2]]}]})");
        QTest::newRow("opacity") << QByteArray(R"({"version": 1, "layers": [{"layer": "x", "opacity": 2}]})");
        QTest::newRow("choropleth measure") << QByteArray(R"({"version": 1, "choropleth": {"measure": "mean"}})");
        QTest::newRow("choropleth classes") << QByteArray(R"({"version": 1, "choropleth": {"classes": 40}})");
        QTest::newRow("choropleth palette") << QByteArray(R"({"version": 1, "choropleth": {"palette": "rainbow"}})");
        QTest::newRow("density cell") << QByteArray(R"({"version": 1, "density": {"bandwidth": 300, "cellSize": 0.01}})");
    }
    /// A state written before pictures held the choropleth and density surface has neither:
    /// restoring it leaves them as they are.
    void olderStateHasNoChoroplethOrDensity()
    {
        QString error;
        const auto old = SituationPicture::stateFromBytes(R"({"version": 1, "chart": "weekhour"})", &error);
        QVERIFY2(old.has_value(), qPrintable(error));
        QVERIFY(!old->choropleth.has_value());
        QVERIFY(!old->density.has_value());
        QVERIFY(!SituationPicture::stateToJson(*old).contains(QLatin1String("choropleth")));
    }

    void malformedStateIsRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!SituationPicture::stateFromBytes(json, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void effectiveFilterNarrowsToTimeWindow()
    {
        SituationPicture p;
        p.state.filter.fromUtc = 100;
        p.state.timeWindow = {200, 300, 0, 0};
        const Filter f = p.effectiveFilter();
        QCOMPARE(f.fromUtc, 200);
        QCOMPARE(f.toUtc, 300);
        p.state.timeWindow = {};
        QCOMPARE(p.effectiveFilter(), p.state.filter);
    }

    void storeCrudAndReorder()
    {
        auto project =
            Project::create(m_dir.filePath("pictures.gpkg"), {.title = "Pictures", .baseZones = false});
        PictureStore store(*project);
        QVERIFY(store.list().isEmpty());
        SituationPicture a = store.add(richPicture());
        SituationPicture b = richPicture();
        b.title = QStringLiteral("B");
        b.tlp = Tlp::Green;
        b = store.add(b);
        SituationPicture c = richPicture();
        c.title = QStringLiteral("C");
        c = store.add(c);
        QCOMPARE(a.position, 0);
        QCOMPARE(b.position, 1);
        QCOMPARE(c.position, 2);
        QVERIFY(!a.uuid.isEmpty());
        QVERIFY(a.uuid != b.uuid);

        // What was stored is restored exactly.
        const auto stored = store.find(a.uuid);
        QVERIFY(stored.has_value());
        QVERIFY(*stored == a);

        store.reorder({c.uuid, a.uuid, b.uuid});
        QList<SituationPicture> list = store.list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].uuid, c.uuid);
        QCOMPARE(list[1].uuid, a.uuid);
        QCOMPARE(list[2].uuid, b.uuid);
        QCOMPARE(list[2].position, 2);

        store.move(b.uuid, 0);
        list = store.list();
        QCOMPARE(list[0].uuid, b.uuid);
        QCOMPARE(list[1].uuid, c.uuid);

        // A wrong permutation changes nothing.
        QVERIFY_THROWS_EXCEPTION(PictureError, store.reorder({a.uuid, a.uuid, b.uuid}));
        QVERIFY_THROWS_EXCEPTION(PictureError, store.reorder({a.uuid, b.uuid}));
        QCOMPARE(store.list()[0].uuid, b.uuid);

        SituationPicture edited = *store.find(c.uuid);
        edited.title = QStringLiteral("C edited");
        edited.tlp = Tlp::Red;
        edited.state.annotations.removeFirst();
        QTest::qWait(5);
        const SituationPicture updated = store.update(edited);
        QVERIFY(updated.modifiedAt > c.modifiedAt);
        const auto reread = store.find(c.uuid);
        QCOMPARE(reread->title, QStringLiteral("C edited"));
        QCOMPARE(reread->tlp, Tlp::Red);
        QCOMPARE(reread->state, edited.state);
        QCOMPARE(reread->position, 1);

        store.remove(b.uuid);
        list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].position, 0);
        QCOMPARE(list[1].position, 1);
        QVERIFY_THROWS_EXCEPTION(PictureError, store.remove(b.uuid));

        QCOMPARE(auditCount(*project, "picture.add"), 3);
        QCOMPARE(auditCount(*project, "picture.reorder"), 2);
        QCOMPARE(auditCount(*project, "picture.update"), 1);
        QCOMPARE(auditCount(*project, "picture.remove"), 1);
    }

    void restoreBringsBackTheSameRow()
    {
        auto project =
            Project::create(m_dir.filePath("restore.gpkg"), {.title = "Restore", .baseZones = false});
        PictureStore store(*project);
        SituationPicture a = store.add(richPicture());
        SituationPicture b = richPicture();
        b.title = QStringLiteral("B");
        b = store.add(b);
        SituationPicture c = richPicture();
        c.title = QStringLiteral("C");
        c = store.add(c);
        QTest::qWait(5);
        store.remove(b.uuid);
        const SituationPicture back = store.restore(b, 1);
        QCOMPARE(back, b); // id, uuid, position, times and content
        const QList<SituationPicture> list = store.list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1), b);
        QCOMPARE(list.at(2).uuid, c.uuid);
        QCOMPARE(list.at(2).position, 2);
        QCOMPARE(auditCount(*project, "picture.restore"), 1);

        // A uuid that exists is refused and nothing changes.
        QVERIFY_THROWS_EXCEPTION(PictureError, store.restore(b, 0));
        QCOMPARE(store.list(), list);

        // A row id another picture took meanwhile: a new id, the rest as it was.
        store.remove(b.uuid);
        SituationPicture d = richPicture();
        d.title = QStringLiteral("D");
        d = store.add(d);
        SituationPicture clash = b;
        clash.id = d.id;
        const SituationPicture moved = store.restore(clash, 0);
        QVERIFY(moved.id != d.id);
        QCOMPARE(moved.createdAt, b.createdAt);
        QCOMPARE(store.list().first().uuid, b.uuid);
    }

    void readOnlyProjectRefusesChanges()
    {
        const QString path = m_dir.filePath("ro.gpkg");
        {
            auto project = Project::create(path, {.title = "RO", .baseZones = false});
            PictureStore(*project).add(richPicture());
        }
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        PictureStore store(*project);
        QCOMPARE(store.list().size(), 1);
        QVERIFY_THROWS_EXCEPTION(PictureError, store.add(richPicture()));
    }
};

QTEST_GUILESS_MAIN(TestSituationPicture)
#include "tst_situationpicture.moc"
