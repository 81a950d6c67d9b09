// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace phenomap {

/// Every field of one selected incident, with "2 of 5" and buttons to step through a selection
/// of several. It shows what it is given; a controller reads the store and steps.
class IncidentDetailPanel : public QWidget
{
    Q_OBJECT
public:
    struct Field
    {
        QString label, value;
    };

    explicit IncidentDetailPanel(QWidget *parent = nullptr);

    /// Shows incident `index` (0-based) of `count` selected.
    void setFields(int index, int count, const QList<Field> &fields);
    /// Shows a message instead of an incident (nothing selected, not readable).
    void showMessage(const QString &message);

    /// What the panel shows, as plain text ("label: value" lines), for tests and copying.
    QString text() const;
    QString positionText() const;
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *editButton() const { return m_edit; }
    /// Whether the shown incident may be corrected (a project open for writing).
    void setEditable(bool editable);

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    /// The analyst asked to correct the shown incident.
    void editRequested();

private:
    QLabel *m_position;
    QToolButton *m_previous, *m_next, *m_edit;
    bool m_editable = false;
    QTextBrowser *m_view;
    QList<Field> m_fields;
    QString m_message;
};

} // namespace phenomap
