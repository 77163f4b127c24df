// PackageRepository: the records a package carries, read and written column by column from
// RecordSchema (names from the schema only; values always bound).
#include "PackageRepository.h"
#include "util/Uuid.h"

#include "db/Database.h"
#include "repo/RowQuery.h"
#include "repo/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx {

namespace {

QStringList columnsOf(const TableSpec& spec)
{
    QStringList out;
    for (const FieldSpec& f : spec.fields)
        out << f.name;
    return out;
}

QString idList(const QVector<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);   // integers we hold, not text from a package
    // IN (NULL) matches nothing, where an empty IN () is not portable SQL.
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

template <typename Read>
auto selectIds(const Database& db, const QString& sqlWithIds, const QVector<qint64>& ids, const QVariantList& binds, Read read)
{
    return sql::selectAll(db, sqlWithIds.arg(idList(ids)), binds, read);
}

qint64 readId(const QSqlQuery& q) { return q.value(0).toLongLong(); }

Status failed(const QSqlQuery& q) { return Status::error(ErrorCode::Database, sqlErrorText(q.lastError())); }

} // namespace

Result<QVector<QVariantMap>> PackageRepository::rows(const TableSpec& spec, const QVector<qint64>& ids) const
{
    const QStringList columns = columnsOf(spec);
    return selectIds(m_db, QStringLiteral("SELECT id, uuid, version, %1 FROM %2 WHERE id IN (%3) ORDER BY id")
                               .arg(columns.join(QStringLiteral(", ")), spec.table, QStringLiteral("%1")),
                     ids, {}, [&columns](const QSqlQuery& q) {
                         QVariantMap row{{QStringLiteral("id"), q.value(0)}, {QStringLiteral("uuid"), q.value(1)},
                                         {QStringLiteral("version"), q.value(2)}};
                         for (int i = 0; i < columns.size(); ++i)
                             row.insert(columns[i], q.value(3 + i));
                         return row;
                     });
}

Result<QVector<qint64>> PackageRepository::diagnosisIds(const QVector<qint64>& enterpriseIds) const
{
    return selectIds(m_db, QStringLiteral("SELECT id FROM diagnoses WHERE enterprise_id IN (%1) ORDER BY id"), enterpriseIds, {}, readId);
}

Result<QVector<qint64>> PackageRepository::openProjectIds(const QVector<qint64>& enterpriseIds) const
{
    // Open: not yet accepted, not rejected at acceptance, not cancelled (ProjectState 4, 5, 6).
    return selectIds(m_db, QStringLiteral("SELECT id FROM projects WHERE enterprise_id IN (%1) AND state NOT IN (4, 5, 6) ORDER BY id"),
                     enterpriseIds, {}, readId);
}

Result<QVector<qint64>> PackageRepository::attachmentIds(const QString& ownerTable, const QVector<qint64>& ownerIds) const
{
    return selectIds(m_db, QStringLiteral("SELECT id FROM attachments WHERE owner_table = ? AND owner_id IN (%1) ORDER BY id"),
                     ownerIds, {ownerTable}, readId);
}

Result<QHash<qint64, QString>> PackageRepository::uuidsOf(const QString& table, const QVector<qint64>& ids) const
{
    if (!RecordSchema::table(table))
        return Status::error(ErrorCode::Validation, tr("Unknown table %1.").arg(table));
    auto list = selectIds(m_db, QStringLiteral("SELECT id, uuid FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")), ids, {},
                          [](const QSqlQuery& q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!list)
        return list.status();
    QHash<qint64, QString> out;
    for (const auto& [id, uuid] : list.value())
        out.insert(id, uuid);
    return out;
}

Result<QHash<QString, qint64>> PackageRepository::idsOf(const QString& table, const QStringList& uuids) const
{
    if (!RecordSchema::table(table))
        return Status::error(ErrorCode::Validation, tr("Unknown table %1.").arg(table));
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    for (const QString& uuid : uuids) {
        q.addBindValue(uuid);
        if (!q.exec())
            return failed(q);
        if (q.next())
            out.insert(uuid, q.value(0).toLongLong());
    }
    return out;
}

Result<QHash<qint64, QString>> PackageRepository::clusterNames() const
{
    auto list = sql::selectAll(m_db, QStringLiteral("SELECT id, name FROM clusters"), {},
                               [](const QSqlQuery& q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!list)
        return list.status();
    QHash<qint64, QString> out;
    for (const auto& [id, name] : list.value())
        out.insert(id, name);
    return out;
}

Result<QByteArray> PackageRepository::attachmentContent(qint64 id) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT content FROM attachments WHERE id = ?"), {id},
                          [](const QSqlQuery& q) { return q.value(0).toByteArray(); }, tr("The attachment %1 does not exist.").arg(id));
}

Result<QVector<qint64>> PackageRepository::changedSince(const TableSpec& spec, qint64 issueId) const
{
    return sql::selectAll(m_db,
                          QStringLiteral("SELECT t.id FROM %1 t LEFT JOIN package_bases b ON b.issue_id = ? AND b.table_name = ? "
                                         "AND b.record_uuid = t.uuid WHERE b.id IS NULL OR t.version > b.record_version ORDER BY t.id")
                              .arg(spec.table),
                          {issueId, spec.table}, readId);
}

Result<qint64> PackageRepository::ensureCluster(QSqlDatabase& conn, AuditRepository::Writer& audit, const QString& name,
                                                const QString& industryCodes) const
{
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT id FROM clusters WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return failed(q);
    if (q.next())
        return q.value(0).toLongLong();
    const QString now = m_db.nowIso();
    const QString uuid = newUuid();
    q.prepare(QStringLiteral("INSERT INTO clusters (uuid, created_at, updated_at, updated_by, name, industry_codes) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{uuid, now, now, m_db.user(), name, sql::text(industryCodes)})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q);
    const qint64 id = q.lastInsertId().toLongLong();
    const Status s = audit.record(QStringLiteral("clusters"), id, uuid, QStringLiteral("create"),
                                  {{QStringLiteral("name"), name}, {QStringLiteral("source"), QStringLiteral("package")}}, now);
    return s ? Result<qint64>(id) : Result<qint64>(s);
}

Result<qint64> PackageRepository::insertRecord(QSqlDatabase& conn, AuditRepository::Writer& audit, const TableSpec& spec,
                                               const QString& uuid, int version, const QVariantMap& values,
                                               const QJsonObject& source, const QByteArray& content) const
{
    QStringList columns = columnsOf(spec);
    const bool isAttachment = spec.table == QLatin1String("attachments");
    if (isAttachment)
        columns << QStringLiteral("content");
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO %1 (uuid, version, created_at, updated_at, updated_by, %2) VALUES (?, ?, ?, ?, ?, %3)")
                  .arg(spec.table, columns.join(QStringLiteral(", ")), sql::placeholders(int(columns.size()))));
    const QString now = m_db.nowIso();
    for (const QVariant& v : QVariantList{uuid, version, now, now, m_db.user()})
        q.addBindValue(v);
    for (const FieldSpec& f : spec.fields)
        q.addBindValue(values.value(f.name));
    if (isAttachment)
        q.addBindValue(content);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not store a record of %1 from the package: %2").arg(spec.table, sqlErrorText(q.lastError())));
    const qint64 id = q.lastInsertId().toLongLong();
    const Status s = audit.record(spec.table, id, uuid, QStringLiteral("create"), source, now);
    return s ? Result<qint64>(id) : Result<qint64>(s);
}

Status PackageRepository::updateRecord(QSqlDatabase& conn, AuditRepository::Writer& audit, const TableSpec& spec, qint64 id,
                                       const QString& uuid, int expectedVersion, const QVariantMap& values,
                                       const QJsonObject& auditChanges) const
{
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!spec.field(it.key()))
            return Status::error(ErrorCode::Validation, tr("Unknown field %1 of %2.").arg(it.key(), spec.table));
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
    }
    const QString now = m_db.nowIso();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE %1 SET %2%3version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                  .arg(spec.table, sets.join(QStringLiteral(", ")), sets.isEmpty() ? QString() : QStringLiteral(", ")));
    for (const QVariant& v : binds + QVariantList{now, m_db.user(), id, expectedVersion})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not update a record of %1: %2").arg(spec.table, sqlErrorText(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, tr("A record of %1 was changed by someone else meanwhile; nothing was written. "
                                                     "Try again.").arg(spec.table));
    return audit.record(spec.table, id, uuid, QStringLiteral("update"), auditChanges, now);
}

} // namespace dx
