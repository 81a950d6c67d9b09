// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QIODevice;
class QLocale;

namespace phenomap {

/// Writes a table model as CSV (RFC 4180: a header row from the horizontal header, fields quoted
/// when they hold the delimiter, a quote or a line break; CRLF line ends), UTF-8 with a byte-order
/// mark so spreadsheet programs read accents right. Each cell is the model's `valueRole` when it
/// gives one (e.g. ISO times and whole texts), else its display text.
class TableCsv
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::TableCsv)
public:
    /// The delimiter spreadsheets expect for a locale: ';' where the decimal separator is a comma
    /// (fr_BE, nl_BE: a comma-separated file would open in one column there), else ','.
    static QChar delimiterFor(const QLocale &locale);

    /// Called every few hundred rows with rows written and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;
    /// Writes every row in the model's order; returns the rows written, or -1 when canceled.
    /// Throws std::runtime_error (message naming the problem) when the device refuses a write.
    static int write(const QAbstractItemModel &model, QIODevice &out, QChar delimiter, int valueRole,
                     const Progress &progress = {});
    /// One field as CSV.
    static QString field(const QString &value, QChar delimiter);
};

} // namespace phenomap
