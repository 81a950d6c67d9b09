// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Map Image… on a real project: the current view with its annotations is written
// as PNG (canvas proportions, 1600 px wide) or SVG, marked with the strictest TLP of the
// incidents on the map; a file that cannot be written is reported and nothing is left behind.
#include "annotationcontroller.h"
#include "annotationlayer.h"
#include "demogenerator.h"
#include "filterpanel.h"
#include "incidenttableview.h"
#include "keystorelocation.h"
#include "mapcanvas.h"
#include "mapimagecontroller.h"
#include "projectcontroller.h"
#include "reportrenderer.h"
#include "storyboardcontroller.h"
#include "storyboardpanel.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestMapImageController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    }

    void exportsTheCurrentView()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(projectPath, {.incidents = 300, .seed = 8, .title = QStringLiteral("Image view")});
        MapCanvas canvas;
        canvas.resize(800, 500);
        FilterPanel filters;
        IncidentTableView table;
        ProjectController controller(&canvas, &filters, &table);
        StoryboardPanel panel;
        StoryboardController storyboard(&controller, &canvas, &filters, &panel, nullptr);
        AnnotationController annotations(&controller, &canvas, &storyboard);
        MapImageController images(&controller, &canvas, &storyboard, nullptr);
        QSignalSpy errors(&images, &MapImageController::errorOccurred);
        QSignalSpy status(&images, &MapImageController::statusMessage);
        QVERIFY(!images.action()->isEnabled());
        QVERIFY(controller.openProject(projectPath));
        QVERIFY(images.action()->isEnabled());
        QCOMPARE(images.imageSize(), QSize(1600, 1000));

        // A big area over the middle of the view.
        canvas.setViewport(MapViewport(QPointF(149000, 170000), 10, canvas.size()));
        Annotation area;
        area.kind = Annotation::Kind::Area;
        area.points = {{148000, 169000}, {150000, 169000}, {150000, 171000}, {148000, 171000}};
        area.style = AnnotationLayer::defaultStyle(Annotation::Kind::Area);
        annotations.addAnnotation(area);

        // Through the action, with the file dialog replaced.
        const QString png = m_dir.filePath(QStringLiteral("view.png"));
        images.setPathPrompt([&](QWidget *) { return png; });
        images.action()->trigger();
        QCOMPARE(errors.count(), 0);
        QCOMPARE(status.count(), 1);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
        // The marking is the strictest of the visible incidents, in its TLP colour in the strip.
        quint8 strictest = 0;
        for (quint32 row : canvas.mapPainter().visibleRows())
            strictest = std::max(strictest, controller.engine().columns().tlp[row]);
        const QString label = tlpLabel(Tlp(strictest));
        QVERIFY2(status.at(0).at(0).toString().contains(label), qPrintable(status.at(0).at(0).toString()));
        const QColor tlpColour = PictureRenderer::tlpColour(Tlp(strictest));
        int coloured = 0;
        for (int y = 0; y < 26; ++y)
            for (int x = 1600 - 260; x < 1600; ++x) {
                const QColor c = image.pixelColor(x, y);
                coloured += std::abs(c.red() - tlpColour.red()) < 30 && std::abs(c.green() - tlpColour.green()) < 30 &&
                            std::abs(c.blue() - tlpColour.blue()) < 30;
            }
        QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
        // The area tints the middle of the map.
        int tinted = 0;
        for (int y = 540; y < 560; ++y)
            for (int x = 700; x < 720; ++x) {
                const QColor c = image.pixelColor(x, y);
                tinted += c.red() > c.green() + 35 && c.red() > c.blue() + 30;
            }
        QVERIFY2(tinted > 200, qPrintable(QString::number(tinted)));

        // SVG by its suffix.
        const QString svg = m_dir.filePath(QStringLiteral("view.SVG"));
        QVERIFY(images.exportTo(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(400);
        QVERIFY2(head.contains("<svg"), head.constData());

        // An unwritable place: reported, nothing written.
        const QString bad = m_dir.filePath(QStringLiteral("no-such-folder/view.png"));
        QVERIFY(!images.exportTo(bad));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(1).toString().contains(QStringLiteral("view.png")));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestMapImageController)
#include "tst_mapimagecontroller.moc"
