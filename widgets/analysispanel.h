// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runanalysis.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace phenomap {

/// The Analysis dock: method, units, weights and inference settings, Run and Cancel with a
/// progress bar, the list of past results and the table of the result shown. It only collects
/// settings and shows state; AnalysisController does the work.
class AnalysisPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPanel(QWidget *parent = nullptr);

    /// The request the settings describe (without the filter); nullopt with a message naming the
    /// field when a value is invalid (e.g. Knox bands that do not increase).
    std::optional<AnalysisRequest> settings(QString *error = nullptr) const;
    void setResultModel(QAbstractItemModel *model);
    void setRunning(bool running);
    void setProgress(int percent);
    void setStatus(const QString &text);
    QString status() const;
    /// Past results: id and description, newest first.
    void setHistory(const QList<QPair<qint64, QString>> &items);

    QComboBox *methodBox() const { return m_method; }
    QComboBox *unitsBox() const { return m_units; }
    QListWidget *historyList() const { return m_history; }
    QTableView *resultTable() const { return m_table; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QSpinBox *permutationsBox() const { return m_permutations; }
    QLineEdit *knoxTimesEdit() const { return m_timeEdges; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void savedResultSelected(qint64 id);

private:
    void updateEnabled();

    QComboBox *m_method, *m_units, *m_weights, *m_correction;
    QDoubleSpinBox *m_cellSize, *m_band, *m_alpha;
    QSpinBox *m_k, *m_permutations, *m_seed;
    QLineEdit *m_distanceEdges, *m_timeEdges;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_history;
    QTableView *m_table;
};

} // namespace phenomap
