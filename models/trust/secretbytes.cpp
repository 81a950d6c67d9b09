// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbytes.h"

#include "sodiumruntime.h"

namespace phenomap {

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

void SecretBytes::wipe()
{
    SodiumRuntime::wipe(m_bytes);
}

} // namespace phenomap
