// SPDX-License-Identifier: GPL-3.0-or-later
#include "sodiumruntime.h"

#include "trusterror.h"

#include <QCoreApplication>

#include <sodium.h>

namespace phenomap {

void SodiumRuntime::ensureInitialized()
{
    // sodium_init() returns 0 on first success, 1 when already initialised, -1 on failure.
    if (sodium_init() < 0)
        throw TrustError(QCoreApplication::translate("phenomap::trust",
                                                     "The cryptography library could not be initialised."));
}

QByteArray SodiumRuntime::randomBytes(qsizetype n)
{
    ensureInitialized();
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(n));
    return out;
}

void SodiumRuntime::wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // data() detaches: only our copy is wiped, but a shared copy elsewhere is untouched.
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void SodiumRuntime::wipe(void *data, std::size_t size)
{
    sodium_memzero(data, size);
}

bool SodiumRuntime::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace phenomap
