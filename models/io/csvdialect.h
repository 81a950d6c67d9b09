// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace phenomap {

/// The conventions of one delimited text file, sniffed from its first bytes. GDAL's CSV driver
/// (3.6) guesses the separator from the header line only, knows no pipe, and expects the header
/// on the first line, so partners' files (semicolons with a comma in a column name, a title
/// block above the header, Windows-1252 text) need detecting before GDAL parses them; prepare()
/// then hands GDAL either the file itself or a cleaned copy in /vsimem/. Every detected value
/// can be overridden before prepare().
class CsvDialect
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::CsvDialect)
public:
    enum class Encoding { Utf8, Utf8Bom, Windows1252 };

    char delimiter = ',';       ///< one of , ; \t |
    Encoding encoding = Encoding::Utf8;
    bool decimalComma = false;  ///< numbers written 50,8466
    int headerLine = 0;         ///< 0-based index of the header among the file's records (preamble skipped)
    qint64 headerOffset = 0;    ///< byte offset of the header record (after any BOM and preamble)
    int columnCount = 0;
    double bytesPerRecord = 100; ///< from the sample, to estimate row counts for progress

    /// Sniffs the first 256 KiB of a file. Never fails: an unreadable file keeps the defaults.
    static CsvDialect detect(const QString &path);
    /// Detection from bytes already in memory (the start of a file).
    static CsvDialect detectBytes(const QByteArray &head);

    /// The path to give GDAL ("CSV:" + file, or a cleaned /vsimem/ copy when the header is not on
    /// the first line, the separator is a pipe, or the header line would mislead GDAL's separator
    /// guess). Call release() on the returned path when done. Throws ImportError.
    QString prepare(const QString &path) const;
    /// Removes a /vsimem/ copy made by prepare(); harmless on other paths.
    static void release(const QString &preparedPath);

    /// Decodes one value from the file. For a UTF-8 file (detected or chosen): UTF-8 when valid,
    /// else Windows-1252 (a superset of Latin-1 for printable text), so no byte is lost. For a
    /// Windows-1252 file, always Windows-1252: bytes such as "Ã©" stay what they meant there.
    static QString decode(const char *data, qsizetype size, Encoding encoding = Encoding::Utf8);
    static QString encodingName(Encoding e);
    static QString delimiterName(char d);
};

} // namespace phenomap
