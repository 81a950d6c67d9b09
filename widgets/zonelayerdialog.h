// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonelayerimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace phenomap {

/// Asks which polygon file to bring in as a zone layer, its name, and which of its fields hold
/// the zone code, the zone name and the population. The fields are read from the file as soon
/// as it is chosen and guessed from their names; a file that cannot be read says why under the
/// path and keeps OK disabled.
class ZoneLayerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ZoneLayerDialog(QWidget *parent = nullptr);

    /// Reads the file's polygon layer and fields; false (with the reason shown) when it cannot.
    bool setFile(const QString &path);
    ZoneLayerSource source() const;
    QString error() const;

    /// The field whose name suggests a role ("code", "name", "population"), or empty.
    static QString guessField(const QStringList &fields, const QString &role);

private:
    void browse();
    void updateOk();

    QLineEdit *m_path, *m_title;
    QComboBox *m_code, *m_name, *m_population;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_sourceLayer, m_error;
};

} // namespace phenomap
