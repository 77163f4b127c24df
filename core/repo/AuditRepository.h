#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>
#include <QVector>

namespace dx {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QString at;          // ISO UTC
    QString user;
    QString table;
    qint64 recordId = 0;
    QString action;      // create, update, archive, restore, reveal …
    QJsonObject changes; // field -> [old, new]  (create: field -> [null, new])
};

// The audit log: one row per mutation, written in the mutation's own transaction.
class AuditRepository
{
public:
    explicit AuditRepository(const Database& db) : m_db(db) {}

    // Field-by-field difference of two snapshots: {field: [old, new]} for changed fields.
    static QJsonObject diff(const QVariantMap& before, const QVariantMap& after);

    // Writes many audit rows through one prepared statement (bulk operations).
    class Writer
    {
    public:
        Writer(const Database& db, QSqlDatabase& conn);
        Status record(const QString& table, qint64 recordId, const QString& recordUuid, const QString& action,
                      const QJsonObject& changes, const QString& at = QString());

    private:
        const Database& m_db;
        QSqlQuery m_insert;
    };

    Status record(QSqlDatabase& conn, const QString& table, qint64 recordId, const QString& recordUuid,
                  const QString& action, const QJsonObject& changes) const;
    Result<QVector<AuditEntry>> history(const QString& table, qint64 recordId) const;

private:
    const Database& m_db;
};

} // namespace dx
