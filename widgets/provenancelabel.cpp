// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenancelabel.h"

namespace phenomap {

ProvenanceLabel::ProvenanceLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("provenanceLabel"));
    setAccessibleName(tr("File origin"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(2);
    hide();
}

QColor ProvenanceLabel::colour(Provenance::Level level)
{
    // Okabe-Ito bluish green, orange and vermillion: told apart with the common colour-vision
    // deficiencies, and the text states the verdict anyway.
    switch (level) {
    case Provenance::Level::Good: return QColor(0x00, 0x9e, 0x73);
    case Provenance::Level::Warning: return QColor(0xe6, 0x9f, 0x00);
    case Provenance::Level::Bad: return QColor(0xd5, 0x5e, 0x00);
    case Provenance::Level::None: break;
    }
    return {};
}

void ProvenanceLabel::setProvenance(const Provenance &provenance)
{
    m_level = provenance.level;
    if (m_level == Provenance::Level::None) {
        clear();
        setToolTip({});
        hide();
        return;
    }
    setText(provenance.text);
    setToolTip(provenance.details);
    setAccessibleDescription(provenance.details);
    const QColor background = colour(m_level);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, m_level == Provenance::Level::Warning ? Qt::black : Qt::white);
    setPalette(p);
    show();
}

} // namespace phenomap
