// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentedit.h"
#include "taxonomy.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace phenomap {

/// Corrects one incident: phenomenon and its modus operandi, the time window (Brussels local
/// time), the TLP marking, address and description. It edits a copy of the fields and writes
/// nothing; OK stays disabled while the window ends before it starts.
class IncidentEditDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentEditDialog(const QList<TaxonomyNode> &taxonomy, const QString &language, const IncidentFields &fields,
                       QWidget *parent = nullptr);

    /// The fields as edited (MO ids ascending; times in UTC seconds).
    IncidentFields fields() const;

    QComboBox *phenomenonCombo() const { return m_phenomenon; }
    QListWidget *moList() const { return m_mo; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QComboBox *tlpCombo() const { return m_tlp; }
    QLineEdit *addressEdit() const { return m_address; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    bool canAccept() const;

private:
    void fillMo(qint64 phenomenonId, const QList<qint64> &checked);
    void updateOk();

    QList<TaxonomyNode> m_taxonomy;
    QString m_language;
    IncidentFields m_original;
    QComboBox *m_phenomenon, *m_tlp;
    QListWidget *m_mo;
    QDateTimeEdit *m_from, *m_to;
    QLineEdit *m_address;
    QPlainTextEdit *m_description;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace phenomap
