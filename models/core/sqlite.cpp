// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace phenomap {

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    QByteArray utf8 = path.toUtf8();
    if (mode == Mode::Immutable)
        utf8 = "file:" + utf8.toPercentEncoding("/") + "?immutable=1";
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqliteError(msg + " (" + utf8.toStdString() + ")", rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database Database::fromImage(std::shared_ptr<const QByteArray> image, const QString &name)
{
    Database db;
    db.m_path = name;
    const int rc = sqlite3_open_v2(":memory:", &db.m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                                   nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(std::exchange(db.m_db, nullptr));
        throw SqliteError(std::string(sqlite3_errstr(rc)) + " (" + name.toStdString() + ")", rc);
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    if (!image || image->isEmpty())
        throw SqliteError("empty database image (" + name.toStdString() + ")", SQLITE_NOTADB);
    db.m_image = std::move(image);
    // READONLY without FREEONCLOSE or RESIZEABLE: SQLite reads the caller's bytes in place and
    // never writes, frees or copies them.
    auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(db.m_image->constData()));
    const auto size = sqlite3_int64(db.m_image->size());
    const int drc = sqlite3_deserialize(db.m_db, "main", bytes, size, size, SQLITE_DESERIALIZE_READONLY);
    if (drc != SQLITE_OK)
        db.raise(drc, "deserialize");
    return db;
}

Database::~Database() { close(); }

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_hooks(std::move(other.m_hooks)),
      m_image(std::move(other.m_image))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_hooks = std::move(other.m_hooks);
        m_image = std::move(other.m_image);
    }
    return *this;
}

void Database::addTransactionHooks(const void *owner, std::function<void()> beforeCommit,
                                   std::function<void()> onRollback)
{
    m_hooks.push_back({owner, std::move(beforeCommit), std::move(onRollback)});
}

void Database::removeTransactionHooks(const void *owner)
{
    std::erase_if(m_hooks, [owner](const Hooks &h) { return h.owner == owner; });
}

void Database::runBeforeCommitHooks()
{
    for (std::size_t i = 0; i < m_hooks.size(); ++i)
        if (m_hooks[i].beforeCommit)
            m_hooks[i].beforeCommit();
}

void Database::runRollbackHooks()
{
    for (std::size_t i = 0; i < m_hooks.size(); ++i)
        if (m_hooks[i].onRollback)
            m_hooks[i].onRollback();
}

void Database::close()
{
    if (m_db && m_image && sqlite3_close(m_db) == SQLITE_BUSY) {
        // A statement is still open: SQLite keeps reading the image until it is finalized, so
        // the image must outlive this object (a deliberate leak on a programming error).
        sqlite3_close_v2(m_db);
        new std::shared_ptr<const QByteArray>(std::move(m_image));
    } else if (m_db && !m_image) {
        sqlite3_close_v2(m_db);
    }
    m_db = nullptr;
    m_image.reset();
}

void Database::raise(int rc, const char *context) const
{
    std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    if (context)
        msg = std::string(context) + ": " + msg;
    throw SqliteError(msg, rc);
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqliteError(msg, rc);
    }
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        raise(rc, sql);
    return Statement(this, stmt);
}

Statement Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(utf8.constData());
}

std::optional<qint64> Database::scalarInt(const char *sql)
{
    Statement st = prepare(sql);
    if (st.step() && !st.isNull(0))
        return st.int64(0);
    return std::nullopt;
}

std::optional<QString> Database::scalarText(const char *sql)
{
    Statement st = prepare(sql);
    if (st.step() && !st.isNull(0))
        return st.text(0);
    return std::nullopt;
}

bool Database::tableExists(const QString &name)
{
    Statement st = prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?");
    st.bind(1, name);
    return st.step();
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

#define PM_CHECK_BIND(expr)                                                                                  \
    do {                                                                                                     \
        const int rc_ = (expr);                                                                              \
        if (rc_ != SQLITE_OK)                                                                                \
            m_db->raise(rc_, "bind");                                                                        \
    } while (0)

Statement &Statement::bind(int index, qint64 value)
{
    PM_CHECK_BIND(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    PM_CHECK_BIND(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    PM_CHECK_BIND(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    return bindBlob(index, value.constData(), int(value.size()));
}

Statement &Statement::bindBlob(int index, const void *data, int size)
{
    PM_CHECK_BIND(sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    PM_CHECK_BIND(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement &Statement::bindOptional(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

#undef PM_CHECK_BIND

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->raise(rc, sqlite3_sql(m_stmt));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    if (!p)
        return QByteArray();
    return QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col));
}

const void *Statement::blobData(int col) const { return sqlite3_column_blob(m_stmt, col); }
int Statement::blobSize(int col) const { return sqlite3_column_bytes(m_stmt, col); }

std::optional<qint64> Statement::optionalInt(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

Transaction::Transaction(Database &db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // The connection may already have rolled back (e.g. after SQLITE_FULL); nothing to undo.
        }
        m_db.runRollbackHooks();
    }
}

void Transaction::commit()
{
    m_db.runBeforeCommitHooks();
    m_db.exec("COMMIT");
    m_done = true;
}

QString placeholderGroup(int params)
{
    QString group = QStringLiteral("(");
    for (int i = 0; i < params; ++i)
        group += i ? QLatin1String(", ?") : QLatin1String("?");
    return group + QLatin1Char(')');
}

GroupedStatement::GroupedStatement(Database &db, const QString &head, const QString &group, int perStatement)
    : m_perStatement(std::max(1, perStatement)), m_params(int(group.count(QLatin1Char('?'))))
{
    QString groups = group;
    for (int k = 1; k < m_perStatement; ++k)
        groups += QLatin1String(", ") + group;
    m_many = db.prepare(head + groups);
    m_one = db.prepare(head + group);
}

} // namespace phenomap
