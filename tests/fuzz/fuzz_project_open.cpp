// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a project file from elsewhere, opened the way the main window opens one
// (app/projectcontroller.cpp): Project::open read-write (header, quick_check, schema allow-list,
// migration of older schemas), also with the whole-file checks deferred as the window does, then the taxonomy, the municipality and police-zone shapes, the
// title, the engine's columns and the first filter. Where the build has Project::openImage (the
// in-memory route of decrypted packages), the same bytes also go that way, read-only. Every
// failure must reach the user as a message: ProjectError, SqliteError or another runtime error
// with a text. Logic errors, allocation failures and crashes are bugs.
#include "engine.h"
#include "fuzzsupport.h"
#include "project.h"
#include "taxonomy.h"
#include "zonelayer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <typeinfo>
#include <utility>

using namespace phenomap;

namespace {

/// What the main window reads from a project it has just opened.
void readLikeTheApp(Project &project)
{
    (void)loadTaxonomy(project.db());
    (void)ZoneLayer::load(project.db(), QStringLiteral("municipalities"));
    (void)ZoneLayer::load(project.db(), QStringLiteral("police_zones"));
    (void)project.title();
    (void)project.isSynthetic();
    Engine engine;
    engine.load(project);
    (void)engine.apply(project, Filter{});
    (void)engine.timeRange();
}

void check(const std::exception &e)
{
    if (!fuzz::isReportedFailure(e)) {
        std::fprintf(stderr, "fuzz_project_open: unexpected %s: %s\n", typeid(e).name(), e.what());
        std::abort();
    }
}

/// Project::openImage(bytes, name) when this build has it.
template <typename P> void openInMemory(const uint8_t *data, size_t size)
{
    if constexpr (requires(QByteArray && image) { P::openImage(std::move(image), QString()); }) {
        try {
            QByteArray image(reinterpret_cast<const char *>(data), qsizetype(size));
            std::unique_ptr<P> project = P::openImage(std::move(image), QStringLiteral("input.gpkg"));
            readLikeTheApp(*project);
        } catch (const std::exception &e) {
            check(e);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = fuzz::workDir() + QStringLiteral("/input.gpkg");
    fuzz::writeFile(path, data, size);
    try {
        std::unique_ptr<Project> project = Project::open(path);
        readLikeTheApp(*project);
    } catch (const std::exception &e) {
        check(e);
    }
    fuzz::removeDatabase(path);
    // The window's route: the whole-file checks come after the engine has read the rows, so
    // the reading must cope with rows those checks would refuse.
    fuzz::writeFile(path, data, size);
    try {
        std::unique_ptr<Project> project =
            Project::open(path, Project::OpenMode::ReadWrite, Project::IntegrityCheck::Deferred);
        readLikeTheApp(*project);
        project.reset();
        Project::checkIntegrity(path);
    } catch (const std::exception &e) {
        check(e);
    }
    fuzz::removeDatabase(path);
    openInMemory<Project>(data, size);
    return 0;
}
