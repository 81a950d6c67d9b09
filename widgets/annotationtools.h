// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "maptool.h"

#include <QList>
#include <QPointF>

#include <functional>
#include <optional>

class QWidget;

namespace phenomap {

/// The tools that draw annotations on the map. They only draw feedback and emit the finished
/// annotation in EPSG:31370 metres; whoever listens (AnnotationController) stores it through an
/// undo command, so the tools never own the annotations.
class AnnotationTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;

Q_SIGNALS:
    /// A complete annotation was drawn.
    void annotationDrawn(const phenomap::Annotation &annotation);
};

/// Text label: click where it goes, then type the text.
class TextAnnotationTool : public AnnotationTool
{
    Q_OBJECT
public:
    /// Asks for the label text; nullopt = canceled. Tests replace the dialog with a function.
    using TextPrompt = std::function<std::optional<QString>(QWidget *parent)>;

    explicit TextAnnotationTool(QObject *parent = nullptr);
    void setTextPrompt(TextPrompt prompt) { m_prompt = std::move(prompt); }

    bool mousePress(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseRelease(MapCanvas &canvas, QMouseEvent *event) override;

private:
    TextPrompt m_prompt;
    bool m_pressed = false;
};

/// Arrow: press at the tail, drag, release at the head.
class ArrowAnnotationTool : public AnnotationTool
{
    Q_OBJECT
public:
    using AnnotationTool::AnnotationTool;

    bool mousePress(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseMove(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseRelease(MapCanvas &canvas, QMouseEvent *event) override;
    bool keyPress(MapCanvas &canvas, QKeyEvent *event) override;
    void paint(QPainter &painter, const MapViewport &viewport) const override;
    void deactivate() override { m_drawing = false; }
    bool isDrawing() const { return m_drawing; }

private:
    bool m_drawing = false;
    QPointF m_tail, m_head; ///< world metres
};

/// Area: click the vertices; double-click or Enter closes it, Backspace drops the last vertex,
/// Escape cancels.
class AreaAnnotationTool : public AnnotationTool
{
    Q_OBJECT
public:
    using AnnotationTool::AnnotationTool;

    bool mousePress(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseRelease(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseMove(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseDoubleClick(MapCanvas &canvas, QMouseEvent *event) override;
    bool keyPress(MapCanvas &canvas, QKeyEvent *event) override;
    void paint(QPainter &painter, const MapViewport &viewport) const override;
    void deactivate() override { m_vertices.clear(); }
    /// Vertices placed so far (world metres).
    const QList<QPointF> &vertices() const { return m_vertices; }

private:
    bool finish(MapCanvas &canvas);
    QList<QPointF> m_vertices;
    std::optional<QPointF> m_cursor; ///< world metres, the rubber-band end
};

/// Select: click near an annotation to select it (a click elsewhere pans as usual), Delete or
/// Backspace asks to remove it. The tool is told the current annotations by its owner.
class SelectAnnotationTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;

    void setAnnotations(const QList<Annotation> &annotations);
    int selectedIndex() const { return m_selected; }

    bool mousePress(MapCanvas &canvas, QMouseEvent *event) override;
    bool mouseRelease(MapCanvas &canvas, QMouseEvent *event) override;
    bool keyPress(MapCanvas &canvas, QKeyEvent *event) override;
    void paint(QPainter &painter, const MapViewport &viewport) const override;
    QCursor cursor() const override { return Qt::ArrowCursor; }
    void deactivate() override;

Q_SIGNALS:
    void selectionChanged(int index);
    /// Delete was pressed with annotation `index` selected.
    void removeRequested(int index);

private:
    void select(int index);
    QList<Annotation> m_annotations;
    int m_selected = -1;
    bool m_took = false;
};

} // namespace phenomap
