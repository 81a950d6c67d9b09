// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace phenomap {

/// Asks for what a new office key needs: the office's name and agency (shown to partners when
/// they import the public key) and the passphrase, typed twice. OK is refused, with the reason
/// shown in the dialog, until the input passes check().
class OfficeKeyDialog : public QDialog
{
    Q_OBJECT
public:
    /// Shorter passphrases are refused: the passphrase is all that protects the key on disk.
    static constexpr int MinimumPassphraseLength = 10;

    explicit OfficeKeyDialog(QWidget *parent = nullptr);

    /// Why the input cannot make a key (translated), or an empty string when it can.
    static QString check(const QString &name, const QString &passphrase, const QString &confirmation);

    QString name() const;
    QString agency() const;
    QString passphrase() const;
    QString confirmation() const;
    /// The message shown under the fields (empty while the input is fine).
    QString problem() const;

    /// Closes with Accepted only when check() passes; otherwise shows the reason.
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_agency;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirmation;
    QLabel *m_problem;
};

} // namespace phenomap
