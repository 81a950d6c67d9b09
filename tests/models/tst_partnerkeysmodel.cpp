// SPDX-License-Identifier: GPL-3.0-or-later
// The partner key table over a real key store folder: what it lists, the trust check box written
// through to the store, removal, and a damaged partner list.
#include "ageidentity.h"
#include "keystore.h"
#include "minisignsecretkey.h"
#include "partnerkeysmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

PartnerKey makePartner(const QString &name, const QString &agency, bool withEncryption, bool trusted)
{
    PartnerKey p;
    p.name = name;
    p.agency = agency;
    p.signingKey = MinisignSecretKey::generate().publicKey();
    if (withEncryption)
        p.encryptionKey = AgeIdentity::generate().recipient();
    p.trusted = trusted;
    return p;
}

QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPartnerKeysModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_storeCount = 0;

    /// A fresh store with two partners: a trusted one that signs and encrypts, an untrusted signer.
    KeyStore storeWithTwoPartners(PartnerKey *first = nullptr, PartnerKey *second = nullptr)
    {
        KeyStore store(m_dir.filePath(QStringLiteral("keys%1").arg(++m_storeCount)));
        const PartnerKey a = makePartner(QStringLiteral("Cellule d'analyse PZ Midi"),
                                         QStringLiteral("Police locale"), true, true);
        const PartnerKey b =
            makePartner(QStringLiteral("FGP Brussel"), QStringLiteral("Federale politie"), false, false);
        store.importPartner(a);
        store.importPartner(b);
        if (first)
            *first = a;
        if (second)
            *second = b;
        return store;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsThePartnersOfTheStore()
    {
        PartnerKey a, b;
        const KeyStore store = storeWithTwoPartners(&a, &b);
        PartnerKeysModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PartnerKeysModel::ColumnCount));
        QVERIFY(model.lastError().isEmpty());

        QCOMPARE(model.index(0, PartnerKeysModel::Name).data().toString(), a.name);
        QCOMPARE(model.index(0, PartnerKeysModel::Agency).data().toString(), a.agency);
        QCOMPARE(model.index(0, PartnerKeysModel::KeyId).data().toString(), a.signingKey.keyIdHex());
        QCOMPARE(model.index(0, PartnerKeysModel::KeyId).data(PartnerKeysModel::KeyIdRole).toByteArray(),
                 a.signingKey.keyId());
        QCOMPARE(model.index(0, PartnerKeysModel::Name).data(PartnerKeysModel::PublicKeyRole).toString(),
                 QString::fromLatin1(a.signingKey.toBase64()));
        QCOMPARE(model.index(0, PartnerKeysModel::AgeRecipient).data().toString(),
                 a.encryptionKey.toString());
        QCOMPARE(model.index(0, PartnerKeysModel::Trusted).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QVERIFY(!model.index(0, PartnerKeysModel::Added).data().toString().isEmpty());

        QCOMPARE(model.index(1, PartnerKeysModel::Name).data().toString(), b.name);
        QCOMPARE(model.index(1, PartnerKeysModel::Trusted).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        // A signer without an age key says so instead of showing an empty cell.
        QVERIFY(!model.index(1, PartnerKeysModel::AgeRecipient)
                     .data()
                     .toString()
                     .startsWith(QLatin1String("age1")));
        QVERIFY(!model.index(1, PartnerKeysModel::AgeRecipient).data().toString().isEmpty());
        // Only the trust column has a check box; nothing else is editable.
        QVERIFY(model.flags(model.index(0, PartnerKeysModel::Trusted)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, PartnerKeysModel::Name)) & Qt::ItemIsUserCheckable));
        QVERIFY(!(model.flags(model.index(0, PartnerKeysModel::Name)) & Qt::ItemIsEditable));
        QVERIFY(!model.index(0, PartnerKeysModel::Name).data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.headerData(PartnerKeysModel::KeyId, Qt::Horizontal).toString().isEmpty());

        QCOMPARE(model.rowOfKeyId(b.signingKey.keyId()), 1);
        QCOMPARE(model.rowOfKeyId(QByteArray(8, '\0')), -1);
        QCOMPARE(model.partnerAt(0).signingKey, a.signingKey);
    }

    void theTrustCheckBoxWritesTheStore()
    {
        PartnerKey a, b;
        KeyStore store = storeWithTwoPartners(&a, &b);
        PartnerKeysModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex trustB = model.index(1, PartnerKeysModel::Trusted);
        QVERIFY(model.setData(trustB, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(trustB.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(store.partnerByKeyId(b.signingKey.keyId())->trusted);
        QVERIFY(store.partnerByKeyId(a.signingKey.keyId())->trusted);

        QVERIFY(model.setData(model.index(0, PartnerKeysModel::Trusted), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!store.partnerByKeyId(a.signingKey.keyId())->trusted);
        QVERIFY(store.partnerByKeyId(b.signingKey.keyId())->trusted);

        // Other columns and roles are refused and change nothing.
        const QByteArray before = fileContent(store.directory() + QStringLiteral("/partners.json"));
        QVERIFY(!model.setData(model.index(0, PartnerKeysModel::Name), QStringLiteral("x"), Qt::EditRole));
        QVERIFY(!model.setData(model.index(0, PartnerKeysModel::Trusted), Qt::Checked, Qt::EditRole));
        QCOMPARE(fileContent(store.directory() + QStringLiteral("/partners.json")), before);
        QCOMPARE(model.index(0, PartnerKeysModel::Name).data().toString(), a.name);
    }

    void aPartnerRemovedElsewhereCannotBeTrusted()
    {
        PartnerKey a, b;
        KeyStore store = storeWithTwoPartners(&a, &b);
        PartnerKeysModel model(store);
        QSignalSpy errors(&model, &PartnerKeysModel::errorOccurred);
        QVERIFY(store.removePartner(b.signingKey.keyId()));
        QVERIFY(!model.setData(model.index(1, PartnerKeysModel::Trusted), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(model.lastError().contains(b.signingKey.keyIdHex()), qPrintable(model.lastError()));
        QCOMPARE(model.index(1, PartnerKeysModel::Trusted).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(store.partners().size(), 1);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
    }

    void removesAPartner()
    {
        PartnerKey a, b;
        KeyStore store = storeWithTwoPartners(&a, &b);
        PartnerKeysModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.removePartner(0));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.partnerAt(0).signingKey, b.signingKey);
        QCOMPARE(store.partners().size(), 1);
        QVERIFY(!store.partnerByKeyId(a.signingKey.keyId()));
        QVERIFY(!model.removePartner(5));
        QCOMPARE(store.partners().size(), 1);
    }

    void reloadSeesOtherWriters()
    {
        KeyStore store(m_dir.filePath(QStringLiteral("reload")));
        PartnerKeysModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no partners.json yet
        store.importPartner(
            makePartner(QStringLiteral("Ville de Bruxelles"), QStringLiteral("Commune"), true, false));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PartnerKeysModel::Name).data().toString(),
                 QStringLiteral("Ville de Bruxelles"));
    }

    void aDamagedListIsReportedWithItsFile()
    {
        KeyStore store = storeWithTwoPartners();
        const QString list = store.directory() + QStringLiteral("/partners.json");
        {
            QFile f(list);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("[{\"name\": \"broken\"");
        }
        PartnerKeysModel model(store);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.lastError().contains(QLatin1String("partners.json")), qPrintable(model.lastError()));
        QSignalSpy errors(&model, &PartnerKeysModel::errorOccurred);
        QVERIFY(!model.reload());
        QCOMPARE(errors.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPartnerKeysModel)
#include "tst_partnerkeysmodel.moc"
