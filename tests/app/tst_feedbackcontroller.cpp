// SPDX-License-Identifier: GPL-3.0-or-later
// File > Merge Partner Feedback… on a real project: a returned package encrypted to the office
// key is decrypted in memory and its comment merged once; a wrong passphrase or another office's
// key is reported and merges nothing; a canceled prompt does nothing; a plain package merges too.
#include "../trust/fastkeys.h"
#include "ageidentity.h"
#include "demogenerator.h"
#include "encryptedpackage.h"
#include "feedbackcontroller.h"
#include "filterpanel.h"
#include "incidenttableview.h"
#include "keystore.h"
#include "keystorelocation.h"
#include "mapcanvas.h"
#include "packageexporter.h"
#include "picturecomments.h"
#include "picturestore.h"
#include "project.h"
#include "projectcontroller.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

class TestFeedbackController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv(KeyStoreEnvironmentVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("unused-keys"))));
    }

    void mergesEncryptedFeedback()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(projectPath, {.incidents = 200, .seed = 6, .title = QStringLiteral("Feedback window")});
        QString picture;
        const QString plain = m_dir.filePath(QStringLiteral("back.gpkg"));
        {
            auto project = Project::open(projectPath);
            SituationPicture p;
            p.title = QStringLiteral("Night thefts");
            p.tlp = Tlp::Green;
            picture = PictureStore(*project).add(p).uuid;
            PackageRequest request;
            request.outputPath = plain;
            request.tier = PackageTier::Aggregated;
            request.tlp = Tlp::Green;
            request.recipient = QStringLiteral("PZ Midi");
            exportPackage(*project, request);
        }
        {
            auto package = Project::open(plain);
            PictureComment c;
            c.pictureUuid = picture;
            c.author = QStringLiteral("A. Janssens");
            c.agency = QStringLiteral("PZ Midi");
            c.text = QStringLiteral("Seen near the station too.");
            PictureComments::add(*package, c);
        }
        const QString keys = m_dir.filePath(QStringLiteral("office"));
        const QByteArray officePass("office pass");
        KeyStore store(keys);
        store.createOfficeKey(QStringLiteral("Cell"), QStringLiteral("Region"), officePass, test::fastProtection());
        PackageEncryption encryption;
        encryption.recipients = {store.unlockDecryptionKey(officePass).recipient()};
        const QString encrypted = m_dir.filePath(QStringLiteral("back.gpkg.age"));
        EncryptedPackage::encrypt(plain, encrypted, encryption);

        MapCanvas canvas;
        FilterPanel filters;
        IncidentTableView table;
        ProjectController controller(&canvas, &filters, &table);
        controller.setKeyStoreDirectory(keys);
        QList<std::optional<QByteArray>> answers;
        QStringList prompts;
        controller.setPassphrasePrompt([&](const QString &prompt) -> std::optional<QByteArray> {
            prompts << prompt;
            return answers.isEmpty() ? std::nullopt : answers.takeFirst();
        });
        FeedbackController feedback(&controller, nullptr);
        QSignalSpy errors(&feedback, &FeedbackController::errorOccurred);
        QSignalSpy status(&feedback, &FeedbackController::statusMessage);
        QVERIFY(!feedback.action()->isEnabled());
        QVERIFY(controller.openProject(projectPath));
        QVERIFY(feedback.action()->isEnabled());
        const auto comments = [&] { return PictureComments::list(*controller.project(), picture).size(); };

        // Wrong passphrase of the office key: reported, nothing merged.
        answers = {QByteArray("wrong")};
        QVERIFY(!feedback.mergeFrom(encrypted));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(1).toString().contains(QStringLiteral("back.gpkg.age")), qPrintable(errors.at(0).at(1).toString()));
        QVERIFY(prompts.last().contains(QStringLiteral("office key")));
        QCOMPARE(comments(), 0);
        // Canceled prompt: nothing, and no error.
        QVERIFY(!feedback.mergeFrom(encrypted));
        QCOMPARE(errors.count(), 1);

        // Through the action, the right passphrase: merged once.
        answers = {officePass};
        feedback.setPathPrompt([&](QWidget *) { return encrypted; });
        feedback.action()->trigger();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(status.count(), 1);
        QCOMPARE(comments(), 1);
        QCOMPARE(PictureComments::list(*controller.project(), picture).first().agency, QStringLiteral("PZ Midi"));
        answers = {officePass};
        const auto again = feedback.mergeFrom(encrypted);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, 1);

        // Another office's key cannot decrypt it.
        const QString otherKeys = m_dir.filePath(QStringLiteral("other"));
        KeyStore(otherKeys).createOfficeKey(QStringLiteral("Other"), QStringLiteral("Else"), officePass, test::fastProtection());
        controller.setKeyStoreDirectory(otherKeys);
        answers = {officePass};
        QVERIFY(!feedback.mergeFrom(encrypted));
        QCOMPARE(errors.count(), 2);
        QVERIFY2(errors.at(1).at(1).toString().contains(QStringLiteral("decrypted")), qPrintable(errors.at(1).at(1).toString()));

        // The plain package merges without any prompt.
        prompts.clear();
        const auto plainResult = feedback.mergeFrom(plain);
        QVERIFY(plainResult);
        QCOMPARE(plainResult->duplicates, 1);
        QVERIFY(prompts.isEmpty());
    }
};

QTEST_MAIN(TestFeedbackController)
#include "tst_feedbackcontroller.moc"
