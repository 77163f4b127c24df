#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dx {

// The two engines DX Desk runs on: an embedded SQLite file (the default) and a shared
// PostgreSQL database. Repositories write one SQL for both where the engines agree; the few
// places they differ ask the connection which engine it is and take their text from here.
enum class Backend { Sqlite, Postgres };

namespace Dialect {

Backend of(const QSqlDatabase& db);
inline bool isPostgres(const QSqlDatabase& db) { return of(db) == Backend::Postgres; }

// A schema statement written for SQLite, as PostgreSQL needs it: identity keys, 64-bit
// integers (money in fen passes 2^31 at 21 million yuan), BYTEA, parenthesised index
// expressions. Foreign keys inside CREATE TABLE are returned separately in `laterKeys` as
// ALTER TABLE statements: SQLite resolves a reference when it is used, PostgreSQL when it is
// declared, and the schema has a pair of tables that refer to each other (policies).
QString toPostgres(const QString& sqliteStatement, QStringList* laterKeys);

// NULL when either is NULL, like SQLite's two-argument max()/min() (PostgreSQL's
// GREATEST/LEAST skip NULLs).
QString greatest(Backend backend, const QString& a, const QString& b);
QString least(Backend backend, const QString& a, const QString& b);

// The local calendar day (yyyy-MM-dd) of an ISO UTC timestamp column. PostgreSQL's session
// time zone is set to the machine's at connect (Database), as SQLite's 'localtime' uses it.
QString localDay(Backend backend, const QString& isoTimestamp);

} // namespace Dialect
} // namespace dx
