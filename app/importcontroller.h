// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importwizard.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QMimeData;
class QWidget;

namespace phenomap {

class ProjectController;

/// Starts the import wizard for the open project (from File > Import… or a file dropped on the
/// window) and reloads the project's views once a batch is committed. It exists so the main
/// window only wires menus and drop events, and tests can start an import without a window.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(ProjectController *projects, QWidget *window, QObject *parent = nullptr);

    /// Opens the wizard, with `filePath` pre-filled when given. Returns nullptr (after
    /// errorOccurred()) when no project is open or it cannot be written.
    ImportWizard *startImport(const QString &filePath = QString());
    /// The wizard currently open, or nullptr.
    ImportWizard *wizard() const { return m_wizard; }

    /// The local files among dropped URLs.
    static QStringList localFiles(const QList<QUrl> &urls);
    /// True when the mime data carries at least one local file.
    static bool canImport(const QMimeData *mime);

Q_SIGNALS:
    /// A wizard was opened (with the file pre-filled when one was given).
    void wizardOpened(phenomap::ImportWizard *wizard);
    /// A batch was committed and the views were reloaded.
    void imported();
    /// Something failed; `message` is translated and names the file and the problem.
    void errorOccurred(const QString &title, const QString &message);

private:
    ProjectController *m_projects;
    QWidget *m_window;
    QPointer<ImportWizard> m_wizard;
};

} // namespace phenomap
