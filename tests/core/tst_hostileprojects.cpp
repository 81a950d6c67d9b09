// SPDX-License-Identifier: GPL-3.0-or-later
// A corpus of broken and hostile project files, generated deterministically from a real project
// at test time. Each one must be refused by Project::open with a clear message naming the file,
// without a crash or a hang, and without changing any file in its folder.
//
// PHENOMAP_WRITE_HOSTILE_CORPUS=DIR also copies every case's regular files into DIR/<case>/ (for
// seeding the fuzzers); files above 256 MB (the sparse "zip bomb") are left out.
#include "hostilecorpus.h"
#include "project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace phenomap;

namespace {

/// Type, size, mode, modification time and SHA-256 of the data of one directory entry. Holes
/// of sparse files are skipped (SEEK_DATA), so a 1 TiB sparse file hashes in milliseconds;
/// FIFOs are never opened.
QString fingerprint(const QString &path)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0)
        return QStringLiteral("missing");
    QString out = QStringLiteral("mode=%1 size=%2 mtime=%3.%4")
                      .arg(st.st_mode, 0, 8)
                      .arg(qint64(st.st_size))
                      .arg(qint64(st.st_mtim.tv_sec))
                      .arg(qint64(st.st_mtim.tv_nsec));
    if (S_ISLNK(st.st_mode))
        return out + QStringLiteral(" link=") + QFile::symLinkTarget(path);
    if (!S_ISREG(st.st_mode))
        return out;
    const int fd = ::open(native.constData(), O_RDONLY);
    if (fd < 0)
        return out + QStringLiteral(" unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    off_t pos = 0;
    while (pos < st.st_size) {
        const off_t data = ::lseek(fd, pos, SEEK_DATA);
        if (data < 0)
            break; // only a hole up to the end
        off_t end = ::lseek(fd, data, SEEK_HOLE);
        if (end < 0)
            end = st.st_size;
        hash.addData(QByteArray::number(qint64(data)));
        for (off_t at = data; at < end;) {
            const ssize_t n = ::pread(fd, buffer.data(), size_t(qMin<off_t>(buffer.size(), end - at)), at);
            if (n <= 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), n));
            at += n;
        }
        pos = end;
    }
    ::close(fd);
    return out + QStringLiteral(" sha256=") + QString::fromLatin1(hash.result().toHex());
}

QMap<QString, QString> folderState(const QString &dir)
{
    QMap<QString, QString> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), fingerprint(path));
    }
    return out;
}

void exportCase(const QString &caseName, const QString &folder)
{
    const QString target = qEnvironmentVariable("PHENOMAP_WRITE_HOSTILE_CORPUS");
    if (target.isEmpty())
        return;
    const QString out = QDir(target).filePath(caseName);
    QDir().mkpath(out);
    for (const QFileInfo &fi : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!fi.isFile() || fi.isSymLink() || fi.size() > 256ll * 1024 * 1024)
            continue;
        QFile::remove(QDir(out).filePath(fi.fileName()));
        QFile::copy(fi.filePath(), QDir(out).filePath(fi.fileName()));
        QFile::setPermissions(QDir(out).filePath(fi.fileName()), QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace

class TestHostileProjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        m_corpus = std::make_unique<test::HostileCorpus>(m_base.path());
        QVERIFY2(m_corpus->prepare(), qPrintable(m_corpus->error()));
    }

    void corpusIsLargeAndNamed()
    {
        const QStringList names = test::HostileCorpus::caseNames();
        QVERIFY2(names.size() >= 50, qPrintable(QString::number(names.size())));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    }

    void baseProjectStillOpens()
    {
        // The checks refuse the corpus, not the project it is made from.
        QTemporaryDir dir;
        const test::HostileCase c = m_corpus->build(QStringLiteral("trigger-on-zones"), dir.path());
        QVERIFY(QFile::remove(c.path));
        QVERIFY(QFile::copy(m_base.filePath(QStringLiteral("base.gpkg")), c.path));
        auto p = Project::open(c.path);
        QCOMPARE(*p->db().scalarInt("SELECT count(*) FROM incidents"), 300);
        QCOMPARE(p->db().scalarText("PRAGMA integrity_check").value_or(QString()), QStringLiteral("ok"));
    }

    void hostileFileIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : test::HostileCorpus::caseNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void hostileFileIsRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const test::HostileCase c = m_corpus->build(name, dir.path());
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        exportCase(name, dir.path());
        const QMap<QString, QString> before = folderState(dir.path());

        // Opened on a worker thread so a hang is reported as such instead of blocking ctest.
        auto result = std::make_shared<std::promise<std::pair<int, QString>>>();
        std::future<std::pair<int, QString>> done = result->get_future();
        const QString path = c.path;
        std::thread worker([result, path] {
            try {
                auto p = Project::open(path);
                result->set_value({-2, QStringLiteral("opened: %1 incidents")
                                           .arg(p->db().scalarInt("SELECT count(*) FROM incidents").value_or(-1))});
            } catch (const ProjectError &e) {
                result->set_value({int(e.kind()), e.message()});
            } catch (const std::exception &e) {
                result->set_value({-3, QString::fromUtf8(e.what())});
            }
        });
        QElapsedTimer timer;
        timer.start();
        if (done.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
            qFatal("hang: Project::open did not return within 60 s for case %s", qPrintable(name));
        worker.join();
        const auto [kind, message] = done.get();
        if (timer.elapsed() > 30000)
            QFAIL(qPrintable(QStringLiteral("hang: Project::open took more than 30 s for %1").arg(name)));

        QVERIFY2(kind != -2, qPrintable(QStringLiteral("the hostile file was accepted (%1)").arg(message)));
        QVERIFY2(kind != -3, qPrintable(QStringLiteral("not a ProjectError: %1").arg(message)));
        QVERIFY2(message.contains(QFileInfo(c.path).fileName()), qPrintable(message));
        QVERIFY2(message.size() > QFileInfo(c.path).fileName().size() + 20, qPrintable(message));
        if (c.kind >= 0)
            QVERIFY2(kind == c.kind, qPrintable(QStringLiteral("kind %1, expected %2: %3").arg(kind).arg(c.kind).arg(message)));
        qInfo("%s: %s", qPrintable(name), qPrintable(message.left(300)));

        // Nothing in the folder changed. Reading a file that has a -wal beside it needs SQLite's
        // shared-memory index: a "-shm" may appear then, and only then.
        QMap<QString, QString> after = folderState(dir.path());
        const QString shm = QFileInfo(c.path).fileName() + QStringLiteral("-shm");
        if (!before.contains(shm) && after.contains(shm) && c.walBeside)
            after.remove(shm);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(before.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1 changed: %2 -> %3").arg(it.key(), before.value(it.key()), it.value())));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.contains(it.key()), qPrintable(QStringLiteral("%1 disappeared").arg(it.key())));
    }

    void cleanupTestCase() { m_corpus.reset(); }

private:
    QTemporaryDir m_base;
    std::unique_ptr<test::HostileCorpus> m_corpus;
};

QTEST_GUILESS_MAIN(TestHostileProjects)
#include "tst_hostileprojects.moc"
