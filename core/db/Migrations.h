#pragma once

#include "Dialect.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <vector>

namespace dx {

class Database;

// One numbered schema step. A migration never changes once released: a file written by
// an old version is brought forward by running the steps it lacks, in order.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;   // written for SQLite; PostgreSQL gets them through Dialect::toPostgres
    std::function<Status(QSqlDatabase&, const Database&)> seed;  // data written in the same transaction
    QStringList sqliteOnly = {};     // after the statements, on SQLite only (FTS5, its triggers)
    QStringList postgresOnly = {};   // after the statements, on PostgreSQL only (pg_trgm, trigger functions)
};

class Migrations
{
public:
    static const std::vector<Migration>& all();
    static int latestVersion();
    // Runs the steps after `from` up to `to` in one transaction and records the version
    // (SQLite: PRAGMA user_version; PostgreSQL: the dx_meta table). On failure the database is as it was.
    static Status apply(QSqlDatabase& db, const Database& owner, int from, int to);
    // The statements of one step as the connection's engine runs them.
    static QStringList statementsFor(const Migration& step, Backend backend);
};

} // namespace dx
