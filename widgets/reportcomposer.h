// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportrenderer.h"
#include "situationpicture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QSize>
#include <QString>
#include <QStringList>

namespace phenomap {

class Engine;
class Feedback;
class Project;

/// What a PDF briefing contains and how it looks.
struct ReportOptions
{
    QString language = QStringLiteral("en");                       ///< "fr", "nl" or "en"
    QPageLayout::Orientation orientation = QPageLayout::Landscape; ///< A4 either way
    QStringList pictureUuids; ///< pictures in this order; empty = the whole storyboard
    QString author;           ///< empty = the pictures' authors
    QDateTime date;           ///< invalid = now
};

/// Partners take the briefing home, so the PDF must show what the projector showed and carry its
/// marking everywhere: it draws each situation picture with the same MapPainter and filter as
/// the screen (vectors on the PDF), puts the TLP label in the header and footer of every page,
/// and is written to a temporary file that is renamed only when complete, so a canceled or
/// failed export never leaves a half-written briefing behind.
class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::ReportComposer)
public:
    /// `engine` must be loaded from `project`; both must outlive the composer.
    ReportComposer(Project &project, const Engine &engine);

    /// The storyboard pictures named by `uuids` (in that order), or all of them when empty.
    /// Throws ReportError naming an unknown picture.
    QList<SituationPicture> pictures(const QStringList &uuids) const;

    /// Writes the PDF briefing; when the project has no pictures (and none were asked for), one
    /// picture of the whole project. Throws ReportError (message names the file) or Canceled;
    /// `path` is then untouched.
    void writePdf(const QString &path, const ReportOptions &options, Feedback *feedback = nullptr);
    /// Page count of the last writePdf().
    int pageCount() const { return m_pageCount; }
    /// The marking of the last writePdf(), shown on its title page: the strictest of its pictures'.
    Tlp marking() const { return m_marking; }

    /// One picture's map as a PNG of `size` pixels, with its title and TLP label. Throws ReportError.
    void writeMapPng(const QString &path, const SituationPicture &picture, QSize size, const QString &language);
    /// The same map as SVG (vectors). Throws ReportError.
    void writeMapSvg(const QString &path, const SituationPicture &picture, QSize size, const QString &language);

private:
    Project &m_project;
    const Engine &m_engine;
    int m_pageCount = 0;
    Tlp m_marking = Tlp::Clear;
};

} // namespace phenomap
