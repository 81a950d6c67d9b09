// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectedrowsdialog.h"

#include "batchmanager.h"
#include "importtypes.h"
#include "project.h"
#include "sqlite.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace phenomap {

RejectedRowsDialog::RejectedRowsDialog(Project &project, qint64 batchId, QWidget *parent)
    : QDialog(parent), m_project(project), m_batchId(batchId), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Rejected Rows"));
    setAccessibleName(tr("Rejected rows of the import"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Reason")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Rejected rows"));
    m_table->setToolTip(tr("Each rejected row of the file, the field that failed and why"));
    Statement st = m_project.db().prepare(
        "SELECT row_number, field, reason FROM rejected_rows WHERE batch_id = ? ORDER BY row_number, id");
    st.bind(1, m_batchId);
    while (st.step()) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, st.int64(0));
        m_table->setItem(r, 0, number);
        m_table->setItem(r, 1, new QTableWidgetItem(st.text(1)));
        auto *reason = new QTableWidgetItem(st.text(2));
        reason->setToolTip(st.text(2));
        m_table->setItem(r, 2, reason);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setAccessibleName(tr("Export the rejected rows as CSV"));
    exportButton->setToolTip(tr("Writes row, field, reason and every source column to a CSV file to correct and re-import"));
    exportButton->setEnabled(m_table->rowCount() > 0);
    connect(exportButton, &QPushButton::clicked, this, &RejectedRowsDialog::exportInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n row(s) were rejected; nothing else was left out.", nullptr, m_table->rowCount()), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

int RejectedRowsDialog::exportCsv(const QString &path) { return BatchManager(m_project).exportRejectedCsv(m_batchId, path); }

void RejectedRowsDialog::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"), tr("rejected-rows.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const int n = exportCsv(path);
        QMessageBox::information(this, tr("Export Rejected Rows"),
                                 tr("%n row(s) written to %1.", nullptr, n).arg(QDir::toNativeSeparators(path)));
    } catch (const ImportError &e) {
        QMessageBox::critical(this, tr("Export Rejected Rows"), e.message());
    } catch (const std::exception &e) {
        QMessageBox::critical(this, tr("Export Rejected Rows"),
                              tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
    }
}

} // namespace phenomap
