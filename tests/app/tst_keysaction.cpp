// SPDX-License-Identifier: GPL-3.0-or-later
// Tools > Keys… in the main window opens one non-modal Keys dialog over the key store folder
// that $PHENOMAP_KEYSTORE names (the rule the command line shares).
#include "../trust/fastkeys.h"
#include "keyscontroller.h"
#include "keysdialog.h"
#include "keystore.h"
#include "keystorelocation.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestKeysAction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QMenu *menuHolding(QMainWindow &window, QAction *action)
    {
        for (QAction *top : window.menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(action))
                return top->menu();
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void theKeysActionOpensTheDialogOnTheConfiguredStore()
    {
        const QString storeDir = m_dir.filePath(QStringLiteral("keys"));
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(storeDir));
        const KeyStore::Protection fast = test::fastProtection();
        KeyStore(storeDir).createOfficeKey(QStringLiteral("Menu test office"), QStringLiteral("BPS"),
                                           "menu test passphrase", fast);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("keysAction"));
        QVERIFY(action);
        QCOMPARE(action, window.keysController()->action());
        QMenu *menu = menuHolding(window, action);
        QVERIFY(menu);
        QVERIFY(!action->text().isEmpty());
        QVERIFY(action->isEnabled());

        QSignalSpy opened(window.keysController(), &KeysController::dialogOpened);
        action->trigger();
        QCOMPARE(opened.count(), 1);
        QPointer<KeysDialog> dialog = window.keysController()->dialog();
        QVERIFY(dialog);
        QCOMPARE(opened.first().first().value<KeysDialog *>(), dialog.data());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->parentWidget(), &window);
        QCOMPARE(dialog->store().directory(), storeDir);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("officeKeyId"))->text(),
                 KeyStore(storeDir).officePublicKeys().signingKey.keyIdHex());

        // A second trigger raises the same dialog.
        action->trigger();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(window.keysController()->dialog(), dialog.data());

        // Closed, it is deleted; the next trigger opens a new one.
        dialog->close();
        QTRY_VERIFY(!dialog);
        QVERIFY(!window.keysController()->dialog());
        action->trigger();
        QCOMPARE(opened.count(), 2);
        QVERIFY(window.keysController()->dialog());
        qunsetenv(KeyStoreEnvironmentVariable);
    }
};

QTEST_MAIN(TestKeysAction)
#include "tst_keysaction.moc"
