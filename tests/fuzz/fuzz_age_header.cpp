// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the age header parser and the whole decryption path (X25519 identity and
// passphrase with a capped work factor) on arbitrary bytes. Anything but TrustError is a bug.
#include "agedecryptor.h"
#include "ageheader.h"
#include "ageidentity.h"
#include "trusterror.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace phenomap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const AgeHeader header = AgeHeader::parse(input);
        (void)header.macInput();
    } catch (const TrustError &) {
    }
    // The identity from the age specification; the seed corpus holds files encrypted to it.
    static const AgeIdentity identity =
        AgeIdentity::parse("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX");
    try {
        AgeDecryptor decryptor;
        decryptor.addIdentity(identity);
        decryptor.setPassphrase("fuzz", 4);
        decryptor.setMaxPlaintextSize(1 << 20);
        (void)decryptor.decrypt(input);
    } catch (const TrustError &e) {
        if (e.message().isEmpty())
            std::abort();
    }
    return 0;
}
