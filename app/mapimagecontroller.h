// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

#include <functional>

class QAction;
class QWidget;

namespace phenomap {

class MapCanvas;
class ProjectController;
class StoryboardController;

/// File > Export Map Image…: the current view (filter, extent, annotations) as a PNG or SVG with
/// its legend, scale bar, north arrow, attribution and TLP label, drawn by the same
/// PictureRenderer as the PDF. The marking is the strictest of the incidents on the map.
class MapImageController : public QObject
{
    Q_OBJECT
public:
    MapImageController(ProjectController *project, MapCanvas *canvas, StoryboardController *storyboard,
                       QWidget *dialogParent, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    /// How the file name is asked; tests replace the dialog. Empty = canceled.
    using PathPrompt = std::function<QString(QWidget *parent)>;
    void setPathPrompt(PathPrompt prompt) { m_askPath = std::move(prompt); }

    /// Writes the current view to `path`: SVG when it ends in ".svg", else PNG. False (and
    /// errorOccurred) when it could not be written.
    bool exportTo(const QString &path);
    /// The image size: 1600 pixels wide, with the canvas's proportions.
    QSize imageSize() const;

Q_SIGNALS:
    void errorOccurred(const QString &title, const QString &message);
    void statusMessage(const QString &message);

private:
    ProjectController *m_project;
    MapCanvas *m_canvas;
    StoryboardController *m_storyboard;
    QWidget *m_dialogParent;
    QAction *m_action;
    PathPrompt m_askPath;
};

} // namespace phenomap
