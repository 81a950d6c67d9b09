// SPDX-License-Identifier: GPL-3.0-or-later
// The Keys dialog over real key store folders: the office key created in the background and
// unlocked with its passphrase, bad input refused with nothing written, partner keys from
// another store imported, trusted and removed, bad files refused with a message naming them,
// and the exported public key read back by another store and by the Debian `minisign`.
#include "../trust/fastkeys.h"
#include "keysdialog.h"
#include "keystore.h"
#include "officekeydialog.h"
#include "partnerkeysmodel.h"
#include "trusterror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

/// libsodium's "interactive" scrypt and a small age work factor: the same code, milliseconds.
using test::fastProtection;

const QString kPassphrase = QStringLiteral("correct horse battery");

QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestKeysDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newStoreDir() { return m_dir.filePath(QStringLiteral("store%1").arg(++m_counter)); }

    /// A partner's store with an office key, and its exported bundle in a file.
    QString partnerBundle(const QString &name, const QString &agency, KeyStore *out = nullptr)
    {
        KeyStore partner(newStoreDir());
        partner.createOfficeKey(name, agency, "partner passphrase", fastProtection());
        const QString path = m_dir.filePath(QStringLiteral("bundle%1.json").arg(++m_counter));
        const QByteArray bundle = partner.exportPublicKeys();
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bundle) != bundle.size())
            qFatal("cannot write %s", qPrintable(path));
        if (out)
            *out = partner;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsTheOfficeKeyInTheBackground()
    {
        const QString dir = newStoreDir();
        KeysDialog dialog(dir, fastProtection());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createOfficeKeyButton"));
        auto *busy = dialog.findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
        QVERIFY(create && busy);
        QVERIFY(create->isVisible());
        QVERIFY(!busy->isVisible());

        QSignalSpy created(&dialog, &KeysDialog::officeKeyCreated);
        QSignalSpy failed(&dialog, &KeysDialog::officeKeyCreationFailed);
        QVERIFY(dialog.createOfficeKey(QStringLiteral("  Regional analysis cell "), QStringLiteral("BPS"),
                                       kPassphrase, kPassphrase));
        // The work runs on another thread: the call returned before it reported, the window
        // shows it is busy and cannot be closed or asked for a second key meanwhile.
        QVERIFY(dialog.isBusy());
        QCOMPARE(created.count(), 0);
        QVERIFY(busy->isVisible());
        QVERIFY(!create->isEnabled());
        QVERIFY(!dialog.createOfficeKey(QStringLiteral("Other"), QString(), kPassphrase, kPassphrase));
        dialog.reject();
        QVERIFY(dialog.isVisible());

        QVERIFY(created.wait(60000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!dialog.isBusy());
        QVERIFY(!busy->isVisible());

        // Real files in the store, the key unlocks with the passphrase and only with it.
        for (const char *name :
             {"office.key", "office.pub", "office-age.key.age", "office-age.pub", "office.json"})
            QVERIFY2(QFile::exists(QDir(dir).filePath(QLatin1String(name))), name);
        const KeyStore store(dir);
        QVERIFY(store.hasOfficeKey());
        const PartnerKey office = store.officePublicKeys();
        QCOMPARE(office.name, QStringLiteral("Regional analysis cell"));
        QCOMPARE(office.agency, QStringLiteral("BPS"));
        QVERIFY(store.unlockSigningKey(kPassphrase.toUtf8()).publicKey() == office.signingKey);
        QVERIFY(store.unlockDecryptionKey(kPassphrase.toUtf8()).recipient() == office.encryptionKey);
        QVERIFY_THROWS_EXCEPTION(TrustError, store.unlockSigningKey("wrong passphrase"));

        // The dialog now shows the key instead of the create button.
        QVERIFY(!create->isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("officeName"))->text(), office.name);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("officeKeyId"))->text(),
                 office.signingKey.keyIdHex());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("officeRecipient"))->text(),
                 office.encryptionKey.toString());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("exportPublicKeyButton"))->isVisible());

        // A second key is refused and the first stays.
        const QByteArray before = fileContent(QDir(dir).filePath(QStringLiteral("office.key")));
        QVERIFY(!dialog.createOfficeKey(QStringLiteral("Again"), QString(), kPassphrase, kPassphrase));
        QVERIFY2(dialog.lastMessage().contains(QDir::toNativeSeparators(dir)),
                 qPrintable(dialog.lastMessage()));
        QCOMPARE(fileContent(QDir(dir).filePath(QStringLiteral("office.key"))), before);

        // Not busy any more: the dialog closes.
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void aFailedCreationIsReported()
    {
        // The folder's path is taken by a file: the worker cannot write and says so.
        const QString blocked = m_dir.filePath(QStringLiteral("a file, not a folder"));
        writeFile(blocked, "x");
        KeysDialog dialog(blocked, fastProtection());
        QSignalSpy created(&dialog, &KeysDialog::officeKeyCreated);
        QSignalSpy failed(&dialog, &KeysDialog::officeKeyCreationFailed);
        QVERIFY(dialog.createOfficeKey(QStringLiteral("Cell"), QString(), kPassphrase, kPassphrase));
        QVERIFY(failed.wait(60000));
        QCOMPARE(created.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(blocked)), qPrintable(message));
        QCOMPARE(dialog.lastMessage(), message);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("createOfficeKeyButton"))->isEnabled());
        QCOMPARE(fileContent(blocked), QByteArray("x"));
    }

    void aKeyShownWhenTheDialogOpens()
    {
        const QString dir = newStoreDir();
        KeyStore(dir).createOfficeKey(QStringLiteral("Cellule"), QStringLiteral("Police"), "pass phrase 1",
                                      fastProtection());
        KeysDialog dialog(dir, fastProtection());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("officeKeyId"))->text(),
                 KeyStore(dir).officePublicKeys().signingKey.keyIdHex());
    }

    void refusesBadPassphrasesAndWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("says");
        QTest::newRow("mismatch") << QStringLiteral("Cell") << kPassphrase
                                  << QString(kPassphrase + QLatin1Char('!'))
                                  << QStringLiteral("do not match");
        QTest::newRow("nine characters") << QStringLiteral("Cell") << QStringLiteral("123456789")
                                         << QStringLiteral("123456789") << QStringLiteral("too short");
        QTest::newRow("empty") << QStringLiteral("Cell") << QString() << QString()
                               << QStringLiteral("too short");
        QTest::newRow("no name") << QStringLiteral("   ") << kPassphrase << kPassphrase
                                 << QStringLiteral("name");
    }

    void refusesBadPassphrasesAndWritesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, passphrase);
        QFETCH(QString, confirmation);
        QFETCH(QString, says);
        const QString dir = newStoreDir();
        KeysDialog dialog(dir, fastProtection());
        QSignalSpy created(&dialog, &KeysDialog::officeKeyCreated);
        QVERIFY(!dialog.createOfficeKey(name, QStringLiteral("Agency"), passphrase, confirmation));
        QVERIFY2(dialog.lastMessage().contains(says), qPrintable(dialog.lastMessage()));
        QVERIFY(!dialog.isBusy());
        QTest::qWait(50);
        QCOMPARE(created.count(), 0);
        QVERIFY(!QFileInfo::exists(dir)); // not even the folder
        QVERIFY(!KeyStore(dir).hasOfficeKey());

        // The form asking for the key refuses the same input and says why.
        OfficeKeyDialog form;
        form.findChild<QLineEdit *>(QStringLiteral("officeNameEdit"))->setText(name);
        auto *pass = form.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        QCOMPARE(pass->echoMode(), QLineEdit::Password);
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("confirmationEdit"))->echoMode(),
                 QLineEdit::Password);
        pass->setText(passphrase);
        form.findChild<QLineEdit *>(QStringLiteral("confirmationEdit"))->setText(confirmation);
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Rejected));
        QVERIFY2(form.problem().contains(says), qPrintable(form.problem()));
    }

    void theFormAcceptsGoodInput()
    {
        OfficeKeyDialog form;
        form.findChild<QLineEdit *>(QStringLiteral("officeNameEdit"))->setText(QStringLiteral(" Cell "));
        form.findChild<QLineEdit *>(QStringLiteral("officeAgencyEdit"))->setText(QStringLiteral("Agency"));
        form.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("0123456789"));
        form.findChild<QLineEdit *>(QStringLiteral("confirmationEdit"))
            ->setText(QStringLiteral("0123456789"));
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QVERIFY(form.problem().isEmpty());
        QCOMPARE(form.name(), QStringLiteral("Cell"));
        QCOMPARE(form.passphrase(), QStringLiteral("0123456789"));
    }

    void importsTrustsAndRemovesPartnerKeys()
    {
        KeyStore partner(QString{});
        const QString bundle =
            partnerBundle(QStringLiteral("Zone de police Midi"), QStringLiteral("Police locale"), &partner);
        const QString other =
            partnerBundle(QStringLiteral("Parquet de Bruxelles"), QStringLiteral("Justice"));
        const QString dir = newStoreDir();
        KeysDialog dialog(dir, fastProtection());
        PartnerKeysModel *model = dialog.partnersModel();
        QCOMPARE(model->rowCount(), 0);

        QVERIFY2(dialog.importPartnerFile(bundle, false), qPrintable(dialog.lastMessage()));
        QVERIFY2(dialog.importPartnerFile(other, true), qPrintable(dialog.lastMessage()));
        QCOMPARE(model->rowCount(), 2);
        const KeyStore store(dir);
        QCOMPARE(store.partners().size(), 2);
        const PartnerKey imported = store.partners().first();
        QCOMPARE(imported.name, QStringLiteral("Zone de police Midi"));
        QVERIFY(imported.signingKey == partner.officePublicKeys().signingKey);
        QVERIFY(imported.encryptionKey == partner.officePublicKeys().encryptionKey);
        QVERIFY(!imported.trusted);
        QVERIFY(store.partners().at(1).trusted);
        QVERIFY(dialog.lastMessage().contains(store.partners().at(1).signingKey.keyIdHex()));

        // Trust through the model's check box, as the table's check box does.
        const int row = model->rowOfKeyId(imported.signingKey.keyId());
        QCOMPARE(row, 0);
        QVERIFY(
            model->setData(model->index(row, PartnerKeysModel::Trusted), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(store.partnerByKeyId(imported.signingKey.keyId())->trusted);

        // Importing the same key again replaces it (here: back to untrusted), no duplicate.
        QVERIFY(dialog.importPartnerFile(bundle, false));
        QCOMPARE(store.partners().size(), 2);
        QVERIFY(!store.partnerByKeyId(imported.signingKey.keyId())->trusted);

        QVERIFY(dialog.removePartner(row));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(store.partners().size(), 1);
        QVERIFY(!store.partnerByKeyId(imported.signingKey.keyId()));
        QVERIFY(!dialog.removePartner(7));
        QCOMPARE(store.partners().size(), 1);
    }

    void badFilesAreRefusedAndChangeNothing()
    {
        const QString good = partnerBundle(QStringLiteral("Commune d'Anderlecht"), QStringLiteral("Commune"));
        const QString dir = newStoreDir();
        KeyStore(dir).createOfficeKey(QStringLiteral("Us"), QStringLiteral("BPS"), "our passphrase",
                                      fastProtection());
        KeysDialog dialog(dir, fastProtection());
        QVERIFY(dialog.importPartnerFile(good, true));
        const QString list = QDir(dir).filePath(QStringLiteral("partners.json"));
        const QByteArray before = fileContent(list);
        QVERIFY(!before.isEmpty());

        const QString garbage = m_dir.filePath(QStringLiteral("not a key.json"));
        writeFile(garbage,
                  "{\"format\": \"phenomap-public-keys/1\", \"name\": \"x\", \"minisign\": \"AAAA\"}");
        const QString tooLarge = m_dir.filePath(QStringLiteral("huge.json"));
        writeFile(tooLarge, QByteArray(200 * 1024, ' '));
        const QString own = m_dir.filePath(QStringLiteral("own.json"));
        writeFile(own, KeyStore(dir).exportPublicKeys());
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));

        for (const QString &path : {garbage, tooLarge, own, missing}) {
            QVERIFY2(!dialog.importPartnerFile(path, true), qPrintable(path));
            QVERIFY2(dialog.lastMessage().contains(QDir::toNativeSeparators(path)),
                     qPrintable(dialog.lastMessage()));
            QCOMPARE(fileContent(list), before);
            QCOMPARE(dialog.partnersModel()->rowCount(), 1);
        }
        QCOMPARE(KeyStore(dir).partners().size(), 1);
    }

    void exportsThePublicKeyForPartners()
    {
        const QString dir = newStoreDir();
        KeysDialog dialog(dir, fastProtection());
        const QString bundlePath = m_dir.filePath(QStringLiteral("our-key.json"));
        // Nothing to export before the key exists.
        QVERIFY(!dialog.exportPublicKey(bundlePath, KeysDialog::PublicKeyFormat::Bundle));
        QVERIFY(!QFile::exists(bundlePath));
        QVERIFY(!dialog.lastMessage().isEmpty());

        QSignalSpy created(&dialog, &KeysDialog::officeKeyCreated);
        QVERIFY(dialog.createOfficeKey(QStringLiteral("Cel analyse"), QStringLiteral("BPV"), kPassphrase,
                                       kPassphrase));
        QVERIFY(created.wait(60000));
        const PartnerKey office = KeyStore(dir).officePublicKeys();

        QVERIFY2(dialog.exportPublicKey(bundlePath, KeysDialog::PublicKeyFormat::Bundle),
                 qPrintable(dialog.lastMessage()));
        QVERIFY(dialog.lastMessage().contains(QDir::toNativeSeparators(bundlePath)));
        KeyStore partner(newStoreDir());
        const PartnerKey seen = partner.importPartnerBundle(fileContent(bundlePath), true);
        QCOMPARE(seen.name, QStringLiteral("Cel analyse"));
        QCOMPARE(seen.agency, QStringLiteral("BPV"));
        QVERIFY(seen.signingKey == office.signingKey);
        QVERIFY(seen.encryptionKey == office.encryptionKey);

        // The minisign form: a file signed with the unlocked office key verifies with it in the
        // partner's store and with the Debian minisign.
        const QString pubPath = m_dir.filePath(QStringLiteral("our-key.pub"));
        QVERIFY(dialog.exportPublicKey(pubPath, KeysDialog::PublicKeyFormat::Minisign));
        QVERIFY(MinisignPublicKey::parse(fileContent(pubPath)) == office.signingKey);
        const QString signedFile = m_dir.filePath(QStringLiteral("picture.gpkg"));
        writeFile(signedFile, "not really a GeoPackage, but bytes to sign");
        KeyStore(dir).unlockSigningKey(kPassphrase.toUtf8()).signFile(signedFile, QStringLiteral("test"));
        QVERIFY(partner.verifyFile(signedFile).isTrusted());

        // A folder that cannot be written gives a message naming the file.
        const QString blocked = m_dir.filePath(QStringLiteral("no-such-folder/key.json"));
        QVERIFY(!dialog.exportPublicKey(blocked, KeysDialog::PublicKeyFormat::Bundle));
        QVERIFY2(dialog.lastMessage().contains(QDir::toNativeSeparators(blocked)),
                 qPrintable(dialog.lastMessage()));

        if (!QFile::exists(QStringLiteral("/usr/bin/minisign")))
            QSKIP("minisign is not installed");
        QProcess minisign;
        minisign.start(QStringLiteral("/usr/bin/minisign"), {QStringLiteral("-V"), QStringLiteral("-p"),
                                                             pubPath, QStringLiteral("-m"), signedFile});
        QVERIFY(minisign.waitForFinished(60000));
        QCOMPARE(minisign.exitStatus(), QProcess::NormalExit);
        QVERIFY2(minisign.exitCode() == 0, minisign.readAllStandardError().constData());
    }
};

QTEST_MAIN(TestKeysDialog)
#include "tst_keysdialog.moc"
