// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcomposer.h"

#include "feedback.h"
#include "picturestore.h"
#include "project.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace phenomap {

namespace {

constexpr int kResolution = 96; // one PDF device unit = one logical map pixel, so ui scale is 1
constexpr double kMargin = 34;
constexpr double kHeader = 34;
constexpr double kFooter = 30;
const QColor kInk(0x20, 0x24, 0x2a);
const QColor kMuted(0x5a, 0x62, 0x6e);
const QColor kSynthetic(0xb4, 0x23, 0x18);

/// Phenomap's own translation of the report language for the painter's few built-in strings
/// (scale-bar units), installed for the duration of an export.
class TranslatorGuard
{
public:
    explicit TranslatorGuard(const QString &language)
    {
        if (!QCoreApplication::instance())
            return;
        m_translator = std::make_unique<QTranslator>();
        if (m_translator->load(QStringLiteral(":/i18n/phenomap_%1.qm").arg(language)))
            m_installed = QCoreApplication::installTranslator(m_translator.get());
    }
    ~TranslatorGuard()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(m_translator.get());
    }
    TranslatorGuard(const TranslatorGuard &) = delete;
    TranslatorGuard &operator=(const TranslatorGuard &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_installed = false;
};

QString normalisedLanguage(const QString &language)
{
    const QString l = language.left(2).toLower();
    return l == QLatin1String("fr") || l == QLatin1String("nl") ? l : QStringLiteral("en");
}

void requireGui()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw ReportError(ReportComposer::tr("Drawing a briefing needs a graphical application (QGuiApplication)."));
}

/// One page of the plan: the title page, a picture's map page, or a slice of its analysis.
struct PagePlan
{
    enum class Kind { Title, Map, Analysis } kind = Kind::Title;
    int picture = -1;
    int slice = 0; ///< analysis: 0 = chart + start of the narrative, 1.. = continuation
};

/// Draws the pages of one PDF; everything is laid out in 96-dpi device units.
class PdfBuilder
{
public:
    PdfBuilder(QPdfWriter &writer, PictureRenderer &renderer, const ReportOptions &options)
        : m_writer(writer), m_renderer(renderer), m_options(options), m_lang(options.language)
    {
        m_page = QRectF(0, 0, writer.width(), writer.height());
        m_content = QRectF(kMargin, kMargin + kHeader + 10, m_page.width() - 2 * kMargin,
                           m_page.height() - 2 * kMargin - kHeader - kFooter - 20);
    }

    bool landscape() const { return m_options.orientation == QPageLayout::Landscape; }
    QString text(ReportText key) const { return reportText(key, m_lang); }

    /// Narrative area of analysis slice `slice`, and the chart area of slice 0.
    QRectF chartRect() const
    {
        const QRectF body = m_content.adjusted(0, 34, 0, 0);
        return QRectF(body.left(), body.top(), body.width(), body.height() * (landscape() ? 0.48 : 0.38));
    }
    QRectF narrativeRect(int slice) const
    {
        const QRectF body = m_content.adjusted(0, 34, 0, 0);
        const double top = slice == 0 ? chartRect().bottom() + 46 : body.top() + 4;
        return QRectF(body.left(), top, std::min(body.width(), 760.0), body.bottom() - top);
    }

    std::unique_ptr<QTextDocument> narrative(const SituationPicture &picture) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_writer);
        doc->setDefaultFont(PictureRenderer::font(10));
        doc->setDocumentMargin(0);
        if (picture.narrative.trimmed().isEmpty())
            doc->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(text(ReportText::NoNarrative).toHtmlEscaped()));
        else
            doc->setHtml(picture.narrative);
        doc->setTextWidth(narrativeRect(0).width());
        return doc;
    }

    void plan(const QList<PictureRenderer::Prepared> &pictures)
    {
        m_pages = {PagePlan{}};
        for (int i = 0; i < pictures.size(); ++i) {
            m_pages.append({PagePlan::Kind::Map, i, 0});
            const double height = narrative(pictures[i].picture)->size().height();
            const double first = narrativeRect(0).height(), next = narrativeRect(1).height();
            const int extra = height <= first ? 0 : int(std::ceil((height - first) / next));
            for (int s = 0; s <= std::min(extra, 20); ++s)
                m_pages.append({PagePlan::Kind::Analysis, i, s});
        }
    }
    const QList<PagePlan> &pages() const { return m_pages; }

    void drawPage(QPainter &painter, int index, const QList<PictureRenderer::Prepared> &pictures, Tlp documentTlp)
    {
        const PagePlan &p = m_pages[index];
        const Tlp tlp = p.kind == PagePlan::Kind::Title ? documentTlp : pictures[p.picture].picture.tlp;
        painter.fillRect(m_page, Qt::white);
        drawHeader(painter, tlp);
        switch (p.kind) {
        case PagePlan::Kind::Title: drawTitle(painter, pictures, documentTlp); break;
        case PagePlan::Kind::Map: drawMapPage(painter, pictures[p.picture], p.picture); break;
        case PagePlan::Kind::Analysis: drawAnalysisPage(painter, pictures[p.picture], p.picture, p.slice); break;
        }
        drawFooter(painter, tlp, index + 1, int(m_pages.size()));
    }

private:
    void drawHeader(QPainter &painter, Tlp tlp)
    {
        const double centre = kMargin + kHeader / 2 - 3;
        const QRectF plate = PictureRenderer::paintTlpLabel(painter, m_page.width() - kMargin, centre, tlp, 12);
        const QFont f = PictureRenderer::font(9);
        painter.setFont(f);
        painter.setPen(kMuted);
        const QString left = QStringLiteral("Phenomap · %1").arg(m_renderer.projectTitle());
        double leftWidth = QFontMetricsF(f, &m_writer).horizontalAdvance(left);
        painter.drawText(QRectF(kMargin, kMargin, plate.left() - kMargin - 10, kHeader - 6), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(f, &m_writer).elidedText(left, Qt::ElideRight, m_content.width() * 0.4));
        if (m_renderer.isSynthetic()) {
            QFont s = PictureRenderer::font(10, true);
            s.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
            painter.setFont(s);
            painter.setPen(kSynthetic);
            leftWidth = std::min(leftWidth, m_content.width() * 0.4);
            painter.drawText(QRectF(kMargin + leftWidth + 10, kMargin, plate.left() - kMargin - leftWidth - 20, kHeader - 6),
                             Qt::AlignCenter, text(ReportText::SyntheticData));
        }
        drawBand(painter, kMargin + kHeader - 2, tlp);
    }

    void drawFooter(QPainter &painter, Tlp tlp, int page, int pages)
    {
        const double top = m_page.height() - kMargin - kFooter;
        drawBand(painter, top, tlp);
        const double centre = top + 4 + (kFooter - 4) / 2;
        const QRectF plate = PictureRenderer::paintTlpLabel(painter, m_page.width() - kMargin, centre, tlp, 12);
        const QFont f = PictureRenderer::font(9);
        painter.setFont(f);
        painter.setPen(kMuted);
        const QRectF line(kMargin, top + 4, plate.left() - kMargin - 10, kFooter - 4);
        QString left = QStringLiteral("%1 · %2").arg(text(ReportText::GeneratedBy).arg(QStringLiteral(PHENOMAP_VERSION)),
                                                     reportLocale(m_lang).toString(m_date(), QLocale::ShortFormat));
        if (m_renderer.isSynthetic()) // first, so it survives eliding on narrow pages
            left = text(ReportText::SyntheticData) + QStringLiteral(" · ") + left;
        // The left note stops before the centred page number (portrait pages are narrow).
        const QFontMetricsF fm(f, &m_writer);
        const QString pageText = text(ReportText::Page).arg(page).arg(pages);
        const double pageLeft = (m_page.width() - fm.horizontalAdvance(pageText)) / 2;
        painter.drawText(QRectF(line.left(), line.top(), pageLeft - line.left() - 12, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(left, Qt::ElideRight, pageLeft - line.left() - 12));
        painter.setPen(kInk);
        painter.drawText(QRectF(kMargin, top + 4, m_page.width() - 2 * kMargin, kFooter - 4), Qt::AlignHCenter | Qt::AlignVCenter,
                         pageText);
    }

    /// The TLP colour as a band across the page (black for TLP:CLEAR, whose colour is white).
    void drawBand(QPainter &painter, double y, Tlp tlp)
    {
        const QColor colour = tlp == Tlp::Clear ? QColor(Qt::black) : PictureRenderer::tlpColour(tlp);
        painter.fillRect(QRectF(kMargin, y, m_page.width() - 2 * kMargin, 4), colour);
    }

    QDate m_date() const
    {
        return (m_options.date.isValid() ? m_options.date : QDateTime::currentDateTime()).date();
    }

    void drawTitle(QPainter &painter, const QList<PictureRenderer::Prepared> &pictures, Tlp documentTlp)
    {
        const QLocale locale = reportLocale(m_lang);
        double y = m_content.top() + (landscape() ? 40 : 120);
        const double x = m_content.left() + 30, width = m_content.width() - 60;
        painter.setPen(kMuted);
        painter.setFont(PictureRenderer::font(14));
        painter.drawText(QRectF(x, y, width, 28), Qt::AlignLeft | Qt::AlignVCenter, text(ReportText::Briefing));
        y += 34;
        painter.setPen(kInk);
        const QFont titleFont = PictureRenderer::font(26, true);
        painter.setFont(titleFont);
        const QString title = m_renderer.projectTitle().isEmpty() ? text(ReportText::AllIncidents) : m_renderer.projectTitle();
        const QRectF titleBox = painter.boundingRect(QRectF(x, y, width, 200), Qt::TextWordWrap, title);
        painter.drawText(QRectF(x, y, width, titleBox.height()), Qt::TextWordWrap | Qt::AlignLeft, title);
        y += titleBox.height() + 16;
        painter.fillRect(QRectF(x, y, 80, 4), kInk);
        y += 22;

        QStringList authors;
        for (const auto &p : pictures)
            if (!p.picture.author.isEmpty() && !authors.contains(p.picture.author))
                authors << p.picture.author;
        const QString author = !m_options.author.isEmpty() ? m_options.author
                               : authors.isEmpty()         ? QStringLiteral("—")
                                                           : authors.join(QStringLiteral(", "));
        const QFont label = PictureRenderer::font(11, true), value = PictureRenderer::font(11);
        const QFontMetricsF lm(label, &m_writer);
        auto row = [&](ReportText key, const QString &v) {
            painter.setFont(label);
            painter.setPen(kMuted);
            painter.drawText(QPointF(x, y + lm.ascent()), text(key));
            painter.setFont(value);
            painter.setPen(kInk);
            painter.drawText(QPointF(x + 150, y + lm.ascent()), v);
            y += lm.height() * 1.6;
        };
        row(ReportText::Date, locale.toString(m_date(), QLocale::LongFormat));
        row(ReportText::Author, author);
        painter.setFont(label);
        painter.setPen(kMuted);
        painter.drawText(QPointF(x, y + lm.ascent()), text(ReportText::Marking));
        PictureRenderer::paintTlpLabel(painter, x + 150 + QFontMetricsF(PictureRenderer::font(14, true), &m_writer)
                                                                .horizontalAdvance(tlpLabel(documentTlp)) + 10,
                                       y + lm.height() / 2, documentTlp, 14);
        y += lm.height() * 2.4;
        if (m_renderer.isSynthetic()) {
            QFont s = PictureRenderer::font(14, true);
            s.setLetterSpacing(QFont::AbsoluteSpacing, 2);
            const QFontMetricsF sm(s, &m_writer);
            const QRectF plate(x, y, sm.horizontalAdvance(text(ReportText::SyntheticData)) + 40, sm.height() + 16);
            painter.setPen(Qt::NoPen);
            painter.setBrush(kSynthetic);
            painter.drawRoundedRect(plate, 5, 5);
            painter.setPen(Qt::white);
            painter.setFont(s);
            painter.drawText(plate, Qt::AlignCenter, text(ReportText::SyntheticData));
            y += plate.height() + 24;
        }
        // Contents: each picture with its page and marking.
        painter.setFont(label);
        painter.setPen(kInk);
        painter.drawText(QPointF(x, y + lm.ascent()), text(ReportText::Contents));
        y += lm.height() * 1.5;
        const QFont item = PictureRenderer::font(10);
        const QFontMetricsF im(item, &m_writer);
        for (int i = 0; i < pictures.size(); ++i) {
            if (y + im.height() * 1.5 > m_content.bottom())
                break;
            int page = 0;
            for (int k = 0; k < m_pages.size() && page == 0; ++k)
                if (m_pages[k].kind == PagePlan::Kind::Map && m_pages[k].picture == i)
                    page = k + 1;
            painter.setFont(item);
            painter.setPen(kInk);
            const QString pageText = text(ReportText::Page).section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + QString::number(page);
            painter.drawText(QRectF(x, y, width - 260, im.height() * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
                             im.elidedText(QStringLiteral("%1. %2").arg(i + 1).arg(pictures[i].picture.title), Qt::ElideRight, width - 270));
            painter.setPen(kMuted);
            painter.drawText(QRectF(x + width - 250, y, 90, im.height() * 1.4), Qt::AlignRight | Qt::AlignVCenter, pageText);
            painter.setPen(kInk);
            painter.drawText(QRectF(x + width - 150, y, 150, im.height() * 1.4), Qt::AlignRight | Qt::AlignVCenter,
                             tlpLabel(pictures[i].picture.tlp));
            y += im.height() * 1.5;
        }
    }

    double drawPictureHeading(QPainter &painter, const PictureRenderer::Prepared &prepared, int number, bool continued)
    {
        const QFont titleFont = PictureRenderer::font(continued ? 13 : 16, true);
        const QFontMetricsF tm(titleFont, &m_writer);
        painter.setFont(titleFont);
        painter.setPen(kInk);
        QString title = QStringLiteral("%1. %2").arg(number + 1).arg(prepared.picture.title);
        if (continued)
            title += QLatin1Char(' ') + text(ReportText::Continued);
        painter.drawText(QPointF(m_content.left(), m_content.top() + tm.ascent()),
                         tm.elidedText(title, Qt::ElideRight, m_content.width()));
        return tm.height();
    }

    void drawMapPage(QPainter &painter, const PictureRenderer::Prepared &prepared, int number)
    {
        const double headingHeight = drawPictureHeading(painter, prepared, number, false);
        const QFont sub = PictureRenderer::font(9.5);
        painter.setFont(sub);
        painter.setPen(kMuted);
        const QLocale locale = reportLocale(m_lang);
        QString subtitle = QStringLiteral("%1 · %2 %3")
                               .arg(reportField(ReportText::Period, m_renderer.periodText(prepared), m_lang),
                                    locale.toString(qulonglong(prepared.result.total())), text(ReportText::Incidents));
        if (!prepared.picture.author.isEmpty())
            subtitle += QStringLiteral(" · ") + reportField(ReportText::Author, prepared.picture.author, m_lang);
        painter.drawText(QRectF(m_content.left(), m_content.top() + headingHeight, m_content.width(), 18),
                         Qt::AlignLeft | Qt::AlignVCenter, subtitle);
        const QRectF body = m_content.adjusted(0, headingHeight + 26, 0, 0);
        if (landscape()) {
            const double side = 290;
            const QRectF map(body.left(), body.top(), body.width() - side - 18, body.height());
            m_renderer.paintMap(painter, map, prepared);
            const QRectF column(map.right() + 18, body.top(), side, body.height());
            const double used = m_renderer.paintLegend(painter, QRectF(column.topLeft(), QSizeF(side, column.height() * 0.55)), prepared);
            m_renderer.paintKeyFigures(painter, column.adjusted(0, used + 16, 0, 0), prepared);
        } else {
            const QRectF map(body.left(), body.top(), body.width(), body.height() * 0.64);
            m_renderer.paintMap(painter, map, prepared);
            const double half = (body.width() - 20) / 2;
            const QRectF below(body.left(), map.bottom() + 16, half, body.bottom() - map.bottom() - 16);
            m_renderer.paintLegend(painter, below, prepared);
            m_renderer.paintKeyFigures(painter, below.translated(half + 20, 0), prepared);
        }
    }

    void drawAnalysisPage(QPainter &painter, const PictureRenderer::Prepared &prepared, int number, int slice)
    {
        drawPictureHeading(painter, prepared, number, true);
        if (slice == 0)
            m_renderer.paintChart(painter, chartRect(), prepared);
        const auto doc = narrative(prepared.picture);
        const QRectF area = narrativeRect(slice);
        double offset = 0;
        if (slice > 0)
            offset = narrativeRect(0).height() + (slice - 1) * narrativeRect(1).height();
        if (slice == 0) {
            const QFont heading = PictureRenderer::font(11, true);
            painter.setFont(heading);
            painter.setPen(kInk);
            painter.drawText(QRectF(area.left(), area.top() - 24, area.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
                             text(ReportText::Narrative));
        }
        painter.save();
        painter.translate(area.left(), area.top() - offset);
        doc->drawContents(&painter, QRectF(0, offset, area.width(), area.height()));
        painter.restore();
    }

    QPdfWriter &m_writer;
    PictureRenderer &m_renderer;
    const ReportOptions &m_options;
    QString m_lang;
    QRectF m_page, m_content;
    QList<PagePlan> m_pages;
};

} // namespace

ReportComposer::ReportComposer(Project &project, const Engine &engine) : m_project(project), m_engine(engine) {}

QList<SituationPicture> ReportComposer::pictures(const QStringList &uuids) const
{
    PictureStore store(m_project);
    QList<SituationPicture> all;
    try {
        all = store.list();
    } catch (const PictureError &e) {
        throw ReportError(e.message());
    } catch (const std::exception &e) {
        throw ReportError(tr("The situation pictures of %1 could not be read: %2").arg(m_project.path(), QString::fromUtf8(e.what())));
    }
    if (uuids.isEmpty())
        return all;
    QList<SituationPicture> chosen;
    for (const QString &uuid : uuids) {
        auto it = std::find_if(all.cbegin(), all.cend(), [&](const SituationPicture &p) { return p.uuid == uuid.trimmed(); });
        if (it == all.cend())
            throw ReportError(tr("%1 has no situation picture %2.").arg(QDir::toNativeSeparators(m_project.path()), uuid));
        chosen << *it;
    }
    return chosen;
}

void ReportComposer::writePdf(const QString &path, const ReportOptions &inOptions, Feedback *feedback)
{
    requireGui();
    ReportOptions options = inOptions;
    options.language = normalisedLanguage(options.language);
    const TranslatorGuard translator(options.language);
    PictureRenderer renderer(m_project, m_engine, options.language);
    QList<SituationPicture> chosen = pictures(options.pictureUuids);
    if (chosen.isEmpty())
        chosen << renderer.wholeProjectPicture();

    auto checkCanceled = [feedback] {
        if (feedback && feedback->isCanceled())
            throw Canceled();
    };
    QList<PictureRenderer::Prepared> prepared;
    Tlp documentTlp = Tlp::Clear;
    for (const SituationPicture &picture : chosen) {
        checkCanceled();
        prepared << renderer.prepare(picture);
        documentTlp = std::max(documentTlp, picture.tlp);
    }
    m_marking = documentTlp;

    const QString native = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ReportError(tr("%1 could not be written: %2").arg(native, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), options.orientation, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(QStringLiteral("%1 — %2").arg(tlpLabel(documentTlp), renderer.projectTitle()));
        writer.setCreator(QStringLiteral("Phenomap " PHENOMAP_VERSION));

        PdfBuilder builder(writer, renderer, options);
        builder.plan(prepared);
        m_pageCount = int(builder.pages().size());
        QPainter painter;
        if (!painter.begin(&writer))
            throw ReportError(tr("%1 could not be written: the PDF could not be started.").arg(native));
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        for (int i = 0; i < m_pageCount; ++i) {
            checkCanceled();
            if (i > 0 && !writer.newPage())
                throw ReportError(tr("%1 could not be written: a page could not be added.").arg(native));
            builder.drawPage(painter, i, prepared, documentTlp);
            if (feedback)
                feedback->setProgress(100.0 * (i + 1) / m_pageCount);
        }
        checkCanceled();
        if (!painter.end())
            throw ReportError(tr("%1 could not be written: the PDF could not be finished.").arg(native));
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        throw ReportError(tr("%1 could not be written: %2").arg(native, file.errorString()));
}

namespace {

/// A standalone map image: the map with its scale bar, attribution, north arrow and
/// annotations, a legend plate in the lower left corner, and a title strip with the TLP label.
void paintStandaloneMap(QPainter &painter, QSize size, PictureRenderer &renderer,
                        const PictureRenderer::Prepared &prepared)
{
    const QFont f = PictureRenderer::font(11, true);
    const QFontMetricsF fm(f, painter.device());
    const QRectF strip(0, 0, size.width(), fm.height() + 14);
    const QRectF map(0, strip.bottom(), size.width(), size.height() - strip.height());
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    renderer.paintMap(painter, map, prepared);

    // Legend: as many phenomena as fit in half the map's height, on a light plate above the
    // attribution line.
    const QFontMetricsF hm(PictureRenderer::font(11, true), painter.device());
    const QFontMetricsF bm(PictureRenderer::font(9), painter.device());
    const double row = std::max(bm.height() * 1.35, 14.0);
    const double width = std::min(260.0, map.width() * 0.4);
    const auto shown = std::count_if(prepared.result.perPhenomenon.cbegin(), prepared.result.perPhenomenon.cend(),
                                     [](auto n) { return n > 0; });
    const int fit = int((map.height() * 0.5 - hm.height()) / row);
    const int rows = std::max(1, std::min({int(shown), 12, fit}));
    const double height = hm.height() + 4 + rows * row;
    if (width > 60 && map.height() > height + 60) {
        // Clear of the scale bar in the lower left corner.
        const QRectF plate(map.left() + 10, map.bottom() - height - 62, width, height + 16);
        painter.setPen(QPen(QColor(0x9a, 0xa1, 0xab), 0.8));
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRoundedRect(plate, 4, 4);
        renderer.paintLegend(painter, plate.adjusted(8, 8, -8, -8), prepared);
    }

    painter.fillRect(strip, QColor(255, 255, 255, 225));
    const QRectF tlpPlate =
        PictureRenderer::paintTlpLabel(painter, size.width() - 8, strip.center().y(), prepared.picture.tlp, 12);
    painter.setFont(f);
    painter.setPen(kInk);
    painter.drawText(QRectF(10, 0, tlpPlate.left() - 20, strip.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(prepared.picture.title, Qt::ElideRight, tlpPlate.left() - 20));
}

} // namespace

void ReportComposer::writeMapPng(const QString &path, const SituationPicture &picture, QSize size, const QString &language)
{
    requireGui();
    if (size.isEmpty())
        throw ReportError(tr("%1 could not be written: the image size is empty.").arg(QDir::toNativeSeparators(path)));
    PictureRenderer renderer(m_project, m_engine, normalisedLanguage(language));
    const auto prepared = renderer.prepare(picture);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintStandaloneMap(painter, size, renderer, prepared);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        throw ReportError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ReportComposer::writeMapSvg(const QString &path, const SituationPicture &picture, QSize size, const QString &language)
{
    requireGui();
    if (size.isEmpty())
        throw ReportError(tr("%1 could not be written: the image size is empty.").arg(QDir::toNativeSeparators(path)));
    PictureRenderer renderer(m_project, m_engine, normalisedLanguage(language));
    const auto prepared = renderer.prepare(picture);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ReportError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(QStringLiteral("%1 — %2").arg(tlpLabel(picture.tlp), picture.title));
        QPainter painter;
        if (!painter.begin(&svg))
            throw ReportError(tr("%1 could not be written: the SVG could not be started.").arg(QDir::toNativeSeparators(path)));
        painter.setRenderHint(QPainter::Antialiasing, true);
        paintStandaloneMap(painter, size, renderer, prepared);
        painter.end();
    }
    if (!file.commit())
        throw ReportError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace phenomap
