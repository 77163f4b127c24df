#pragma once

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
    QStringList statements;
    std::function<Status(QSqlDatabase&, const Database&)> seed;  // data written in the same transaction
};

class Migrations
{
public:
    static const std::vector<Migration>& all();
    static int latestVersion();
    // Runs the steps after `from` up to `to` in one transaction and records the version
    // in PRAGMA user_version. On failure the database is as it was.
    static Status apply(QSqlDatabase& db, const Database& owner, int from, int to);
};

} // namespace dx
