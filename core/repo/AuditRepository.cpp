#include "AuditRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dx {

QJsonObject AuditRepository::diff(const QVariantMap& before, const QVariantMap& after)
{
    QJsonObject out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (before.contains(it.key()) && old == it.value())
            continue;
        out.insert(it.key(), QJsonArray{before.contains(it.key()) ? QJsonValue::fromVariant(old) : QJsonValue(),
                                        QJsonValue::fromVariant(it.value())});
    }
    return out;
}

AuditRepository::Writer::Writer(const Database& db, QSqlDatabase& conn) : m_db(db), m_insert(conn)
{
    m_insert.prepare(QStringLiteral("INSERT INTO audit_log (uuid, created_at, updated_at, updated_by, at, user_name, "
                                    "table_name, record_id, record_uuid, action, changes) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

Status AuditRepository::Writer::record(const QString& table, qint64 recordId, const QString& recordUuid,
                                       const QString& action, const QJsonObject& changes, const QString& at)
{
    const QString now = at.isEmpty() ? m_db.nowIso() : at;
    m_insert.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_insert.bindValue(1, now);
    m_insert.bindValue(2, now);
    m_insert.bindValue(3, m_db.user());
    m_insert.bindValue(4, now);
    m_insert.bindValue(5, m_db.user());
    m_insert.bindValue(6, table);
    m_insert.bindValue(7, recordId);
    m_insert.bindValue(8, recordUuid.isNull() ? QString::fromLatin1("") : recordUuid);
    m_insert.bindValue(9, action);
    m_insert.bindValue(10, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (!m_insert.exec())
        return Status::error(ErrorCode::Database,
                             QCoreApplication::translate("dx::AuditRepository", "Could not write the audit record: %1")
                                 .arg(sqlErrorText(m_insert.lastError())));
    return Status::ok();
}

Status AuditRepository::record(QSqlDatabase& conn, const QString& table, qint64 recordId, const QString& recordUuid,
                               const QString& action, const QJsonObject& changes) const
{
    return Writer(m_db, conn).record(table, recordId, recordUuid, action, changes);
}

Result<QVector<AuditEntry>> AuditRepository::history(const QString& table, qint64 recordId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, user_name, action, changes FROM audit_log "
                             "WHERE table_name = ? AND record_id = ? ORDER BY id DESC"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.user = q.value(2).toString();
        e.table = table;
        e.recordId = recordId;
        e.action = q.value(3).toString();
        e.changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        out.push_back(e);
    }
    return out;
}

} // namespace dx
