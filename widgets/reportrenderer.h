// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine.h"
#include "mappainter.h"
#include "situationpicture.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <stdexcept>

class QPainter;

namespace phenomap {

class Project;

/// Why a report, an image or a briefing could not be made; message() is translated and names
/// the file when there is one.
class ReportError : public std::runtime_error
{
public:
    explicit ReportError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// Fixed labels of a briefing. The report language is chosen per export (a Dutch-speaking
/// partner gets a Dutch PDF from a French-speaking analyst), independently of the interface
/// language, so these are looked up by language and not through the installed translator.
enum class ReportText {
    Briefing, SyntheticData, Date, Author, Marking, Contents, Legend, Incidents, KeyFigures, Total,
    TopMunicipalities, Period, WholePeriod, PerMonth, Narrative, NoNarrative, Continued, Other,
    AllIncidents, Page, GeneratedBy, NotLocated, Filter, NoIncidents, WeekHour, MoByZone, OtherMo, NoMo
};
/// The label in "fr", "nl" or (anything else) English.
QString reportText(ReportText key, const QString &language);
/// "Label: value" ("Label : value" in French).
QString reportField(ReportText key, const QString &value, const QString &language);
/// The locale of a report language (Belgian French and Dutch, British English).
QLocale reportLocale(const QString &language);

/// The shared drawing of one situation picture for the PDF briefing, the PNG/SVG exports and the
/// briefing window: the same MapPainter, the same filter through Engine::apply and the same
/// legend, so a partner's PDF shows exactly what was on the projector.
class PictureRenderer
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::PictureRenderer)
public:
    /// Size of the analyst's map canvas a stored extent (centre + scale) is assumed to cover.
    static constexpr int kCanvasWidth = 900, kCanvasHeight = 650;

    /// One picture with its filter applied.
    struct Prepared
    {
        SituationPicture picture;
        Filter filter;     ///< as applied (the picture's, narrowed to its time window)
        FilterResult result;
        QRectF world;      ///< EPSG:31370 extent to show
        qint64 fromUtc = 0; ///< period shown (from the filter, else the data)
        qint64 toUtc = 0;
        qint64 notLocated = 0; ///< visible incidents without a point
    };

    /// Reads zones and taxonomy of `project`; `engine` must be loaded and outlive the renderer.
    PictureRenderer(Project &project, const Engine &engine, const QString &language);

    QString language() const { return m_language; }
    const QList<TaxonomyNode> &taxonomy() const { return m_taxonomy; }
    MapPainter &mapPainter() { return m_painter; }
    bool isSynthetic() const { return m_synthetic; }
    QString projectTitle() const { return m_title; }

    /// Applies the picture's filter (narrowed to its time window); throws ReportError.
    Prepared prepare(const SituationPicture &picture) const;
    /// Same, but for a moving window [fromUtc, toUtc) of the time animation.
    Prepared prepareWindow(const SituationPicture &picture, qint64 fromUtc, qint64 toUtc) const;
    /// A picture of the whole project: all incidents, full extent, marked with the strictest
    /// marking of its incidents.
    SituationPicture wholeProjectPicture() const;

    /// Map of a prepared picture into `target` (vectors on vector devices), with north arrow and
    /// the translated synthetic-data banner; the picture's choropleth (with its legend) and
    /// density surface are computed for its filter and drawn as it says.
    void paintMap(QPainter &painter, const QRectF &target, const Prepared &prepared);
    /// Phenomenon colours with counts; returns the height used.
    double paintLegend(QPainter &painter, const QRectF &target, const Prepared &prepared) const;
    /// Total, period, top municipalities; returns the height used.
    double paintKeyFigures(QPainter &painter, const QRectF &target, const Prepared &prepared) const;
    /// The chart the picture chose (state.chartKind): incidents per month and phenomenon
    /// (stacked bars; also for older pictures), the hour-by-weekday matrix, the busiest
    /// municipalities, or the MO of the busiest municipalities.
    void paintChart(QPainter &painter, const QRectF &target, const Prepared &prepared) const;
    /// Applies a picture's layer states (visibility, opacity) to the map painter; layers the
    /// picture does not name are shown fully, so one picture never leaks into the next.
    void applyLayers(const QList<LayerState> &layers);

    /// "1 Jan 2025 – 31 Oct 2026" in the report language.
    QString periodText(const Prepared &prepared) const;
    /// A phenomenon's (or MO's) label in the report language.
    QString phenomenonLabel(qint64 id) const;
    /// A municipality's name in the report language (its NIS code when unknown).
    QString zoneName(int nis) const;

    /// TLP 2.0 colours: RED #FF2B2B, AMBER (and AMBER+STRICT) #FFC000, GREEN #33FF00, CLEAR white.
    static QColor tlpColour(Tlp tlp);
    /// The label, never translated, in its colour on a black plate, right-aligned at `rightEdge`
    /// and vertically centred on `centreY`; `pointSize` >= 12. Returns the plate.
    static QRectF paintTlpLabel(QPainter &painter, double rightEdge, double centreY, Tlp tlp, double pointSize = 12.0);
    /// A north arrow with "N" in a box of side `size` at `topLeft`.
    static void paintNorthArrow(QPainter &painter, QPointF topLeft, double size);
    /// The font of the report (Noto Sans / DejaVu Sans) at a point size.
    static QFont font(double pointSize, bool bold = false);

private:
    Prepared finish(const SituationPicture &picture, const Filter &filter) const;
    std::vector<std::pair<qint64, quint32>> phenomenonCounts(const Prepared &prepared) const;
    void paintTimeChart(QPainter &painter, const QRectF &target, const Prepared &prepared) const;
    /// Puts the picture's choropleth and density surface on the painter (or takes them off).
    void setComputedLayers(const Prepared &prepared);

    Project &m_project;
    const Engine &m_engine;
    QString m_language;
    QString m_title;
    bool m_synthetic = false;
    QList<TaxonomyNode> m_taxonomy;
    MapPainter m_painter;
};

} // namespace phenomap
