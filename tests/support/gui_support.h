// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QList>
#include <QString>

#include <memory>

namespace phenomap::test {

/// One incident of a map test project, where it is and what it is.
struct MapTestIncident
{
    qint64 fid = 0;
    double x = 0, y = 0;
    qint64 phenomenonId = 0;
    bool hasMo = false;
};

/// A small, fully known project for the map, canvas and window tests.
struct MapTestProject
{
    std::unique_ptr<Project> project;
    QList<qint64> phenomena;         ///< phenomenon ids of the default taxonomy, in sort order
    QList<MapTestIncident> incidents;
};

/// Creates `path`: synthetic, titled `title`, with the base zones and default taxonomy, and
/// `count` point incidents on a 250 m grid around the Brussels city centre, phenomena cycling over
/// the first three, every second incident with the phenomenon's first MO, dates over 2024.
/// Written in one Transaction with IncidentWriter.
MapTestProject createMapTestProject(const QString &path, int count, const QString &title = QStringLiteral("Map test"));

} // namespace phenomap::test
