// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_crashsafety: writes batches of incidents into a project, one
// transaction per batch, and reports on stdout before and after each COMMIT, until killed.
#include "incidentwriter.h"
#include "project.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace phenomap;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int perBatch = atoi(argv[2]);
    auto project = QFileInfo::exists(path) ? Project::open(path) : Project::create(path, {.title = QStringLiteral("crash")});
    IncidentWriter writer(*project);
    for (int batch = 1;; ++batch) {
        Transaction tx(project->db());
        for (int i = 0; i < perBatch; ++i)
            writer.insert(test::sampleIncident(*project, batch * perBatch + i));
        project->audit(QStringLiteral("batch"), QString::number(batch));
        std::printf("begin %d\n", batch);
        std::fflush(stdout);
        tx.commit();
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
    }
}
