// SPDX-License-Identifier: GPL-3.0-or-later
// CSV of a table model: header, RFC 4180 quoting, the value role before the display text,
// UTF-8 with a byte-order mark, the delimiter of the locale's spreadsheets, cancel and a device
// that refuses to write.
#include "tablecsv.h"

#include <QBuffer>
#include <QLocale>
#include <QStandardItemModel>
#include <QTest>

using namespace phenomap;

namespace {

constexpr int kValueRole = Qt::UserRole + 7;

QStandardItemModel *sample(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Date"), QStringLiteral("Place; area"), QStringLiteral("Text")});
    const auto row = [&](const QString &date, const QString &iso, const QString &place, const QString &text) {
        auto *d = new QStandardItem(date);
        if (!iso.isEmpty())
            d->setData(iso, kValueRole);
        model->appendRow({d, new QStandardItem(place), new QStandardItem(text)});
    };
    row(QStringLiteral("05/11/2024"), QStringLiteral("2024-11-05T14:30:00+01:00"), QStringLiteral("Ixelles"),
        QStringLiteral("plain"));
    row(QStringLiteral("06/11/2024"), QString(), QStringLiteral("Saint-Gilles; Sint-Gillis"),
        QStringLiteral("two\nlines, \"quoted\" café"));
    return model;
}

/// Refuses every write.
class FullDevice : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("disk full"));
        return -1;
    }
};

} // namespace

class TestTableCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesQuotedRowsWithTheValueRole()
    {
        QStandardItemModel *model = sample(this);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(TableCsv::write(*model, buffer, QLatin1Char(';'), kValueRole), 2);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QCOMPARE(text, QString::fromUtf8("Date;\"Place; area\";Text\r\n"
                                         "2024-11-05T14:30:00+01:00;Ixelles;plain\r\n"
                                         "06/11/2024;\"Saint-Gilles; Sint-Gillis\";\"two\nlines, \"\"quoted\"\" caf\u00e9\"\r\n"));
        // With a comma, the commas need quoting and the semicolons no longer do.
        QCOMPARE(TableCsv::field(QStringLiteral("a; b"), QLatin1Char(',')), QStringLiteral("a; b"));
        QCOMPARE(TableCsv::field(QStringLiteral("a, b"), QLatin1Char(',')), QStringLiteral("\"a, b\""));
    }

    void delimiterFollowsTheLocale()
    {
        QCOMPARE(TableCsv::delimiterFor(QLocale(QLocale::French, QLocale::Belgium)), QLatin1Char(';'));
        QCOMPARE(TableCsv::delimiterFor(QLocale(QLocale::Dutch, QLocale::Belgium)), QLatin1Char(';'));
        QCOMPARE(TableCsv::delimiterFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QLatin1Char(','));
    }

    void cancelAndWriteErrors()
    {
        QStandardItemModel *model = sample(this);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int calls = 0;
        QCOMPARE(TableCsv::write(*model, buffer, QLatin1Char(','), kValueRole, [&](int, int) { return ++calls < 1; }), -1);
        QCOMPARE(calls, 1);
        FullDevice full;
        full.open(QIODevice::WriteOnly);
        try {
            TableCsv::write(*model, full, QLatin1Char(','), kValueRole);
            QFAIL("a refused write must throw");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("disk full")), e.what());
        }
    }
};

QTEST_MAIN(TestTableCsv)
#include "tst_tablecsv.moc"
