// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QString>

#include <vector>

namespace phenomap {

/// SHA-256 over the data an analysis consumed, in a canonical byte form (little-endian, with
/// section labels and lengths), independent of platform and of Qt's container layouts.
/// Why: a stored result must be able to say "the data changed since I was computed"; comparing
/// the digest of the current inputs with the recorded one is cheap and exact.
class InputDigest
{
public:
    InputDigest();
    /// Starts a named section (the label and the count of values that follow are hashed).
    void section(const char *label, std::size_t count);
    void add(qint64 v);
    void add(double v); ///< -0.0 and NaN payloads are canonicalised
    void add(const QString &text);
    void add(const std::vector<double> &values);
    void add(const std::vector<float> &values);
    /// Lower-case hex SHA-256 of everything added so far.
    QString hex() const;

private:
    QCryptographicHash m_hash;
};

} // namespace phenomap
