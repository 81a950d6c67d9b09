// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven through its public API over a real project and a real CSV file:
// proposal shown in the combos, unknown category values mapped on page 4, counts, rejected rows,
// a saved profile reused, and a cancel that leaves the project (rules and sources included) as it was.
#include "categorymapper.h"
#include "feedback.h"
#include "importwizard.h"
#include "importwizardpages.h"
#include "project.h"
#include "sqlite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace phenomap;

namespace {

/// Five rows: two known categories, one "Stup" the analyst maps, a 31 February, an unknown value.
const QByteArray kCsv = "ref,lon,lat,date,fait,description\n"
                        "A1,4.3517,50.8466,05/11/2024,Drugs,one\n"
                        "A2,4.37,50.83,06/11/2024,Drugs,two\n"
                        "A3,4.36,50.85,07/11/2024,Stup,three\n"
                        "A4,4.36,50.85,31/02/2024,Drugs,bad date\n"
                        "A5,4.35,50.84,08/11/2024,Blabla,unknown\n";

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_counter));
        Project::create(path, {.title = QStringLiteral("Wizard test"), .synthetic = true});
        return path;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static qint64 count(const QString &project, const char *sql) { return *Project::open(project)->db().scalarInt(sql); }
    static qint64 incidents(const QString &project) { return count(project, "SELECT count(*) FROM incidents"); }

    /// With PHENOMAP_GRAB_DIR set, saves a picture of the wizard's page (to look at it as a user).
    static void grab(QWidget &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("PHENOMAP_GRAB_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    /// Finishes the import the wizard starts on entering its last page.
    static bool waitForImport(ImportWizard &w)
    {
        QSignalSpy done(&w, &ImportWizard::importFinished);
        return w.outcome() != ImportWizard::Outcome::Running || done.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importsThroughEveryPage()
    {
        const QString project = newProject();
        const QString csv = writeFile(QStringLiteral("partner.csv"), kCsv);
        QCOMPARE(incidents(project), 0);

        ImportWizard w(Project::open(project));
        QVERIFY2(w.setFilePath(csv), qPrintable(w.loadError()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
        QCOMPARE(w.sourceName(), QStringLiteral("partner"));
        QVERIFY(w.profileName().isEmpty());
        QVERIFY(w.currentPage()->isComplete());
        grab(w, "page1");

        // Page 2: the first rows with the detected conventions and types.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
        auto *preview = qobject_cast<ImportPreviewPage *>(w.currentPage());
        QVERIFY(preview);
        QCOMPARE(preview->previewTable()->model()->rowCount(), 5);
        QCOMPARE(preview->previewTable()->model()->columnCount(), 6);
        QCOMPARE(preview->delimiterCombo()->currentData().toInt(), int(','));
        QCOMPARE(preview->columnType(1), QStringLiteral("number"));    // lon
        QCOMPARE(preview->columnType(3), QStringLiteral("date/time")); // date
        QCOMPARE(preview->columnType(4), QStringLiteral("text"));      // fait
        grab(w, "page2");

        // Page 3: the proposal shown in the combos, with its confidence.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(w.mappingCombo(QStringLiteral("lon"))->currentText(), QStringLiteral("lon"));
        QCOMPARE(w.mappingCombo(QStringLiteral("lat"))->currentText(), QStringLiteral("lat"));
        QCOMPARE(w.mappingCombo(QStringLiteral("phenomenon"))->currentText(), QStringLiteral("fait"));
        QCOMPARE(w.mappingCombo(QStringLiteral("ref"))->currentText(), QStringLiteral("ref"));
        QCOMPARE(w.mappingCombo(QStringLiteral("description"))->currentText(), QStringLiteral("description"));
        const QString dateColumn = w.mapping().column(QStringLiteral("date")) + w.mapping().column(QStringLiteral("datetime"));
        QCOMPARE(dateColumn, QStringLiteral("date"));
        QCOMPARE(w.mappingCombo(QStringLiteral("x"))->currentData().toString(), QString());
        auto *mappingPage = qobject_cast<ImportMappingPage *>(w.currentPage());
        QVERIFY(mappingPage->confidenceLabel(QStringLiteral("lon"))->toolTip().contains(QLatin1Char('%')));
        mappingPage->saveProfileCheck()->setChecked(true);
        mappingPage->profileNameEdit()->setText(QStringLiteral("partner-x"));
        grab(w, "page3");

        // Page 4: the values no rule covers, counted; "Stup" mapped through its combo box.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::CategoryPageId));
        QCOMPARE(w.unmappedValues().size(), 2);
        auto *categories = qobject_cast<ImportCategoryPage *>(w.currentPage());
        QCOMPARE(categories->table()->rowCount(), 2);
        QComboBox *stup = categories->targetCombo(QStringLiteral("phenomenon"), QStringLiteral("Stup"));
        QVERIFY(stup);
        const qint64 dealing = CategoryMapper(w.project().db()).idForCode(QStringLiteral("drugs.street_dealing"));
        QVERIFY(dealing > 0);
        stup->setCurrentIndex(stup->findData(dealing));
        QCOMPARE(w.categoryChoices().size(), 1);
        grab(w, "page4");

        // Page 5: the import, off the GUI thread.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::RunPageId));
        QVERIFY(waitForImport(w));
        QCOMPARE(w.outcome(), ImportWizard::Outcome::Succeeded);
        QCOMPARE(w.summary().rowsRead, 5);
        QCOMPARE(w.summary().inserted, 3);
        QCOMPARE(w.summary().rejected, 2);
        QCOMPARE(incidents(project), 3);
        auto *run = qobject_cast<ImportRunPage *>(w.currentPage());
        QCOMPARE(run->countLabel(QStringLiteral("inserted"))->text(), QStringLiteral("3"));
        QCOMPARE(run->countLabel(QStringLiteral("rejected"))->text(), QStringLiteral("2"));
        QVERIFY(run->rejectedButton()->isEnabled());
        QVERIFY(w.currentPage()->isComplete());
        grab(w, "page5");

        // The rejected rows, listed and exported.
        const QList<RejectedRowInfo> rejected = w.rejectedRows();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected[0].rowNumber, 4);
        QVERIFY2(rejected[0].reason.contains(QLatin1String("31/02/2024")), qPrintable(rejected[0].reason));
        QCOMPARE(rejected[1].rowNumber, 5);
        QVERIFY2(rejected[1].reason.contains(QLatin1String("Blabla")), qPrintable(rejected[1].reason));
        RejectedRowsDialog *dialog = w.showRejectedRows();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(dialog->table()->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 4);
        const QString exported = m_dir.filePath(QStringLiteral("rejected.csv"));
        QCOMPARE(dialog->exportCsv(exported), 2);
        grab(*dialog, "rejected");
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Blabla"));
        dialog->close();

        // The decision was kept as a rule for the source, the mapping as a profile.
        QCOMPARE(count(project, "SELECT count(*) FROM phenomap_mapping_rules WHERE raw_value = 'Stup'"), 1);
        QCOMPARE(count(project, "SELECT count(*) FROM phenomap_import_profiles WHERE name = 'partner-x'"), 1);

        // The same file again: the profile is found and applied without the mapping page, only
        // "Blabla" is left to map, and the records are recognised (updated, not duplicated).
        ImportWizard again(Project::open(project));
        QVERIFY(again.setFilePath(csv));
        QCOMPARE(again.profileName(), QStringLiteral("partner-x"));
        QCOMPARE(again.sourceName(), QStringLiteral("partner"));
        again.show();
        again.next();
        again.next();
        QCOMPARE(again.currentId(), int(ImportWizard::CategoryPageId));
        QCOMPARE(again.unmappedValues().size(), 1);
        QCOMPARE(again.unmappedValues().first().value, QStringLiteral("Blabla"));
        again.next();
        QVERIFY(waitForImport(again));
        QCOMPARE(again.outcome(), ImportWizard::Outcome::Succeeded);
        QCOMPARE(again.summary().updated, 3);
        QCOMPARE(again.summary().inserted, 0);
        QCOMPARE(incidents(project), 3);
    }

    void cancelLeavesTheProjectUnchanged()
    {
        const QString project = newProject();
        QByteArray big = "ref,lon,lat,date,fait\n";
        for (int i = 0; i < 3000; ++i)
            big += QStringLiteral("R%1,4.35%2,50.84,2024-11-05,%3\n").arg(i).arg(i % 100).arg(i % 7 ? "Drugs" : "Stup").toUtf8();
        const QString csv = writeFile(QStringLiteral("big.csv"), big);
        const qint64 sources = count(project, "SELECT count(*) FROM sources");
        const qint64 rules = count(project, "SELECT count(*) FROM phenomap_mapping_rules");

        auto drive = [&](bool cancel) {
            ImportWizard w(Project::open(project));
            w.setFilePath(csv);
            w.show();
            if (cancel) // pressed as the worker starts: deterministic whatever the machine's speed
                connect(&w, &ImportWizard::importStarting, &w, [&w] {
                    qobject_cast<ImportRunPage *>(w.page(ImportWizard::RunPageId))->cancelButton()->click();
                });
            w.next();
            w.next();
            w.next();
            [&] { QCOMPARE(w.currentId(), int(ImportWizard::CategoryPageId)); }();
            const qint64 dealing = CategoryMapper(w.project().db()).idForCode(QStringLiteral("drugs.street_dealing"));
            w.setCategoryTarget(QStringLiteral("phenomenon"), QStringLiteral("Stup"), dealing);
            w.next();
            waitForImport(w);
            return std::make_pair(w.outcome(), qobject_cast<ImportRunPage *>(w.currentPage())->messageLabel()->text());
        };

        const auto [outcome, message] = drive(true);
        QCOMPARE(outcome, ImportWizard::Outcome::Canceled);
        QCOMPARE(message, QStringLiteral("Import canceled: nothing was changed."));
        QCOMPARE(incidents(project), 0);
        QCOMPARE(count(project, "SELECT count(*) FROM import_batches"), 0);
        QCOMPARE(count(project, "SELECT count(*) FROM sources"), sources);
        QCOMPARE(count(project, "SELECT count(*) FROM phenomap_mapping_rules"), rules);

        // The same run without the cancel does change the project: the check above can fail.
        const auto [done, summary] = drive(false);
        QCOMPARE(done, ImportWizard::Outcome::Succeeded);
        QCOMPARE(incidents(project), 3000);
        QCOMPARE(count(project, "SELECT count(*) FROM phenomap_mapping_rules"), rules + 1);
    }

    /// The encoding chosen on the preview page is the one the import uses: bytes that are valid
    /// UTF-8 but were written as Windows-1252 come in as the analyst read them in the preview.
    void encodingChosenInThePreviewIsImported()
    {
        const QString project = newProject();
        const QString csv = writeFile(QStringLiteral("cp.csv"), "ref,lon,lat,date,fait,description\n"
                                                                "A1,4.3517,50.8466,2024-11-05,Drugs,caf\xc3\xa9\n");
        ImportWizard w(Project::open(project));
        QVERIFY2(w.setFilePath(csv), qPrintable(w.loadError()));
        w.show();
        w.next();
        auto *preview = qobject_cast<ImportPreviewPage *>(w.currentPage());
        QVERIFY(preview);
        QComboBox *encoding = preview->encodingCombo();
        QCOMPARE(encoding->currentData().toInt(), int(CsvDialect::Encoding::Utf8));
        const int cp1252 = encoding->findData(int(CsvDialect::Encoding::Windows1252));
        encoding->setCurrentIndex(cp1252);
        Q_EMIT encoding->activated(cp1252);
        const QString shown = preview->previewTable()->model()->index(0, 5).data().toString();
        QCOMPARE(shown, QString::fromUtf8("caf\u00c3\u00a9"));
        QCOMPARE(w.request().dialect->encoding, CsvDialect::Encoding::Windows1252);
        w.next();
        w.next();
        QVERIFY(waitForImport(w));
        QCOMPARE(w.outcome(), ImportWizard::Outcome::Succeeded);
        QCOMPARE(Project::open(project)->db().scalarText("SELECT description FROM incidents"), shown);
    }

    void errorsAreShownWithTheirMessage()
    {
        const QString project = newProject();
        // A file whose only date column holds no date: the mapping page refuses to go on.
        const QString csv = writeFile(QStringLiteral("nodate.csv"), "ref,lon,lat,fait\nA,4.35,50.84,Drugs\n");
        ImportWizard w(Project::open(project));
        QVERIFY(w.setFilePath(csv));
        w.show();
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));

        // An unreadable file is named on the first page, which stays incomplete.
        QVERIFY(!w.setFilePath(m_dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(w.loadError().contains(QLatin1String("missing.csv")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
