// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

namespace phenomap {

QString foldText(QStringView text)
{
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    const QString decomposed = ascii ? text.toString() : text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    }
    return out;
}

} // namespace phenomap
