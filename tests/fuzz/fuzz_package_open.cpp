// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a partner package coming back from outside. The bytes become a package
// file, which goes through the manifest check (PackageManifest::verify: read-only open with
// every safety check, then the digests of every covered table) and the feedback merge into a
// fresh copy of the home project (FeedbackMerger: the package must come from this project, and
// its comments are validated and merged in one transaction). Where the build has encrypted
// packages, an input that starts like an age file is opened as one (decrypted in memory with the
// age specification's test identity or the passphrase "fuzz", then Project::openImage). Failures
// must be messages; a verification must be consistent, and merging the same file twice must add
// nothing the second time.
#include "feedbackmerger.h"
#include "fuzzsupport.h"
#include "packagemanifest.h"
#include "project.h"

#if __has_include("encryptedpackage.h")
#include "agedecryptor.h"
#include "ageidentity.h"
#include "encryptedpackage.h"
#define PHENOMAP_FUZZ_ENCRYPTED_PACKAGES 1
#endif

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <typeinfo>

using namespace phenomap;

namespace {

[[noreturn]] void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_package_open: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

void checkReported(const std::exception &e)
{
    if (!fuzz::isReportedFailure(e))
        finding(typeid(e).name(), QString::fromUtf8(e.what()));
}

#ifdef PHENOMAP_FUZZ_ENCRYPTED_PACKAGES
/// The identity of the age specification's test vectors; fuzz_seeds encrypts a seed to it.
constexpr const char *kIdentity =
    "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";

void openEncrypted(const QString &path)
{
    if (!EncryptedPackage::isEncrypted(path))
        return;
    static const std::unique_ptr<AgeDecryptor> decryptor = [] {
        auto d = std::make_unique<AgeDecryptor>();
        d->addIdentity(AgeIdentity::parse(kIdentity));
        d->setPassphrase("fuzz", 4); // a cheap work factor: the fuzzer must not ask for a slow scrypt
        d->setMaxPlaintextSize(1 << 20);
        return d;
    }();
    try {
        std::unique_ptr<Project> package = EncryptedPackage::open(path, *decryptor);
        (void)package->setting(QStringLiteral("package"));
        (void)package->setting(QStringLiteral("export_id"));
    } catch (const std::exception &e) {
        checkReported(e);
    }
}
#endif

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = fuzz::workDir() + QStringLiteral("/package.gpkg");
    fuzz::writeFile(path, data, size);
#ifdef PHENOMAP_FUZZ_ENCRYPTED_PACKAGES
    openEncrypted(path);
#endif
    try {
        const PackageVerification v = verifyPackage(path);
        if (v.message.isEmpty())
            finding("verification without a message", path);
        if (v.intact && (!v.isPackage || !v.modifiedTables.isEmpty()))
            finding("inconsistent verification", v.message);
    } catch (const std::exception &e) {
        checkReported(e);
    }
    std::unique_ptr<Project> home = Project::open(fuzz::freshHomeProject());
    try {
        const MergeResult first = mergeFeedback(*home, path);
        if (first.verification.isEmpty())
            finding("merge without a verification message", path);
        const MergeResult second = mergeFeedback(*home, path);
        if (second.added != 0 || second.duplicates != first.added + first.duplicates)
            finding("merging twice is not idempotent",
                    QStringLiteral("first %1 added, %2 duplicates; second %3 added, %4 duplicates")
                        .arg(first.added)
                        .arg(first.duplicates)
                        .arg(second.added)
                        .arg(second.duplicates));
    } catch (const std::exception &e) {
        checkReported(e);
    }
    fuzz::removeDatabase(path);
    return 0;
}
