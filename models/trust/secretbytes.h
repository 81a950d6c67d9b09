// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace phenomap {

/// A byte buffer for key material that is zeroed (sodium_memzero) when it goes out of scope,
/// so every early return and exception path still wipes the secret. Copies are deep copies,
/// each wiped on its own destruction.
class SecretBytes
{
public:
    SecretBytes() = default;
    /// A zero-filled buffer of n bytes.
    explicit SecretBytes(qsizetype n) : m_bytes(n, '\0') {}
    /// Takes over bytes (the caller's copy is left empty).
    explicit SecretBytes(QByteArray &&bytes) : m_bytes(std::move(bytes)) { m_bytes.detach(); }
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &other) : m_bytes(other.m_bytes.constData(), other.m_bytes.size()) {}
    SecretBytes &operator=(const SecretBytes &other);

    unsigned char *data() { return reinterpret_cast<unsigned char *>(m_bytes.data()); }
    const unsigned char *data() const { return reinterpret_cast<const unsigned char *>(m_bytes.constData()); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    /// The bytes; copies made from it are the caller's to wipe.
    const QByteArray &bytes() const { return m_bytes; }
    /// Zeroes and empties the buffer now.
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace phenomap
