// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: minisign signature files, public keys and secret keys on arbitrary bytes.
// Anything but TrustError (or an invalid Verification with a reason) is a bug.
#include "minisignpublickey.h"
#include "minisignsecretkey.h"
#include "minisignsignature.h"
#include "trusterror.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace phenomap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const MinisignPublicKey key =
        MinisignPublicKey::parse("RWTxa8nfC0CGAU5+EvzL5oCwX11edKC5NcO9dMXYKHedKHMBH82ns19m");
    try {
        const MinisignSignature sig = MinisignSignature::parse(input);
        const auto v = sig.verify(key, QByteArray("hello\n"));
        if (!v.valid && v.error.isEmpty())
            std::abort();
    } catch (const TrustError &e) {
        if (e.message().isEmpty())
            std::abort();
    }
    try {
        (void)MinisignPublicKey::parse(input);
    } catch (const TrustError &) {
    }
    try {
        // Cheap KDF cap: the fuzzer must not be able to ask for a 1 GiB scrypt.
        (void)MinisignSecretKey::parse(input, "fuzz", MinisignSecretKey::KdfLimits{32768, 1u << 20});
    } catch (const TrustError &) {
    }
    return 0;
}
