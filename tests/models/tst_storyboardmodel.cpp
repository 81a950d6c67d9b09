// SPDX-License-Identifier: GPL-3.0-or-later
// The storyboard model lists a demo project's pictures in order with their untranslated TLP
// label, and passes QAbstractItemModelTester through resets.
#include "demogenerator.h"
#include "picturestore.h"
#include "project.h"
#include "storyboardmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestStoryboardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPicturesInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("p.gpkg"));
        generateDemo(path, {.incidents = 200, .seed = 5, .title = QStringLiteral("Storyboard model")});
        auto project = Project::open(path);
        PictureStore store(*project);
        for (const auto &[title, tlp] : {std::pair{QStringLiteral("First"), Tlp::AmberStrict},
                                         std::pair{QStringLiteral("Second"), Tlp::Clear}}) {
            SituationPicture p;
            p.title = title;
            p.tlp = tlp;
            p.author = QStringLiteral("analyst");
            store.add(p);
        }

        StoryboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPictures(store.list());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(StoryboardModel::ColumnCount));
        QCOMPARE(model.index(0, StoryboardModel::Title).data().toString(), QStringLiteral("First"));
        QCOMPARE(model.index(0, StoryboardModel::Marking).data().toString(), QStringLiteral("TLP:AMBER+STRICT"));
        QCOMPARE(model.index(1, StoryboardModel::Marking).data().toString(), QStringLiteral("TLP:CLEAR"));
        QCOMPARE(model.index(1, StoryboardModel::Author).data().toString(), QStringLiteral("analyst"));
        QVERIFY(!model.index(1, StoryboardModel::Modified).data().toString().isEmpty());
        const QString uuid = model.index(1, 0).data(StoryboardModel::UuidRole).toString();
        QCOMPARE(model.rowOf(uuid), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);

        store.move(uuid, 0);
        model.setPictures(store.list());
        QCOMPARE(model.rowOf(uuid), 0);
        model.setPictures({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoryboardModel)
#include "tst_storyboardmodel.moc"
