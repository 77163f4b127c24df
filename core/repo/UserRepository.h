#pragma once

#include "domain/Role.h"
#include "util/Result.h"

#include <QVector>

class QSqlDatabase;

namespace dx {

class Database;

// A person who signs in: on PostgreSQL a login of the server (the password lives there, never
// here), on an SQLite file the operating-system user name.
struct User
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString login;
    QString displayName;
    Role role = Role::Officer;
    qint64 providerId = 0;   // required for Role::Provider
    bool active = true;
    QString updatedAt;
    QString updatedBy;
};

class UserRepository
{
public:
    Q_DECLARE_TR_FUNCTIONS(dx::UserRepository)
public:
    explicit UserRepository(const Database& db) : m_db(db) {}

    Result<QVector<User>> list() const;
    Result<User> get(qint64 id) const;
    Result<User> byLogin(const QString& login) const;
    // Creates (id 0) or updates (version-checked) a user, audited, in one transaction. On
    // PostgreSQL the server login is created or changed in the same transaction, and `password`
    // (empty: unchanged) set on it. Administrators only; at least one active administrator stays.
    Result<User> save(const User& user, const QString& password = QString()) const;
    // A field laptop's database (FieldPackage): whoever opened the package works in it as the
    // staff of the provider with that credit code. Inside the caller's transaction, audited.
    Status enrolFieldProvider(QSqlDatabase& conn, const QString& providerCreditCode) const;

    // The signed-in user's role. PostgreSQL: the server's group membership (superusers and the
    // database's owner are administrators). SQLite: the register's row for the login; a file
    // whose register names no active administrator belongs to whoever opens it (administrator).
    Result<Access> currentAccess() const;

    static QString tableName();

private:
    Status validate(const User& u) const;
    Status insertRow(QSqlDatabase& conn, User& u) const;
    const Database& m_db;
};

} // namespace dx
