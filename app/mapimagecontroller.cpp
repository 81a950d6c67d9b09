// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapimagecontroller.h"

#include "engine.h"
#include "mapcanvas.h"
#include "project.h"
#include "projectcontroller.h"
#include "reportcomposer.h"
#include "storyboardcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>

#include <algorithm>

namespace phenomap {

MapImageController::MapImageController(ProjectController *project, MapCanvas *canvas, StoryboardController *storyboard,
                                       QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_project(project), m_canvas(canvas), m_storyboard(storyboard), m_dialogParent(dialogParent),
      m_action(new QAction(tr("Export &Map Image…"), this))
{
    m_action->setObjectName(QStringLiteral("exportMapImageAction"));
    m_action->setStatusTip(tr("Save the map as shown, with legend and TLP label, as a PNG image or an SVG drawing"));
    m_askPath = [this](QWidget *owner) {
        return QFileDialog::getSaveFileName(owner, tr("Export Map Image"), tr("map.png"),
                                            tr("PNG images (*.png);;SVG drawings (*.svg)"));
    };
    connect(m_action, &QAction::triggered, this, [this] {
        const QString path = m_askPath(m_dialogParent);
        if (!path.isEmpty())
            exportTo(path);
    });
    const auto update = [this] { m_action->setEnabled(m_project->project() != nullptr); };
    connect(m_project, &ProjectController::projectOpened, this, update);
    update();
}

QSize MapImageController::imageSize() const
{
    const QSize canvas = m_canvas->size();
    if (canvas.isEmpty())
        return {1600, 1200};
    return {1600, std::clamp(1600 * canvas.height() / canvas.width(), 400, 3200)};
}

bool MapImageController::exportTo(const QString &path)
{
    Project *project = m_project->project();
    if (!project)
        return false;
    SituationPicture picture = m_storyboard->currentView(m_project->projectTitle(), Tlp::Clear, QString());
    if (picture.title.isEmpty())
        picture.title = tr("Map");
    // The marking of what the image shows: the strictest of the incidents on the map.
    const IncidentColumns &columns = m_project->engine().columns();
    quint8 strictest = quint8(Tlp::Clear);
    for (quint32 row : m_canvas->mapPainter().visibleRows())
        if (row < columns.tlp.size())
            strictest = std::max(strictest, columns.tlp[row]);
    picture.tlp = Tlp(std::min<quint8>(strictest, quint8(Tlp::Red)));
    try {
        ReportComposer composer(*project, m_project->engine());
        if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            composer.writeMapSvg(path, picture, imageSize(), m_project->language());
        else
            composer.writeMapPng(path, picture, imageSize(), m_project->language());
    } catch (const ReportError &e) {
        Q_EMIT errorOccurred(tr("Export Map Image"), e.message());
        return false;
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(tr("Export Map Image"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
        return false;
    }
    Q_EMIT statusMessage(tr("Map image written to %1 (%2).").arg(QDir::toNativeSeparators(path), tlpLabel(picture.tlp)));
    return true;
}

} // namespace phenomap
