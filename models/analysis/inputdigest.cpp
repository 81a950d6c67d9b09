// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputdigest.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace phenomap {

InputDigest::InputDigest() : m_hash(QCryptographicHash::Sha256) {}

void InputDigest::section(const char *label, std::size_t count)
{
    m_hash.addData(QByteArrayView(label, qsizetype(std::strlen(label) + 1)));
    add(qint64(count));
}

void InputDigest::add(qint64 v)
{
    const qint64 le = qToLittleEndian(v);
    m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), 8));
}

void InputDigest::add(double v)
{
    if (v == 0)
        v = 0.0; // -0.0 -> +0.0
    quint64 bits = 0;
    if (std::isnan(v))
        bits = 0x7ff8000000000000ULL;
    else
        std::memcpy(&bits, &v, 8);
    add(qint64(bits));
}

void InputDigest::add(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    add(qint64(utf8.size()));
    m_hash.addData(utf8);
}

void InputDigest::add(const std::vector<double> &values)
{
    add(qint64(values.size()));
    for (double v : values)
        add(v);
}

void InputDigest::add(const std::vector<float> &values)
{
    add(qint64(values.size()));
    for (float v : values)
        add(double(v));
}

QString InputDigest::hex() const
{
    return QString::fromLatin1(m_hash.resultView().toByteArray().toHex());
}

} // namespace phenomap
