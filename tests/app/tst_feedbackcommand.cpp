// SPDX-License-Identifier: GPL-3.0-or-later
// A feedback round on the command line, with the real `phenomap` executable: the partner
// comments on a picture in their copy of a package, the analyst lists and merges the comments;
// a second merge adds nothing, and bad input fails with a message and changes nothing. A
// feedback package sent back encrypted (to the office key or a passphrase) merges the same way;
// a wrong key or passphrase is a clear error that merges nothing.
#include "../trust/fastkeys.h"
#include "agedecryptor.h"
#include "ageidentity.h"
#include "demogenerator.h"
#include "encryptedpackage.h"
#include "keystore.h"
#include "packageexporter.h"
#include "picturecomments.h"
#include "picturestore.h"
#include "processrun.h"
#include "project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

using test::ProcessRun;

ProcessRun cli(const QStringList &args, const QList<std::pair<QString, QString>> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : extra)
        env.insert(name, value);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return test::runProcess(test::phenomapExecutable(), args, env);
}

QJsonDocument json(const ProcessRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8());
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFeedbackCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project, m_feedback, m_picture;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project.gpkg"));
        generateDemo(m_project, {.incidents = 400, .seed = 8, .title = QStringLiteral("Feedback round")});
        auto project = Project::open(m_project);
        SituationPicture picture;
        picture.title = QStringLiteral("Car thefts");
        picture.tlp = Tlp::Green;
        m_picture = PictureStore(*project).add(picture).uuid;
        PackageRequest request;
        request.outputPath = m_dir.filePath(QStringLiteral("package.gpkg"));
        request.tier = PackageTier::Aggregated;
        request.tlp = Tlp::Green;
        request.recipient = QStringLiteral("Parquet");
        exportPackage(*project, request);
        m_feedback = m_dir.filePath(QStringLiteral("feedback.gpkg"));
        QVERIFY(QFile::copy(request.outputPath, m_feedback));
    }

    void partnerCommentsAnalystMergesOnce()
    {
        const QString text = QStringLiteral("Same pattern in Ixelles since May.\nSee our file 2024/117.");
        ProcessRun r = cli({QStringLiteral("comment"), m_feedback, QStringLiteral("--picture"), m_picture, QStringLiteral("--author"),
                          QStringLiteral("J. Peeters"), QStringLiteral("--agency"), QStringLiteral("Parquet de Bruxelles"),
                          QStringLiteral("--text"), text});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(m_picture));

        r = cli({QStringLiteral("comments"), m_feedback, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray listed = json(r).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("text")).toString(), text);

        r = cli({QStringLiteral("merge"), m_project, m_feedback, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject merged = json(r).object();
        QCOMPARE(merged.value(QStringLiteral("added")).toInt(), 1);
        QVERIFY(merged.value(QStringLiteral("packageIntact")).toBool()); // comments are outside the manifest

        r = cli({QStringLiteral("merge"), m_project, m_feedback, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        merged = json(r).object();
        QCOMPARE(merged.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(merged.value(QStringLiteral("duplicates")).toInt(), 1);

        auto project = Project::open(m_project, Project::OpenMode::ReadOnly);
        const QList<PictureComment> comments = PictureComments::list(*project, m_picture);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().author, QStringLiteral("J. Peeters"));
        QCOMPARE(comments.first().agency, QStringLiteral("Parquet de Bruxelles"));
        QCOMPARE(comments.first().text, text);

        r = cli({QStringLiteral("comments"), m_project});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("J. Peeters (Parquet de Bruxelles)")));
        QVERIFY(r.out.contains(QLatin1String("1 comment")));
    }

    void badInputChangesNothing()
    {
        const QByteArray before = bytes(m_feedback);
        ProcessRun r = cli({QStringLiteral("comment"), m_feedback, QStringLiteral("--picture"),
                          QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("--author"), QStringLiteral("A"),
                          QStringLiteral("--agency"), QStringLiteral("B"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), "an unknown picture must be named in a message");
        r = cli({QStringLiteral("comment"), m_feedback, QStringLiteral("--picture"), m_picture, QStringLiteral("--agency"),
                      QStringLiteral("B"), QStringLiteral("--text"), QStringLiteral("no author")});
        QCOMPARE(r.code, 1);
        QCOMPARE(PictureComments::list(*Project::open(m_feedback, Project::OpenMode::ReadOnly)).size(), 1);
        Q_UNUSED(before);

        // A project is no feedback package: refused, and the project is left as it was.
        const QString other = m_dir.filePath(QStringLiteral("other.gpkg"));
        generateDemo(other, {.incidents = 50, .seed = 9, .title = QStringLiteral("Other")});
        const QByteArray projectBefore = bytes(m_project);
        r = cli({QStringLiteral("merge"), m_project, other});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("other.gpkg")));
        QCOMPARE(bytes(m_project), projectBefore);

        QCOMPARE(cli({QStringLiteral("merge"), m_project}).code, 2);
        QCOMPARE(cli({QStringLiteral("comments")}).code, 2);
    }

    void encryptedFeedbackMerges()
    {
        // The partner's copy with a new comment, encrypted back to the office key.
        const QString plain = m_dir.filePath(QStringLiteral("feedback-2.gpkg"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("package.gpkg")), plain));
        {
            auto package = Project::open(plain);
            PictureComment c;
            c.pictureUuid = m_picture;
            c.author = QStringLiteral("M. Dubois");
            c.agency = QStringLiteral("Zone Midi");
            c.text = QStringLiteral("Confirmed by our patrols.");
            PictureComments::add(*package, c);
        }
        const QString keys = m_dir.filePath(QStringLiteral("office-keys"));
        const QByteArray officePass("office passphrase");
        KeyStore office(keys);
        office.createOfficeKey(QStringLiteral("Analyst"), QStringLiteral("Region"), officePass, test::fastProtection());
        PackageEncryption toOffice;
        toOffice.recipients = {office.unlockDecryptionKey(officePass).recipient()};
        const QString encrypted = m_dir.filePath(QStringLiteral("feedback-2.gpkg.age"));
        EncryptedPackage::encrypt(plain, encrypted, toOffice);
        QVERIFY(EncryptedPackage::isEncrypted(encrypted));
        const auto commentsInProject = [&] {
            return PictureComments::list(*Project::open(m_project, Project::OpenMode::ReadOnly), m_picture).size();
        };
        const qsizetype before = commentsInProject();

        // Another office's key: a clear error naming the file, nothing merged.
        const QString otherKeys = m_dir.filePath(QStringLiteral("other-keys"));
        KeyStore(otherKeys).createOfficeKey(QStringLiteral("Other"), QStringLiteral("Elsewhere"), officePass,
                                            test::fastProtection());
        const QByteArray projectBefore = bytes(m_project);
        ProcessRun r = cli({QStringLiteral("merge"), m_project, encrypted, QStringLiteral("--store"), otherKeys},
                           {{QStringLiteral("PHENOMAP_PASSPHRASE"), QString::fromUtf8(officePass)}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("feedback-2.gpkg.age")) && r.err.contains(QLatin1String("decrypted")),
                 qPrintable(r.err));
        // The right store with a wrong passphrase: refused too.
        r = cli({QStringLiteral("merge"), m_project, encrypted, QStringLiteral("--store"), keys},
                {{QStringLiteral("PHENOMAP_PASSPHRASE"), QStringLiteral("wrong")}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("feedback-2.gpkg.age")), qPrintable(r.err));
        // No key store with an office key at all.
        r = cli({QStringLiteral("merge"), m_project, encrypted, QStringLiteral("--store"), m_dir.filePath(QStringLiteral("none"))},
                {{QStringLiteral("PHENOMAP_PASSPHRASE"), QStringLiteral("x")}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no office key")), qPrintable(r.err));
        QCOMPARE(bytes(m_project), projectBefore);
        QCOMPARE(commentsInProject(), before);

        // The office key decrypts it in memory; the comment keeps its author and agency.
        r = cli({QStringLiteral("merge"), m_project, encrypted, QStringLiteral("--store"), keys, QStringLiteral("--json")},
                {{QStringLiteral("PHENOMAP_PASSPHRASE"), QString::fromUtf8(officePass)}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject merged = json(r).object();
        QCOMPARE(merged.value(QStringLiteral("added")).toInt(), 1);
        QVERIFY(merged.value(QStringLiteral("packageIntact")).toBool());
        QCOMPARE(commentsInProject(), before + 1);
        bool found = false;
        for (const PictureComment &c : PictureComments::list(*Project::open(m_project, Project::OpenMode::ReadOnly), m_picture))
            found = found || (c.author == QLatin1String("M. Dubois") && c.agency == QLatin1String("Zone Midi"));
        QVERIFY(found);

        // Encrypted to a passphrase instead: a wrong one is refused, the right one finds it merged.
        PackageEncryption toPassphrase;
        toPassphrase.passphrase = "shared secret";
        toPassphrase.passphraseLogN = 10;
        const QString withPassphrase = m_dir.filePath(QStringLiteral("feedback-3.gpkg.age"));
        EncryptedPackage::encrypt(plain, withPassphrase, toPassphrase);
        r = cli({QStringLiteral("merge"), m_project, withPassphrase},
                {{QStringLiteral("PHENOMAP_EXPORT_PASSPHRASE"), QStringLiteral("not it")}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("feedback-3.gpkg.age")), qPrintable(r.err));
        r = cli({QStringLiteral("merge"), m_project, withPassphrase, QStringLiteral("--json")},
                {{QStringLiteral("PHENOMAP_EXPORT_PASSPHRASE"), QStringLiteral("shared secret")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r).object().value(QStringLiteral("duplicates")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedbackCommand)
#include "tst_feedbackcommand.moc"
