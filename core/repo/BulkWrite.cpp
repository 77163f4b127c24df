#include "BulkWrite.h"

#include "db/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace dx {

namespace {

// The sqlite3 handle under Qt's SQLite driver; null for any other driver.
sqlite3* sqliteHandle(const QSqlDatabase& conn)
{
    const QVariant v = conn.driver() ? conn.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

BulkStatement::BulkStatement(const QSqlDatabase& conn, const QString& sql) : m_handle(sqliteHandle(conn)), m_query(conn)
{
    if (!m_handle) {
        if (!m_query.prepare(sql))
            m_prepared = Status::error(ErrorCode::Database, sqlErrorText(m_query.lastError()));
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_prepared = Status::error(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return;
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

void BulkStatement::bind(int index, const QString& text)
{
    if (!m_handle) {
        m_query.bindValue(index, text.isNull() ? QString::fromLatin1("") : text);
        return;
    }
    bindText(index, text.toUtf8());
}

void BulkStatement::bindUtf8(int index, const QByteArray& utf8)
{
    if (!m_handle) {
        m_query.bindValue(index, QString::fromUtf8(utf8));
        return;
    }
    bindText(index, utf8);
}

void BulkStatement::bindText(int index, const QByteArray& utf8)
{
    if (index < 0 || size_t(index) >= m_text.size())
        return;   // sqlite3_bind_* would refuse it too; run() then reports the missing value
    // SQLITE_STATIC: the bytes stay in m_text until this position is bound again, after the run.
    QByteArray& bytes = m_text[size_t(index)];
    bytes = utf8.isNull() ? QByteArray("") : utf8;
    sqlite3_bind_text(m_stmt, index + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_handle)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BulkStatement::bindNull(int index)
{
    if (m_handle)
        sqlite3_bind_null(m_stmt, index + 1);
    else
        m_query.bindValue(index, QVariant(QMetaType(QMetaType::LongLong)));
}

void BulkStatement::bindVariant(int index, const QVariant& value)
{
    if (value.isNull())
        bindNull(index);
    else if (value.typeId() == QMetaType::QString)
        bind(index, value.toString());
    else
        bind(index, value.toLongLong());   // integers and booleans (the schema has no REAL)
}

void BulkStatement::bindAll(const QVariantList& values, int first)
{
    for (int i = 0; i < values.size(); ++i)
        bindVariant(first + i, values.at(i));
}

Status BulkStatement::failure(const QString& error)
{
    return Status::error(ErrorCode::Database, error);
}

Result<qint64> BulkStatement::run()
{
    m_unique = false;
    if (!m_prepared)
        return m_prepared;
    if (!m_handle) {
        if (!m_query.exec()) {
            const QString code = m_query.lastError().nativeErrorCode();
            m_unique = code == QLatin1String("2067") || code == QLatin1String("23505");   // SQLite, PostgreSQL
            return failure(sqlErrorText(m_query.lastError()));
        }
        return m_query.next() ? m_query.value(0).toLongLong() : qint64(0);
    }
    int rc = sqlite3_step(m_stmt);
    qint64 first = 0;
    if (rc == SQLITE_ROW) {
        first = sqlite3_column_int64(m_stmt, 0);
        // RETURNING has done all its writing by the first row; the rest are only read out.
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(m_stmt);
    }
    if (rc != SQLITE_DONE) {
        m_unique = sqlite3_extended_errcode(m_handle) == SQLITE_CONSTRAINT_UNIQUE;
        const Status failed = failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        sqlite3_reset(m_stmt);
        return failed;
    }
    sqlite3_reset(m_stmt);
    return first;
}

Status DeferredIndexes::begin(const QSqlDatabase& conn, const QString& table, qsizetype batchRows, qint64 rowsBefore)
{
    m_create.clear();
    if (!sqliteHandle(conn) || batchRows < MinimumBatch || rowsBefore * 2 > batchRows)
        return Status::ok();
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    // Automatic indexes (UNIQUE and PRIMARY KEY constraints) have no SQL and cannot be dropped.
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                             "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name"));
    q.addBindValue(table);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QStringList names;
    QStringList create;
    while (q.next()) {
        names << q.value(0).toString();
        create << q.value(1).toString();
    }
    for (const QString& name : names)
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    m_create = create;
    return Status::ok();
}

Status DeferredIndexes::end(const QSqlDatabase& conn)
{
    QSqlQuery q(conn);
    for (const QString& create : std::as_const(m_create))
        if (!q.exec(create))
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    m_create.clear();
    return Status::ok();
}

BulkCacheScope::BulkCacheScope(const QSqlDatabase& conn) : m_conn(conn)
{
    if (!sqliteHandle(conn))
        return;
    QSqlQuery q(conn);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_before = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheMegabytes * 1024));
    }
    if (q.exec(QStringLiteral("PRAGMA threads")) && q.next()) {
        m_threadsBefore = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA threads = 2"));
    }
}

BulkCacheScope::~BulkCacheScope()
{
    if (m_before != 0)
        QSqlQuery(m_conn).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
    if (m_threadsBefore >= 0)
        QSqlQuery(m_conn).exec(QStringLiteral("PRAGMA threads = %1").arg(m_threadsBefore));
}

namespace {
// The journal mode SQLite reports after a PRAGMA journal_mode (it answers with the mode in
// force, which is the old one when the change was refused).
QString journalMode(const QSqlDatabase& conn, const QString& pragma)
{
    QSqlQuery q(conn);
    if (!q.exec(pragma) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}
} // namespace

BulkJournalScope::BulkJournalScope(const QSqlDatabase& conn, qsizetype rows) : m_conn(conn)
{
    if (rows < MinimumRows || !sqliteHandle(conn) || journalMode(conn, QStringLiteral("PRAGMA journal_mode")) != QLatin1String("wal"))
        return;
    m_switched = journalMode(conn, QStringLiteral("PRAGMA journal_mode = DELETE")) == QLatin1String("delete");
}

BulkJournalScope::~BulkJournalScope()
{
    if (m_switched)
        journalMode(m_conn, QStringLiteral("PRAGMA journal_mode = WAL"));
}

} // namespace dx
