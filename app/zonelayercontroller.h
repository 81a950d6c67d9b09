// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonelayerimport.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace phenomap {

class ProjectController;
class ZoneLayerDialog;

/// File > Import Zone Layer… and Remove Zone Layer…: brings a partner's or the analyst's own
/// polygons into the open project as a zone layer the choropleth can count in, and takes it out
/// again. Writes go through ZoneLayerImport in one transaction each, so a failure leaves the
/// project as it was and says why.
class ZoneLayerController : public QObject
{
    Q_OBJECT
public:
    ZoneLayerController(ProjectController *projects, QWidget *window, QObject *parent = nullptr);

    QAction *importAction() const { return m_importAction; }
    QAction *removeAction() const { return m_removeAction; }

    /// Opens the import dialog (non-modal; dialogOpened() hands it to tests).
    ZoneLayerDialog *startImport(const QString &filePath = QString());
    /// Imports a layer into the open project; false after errorOccurred().
    bool importLayer(const ZoneLayerSource &source);
    /// Removes an imported layer; false after errorOccurred().
    bool removeLayer(const QString &layer);
    /// The open project's imported layers (none without a project).
    QList<ImportedZoneLayer> layers() const;

Q_SIGNALS:
    void dialogOpened(phenomap::ZoneLayerDialog *dialog);
    /// Layers were added or removed; `added` is the key of a new layer, else empty.
    void layersChanged(const QString &added);
    void errorOccurred(const QString &title, const QString &message);
    void statusMessage(const QString &message);

private:
    void chooseLayerToRemove();
    void updateActions();
    bool writable(const QString &title);

    ProjectController *m_projects;
    QWidget *m_window;
    QAction *m_importAction, *m_removeAction;
    QPointer<ZoneLayerDialog> m_dialog;
};

} // namespace phenomap
