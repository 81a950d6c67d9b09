// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelayercontroller.h"

#include "importtypes.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"
#include "zonelayerdialog.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace phenomap {

ZoneLayerController::ZoneLayerController(ProjectController *projects, QWidget *window, QObject *parent)
    : QObject(parent), m_projects(projects), m_window(window),
      m_importAction(new QAction(tr("Import &Zone Layer…"), this)),
      m_removeAction(new QAction(tr("Remo&ve Zone Layer…"), this))
{
    m_importAction->setObjectName(QStringLiteral("importZoneLayerAction"));
    m_importAction->setStatusTip(tr("Add polygons (neighbourhoods, sectors, beats) as zones for the choropleth"));
    m_removeAction->setObjectName(QStringLiteral("removeZoneLayerAction"));
    m_removeAction->setStatusTip(tr("Remove a zone layer imported into the project"));
    connect(m_importAction, &QAction::triggered, this, [this] { startImport(); });
    connect(m_removeAction, &QAction::triggered, this, &ZoneLayerController::chooseLayerToRemove);
    connect(projects, &ProjectController::projectOpened, this, &ZoneLayerController::updateActions);
    connect(projects, &ProjectController::projectClosed, this, &ZoneLayerController::updateActions);
    connect(this, &ZoneLayerController::layersChanged, this, &ZoneLayerController::updateActions);
    updateActions();
}

bool ZoneLayerController::writable(const QString &title)
{
    Project *project = m_projects->project();
    if (!project) {
        Q_EMIT errorOccurred(title, tr("Open a project first: zone layers belong to a project."));
        return false;
    }
    if (project->isReadOnly()) {
        Q_EMIT errorOccurred(title, tr("Cannot change %1: the project is open read-only.")
                                        .arg(QDir::toNativeSeparators(project->path())));
        return false;
    }
    return true;
}

ZoneLayerDialog *ZoneLayerController::startImport(const QString &filePath)
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    if (!writable(tr("Import Zone Layer")))
        return nullptr;
    m_dialog = new ZoneLayerDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!filePath.isEmpty())
        m_dialog->setFile(filePath);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            importLayer(m_dialog->source());
    });
    m_dialog->open();
    Q_EMIT dialogOpened(m_dialog);
    return m_dialog;
}

bool ZoneLayerController::importLayer(const ZoneLayerSource &source)
{
    if (!writable(tr("Import Zone Layer")))
        return false;
    try {
        const ImportedZoneLayer layer = ZoneLayerImport::run(*m_projects->project(), source);
        Q_EMIT statusMessage(tr("Zone layer “%1” imported: %n zone(s).", nullptr, layer.zones).arg(layer.title));
        Q_EMIT layersChanged(layer.layer);
        return true;
    } catch (const ImportError &e) {
        Q_EMIT errorOccurred(tr("Import Zone Layer"), e.message());
    } catch (const SqliteError &e) {
        Q_EMIT errorOccurred(tr("Import Zone Layer"),
                             tr("The zone layer could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

bool ZoneLayerController::removeLayer(const QString &layer)
{
    if (!writable(tr("Remove Zone Layer")))
        return false;
    try {
        ZoneLayerImport::remove(*m_projects->project(), layer);
        Q_EMIT statusMessage(tr("Zone layer “%1” removed.").arg(ZoneLayerImport::titleOf(layer)));
        Q_EMIT layersChanged(QString());
        return true;
    } catch (const ImportError &e) {
        Q_EMIT errorOccurred(tr("Remove Zone Layer"), e.message());
    } catch (const SqliteError &e) {
        Q_EMIT errorOccurred(tr("Remove Zone Layer"),
                             tr("The zone layer could not be removed: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

QList<ImportedZoneLayer> ZoneLayerController::layers() const
{
    Project *project = m_projects->project();
    if (!project)
        return {};
    try {
        return ZoneLayerImport::list(project->db());
    } catch (const SqliteError &) {
        return {};
    }
}

void ZoneLayerController::chooseLayerToRemove()
{
    const QList<ImportedZoneLayer> all = layers();
    if (all.isEmpty())
        return;
    QStringList titles;
    for (const ImportedZoneLayer &l : all)
        titles << l.title;
    bool ok = false;
    const QString title = QInputDialog::getItem(m_window, tr("Remove Zone Layer"), tr("Zone layer to remove:"), titles,
                                                0, false, &ok);
    if (!ok)
        return;
    const qsizetype i = titles.indexOf(title);
    if (i < 0)
        return;
    if (QMessageBox::question(m_window, tr("Remove Zone Layer"),
                              tr("Remove the zone layer “%1” and its %n zone(s) from the project? Pictures that "
                                 "show it fall back to municipalities.",
                                 nullptr, all[i].zones)
                                  .arg(title)) != QMessageBox::Yes)
        return;
    removeLayer(all[i].layer);
}

void ZoneLayerController::updateActions()
{
    Project *project = m_projects->project();
    const bool writable = project && !project->isReadOnly();
    m_importAction->setEnabled(writable);
    m_removeAction->setEnabled(writable && !layers().isEmpty());
}

} // namespace phenomap
