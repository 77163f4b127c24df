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

Status AuditRepository::record(QSqlDatabase& conn, const QString& table, qint64 recordId, const QString& recordUuid,
                               const QString& action, const QJsonObject& changes) const
{
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO audit_log (uuid, created_at, updated_at, updated_by, at, user_name, "
                             "table_name, record_id, record_uuid, action, changes) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = m_db.nowIso();
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(m_db.user());
    q.addBindValue(now);
    q.addBindValue(m_db.user());
    q.addBindValue(table);
    q.addBindValue(recordId);
    q.addBindValue(recordUuid);
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::error(ErrorCode::Database,
                             QCoreApplication::translate("dx::AuditRepository", "Could not write the audit record: %1")
                                 .arg(sqlErrorText(q.lastError())));
    return Status::ok();
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
