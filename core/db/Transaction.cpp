#include "Transaction.h"

#include "Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

namespace {
// Depth of open transactions per connection name, for this thread only (connections are
// per thread, see Database::connection()).
thread_local QHash<QString, int> t_depth;
thread_local QHash<QString, bool> t_failed;

QString tr(const char* text) { return QCoreApplication::translate("dx::Transaction", text); }
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    const QString name = m_db.connectionName();
    int& depth = t_depth[name];
    if (depth == 0) {
        if (m_db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"))) {
            m_status = Status::error(ErrorCode::Permission, tr("Your role here is viewer: you can look at everything but change nothing. "
                                                               "Nothing was changed."));
            m_done = true;
            return;
        }
        QSqlQuery q(m_db);
        // IMMEDIATE takes the write lock now, so the busy timeout applies here and a write
        // never fails half-way on a lock upgrade. PostgreSQL gets the same rule from one
        // transaction-scoped advisory lock: writers take turns as on SQLite (each write is a few
        // milliseconds), so the repositories' read-check-write sequences (fund totals, version
        // checks, the audit chain) hold without serialization failures to retry; readers never wait.
        const bool begun = Dialect::isPostgres(m_db)
                               ? q.exec(QStringLiteral("BEGIN")) &&
                                     q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::ApplicationId))
                               : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun) {
            if (Dialect::isPostgres(m_db))
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_status = Status::error(ErrorCode::Database,
                                     tr("Could not start a transaction: %1").arg(sqlErrorText(q.lastError())));
            m_done = true;
            return;
        }
        m_outer = true;
        t_failed[name] = false;
    }
    ++depth;
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_status.isOk() ? Status::error(ErrorCode::Database, tr("The transaction is already finished."))
                               : m_status;
    const QString name = m_db.connectionName();
    m_done = true;
    --t_depth[name];
    if (!m_outer)
        return Status::ok();
    if (t_failed.value(name)) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Status::error(ErrorCode::Database, tr("A part of the change failed; nothing was saved."));
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString err = sqlErrorText(q.lastError());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Status::error(ErrorCode::Database, tr("Could not save the change: %1").arg(err));
    }
    return Status::ok();
}

void Transaction::rollback()
{
    if (m_done)
        return;
    m_done = true;
    const QString name = m_db.connectionName();
    --t_depth[name];
    if (m_outer)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        t_failed[name] = true;   // the outer transaction must not commit a half change
}

} // namespace dx
