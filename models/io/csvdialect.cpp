// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialect.h"

#include "importtypes.h"

#include <cpl_vsi.h>

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace phenomap {
namespace {

constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};

/// Byte range of one CSV record (quoted newlines stay inside the record).
struct Record
{
    qsizetype begin = 0, end = 0;
};

std::vector<Record> splitRecords(const QByteArray &bytes, qsizetype start, bool complete, int maxRecords)
{
    std::vector<Record> out;
    bool quoted = false;
    qsizetype begin = start;
    const char *p = bytes.constData();
    for (qsizetype i = start; i < bytes.size() && int(out.size()) < maxRecords; ++i) {
        const char c = p[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted) {
            qsizetype end = i;
            if (end > begin && p[end - 1] == '\r')
                --end;
            out.push_back({begin, end});
            begin = i + 1;
        }
    }
    if (complete && begin < bytes.size() && int(out.size()) < maxRecords)
        out.push_back({begin, bytes.size()});
    return out;
}

bool isBlank(const QByteArray &b, const Record &r)
{
    for (qsizetype i = r.begin; i < r.end; ++i)
        if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r')
            return false;
    return true;
}

/// Fields of one record split on `d`, quotes removed (doubled quotes kept as one).
std::vector<QByteArray> fields(const QByteArray &b, const Record &r, char d)
{
    std::vector<QByteArray> out;
    QByteArray cur;
    bool quoted = false;
    for (qsizetype i = r.begin; i < r.end; ++i) {
        const char c = b[i];
        if (c == '"') {
            if (quoted && i + 1 < r.end && b[i + 1] == '"') {
                cur += '"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == d && !quoted) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

int countUnquoted(const QByteArray &b, const Record &r, char d)
{
    int n = 0;
    bool quoted = false;
    for (qsizetype i = r.begin; i < r.end; ++i) {
        if (b[i] == '"')
            quoted = !quoted;
        else if (b[i] == d && !quoted)
            ++n;
    }
    return n;
}

/// Length of the valid UTF-8 sequence at p (1..4), or 0 when invalid.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int n = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (n == 3 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0)))
        return 0;
    if (n == 4 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90)))
        return 0;
    return n;
}

bool validUtf8(const char *data, qsizetype size, bool allowTruncatedTail)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8Length(p, end);
        if (n == 0)
            return allowTruncatedTail && end - p < 4 && *p >= 0xC2;
        p += n;
    }
    return true;
}

// Windows-1252 code points for bytes 0x80..0x9F (undefined bytes map to the C1 control).
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool looksNumeric(const QByteArray &v, char decimal)
{
    const QByteArray t = v.trimmed();
    if (t.isEmpty())
        return false;
    int digits = 0, seps = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == decimal)
            ++seps;
        else if (!(i == 0 && (c == '-' || c == '+')))
            return false;
    }
    return digits > 0 && seps == 1;
}

} // namespace

CsvDialect CsvDialect::detect(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return CsvDialect();
    const QByteArray head = f.read(256 * 1024);
    CsvDialect d = detectBytes(head);
    if (f.size() <= head.size())
        return d;
    return d;
}

CsvDialect CsvDialect::detectBytes(const QByteArray &head)
{
    CsvDialect d;
    qsizetype start = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        d.encoding = Encoding::Utf8Bom;
        start = 3;
    }
    const bool complete = head.size() < 256 * 1024;
    if (d.encoding == Encoding::Utf8 && !validUtf8(head.constData(), head.size(), !complete))
        d.encoding = Encoding::Windows1252;
    const std::vector<Record> records = splitRecords(head, start, complete, 400);
    std::vector<Record> nonBlank;
    for (const Record &r : records)
        if (!isBlank(head, r))
            nonBlank.push_back(r);
    if (nonBlank.empty()) {
        d.headerOffset = start;
        return d;
    }

    // The separator: the candidate whose most frequent field count (>= 2) holds for most records.
    int bestScore = -1, bestMode = 1;
    for (char c : kCandidates) {
        std::map<int, int> freq;
        for (const Record &r : nonBlank)
            ++freq[countUnquoted(head, r, c) + 1];
        int mode = 1, score = 0;
        for (const auto &[count, n] : freq)
            if (count >= 2 && (n > score || (n == score && count > mode))) {
                mode = count;
                score = n;
            }
        if (mode >= 2 && (score > bestScore || (score == bestScore && mode > bestMode))) {
            bestScore = score;
            bestMode = mode;
            d.delimiter = c;
        }
    }
    d.columnCount = bestMode;

    // The header: the first record with the data's field count and mostly non-empty names.
    int headerIdx = 0;
    for (int i = 0; i < int(nonBlank.size()) && i < 50; ++i) {
        if (countUnquoted(head, nonBlank[std::size_t(i)], d.delimiter) + 1 != bestMode)
            continue;
        const auto names = fields(head, nonBlank[std::size_t(i)], d.delimiter);
        const auto filled = std::count_if(names.begin(), names.end(), [](const QByteArray &n) { return !n.trimmed().isEmpty(); });
        if (filled * 2 >= qsizetype(names.size())) {
            headerIdx = i;
            break;
        }
    }
    const Record &header = nonBlank[std::size_t(headerIdx)];
    d.headerOffset = header.begin;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].begin == header.begin)
            d.headerLine = int(i);

    // Decimal comma: numbers in the data rows written with a comma rather than a point.
    int commas = 0, points = 0, dataRecords = 0;
    qint64 dataBytes = 0;
    for (std::size_t i = std::size_t(headerIdx) + 1; i < nonBlank.size(); ++i) {
        ++dataRecords;
        dataBytes += nonBlank[i].end - nonBlank[i].begin + 1;
        if (d.delimiter == ',')
            continue;
        for (const QByteArray &v : fields(head, nonBlank[i], d.delimiter)) {
            commas += looksNumeric(v, ',');
            points += looksNumeric(v, '.');
        }
    }
    d.decimalComma = commas > points;
    if (dataRecords > 0)
        d.bytesPerRecord = std::max(1.0, double(dataBytes) / dataRecords);
    return d;
}

QString CsvDialect::prepare(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ImportError(tr("Cannot read “%1”: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    const QByteArray head = f.read(qMin<qint64>(f.size(), headerOffset + 1024 * 1024));
    const std::vector<Record> rec = splitRecords(head, headerOffset, head.size() == f.size(), 1);
    if (rec.empty())
        throw ImportError(tr("“%1” has no header line.").arg(QFileInfo(path).fileName()));
    const Record header = rec.front();
    bool misleading = false;
    for (char c : kCandidates)
        if (c != delimiter && countUnquoted(head, header, c) > 0)
            misleading = true;
    if (countUnquoted(head, header, delimiter) == 0)
        misleading = true; // GDAL would split a one-column header on spaces
    const bool bomOnly = encoding == Encoding::Utf8Bom && headerOffset == 3;
    if (delimiter != '|' && !misleading && (headerOffset == 0 || bomOnly))
        return QStringLiteral("CSV:") + path;

    // A cleaned copy: the header quoted, the preamble dropped, a pipe turned into a tab.
    const char out = delimiter == '|' ? '\t' : delimiter;
    QByteArray headerOut;
    bool first = true;
    for (const QByteArray &name : fields(head, header, delimiter)) {
        if (!first)
            headerOut += out;
        first = false;
        QByteArray q = name;
        q.replace("\"", "\"\"");
        headerOut += '"' + q + '"';
    }
    headerOut += '\n';
    const QString memPath = QStringLiteral("/vsimem/phenomap_csv_%1.csv").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QByteArray memUtf8 = memPath.toUtf8();
    VSILFILE *fp = VSIFOpenL(memUtf8.constData(), "wb");
    if (!fp)
        throw ImportError(tr("Cannot prepare a cleaned copy of “%1”.").arg(QFileInfo(path).fileName()));
    VSIFWriteL(headerOut.constData(), 1, size_t(headerOut.size()), fp);
    qint64 bodyStart = header.end;
    if (bodyStart < head.size() && head[bodyStart] == '\r')
        ++bodyStart;
    if (bodyStart < head.size() && head[bodyStart] == '\n')
        ++bodyStart;
    f.seek(bodyStart);
    bool quoted = false;
    while (!f.atEnd()) {
        QByteArray chunk = f.read(4 * 1024 * 1024);
        if (delimiter == '|') {
            for (char &c : chunk) {
                if (c == '"')
                    quoted = !quoted;
                else if (!quoted && c == '\t')
                    c = ' '; // a raw tab in an unquoted field of a pipe file (documented limitation)
                else if (!quoted && c == '|')
                    c = '\t';
            }
        }
        VSIFWriteL(chunk.constData(), 1, size_t(chunk.size()), fp);
    }
    VSIFCloseL(fp);
    return QStringLiteral("CSV:") + memPath;
}

void CsvDialect::release(const QString &preparedPath)
{
    QString p = preparedPath;
    if (p.startsWith(QLatin1String("CSV:")))
        p = p.mid(4);
    if (p.startsWith(QLatin1String("/vsimem/")))
        VSIUnlink(p.toUtf8().constData());
}

QString CsvDialect::decode(const char *data, qsizetype size, Encoding encoding)
{
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i)
        if (static_cast<unsigned char>(data[i]) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return QString::fromLatin1(data, size);
    if (encoding != Encoding::Windows1252 && validUtf8(data, size, false))
        return QString::fromUtf8(data, size);
    QString out(size, Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        o[i] = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(c);
    }
    return out;
}

QString CsvDialect::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return QString();
}

QString CsvDialect::delimiterName(char d)
{
    switch (d) {
    case ',': return tr("comma");
    case ';': return tr("semicolon");
    case '\t': return tr("tab");
    case '|': return tr("pipe");
    }
    return QString(QLatin1Char(d));
}

} // namespace phenomap
