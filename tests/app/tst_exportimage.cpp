// SPDX-License-Identifier: GPL-3.0-or-later
// `phenomap export --png/--svg`: the map of one picture (by storyboard number or UUID) or of the
// whole project, at the asked size, with its TLP label in the title strip, its annotations, its
// legend and the UrbIS attribution; bad options are usage errors and write nothing. The test
// binary re-runs itself as the command (PHENOMAP_EXPORT_CHILD set), as tst_exportcommand does.
#include "annotationlayer.h"
#include "demogenerator.h"
#include "exportcommand.h"
#include "mappainter.h"
#include "picturestore.h"
#include "processrun.h"
#include "project.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

using namespace phenomap;

namespace {

using Run = test::ProcessRun;

Run exportCommand(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PHENOMAP_EXPORT_CHILD"), QStringLiteral("gui"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return test::runProcess(QCoreApplication::applicationFilePath(), arguments, env);
}

int countPixels(const QImage &image, QRect area, const std::function<bool(QColor)> &test)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y) && test(image.pixelColor(x, y)))
                ++n;
    return n;
}

bool tinted(QColor c)
{
    return c.red() > c.green() + 35 && c.red() > c.blue() + 30;
}

} // namespace

class TestExportImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngOfAPicture();
    void svgIsVectorXml();
    void wholeProjectByDefault();
    void usageErrorsWriteNothing();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_annotated, m_plain;
};

void TestExportImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("PHENOMAP_KEYSTORE", QFile::encodeName(m_dir.filePath(QStringLiteral("keys")))); // no office key
    m_project = m_dir.filePath(QStringLiteral("demo.gpkg"));
    generateDemo(m_project, {.incidents = 1500, .seed = 4, .title = QStringLiteral("Images")});
    auto project = Project::open(m_project);
    PictureStore store(*project);
    SituationPicture p;
    p.title = QStringLiteral("Plain view");
    p.tlp = Tlp::Amber;
    p.state.extent = {149000, 170000, 10};
    m_plain = store.add(p).uuid;
    // The same view with an area to the north-east of the centre.
    p.title = QStringLiteral("Annotated view");
    Annotation area;
    area.kind = Annotation::Kind::Area;
    area.points = {{149500, 170500}, {151000, 170500}, {151000, 172000}, {149500, 172000}};
    area.style = AnnotationLayer::defaultStyle(Annotation::Kind::Area);
    p.state.annotations = {area};
    m_annotated = store.add(p).uuid;
}

void TestExportImage::pngOfAPicture()
{
    const QString plainPath = m_dir.filePath(QStringLiteral("plain.png"));
    const QString annotatedPath = m_dir.filePath(QStringLiteral("annotated.png"));
    Run r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--png"), plainPath,
                           QStringLiteral("--pictures"), QStringLiteral("1"), QStringLiteral("--size"),
                           QStringLiteral("900x700")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Plain view")) && r.out.contains(QStringLiteral("plain.png")), qPrintable(r.out));
    r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--png"), annotatedPath,
                       QStringLiteral("--pictures"), m_annotated, QStringLiteral("--size"), QStringLiteral("900x700")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const QImage plain(plainPath), annotated(annotatedPath);
    QCOMPARE(plain.size(), QSize(900, 700));
    QCOMPARE(annotated.size(), QSize(900, 700));

    // The title strip carries the TLP:AMBER label: amber glyphs on a black plate, top right.
    const QRect label(900 - 220, 0, 220, 24);
    const int amber = countPixels(plain, label, [](QColor c) {
        return std::abs(c.red() - 0xff) < 30 && std::abs(c.green() - 0xc0) < 40 && c.blue() < 60;
    });
    const int black = countPixels(plain, label, [](QColor c) { return c.lightness() < 20; });
    QVERIFY2(amber > 20, qPrintable(QString::number(amber)));
    QVERIFY2(black > 100, qPrintable(QString::number(black)));

    // The area (north-east of the centre, about x 500–640, y 180–320) is tinted only in the
    // annotated picture; the rest of the map is the same.
    const QRect inArea(560, 230, 20, 20);
    const int withArea = countPixels(annotated, inArea, tinted);
    const int without = countPixels(plain, inArea, tinted);
    QVERIFY2(withArea > 250 && without < 100, qPrintable(QStringLiteral("%1 vs %2").arg(withArea).arg(without)));
    const QRect elsewhere(150, 450, 40, 40);
    QCOMPARE(countPixels(annotated, elsewhere, tinted), countPixels(plain, elsewhere, tinted));

    // The legend plate sits in the lower-left corner: a light plate with dark text.
    const QRect legend(14, 700 - 120, 200, 60);
    QVERIFY(countPixels(plain, legend, [](QColor c) { return c.lightness() > 235; }) > 2000);
    QVERIFY(countPixels(plain, legend, [](QColor c) { return c.lightness() < 90; }) > 30);
}

void TestExportImage::svgIsVectorXml()
{
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    const Run r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--svg"), path,
                                 QStringLiteral("--pictures"), QStringLiteral("2"), QStringLiteral("--lang"),
                                 QStringLiteral("fr")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int paths = 0, texts = 0;
    QString allText;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("path"))
                ++paths;
            else if (xml.name() == QLatin1String("text")) {
                ++texts;
                allText += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(paths > 20, qPrintable(QString::number(paths)));
    QVERIFY(texts > 3);
    QVERIFY2(allText.contains(MapPainter::urbisAttribution(QStringLiteral("fr"))), qPrintable(allText));
    // The offline basemap is drawn, so its licence's mention is on the map.
    QVERIFY2(allText.contains(QStringLiteral("© OpenStreetMap contributors")), qPrintable(allText));
    QVERIFY(allText.contains(QStringLiteral("TLP:AMBER")));
    QVERIFY(allText.contains(QStringLiteral("Légende")));
    QVERIFY(allText.contains(QStringLiteral("Annotated view")));
}

void TestExportImage::wholeProjectByDefault()
{
    const QString path = m_dir.filePath(QStringLiteral("whole.png"));
    const Run r = exportCommand({QStringLiteral("export"), m_project, QStringLiteral("--png"), path, QStringLiteral("--size"),
                                 QStringLiteral("640x480")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Images")), qPrintable(r.out)); // the project's title
    QCOMPARE(QImage(path).size(), QSize(640, 480));
}

void TestExportImage::usageErrorsWriteNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.png"));
    const QString exportWord = QStringLiteral("export");
    Run r = exportCommand({exportWord, m_project, QStringLiteral("--png"), out, QStringLiteral("--size"), QStringLiteral("10x10")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--size")));
    r = exportCommand({exportWord, m_project, QStringLiteral("--png"), out, QStringLiteral("--pictures"),
                       QStringLiteral("1,2")});
    QCOMPARE(r.code, 2);
    r = exportCommand({exportWord, m_project, QStringLiteral("--png"), out, QStringLiteral("--svg"), out});
    QCOMPARE(r.code, 2);
    r = exportCommand({exportWord, m_project, QStringLiteral("--png"), out, QStringLiteral("--tier"), QStringLiteral("exact")});
    QCOMPARE(r.code, 2);
    r = exportCommand({exportWord, m_project, QStringLiteral("--pdf"), out, QStringLiteral("--size"), QStringLiteral("100x100")});
    QCOMPARE(r.code, 2);
    r = exportCommand({exportWord, m_project, QStringLiteral("--png"), out, QStringLiteral("--pictures"), QStringLiteral("9")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("9")) && r.err.contains(QStringLiteral("demo.gpkg")), qPrintable(r.err));
    r = exportCommand({exportWord, m_project, QStringLiteral("--png"), out, QStringLiteral("--pictures"), QStringLiteral("nope")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nope")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

int main(int argc, char **argv)
{
    if (qgetenv("PHENOMAP_EXPORT_CHILD") == "gui") {
        QApplication app(argc, argv);
        return runExportCommand(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    TestExportImage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportimage.moc"
