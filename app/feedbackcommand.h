// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace phenomap {

/// The partner's side and the analyst's side of a feedback round (issue 6):
///   `phenomap comment PACKAGE --picture UUID --author NAME --agency AGENCY --text TEXT`
///       adds a comment to a picture of a package copy the partner returns;
///   `phenomap comments FILE [--picture UUID] [--json]` lists the comments of a package or project;
///   `phenomap merge PROJECT FEEDBACK [--json]` merges the returned comments into the project
///       (FeedbackMerger: once only, keeping author, agency and time).
/// arguments[0] is the program, arguments[1] the command. Returns 0 on success, 1 on failure
/// (message naming the file), 2 on usage errors.
int runCommentCommand(const QStringList &arguments);
int runCommentsCommand(const QStringList &arguments);
int runMergeCommand(const QStringList &arguments);

} // namespace phenomap
