// SPDX-License-Identifier: GPL-3.0-or-later
// Where the key store lives: $PHENOMAP_KEYSTORE, else "keys" in the application data folder.
#include "keystorelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestKeyStoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("phenomap-location-test"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup() { qunsetenv(KeyStoreEnvironmentVariable); }

    void defaultsToTheApplicationDataFolder()
    {
        qunsetenv(KeyStoreEnvironmentVariable);
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!appData.isEmpty());
        QCOMPARE(defaultKeyStoreDirectory(), QDir(appData).filePath(QStringLiteral("keys")));
        // An empty variable counts as unset.
        qputenv(KeyStoreEnvironmentVariable, QByteArray());
        QCOMPARE(defaultKeyStoreDirectory(), QDir(appData).filePath(QStringLiteral("keys")));
    }

    void theEnvironmentOverridesIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString chosen = dir.filePath(QStringLiteral("office keys"));
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(chosen + QStringLiteral("/sub/..")));
        QCOMPARE(defaultKeyStoreDirectory(), chosen);
        // A relative value is taken from the working directory, so messages name a full path.
        qputenv(KeyStoreEnvironmentVariable, "relative-keys");
        QCOMPARE(defaultKeyStoreDirectory(),
                 QDir::current().absoluteFilePath(QStringLiteral("relative-keys")));
        // Nothing is created by asking.
        QVERIFY(!QFileInfo::exists(chosen));
    }
};

QTEST_GUILESS_MAIN(TestKeyStoreLocation)
#include "tst_keystorelocation.moc"
