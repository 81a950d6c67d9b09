// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace phenomap {

class Project;

/// One remark on a situation picture, by a named person of a named agency.
struct PictureComment
{
    QString uuid; ///< identity across packages; filled by add() when empty
    QString pictureUuid;
    QString author;
    QString agency;
    QDateTime createdAt; ///< UTC; filled by add() when invalid
    QString text;        ///< plain text (show it as plain text, never as HTML)
    bool operator==(const PictureComment &) const = default;
};

/// Partners answer a package by commenting on its pictures in a copy of it, and the analyst
/// reads the same comments after merging. Comments live in phenomap_comments, in packages and
/// in projects alike; the table is not covered by the package manifest, so a commented copy
/// still verifies as intact.
class PictureComments
{
public:
    /// Longest comment text accepted, in characters.
    static constexpr int kMaxText = 20000;

    /// Adds a comment to a picture of this project or package (in its own transaction; audited
    /// in a project, not in a package). Throws PackageError for an unknown picture or an empty
    /// author or text.
    static PictureComment add(Project &project, PictureComment comment);
    /// Comments in time order, of one picture or (empty uuid) of all.
    static QList<PictureComment> list(Project &project, const QString &pictureUuid = QString());
};

} // namespace phenomap
