#pragma once

#include "db/Database.h"
#include "domain/Enterprise.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <memory>

namespace dx::test {

// An empty database on the PostgreSQL test server (DX_TEST_POSTGRES_SERVER, the throw-away
// cluster scripts/test starts), dropped with the object.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;
    const QString& url() const { return m_url; }
    // Runs statements on a connection of its own (not a Database's); false at the first failure.
    bool exec(const QStringList& statements) const;

private:
    QString m_name;
    QString m_url;
};

// A fresh database in its own temporary folder, removed with the object. In a test registered
// for PostgreSQL too (dx_add_test … POSTGRES, its copy named <test>_pg), DX_TEST_BACKEND is
// "postgres" and the database is a new one on the server DX_TEST_POSTGRES_SERVER names (the
// throw-away cluster scripts/test starts), dropped with the object.
class TempDatabase
{
public:
    explicit TempDatabase(const OpenOptions& options = {});
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;
    // The file or PostgreSQL URL Database::open() takes for this database (a second connection).
    QString location() const { return m_location; }
    const DatabasePtr& db() const { return m_db; }
    Database& operator*() const { return *m_db; }
    Database* operator->() const { return m_db.get(); }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ServerDatabase> m_server;   // PostgreSQL: the database created for this object
    DatabasePtr m_db;
};

// The engine the tests of this process run on (DX_TEST_BACKEND).
Backend testBackend();

// A valid enterprise in the demo city with a credit code unique for `index`.
Enterprise sampleEnterprise(int index, const QString& name = QString());
// A valid credit code built from a district and an index.
QString makeCreditCode(const QString& district, int index);

// The tables an executed query lists (first column) that RoleSchema has no grant rule for;
// `listed` receives how many it listed. Both engines' tests of the role rules use it.
QStringList tablesWithoutGrantRule(QSqlQuery& tables, int* listed);

} // namespace dx::test
