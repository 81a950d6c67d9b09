// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTextEdit;

namespace phenomap {

/// Asks for a situation picture's title, TLP marking and narrative (rich text).
class PictureDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PictureDialog(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setTlp(Tlp tlp);
    Tlp tlp() const;
    void setNarrative(const QString &html);
    /// The narrative as HTML, or an empty string when it holds no text.
    QString narrative() const;

private:
    QLineEdit *m_title;
    QComboBox *m_tlp;
    QTextEdit *m_narrative;
};

} // namespace phenomap
