// SPDX-License-Identifier: GPL-3.0-or-later
// Per-picture chart and layers in the briefing: the PDF draws the chart the picture chose (the
// monthly bars, the hour-by-weekday matrix or the municipality bars), and the map honours the
// picture's layer visibility without leaking into the next picture.
#include "demogenerator.h"
#include "engine.h"
#include "picturestore.h"
#include "project.h"
#include "reportcharts.h"
#include "reportcomposer.h"
#include "reportrenderer.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace phenomap;

namespace {

int count(const QImage &image, const std::function<bool(QColor)> &test)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += test(image.pixelColor(x, y));
    return n;
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    Engine m_engine;

    QImage chart(PictureRenderer &renderer, const QString &kind)
    {
        SituationPicture p = renderer.wholeProjectPicture();
        p.state.chartKind = kind;
        QImage image(700, 320, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paintChart(painter, QRectF(10, 10, 680, 300), renderer.prepare(p));
        return image;
    }

    QImage map(PictureRenderer &renderer, const QList<LayerState> &layers)
    {
        SituationPicture p = renderer.wholeProjectPicture();
        p.state.layers = layers;
        QImage image(500, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paintMap(painter, QRectF(0, 0, 500, 400), renderer.prepare(p));
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("charts.gpkg"));
        generateDemo(m_path, {.incidents = 1500, .seed = 3, .title = QStringLiteral("Charts")});
        m_project = Project::open(m_path);
        m_engine.load(*m_project);
    }

    void codes()
    {
        for (PictureChart c : {PictureChart::Time, PictureChart::WeekHour, PictureChart::Zones, PictureChart::Mo})
            QCOMPARE(pictureChartFromCode(pictureChartCode(c)), c);
        QCOMPARE(pictureChartCode(PictureChart::WeekHour), QStringLiteral("weekhour"));
        QVERIFY(!pictureChartFromCode(QString()));
        QVERIFY(!pictureChartFromCode(QStringLiteral("pie")));
    }

    void eachPictureItsChart()
    {
        PictureRenderer renderer(*m_project, m_engine, QStringLiteral("en"));
        const QColor bar(0x3d, 0x5a, 0x80);
        const auto isBar = [&](QColor c) { return c == bar; };
        const auto isDeepBlue = [](QColor c) { return c.blue() > c.red() + 80 && c.blue() > 150; };
        const QImage time = chart(renderer, QString()), weekHour = chart(renderer, QStringLiteral("weekhour")),
                     zones = chart(renderer, QStringLiteral("zones"));
        QCOMPARE(count(time, isBar), 0);
        QVERIFY2(count(zones, isBar) > 2000, qPrintable(QString::number(count(zones, isBar))));
        QVERIFY2(count(weekHour, isDeepBlue) > 500, qPrintable(QString::number(count(weekHour, isDeepBlue))));
        QCOMPARE(count(weekHour, isBar), 0);
        QVERIFY(time != weekHour && time != zones);
        // The MO chart is its own drawing, in the MO colours (it printed the monthly bars before).
        const QImage mo = chart(renderer, QStringLiteral("mo"));
        QVERIFY(mo != time && mo != zones);
        QVERIFY(count(mo, [](QColor c) { return c == reportcharts::moColour(0); }) > 100);
    }

    void layersPerPictureDoNotLeak()
    {
        PictureRenderer renderer(*m_project, m_engine, QStringLiteral("en"));
        const QImage all = map(renderer, {});
        const QImage noIncidents = map(renderer, {{QStringLiteral("incidents"), false, 1.0, QString()}});
        QVERIFY(all != noIncidents);
        QVERIFY(!renderer.mapPainter().isLayerVisible(QStringLiteral("incidents")));
        QCOMPARE(map(renderer, {}), all); // the next picture shows every layer again
        const QImage unknown = map(renderer, {{QStringLiteral("no-such-layer"), false, 0.2, QString()}});
        QCOMPARE(unknown, all);
    }

    void pdfUsesThePicturesChart()
    {
        {
            PictureStore store(*m_project);
            SituationPicture p;
            p.title = QStringLiteral("Heures");
            p.tlp = Tlp::Green;
            p.state.chartKind = QStringLiteral("weekhour");
            store.add(p);
        }
        ReportComposer composer(*m_project, m_engine);
        const QString pdf = m_dir.filePath(QStringLiteral("weekhour.pdf"));
        ReportOptions options;
        options.language = QStringLiteral("fr");
        composer.writePdf(pdf, options);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Faits par jour de la semaine et par heure")), qPrintable(words.left(2000)));
        QVERIFY(!words.contains(QStringLiteral("Faits par mois et par phénomène")));
    }
};

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
