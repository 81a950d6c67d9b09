// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a partner file through the application's import, as `phenomap import` and
// the import wizard run it: the bytes become input.<suffix> (PHENOMAP_FUZZ_SUFFIX: csv, geojson
// or xlsx) in this process's folder, then runImport() on a fresh copy of the home project does
// CSV dialect detection, GDAL reading, the proposed column mapping, time parsing, location and
// category resolution and the batch write. A failure must be an ImportError with a message; a
// finished import must account for every row (read = inserted + updated + rejected) and leave
// exactly that many rejected rows in the project.
#include "fuzzsupport.h"
#include "importer.h"
#include "project.h"
#include "sqlite.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifndef PHENOMAP_FUZZ_SUFFIX
#error "PHENOMAP_FUZZ_SUFFIX must name the file suffix (csv, geojson, xlsx)"
#endif

using namespace phenomap;

namespace {

[[noreturn]] void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_import: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString input = fuzz::workDir() + QStringLiteral("/input." PHENOMAP_FUZZ_SUFFIX);
    fuzz::writeFile(input, data, size);
    std::unique_ptr<Project> project = Project::open(fuzz::freshHomeProject());
    ImportRequest request;
    request.filePath = input;
    request.source = QStringLiteral("PZ Fuzz");
    request.userName = QStringLiteral("fuzz");
    try {
        const ImportSummary s = runImport(*project, request);
        if (s.rowsRead != s.inserted + s.updated + s.rejected)
            finding("rows lost", QStringLiteral("read %1, inserted %2, updated %3, rejected %4")
                                     .arg(s.rowsRead)
                                     .arg(s.inserted)
                                     .arg(s.updated)
                                     .arg(s.rejected));
        Statement st = project->db().prepare("SELECT count(*) FROM rejected_rows WHERE batch_id = ?");
        st.bind(1, s.batchId);
        if (!st.step() || st.int64(0) != s.rejected)
            finding("rejected rows not stored", QString::number(s.rejected));
    } catch (const ImportError &e) {
        if (e.message().isEmpty())
            finding("ImportError without a message", input);
    }
    return 0;
}
