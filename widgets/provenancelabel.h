// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provenance.h"

#include <QLabel>

namespace phenomap {

/// The status-bar badge that says where the open file comes from: green when a partner
/// package is intact and signed by a trusted key, amber when it cannot be vouched for
/// (unsigned, unknown or untrusted key), red when it was modified. Hidden for an ordinary,
/// unsigned project. The tooltip lists every fact checked.
class ProvenanceLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ProvenanceLabel(QWidget *parent = nullptr);

    void setProvenance(const phenomap::Provenance &provenance);
    Provenance::Level level() const { return m_level; }
    /// The badge colour for a level (also used by tests to find it on screen).
    static QColor colour(Provenance::Level level);

private:
    Provenance::Level m_level = Provenance::Level::None;
};

} // namespace phenomap
