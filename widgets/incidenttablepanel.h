// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace phenomap {

class IncidentTableView;

/// The incident table with what it lists (every incident the filter shows, or only the
/// selection) and an export of the listed rows as CSV. The panel only asks; a controller acts.
class IncidentTablePanel : public QWidget
{
    Q_OBJECT
public:
    enum Scope { FilterScope, SelectionScope };

    /// Takes `table` into its layout.
    explicit IncidentTablePanel(IncidentTableView *table, QWidget *parent = nullptr);

    IncidentTableView *table() const { return m_table; }
    Scope scope() const;
    void setScope(Scope scope);
    QComboBox *scopeCombo() const { return m_scope; }
    QPushButton *exportButton() const { return m_export; }
    /// "1,234 incidents listed".
    void setListedCount(int rows);
    QString listedText() const;

Q_SIGNALS:
    void scopeChanged(phenomap::IncidentTablePanel::Scope scope);
    void exportRequested();

private:
    IncidentTableView *m_table;
    QComboBox *m_scope;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace phenomap
