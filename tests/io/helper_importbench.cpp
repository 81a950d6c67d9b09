// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: writes a synthetic point-incident CSV (default 1,000,000 rows), then times in
// one run: `sqlite3 :memory: '.import --csv FILE t'` (the reference), reading the file through
// GDAL alone, and the full import into a new project. Prints the figures; asserts nothing.
//   helper_importbench [ROWS] [DIR]
#include "importer.h"
#include "project.h"
#include "sourcereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace phenomap;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    const QString csv = QDir(dir).filePath(QStringLiteral("bench.csv"));
    const char *faits[] = {"Drugs", "Fraud", "Extortion", "Money laundering", "Arms trafficking", "Deal de rue"};
    const char *streets[] = {"Rue Haute", "Chaussée de Wavre", "Boulevard Anspach", "Avenue Louise", "Rue Neuve"};
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QRandomGenerator rng(42);
        QByteArray buf = "ref,lon,lat,date,fait,adresse,description\n";
        char line[512];
        for (qint64 i = 0; i < rows; ++i) {
            const double lon = 4.25 + rng.generateDouble() * 0.22, lat = 50.77 + rng.generateDouble() * 0.12;
            const int day = int(rng.bounded(28)) + 1, month = int(rng.bounded(12)) + 1, h = int(rng.bounded(24)), m = int(rng.bounded(60));
            const int n = std::snprintf(line, sizeof line, "BX-%08lld,%.6f,%.6f,%04d-%02d-%02dT%02d:%02d:00,%s,%s %d,synthetic incident %lld observed\n",
                                        static_cast<long long>(i), lon, lat, 2024, month, day, h, m, faits[i % 6],
                                        streets[i % 5], int(i % 200) + 1, static_cast<long long>(i));
            buf.append(line, n);
            if (buf.size() > (8 << 20)) {
                f.write(buf);
                buf.clear();
            }
        }
        f.write(buf);
    }
    std::printf("rows %lld, file %.1f MB\n", static_cast<long long>(rows), QFileInfo(csv).size() / 1e6);

    QElapsedTimer t;
    t.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral(":memory:"), QStringLiteral(".import --csv %1 t").arg(csv)});
    sqlite.waitForFinished(-1);
    const double reference = t.elapsed() / 1000.0;
    std::printf("sqlite3 .import --csv (reference): %.2f s\n", reference);

    t.restart();
    SourceReader reader;
    reader.open(csv);
    SourceRow row;
    qint64 n = 0;
    while (reader.next(row))
        ++n;
    reader.close();
    std::printf("GDAL CSV read alone (%lld rows, values decoded): %.2f s\n", static_cast<long long>(n), t.elapsed() / 1000.0);

    const QString projectPath = QDir(dir).filePath(QStringLiteral("bench.gpkg"));
    QFile::remove(projectPath);
    QFile::remove(projectPath + QStringLiteral("-wal"));
    QFile::remove(projectPath + QStringLiteral("-shm"));
    auto project = Project::create(projectPath, {.title = QStringLiteral("bench"), .synthetic = true});
    t.restart();
    ImportRequest request;
    request.filePath = csv;
    request.source = QStringLiteral("bench");
    const ImportSummary s = runImport(*project, request);
    const double full = t.elapsed() / 1000.0;
    std::printf("phenomap import: %.2f s (read %lld, inserted %lld, rejected %lld) = %.1fx the reference\n", full,
                static_cast<long long>(s.rowsRead), static_cast<long long>(s.inserted), static_cast<long long>(s.rejected),
                full / reference);
    return 0;
}
