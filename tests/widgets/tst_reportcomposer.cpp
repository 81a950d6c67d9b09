// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF briefing, checked the way a reader sees it: qpdf validates the file, pdftotext reads
// its words page by page, pdftoppm turns pages into pixels for the TLP bands and the map.
#include "demogenerator.h"
#include "engine.h"
#include "feedback.h"
#include "picturestore.h"
#include "project.h"
#include "reportcomposer.h"
#include "taxonomy.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace phenomap;

namespace {

/// Runs a tool and returns its stdout; fails the test when it does not exit with 0.
QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        qWarning() << program << "did not finish";
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput() + (exitCode ? p.readAllStandardError() : QByteArray());
}

QStringList pdfPages(const QString &pdf)
{
    int code = 0;
    const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &code));
    // Typeset ligatures (ﬁ, ﬀ, ...) come out as single characters; a reader's search matches them.
    QString plain = text;
    plain.replace(QChar(0xfb00), QStringLiteral("ff")).replace(QChar(0xfb01), QStringLiteral("fi"))
        .replace(QChar(0xfb02), QStringLiteral("fl")).replace(QChar(0xfb03), QStringLiteral("ffi"))
        .replace(QChar(0xfb04), QStringLiteral("ffl"));
    QStringList pages = plain.split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/// Renders page `page` (1-based) at 60 dpi.
QImage pageImage(const QString &pdf, int page, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page%1").arg(page);
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-f"),
                                     QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
                                     pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

bool near(QRgb a, QColor b, int tolerance = 24)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
           && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

/// Pixels of colour `c` in rows [y0, y1) of the image.
int countColour(const QImage &image, int y0, int y1, QColor c)
{
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(image.height(), y1); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += near(image.pixel(x, y), c) ? 1 : 0;
    return n;
}

/// Distinct coarse colours (4 bits per channel) in a rectangle, white excluded.
int distinctColours(const QImage &image, const QRect &r)
{
    QSet<int> seen;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qRed(p) > 245 && qGreen(p) > 245 && qBlue(p) > 245)
                continue;
            seen.insert((qRed(p) >> 4) << 8 | (qGreen(p) >> 4) << 4 | (qBlue(p) >> 4));
        }
    return int(seen.size());
}

const QColor kAmber(0xff, 0xc0, 0x00);

} // namespace

class TestReportComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishLandscape();
    void frenchAndDutchLabels();
    void portrait();
    void wholeProjectWhenNoPictures();
    void unknownPictureIsAnError();
    void cancelLeavesNoFile();
    void pngAndSvg();

private:
    QString writeReport(const QString &name, const ReportOptions &options);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Engine m_engine;
    QList<SituationPicture> m_pictures;
};

void TestReportComposer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    DemoOptions demo;
    demo.incidents = 2000;
    demo.seed = 11;
    demo.title = QStringLiteral("Synergie Nord");
    generateDemo(path, demo);
    m_project = Project::open(path);
    m_engine.load(*m_project);
    const QList<TaxonomyNode> taxonomy = loadTaxonomy(m_project->db());

    PictureStore store(*m_project);
    SituationPicture overview;
    overview.title = QStringLiteral("Regional overview");
    overview.author = QStringLiteral("Analyst A");
    overview.tlp = Tlp::Amber;
    overview.narrative = QStringLiteral("<h3>Findings</h3><p>Burglaries concentrate in the <b>city centre</b>.</p>")
                         + QStringLiteral("<p>Paragraph of assessment text that goes on for a while.</p>").repeated(60);
    overview.state.extent = {149000, 170000, 25};
    m_pictures << store.add(overview);

    SituationPicture focus;
    focus.title = QStringLiteral("One phenomenon, last half year");
    focus.author = QStringLiteral("Analyst B");
    focus.tlp = Tlp::Amber;
    focus.narrative = QStringLiteral("<p>Short note.</p>");
    for (const TaxonomyNode &n : taxonomy)
        if (n.parentId == 0 && focus.state.filter.phenomenonIds.isEmpty())
            focus.state.filter.phenomenonIds.insert(n.id);
    const auto period = demoPeriod();
    focus.state.timeWindow.fromUtc = period.second - 183 * 86400;
    focus.state.timeWindow.toUtc = period.second;
    focus.state.extent = {148500, 171000, 12};
    m_pictures << store.add(focus);
}

QString TestReportComposer::writeReport(const QString &name, const ReportOptions &options)
{
    const QString pdf = m_dir.filePath(name);
    ReportComposer composer(*m_project, m_engine);
    try {
        composer.writePdf(pdf, options);
    } catch (const ReportError &e) {
        qWarning() << e.message();
        return {};
    }
    if (!QFile::exists(pdf))
        return {};
    // For a look by eye: PHENOMAP_KEEP_REPORTS=/some/dir keeps a copy of every briefing.
    if (const QString keep = qEnvironmentVariable("PHENOMAP_KEEP_REPORTS"); !keep.isEmpty()) {
        QFile::remove(keep + QLatin1Char('/') + name);
        QFile::copy(pdf, keep + QLatin1Char('/') + name);
    }
    if (QFile::exists(QStringLiteral("/usr/bin/qpdf"))) {
        int code = -1;
        const QByteArray output = run(QStringLiteral("/usr/bin/qpdf"), {QStringLiteral("--check"), pdf}, &code);
        if (code != 0) {
            qWarning() << output;
            return {};
        }
    } else {
        qInfo("qpdf is not installed: the structural check is skipped");
    }
    return pdf;
}

void TestReportComposer::englishLandscape()
{
    ReportOptions options;
    options.language = QStringLiteral("en");
    const QString pdf = writeReport(QStringLiteral("en.pdf"), options);
    QVERIFY(!pdf.isEmpty());

    const QStringList pages = pdfPages(pdf);
    // Title, then per picture a map page and at least one analysis page; the long narrative of
    // the first picture continues on further pages.
    QVERIFY2(pages.size() >= 6, qPrintable(QString::number(pages.size())));
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages[i].count(QStringLiteral("TLP:AMBER")) >= 2, qPrintable(QStringLiteral("page %1").arg(i + 1)));
        QVERIFY2(pages[i].contains(QStringLiteral("SYNTHETIC DATA")), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        QVERIFY2(pages[i].contains(QStringLiteral("page %1 / %2").arg(i + 1).arg(pages.size())), qPrintable(pages[i]));
    }
    QVERIFY(pages[0].contains(QStringLiteral("Synergie Nord")));
    QVERIFY(pages[0].contains(QStringLiteral("Analyst A")));
    QVERIFY(pages[1].contains(QStringLiteral("Realized by means of Brussels UrbIS")));
    QVERIFY(pages[1].contains(QStringLiteral("Legend")));
    QVERIFY(pages[1].contains(QStringLiteral("Most affected municipalities")));
    QVERIFY(pages[2].contains(QStringLiteral("Incidents per month")));
    QVERIFY(pages[2].contains(QStringLiteral("Burglaries concentrate")));
    QVERIFY(pages[3].contains(QStringLiteral("(continued)")));

    // Pixels: the amber band in the header and the footer of the first and the last page.
    for (int page : {1, int(pages.size())}) {
        const QImage image = pageImage(pdf, page, m_dir.path());
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > image.height());
        const int h = image.height();
        QVERIFY2(countColour(image, 0, h / 8, kAmber) > 200, qPrintable(QStringLiteral("header of page %1").arg(page)));
        QVERIFY2(countColour(image, h - h / 8, h, kAmber) > 200, qPrintable(QStringLiteral("footer of page %1").arg(page)));
        if (page != 1) // the title page shows the marking in its middle too
            QCOMPARE(countColour(image, h / 4, h - h / 4, kAmber), 0);
    }
    // The map page shows a drawn map: many colours where the map is, with the phenomenon dots.
    const QImage map = pageImage(pdf, 2, m_dir.path());
    const QRect mapArea(map.width() / 10, map.height() / 4, map.width() / 2, map.height() / 2);
    QVERIFY2(distinctColours(map, mapArea) > 25, qPrintable(QString::number(distinctColours(map, mapArea))));
    const QImage analysis = pageImage(pdf, 3, m_dir.path());
    QVERIFY(distinctColours(analysis, QRect(0, analysis.height() / 5, analysis.width(), analysis.height() / 4)) > 4);
}

void TestReportComposer::frenchAndDutchLabels()
{
    ReportOptions fr;
    fr.language = QStringLiteral("fr");
    fr.pictureUuids = {m_pictures[1].uuid};
    const QString frPdf = writeReport(QStringLiteral("fr.pdf"), fr);
    QVERIFY(!frPdf.isEmpty());
    const QStringList frPages = pdfPages(frPdf);
    QCOMPARE(frPages.size(), 3);
    for (const QString &page : frPages) {
        QVERIFY(page.contains(QStringLiteral("TLP:AMBER")));
        QVERIFY(page.contains(QStringLiteral("DONNÉES SYNTHÉTIQUES")));
    }
    QVERIFY(frPages[0].contains(QStringLiteral("page 1 / 3")));
    QVERIFY(frPages[0].contains(QStringLiteral("Briefing de situation")));
    QVERIFY(frPages[1].contains(QStringLiteral("Légende")));
    QVERIFY(frPages[1].contains(QStringLiteral("Réalisé au moyen de Brussels UrbIS")));
    QVERIFY(frPages[2].contains(QStringLiteral("Appréciation")));
    QVERIFY(!frPages.join(QString()).contains(QStringLiteral("Legend")));

    ReportOptions nl;
    nl.language = QStringLiteral("nl");
    nl.pictureUuids = {m_pictures[1].uuid};
    const QString nlPdf = writeReport(QStringLiteral("nl.pdf"), nl);
    QVERIFY(!nlPdf.isEmpty());
    const QStringList nlPages = pdfPages(nlPdf);
    QCOMPARE(nlPages.size(), 3);
    for (const QString &page : nlPages)
        QVERIFY(page.contains(QStringLiteral("SYNTHETISCHE GEGEVENS")));
    QVERIFY(nlPages[0].contains(QStringLiteral("pagina 1 / 3")));
    QVERIFY(nlPages[1].contains(QStringLiteral("Verwezenlijkt door middel van Brussels UrbIS")));
    QVERIFY(nlPages[1].contains(QStringLiteral("Legende")));
}

void TestReportComposer::portrait()
{
    ReportOptions options;
    options.orientation = QPageLayout::Portrait;
    options.pictureUuids = {m_pictures[1].uuid, m_pictures[0].uuid};
    const QString pdf = writeReport(QStringLiteral("portrait.pdf"), options);
    QVERIFY(!pdf.isEmpty());
    const QImage first = pageImage(pdf, 1, m_dir.path());
    QVERIFY(first.height() > first.width());
    const QStringList pages = pdfPages(pdf);
    // The order asked for: the focused picture comes first.
    QVERIFY(pages[1].contains(QStringLiteral("One phenomenon")));
    QVERIFY(pages[0].indexOf(QStringLiteral("One phenomenon")) < pages[0].indexOf(QStringLiteral("Regional overview")));
}

void TestReportComposer::wholeProjectWhenNoPictures()
{
    const QString path = m_dir.filePath(QStringLiteral("empty-storyboard.gpkg"));
    DemoOptions demo;
    demo.incidents = 500;
    demo.title = QStringLiteral("Bare project");
    generateDemo(path, demo);
    auto project = Project::open(path, Project::OpenMode::ReadOnly);
    Engine engine;
    engine.load(*project);
    ReportComposer composer(*project, engine);
    const QString pdf = m_dir.filePath(QStringLiteral("bare.pdf"));
    composer.writePdf(pdf, ReportOptions{});
    QCOMPARE(composer.pageCount(), 3);
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 3);
    QVERIFY(pages[1].contains(QStringLiteral("Bare project")));
    QVERIFY(pages[1].contains(QStringLiteral("500")));
    // The demo's strictest marking is TLP:AMBER+STRICT: the whole-project briefing carries it.
    for (const QString &page : pages)
        QVERIFY(page.contains(QStringLiteral("TLP:AMBER+STRICT")));
}

void TestReportComposer::unknownPictureIsAnError()
{
    ReportComposer composer(*m_project, m_engine);
    ReportOptions options;
    options.pictureUuids = {QStringLiteral("no-such-picture")};
    const QString pdf = m_dir.filePath(QStringLiteral("unknown.pdf"));
    try {
        composer.writePdf(pdf, options);
        QFAIL("an unknown picture was accepted");
    } catch (const ReportError &e) {
        QVERIFY(e.message().contains(QStringLiteral("no-such-picture")));
    }
    QVERIFY(!QFile::exists(pdf));
}

void TestReportComposer::cancelLeavesNoFile()
{
    ReportComposer composer(*m_project, m_engine);
    const QString pdf = m_dir.filePath(QStringLiteral("canceled.pdf"));
    // Canceled half-way through the pages: nothing is written.
    Feedback feedback;
    int progressCalls = 0;
    connect(&feedback, &Feedback::progressChanged, &feedback, [&](double percent) {
        ++progressCalls;
        if (percent > 30)
            feedback.cancel();
    });
    QVERIFY_THROWS_EXCEPTION(Canceled, composer.writePdf(pdf, ReportOptions{}, &feedback));
    QVERIFY(progressCalls >= 2);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("canceled*")}, QDir::Files | QDir::Hidden), QStringList());

    // An existing briefing is kept as it was.
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous briefing");
    }
    Feedback early;
    early.cancel();
    QVERIFY_THROWS_EXCEPTION(Canceled, composer.writePdf(pdf, ReportOptions{}, &early));
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous briefing"));
}

void TestReportComposer::pngAndSvg()
{
    ReportComposer composer(*m_project, m_engine);
    const QString png = m_dir.filePath(QStringLiteral("map.png"));
    composer.writeMapPng(png, m_pictures[0], QSize(1000, 700), QStringLiteral("fr"));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1000, 700));
    QVERIFY(countColour(image, 0, 40, kAmber) > 50);             // the TLP label
    QVERIFY(distinctColours(image, QRect(100, 100, 800, 500)) > 25); // the map

    const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
    composer.writeMapSvg(svg, m_pictures[0], QSize(1000, 700), QStringLiteral("en"));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("TLP:AMBER"));
    QVERIFY(content.contains("UrbIS"));
    if (!qEnvironmentVariableIsEmpty("PHENOMAP_KEEP_REPORTS"))
        QFile::copy(svg, qEnvironmentVariable("PHENOMAP_KEEP_REPORTS") + QStringLiteral("/map.svg"));
    QVERIFY(content.count("<circle") + content.count("<ellipse") > 1000); // points drawn as vectors

    QVERIFY_THROWS_EXCEPTION(ReportError, composer.writeMapPng(m_dir.filePath(QStringLiteral("missing/dir/map.png")),
                                                               m_pictures[0], QSize(100, 100), QStringLiteral("en")));
}

QTEST_MAIN(TestReportComposer)
#include "tst_reportcomposer.moc"
