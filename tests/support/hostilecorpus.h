// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace phenomap::test {

/// One generated hostile file.
struct HostileCase
{
    QString path;           ///< what to pass to Project::open
    int kind = -1;          ///< the ProjectError::Kind expected, -1 when any kind is right
    bool walBeside = false; ///< a -wal file lies beside it (SQLite may add a -shm to read it)
    QString error;          ///< set when the case could not be built
};

/// A deterministic corpus of broken and hostile project files (truncations, bit flips, wrong
/// ids and versions, extra triggers and views, huge values, hostile names, broken indexes, WAL
/// and journal sidecars, special files), each made at test time from one real project.
class HostileCorpus
{
public:
    /// `workDir` holds the base project the cases are derived from.
    explicit HostileCorpus(const QString &workDir);
    /// Creates the base project (and its crash images). False (and error()) on failure.
    bool prepare();
    const QString &error() const { return m_error; }
    static QStringList caseNames();
    /// Writes case `name` into the empty folder `folder`.
    HostileCase build(const QString &name, const QString &folder) const;

private:
    QString m_dir, m_base, m_error;
};

} // namespace phenomap::test
