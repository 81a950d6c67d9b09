// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmapping.h"
#include "importtypes.h"

#include <QCoreApplication>

namespace phenomap {

class Feedback;
class Project;

/// Runs one import batch: reads the file, maps each row onto an incident, and writes the whole
/// batch in one transaction. Every row ends up inserted, updated (same source and record id as
/// an incident already in the project; its previous version is kept for undo) or rejected with a
/// reason naming the column and the value; nothing is dropped. Cancelling through Feedback or any
/// failure rolls the transaction back, leaving the project as it was.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::Importer)
public:
    explicit Importer(Project &project);

    /// Imports a file. Throws ImportError (naming the file), Canceled, or SqliteError.
    ImportSummary run(const ImportRequest &request, Feedback *feedback = nullptr);
    /// The mapping run() used last (proposed, from a profile, or explicit).
    const ColumnMapping &mapping() const { return m_mapping; }


private:
    Project &m_project;
    ColumnMapping m_mapping;
};

/// The command line's and the GUI's single entry point for an import.
ImportSummary runImport(Project &project, const ImportRequest &request, Feedback *feedback = nullptr);

} // namespace phenomap
