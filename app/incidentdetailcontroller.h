// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentdetailpanel.h"

#include <QObject>
#include <QPointer>

#include <vector>

namespace phenomap {

class ProjectController;

/// Feeds the detail panel from the selection (map click, rectangle, lasso, table): every field
/// of the incident read from the project, with names in the interface language, Brussels local
/// times, coordinates in Lambert 72 and WGS 84; with several selected, the panel steps through
/// them in fid order.
class IncidentDetailController : public QObject
{
    Q_OBJECT
public:
    IncidentDetailController(ProjectController *project, IncidentDetailPanel *panel, QObject *parent = nullptr);

    /// Shows the selected incident at `index` (clamped).
    void showIndex(int index);
    int currentIndex() const { return m_index; }
    /// The incident the panel shows, or 0.
    qint64 currentFid() const;
    /// The fields shown for an incident (empty when it cannot be read).
    QList<IncidentDetailPanel::Field> fieldsOf(qint64 fid) const;

private:
    void selectionChanged();

    QPointer<ProjectController> m_project;
    QPointer<IncidentDetailPanel> m_panel;
    std::vector<qint64> m_fids;
    int m_index = 0;
};

} // namespace phenomap
