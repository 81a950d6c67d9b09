// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecsv.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QLocale>

#include <stdexcept>

namespace phenomap {

QChar TableCsv::delimiterFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString TableCsv::field(const QString &value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
                       || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

int TableCsv::write(const QAbstractItemModel &model, QIODevice &out, QChar delimiter, int valueRole,
                    const Progress &progress)
{
    const auto put = [&out](const QString &line) {
        const QByteArray bytes = line.toUtf8();
        if (out.write(bytes) != bytes.size())
            throw std::runtime_error(tr("cannot write: %1").arg(out.errorString()).toStdString());
    };
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    put(QStringLiteral("\xFEFF"));
    QString line;
    for (int c = 0; c < columns; ++c) {
        if (c)
            line += delimiter;
        line += field(model.headerData(c, Qt::Horizontal).toString(), delimiter);
    }
    put(line + QLatin1String("\r\n"));
    constexpr int kStep = 256;
    for (int r = 0; r < rows; ++r) {
        if (progress && r % kStep == 0 && !progress(r, rows))
            return -1;
        line.clear();
        for (int c = 0; c < columns; ++c) {
            if (c)
                line += delimiter;
            const QModelIndex index = model.index(r, c);
            QVariant value = model.data(index, valueRole);
            if (!value.isValid())
                value = model.data(index, Qt::DisplayRole);
            line += field(value.toString(), delimiter);
        }
        put(line + QLatin1String("\r\n"));
    }
    if (progress && !progress(rows, rows))
        return -1;
    return rows;
}

} // namespace phenomap
