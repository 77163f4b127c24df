#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dx {

// One statement of a bulk write (imports, the demo city), prepared once and run for every row
// with its values bound by position. On SQLite it runs on the native handle of Qt's connection:
// Qt's QSqlResult::bindValue builds a QString name (":n") and hashes it for every value bound,
// and converts each text to UTF-8 inside SQLite — for a 19-column insert that cost about as much
// as SQLite's own work (profiled: a 100,000-row import spent 1.5 s in Qt's binding). Elsewhere
// (PostgreSQL) it is an ordinary QSqlQuery. It joins the caller's transaction like any query.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase& conn, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    // The failure to prepare, if any; run() returns it too.
    const Status& prepared() const { return m_prepared; }

    // Values by 0-based position. A null QString binds as '' (text columns are NOT NULL).
    void bind(int index, const QString& text);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bindNull(int index);
    void bindIdOrNull(int index, qint64 id)   // optional foreign keys: 0 in C++, NULL stored
    {
        id > 0 ? bind(index, id) : bindNull(index);
    }
    void bindUtf8(int index, const QByteArray& utf8);   // a text already in UTF-8 (JSON documents)
    // A value as the repositories' QVariant lists hold it: null, an integer or a text.
    void bindVariant(int index, const QVariant& value);
    // bindVariant for each value, from position `first` on.
    void bindAll(const QVariantList& values, int first = 0);

    // Runs the statement once with the bound values. For a statement with RETURNING (write
    // `RETURNING id` where the new id is needed: both engines have it), the first column of its
    // first row; else 0. The bound values stay for the next run.
    Result<qint64> run();
    // The last failure was a UNIQUE constraint (a duplicate credit code, uuid …).
    bool failedOnUnique() const { return m_unique; }

private:
    Status failure(const QString& error);
    void bindText(int index, const QByteArray& utf8);   // SQLite: a text already in UTF-8, '' for null

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<QByteArray> m_text;   // UTF-8 of the bound texts, alive until rebound
    QSqlQuery m_query;                // the other engines
    Status m_prepared;
    bool m_unique = false;
};

// A batch that at least doubles a table builds the table's plain indexes once at its end
// instead of keeping them row by row: they are dropped before the rows and created again after,
// inside the batch's transaction (a rollback brings them back as they were). UNIQUE indexes
// stay, so every row is still checked as it is inserted. Building sorts once; keeping an index
// costs a B-tree descent per row. Measured with the register's 10 plain indexes, 100,000 rows:
// into an empty table 0.53 s inserting + 0.90 s building against 2.03 s row by row; into a
// table of 100,000 0.59 s + 2.00 s against 2.28 s, hence the rule. SQLite only (elsewhere it
// does nothing).
class DeferredIndexes
{
public:
    static constexpr qsizetype MinimumBatch = 5000;

    // Drops the plain indexes of `table` when `batchRows` is at least MinimumBatch and twice
    // the rows the table holds (its largest rowid, `rowsBefore`); else does nothing, nor does end().
    Status begin(const QSqlDatabase& conn, const QString& table, qsizetype batchRows, qint64 rowsBefore);
    Status end(const QSqlDatabase& conn);   // creates them again
    bool deferred() const { return !m_create.isEmpty(); }

private:
    QStringList m_create;   // the CREATE INDEX statements as the schema stores them
};

// A bulk write of many rows (the demonstration city, a large import) with SQLite's rollback
// journal instead of its WAL while it lasts. In WAL mode every page of the batch is written
// twice — into the log, then by the checkpoint into the file — and every page read looks first
// in the log's index; with the rollback journal the new pages go straight into the file and
// only pages that held data before are copied to the journal. Atomicity is the same: a crash
// leaves a hot journal the next opener rolls back, and every open returns the file to WAL.
// Measured with the 1,000,000-enterprise demo: 138.6 s in WAL, 120.6 s with the journal (and
// PRAGMA threads, below). Leaving WAL needs the file to itself: when another connection has it
// open (the window's own, during an import started there) nothing changes. Create the scope
// before the batch's Transaction, so that it ends after the commit. SQLite only.
class BulkJournalScope
{
public:
    static constexpr qsizetype MinimumRows = 1000;   // as many as take a backup first (Settings: backup/bulkRows)
    BulkJournalScope(const QSqlDatabase& conn, qsizetype rows);
    ~BulkJournalScope();
    BulkJournalScope(const BulkJournalScope&) = delete;
    BulkJournalScope& operator=(const BulkJournalScope&) = delete;
    bool active() const { return m_switched; }

private:
    QSqlDatabase m_conn;
    bool m_switched = false;
};

// A long bulk write (the demonstration city) with a larger SQLite page cache for its duration:
// the register's B-trees of a province no longer fit the everyday 32 MB, and a page read back
// from the WAL per row costs more than the memory. The sorts that build indexes may use a
// second thread (PRAGMA threads: the 10 list indexes of 1,000,000 enterprises are built at the
// end of the load). Both restored when the scope ends. SQLite only.
class BulkCacheScope
{
public:
    static constexpr int CacheMegabytes = 160;
    explicit BulkCacheScope(const QSqlDatabase& conn);
    ~BulkCacheScope();
    BulkCacheScope(const BulkCacheScope&) = delete;
    BulkCacheScope& operator=(const BulkCacheScope&) = delete;

private:
    QSqlDatabase m_conn;
    qint64 m_before = 0;   // the cache_size it had (0: nothing changed)
    qint64 m_threadsBefore = -1;
};

} // namespace dx
