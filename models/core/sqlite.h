// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace phenomap {

/// Thrown for every SQLite failure; what() carries SQLite's message and, where known, the file.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(const std::string &message, int code) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

class Statement;

/// Owns one sqlite3 connection. The store talks to SQLite through its C API only (prepared
/// statements, explicit transactions), never through string-built SQL with user values.
class Database
{
public:
    /// Immutable: read-only, and the file is taken not to change while open: no locks and no
    /// -wal, -shm or -journal is read or created (for checking a file nobody has open).
    enum class Mode { ReadOnly, ReadWrite, Create, Immutable };

    Database() = default;
    Database(const QString &path, Mode mode);
    /// A read-only connection over a database image in memory (sqlite3_deserialize), e.g. a
    /// package decrypted without writing it to disk. The connection reads the bytes in place and
    /// keeps the image alive until it is closed; path() is `name`, for messages only.
    static Database fromImage(std::shared_ptr<const QByteArray> image, const QString &name);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    void close();

    void exec(const char *sql);
    void exec(const QString &sql) { exec(sql.toUtf8().constData()); }
    Statement prepare(const char *sql);
    Statement prepare(const QString &sql);

    /// First column of the first row of a query, or nullopt when there is no row.
    std::optional<qint64> scalarInt(const char *sql);
    std::optional<QString> scalarText(const char *sql);
    bool tableExists(const QString &name);
    qint64 lastInsertRowId() const;
    int changes() const;

    [[noreturn]] void raise(int rc, const char *context = nullptr) const;

    /// Work a writer defers to the end of a transaction (e.g. the full-text index): Transaction
    /// runs `beforeCommit` inside the transaction just before COMMIT, and `onRollback` after a
    /// rollback. `owner` identifies the registration for removeTransactionHooks().
    void addTransactionHooks(const void *owner, std::function<void()> beforeCommit, std::function<void()> onRollback);
    void removeTransactionHooks(const void *owner);
    void runBeforeCommitHooks();
    void runRollbackHooks();

private:
    struct Hooks
    {
        const void *owner;
        std::function<void()> beforeCommit, onRollback;
    };
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::vector<Hooks> m_hooks;
    std::shared_ptr<const QByteArray> m_image; ///< set for fromImage() connections
};

/// A prepared statement. Bind indexes are 1-based as in SQLite; column indexes are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);        ///< null QString binds NULL
    Statement &bindBlob(int index, const QByteArray &value); ///< null QByteArray binds NULL
    Statement &bindBlob(int index, const void *data, int size);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, std::optional<qint64> value);

    /// Steps once; true while a row is available.
    bool step();
    /// Steps to completion for statements that return no rows.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    const void *blobData(int col) const;
    int blobSize(int col) const;
    std::optional<qint64> optionalInt(int col) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called.
/// "(?, ?, …)" with `params` placeholders: one group of a VALUES list.
QString placeholderGroup(int params);

/// One INSERT run for many items, `perStatement` VALUES groups per statement and the remainder
/// one group per statement: SQLite's per-statement cost (VDBE start, statement journal,
/// AUTOINCREMENT bookkeeping) is then paid once per group of rows, not once per row.
class GroupedStatement
{
public:
    GroupedStatement() = default;
    /// `head` is the SQL up to the groups ("INSERT INTO t (a, b) VALUES "); `group` is one group,
    /// such as placeholderGroup(2) or "('delete', ?, ?)".
    GroupedStatement(Database &db, const QString &head, const QString &group, int perStatement);

    /// Binds and runs `count` items in order; bind(statement, firstParameter, item) binds item's
    /// parameters from firstParameter on.
    template <typename Bind>
    void run(std::size_t count, Bind &&bind)
    {
        std::size_t i = 0;
        for (; i + std::size_t(m_perStatement) <= count; i += std::size_t(m_perStatement)) {
            for (int k = 0; k < m_perStatement; ++k)
                bind(m_many, k * m_params + 1, i + std::size_t(k));
            m_many.run();
        }
        for (; i < count; ++i) {
            bind(m_one, 1, i);
            m_one.run();
        }
    }

private:
    Statement m_many, m_one;
    int m_perStatement = 1, m_params = 0;
};

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace phenomap
