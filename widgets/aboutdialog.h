// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace phenomap {

/// The About box. It is also where the data licences' mandatory mentions (Brussels UrbIS,
/// Statbel) live, so it is a proper dialog and not a QMessageBox::about one-liner.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// `language` ("fr", "nl", "en") picks the wording of the UrbIS mention.
    explicit AboutDialog(const QString &language, QWidget *parent = nullptr);
};

} // namespace phenomap
