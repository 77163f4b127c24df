#include "PackageRepository.h"
#include "util/Uuid.h"

#include "db/Database.h"
#include "repo/RowQuery.h"
#include "repo/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

namespace {

// One JSON value as text (wrapped in an array: Qt 6.4 writes only arrays and objects).
QString valueText(const QJsonValue& v) { return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)); }
QJsonValue valueFrom(const QVariant& text) { return QJsonDocument::fromJson(text.toString().toUtf8()).array().at(0); }

Status failed(const QSqlQuery& q) { return Status::error(ErrorCode::Database, sqlErrorText(q.lastError())); }

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}

PackageIssue readIssue(const QSqlQuery& q)
{
    PackageIssue i;
    i.id = q.value(0).toLongLong();
    i.packageId = q.value(1).toString();
    i.direction = q.value(2).toString();
    i.bureauId = q.value(3).toString();
    i.bureauName = q.value(4).toString();
    i.providerCode = q.value(5).toString();
    i.createdAt = q.value(6).toString();
    i.expiresOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    i.manifestSha256 = q.value(8).toString();
    i.records = q.value(9).toInt();
    return i;
}

const QString kIssueColumns = QStringLiteral(
    "id, uuid, direction, bureau_id, bureau_name, provider_code, created_on, expires_on, manifest_sha256, records");

PackageConflict readConflict(const QSqlQuery& q)
{
    PackageConflict c;
    c.id = q.value(0).toLongLong();
    c.importId = q.value(1).toLongLong();
    c.table = q.value(2).toString();
    c.recordUuid = q.value(3).toString();
    c.field = q.value(4).toString();
    c.base = valueFrom(q.value(5));
    c.bureau = valueFrom(q.value(6));
    c.fieldValue = valueFrom(q.value(7));
    c.state = q.value(8).toInt();
    c.providerCode = q.value(9).toString();
    c.importedAt = q.value(10).toString();
    return c;
}

const QString kConflictSelect = QStringLiteral(
    "SELECT c.id, c.import_id, c.table_name, c.record_uuid, c.field, c.base_value, c.bureau_value, c.field_value, c.state, "
    "i.provider_code, i.created_at FROM package_conflicts c JOIN package_imports i ON i.id = c.import_id ");

} // namespace

Result<PackageKey> PackageRepository::key(const QString& role, const QString& owner) const
{
    return sql::selectOne(
        m_db,
        QStringLiteral("SELECT role, owner, name, public_key, secret_key FROM package_keys WHERE role = ? AND (? = '' OR owner = ?) "
                       "ORDER BY id LIMIT 1"),
        {role, owner.isNull() ? QString::fromLatin1("") : owner, owner.isNull() ? QString::fromLatin1("") : owner},
        [](const QSqlQuery& q) {
            return PackageKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              SigningKeys{QByteArray::fromBase64(q.value(3).toByteArray()), QByteArray::fromBase64(q.value(4).toByteArray())}};
        },
        tr("No %1 key is stored in this database.").arg(role));
}

Status PackageRepository::putKey(QSqlDatabase& conn, const PackageKey& key) const
{
    QSqlQuery q(conn);
    const QString now = m_db.nowIso();
    const QString uuid = newUuid();
    if (!run(q, QStringLiteral("INSERT INTO package_keys (uuid, created_at, updated_at, updated_by, role, owner, name, public_key, secret_key) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {uuid, now, now, m_db.user(), key.role, key.owner, key.name, QString::fromLatin1(key.keys.publicKey.toBase64()),
              QString::fromLatin1(key.keys.secretKey.toBase64())}))
        return failed(q);
    // The audit names the key and its fingerprint, never the secret.
    return AuditRepository(m_db).record(conn, QStringLiteral("package_keys"), q.lastInsertId().toLongLong(), uuid,
                                        QStringLiteral("create"),
                                        {{QStringLiteral("role"), key.role}, {QStringLiteral("owner"), key.owner},
                                         {QStringLiteral("fingerprint"), PackageCrypto::fingerprint(key.keys.publicKey)}});
}

Result<qint64> PackageRepository::providerIdByCode(const QString& creditCode, QString* name) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT id, name FROM providers WHERE credit_code = ?"), {creditCode},
                          [name](const QSqlQuery& q) {
                              if (name)
                                  *name = q.value(1).toString();
                              return q.value(0).toLongLong();
                          },
                          tr("No provider has the credit code %1.").arg(creditCode));
}

Result<QVector<qint64>> PackageRepository::enterprisesForProvider(qint64 providerId) const
{
    return sql::selectAll(
        m_db,
        QStringLiteral("SELECT e.id FROM enterprises e WHERE e.archived = 0 AND e.id IN ("
                       "SELECT enterprise_id FROM package_assignments WHERE provider_id = ? "
                       "UNION SELECT enterprise_id FROM projects WHERE traction_provider_id = ? OR integrator_provider_id = ? "
                       "UNION SELECT p.enterprise_id FROM project_vendors v JOIN projects p ON p.id = v.project_id WHERE v.provider_id = ?) "
                       "ORDER BY e.id"),
        {providerId, providerId, providerId, providerId}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Status PackageRepository::assign(QSqlDatabase& conn, qint64 providerId, const QVector<qint64>& enterpriseIds) const
{
    QSqlQuery q(conn);
    AuditRepository::Writer audit(m_db, conn);
    const QString now = m_db.nowIso();
    q.prepare(QStringLiteral("INSERT INTO package_assignments (uuid, created_at, updated_at, updated_by, provider_id, enterprise_id) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (provider_id, enterprise_id) DO NOTHING"));
    for (qint64 id : enterpriseIds) {
        const QString uuid = newUuid();
        for (const QVariant& v : QVariantList{uuid, now, now, m_db.user(), providerId, id})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q);
        if (q.numRowsAffected() == 1) {
            if (Status s = audit.record(QStringLiteral("package_assignments"), q.lastInsertId().toLongLong(), uuid,
                                        QStringLiteral("create"),
                                        {{QStringLiteral("provider_id"), providerId}, {QStringLiteral("enterprise_id"), id}}, now);
                !s)
                return s;
        }
    }
    return Status::ok();
}

Result<qint64> PackageRepository::addIssue(QSqlDatabase& conn, AuditRepository::Writer& audit, const PackageIssue& i) const
{
    QSqlQuery q(conn);
    const QString now = m_db.nowIso();
    if (!run(q, QStringLiteral("INSERT INTO package_issues (uuid, created_at, updated_at, updated_by, direction, bureau_id, "
                               "bureau_name, provider_code, created_on, expires_on, manifest_sha256, records) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {i.packageId, now, now, m_db.user(), i.direction, i.bureauId, i.bureauName, i.providerCode, i.createdAt,
              i.expiresOn.toString(Qt::ISODate), sql::text(i.manifestSha256), i.records}))
        return failed(q);
    const qint64 id = q.lastInsertId().toLongLong();
    const Status s = audit.record(QStringLiteral("package_issues"), id, i.packageId, QStringLiteral("create"),
                                  {{QStringLiteral("direction"), i.direction}, {QStringLiteral("provider_code"), i.providerCode},
                                   {QStringLiteral("expires_on"), i.expiresOn.toString(Qt::ISODate)},
                                   {QStringLiteral("records"), i.records}},
                                  now);
    return s ? Result<qint64>(id) : Result<qint64>(s);
}

Result<PackageIssue> PackageRepository::issue(const QString& packageId) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM package_issues WHERE uuid = ?").arg(kIssueColumns), {packageId},
                          readIssue, tr("This database never issued the package %1.").arg(packageId));
}

Result<PackageIssue> PackageRepository::fieldIssue() const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM package_issues WHERE direction = 'field' ORDER BY id LIMIT 1").arg(kIssueColumns),
                          {}, readIssue, tr("This database was not opened from a field package."));
}

Status PackageRepository::putBases(QSqlDatabase& conn, qint64 issueId, const QString& table, const QVector<PackageBase>& bases) const
{
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO package_bases (uuid, created_at, updated_at, updated_by, issue_id, table_name, record_uuid, "
                             "record_version, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (issue_id, table_name, record_uuid) DO UPDATE SET record_version = excluded.record_version, "
                             "fields = excluded.fields, updated_at = excluded.updated_at, version = package_bases.version + 1"));
    const QString now = m_db.nowIso();
    for (const PackageBase& b : bases) {
        for (const QVariant& v : QVariantList{newUuid(), now, now, m_db.user(), issueId, table, b.uuid, b.version,
                                              QString::fromUtf8(QJsonDocument(b.fields).toJson(QJsonDocument::Compact))})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q);
    }
    return Status::ok();
}

Result<QHash<QString, PackageBase>> PackageRepository::bases(qint64 issueId, const QString& table) const
{
    auto list = sql::selectAll(m_db, QStringLiteral("SELECT record_uuid, record_version, fields FROM package_bases WHERE issue_id = ? AND table_name = ?"),
                               {issueId, table}, [](const QSqlQuery& q) {
                                   return PackageBase{q.value(0).toString(), q.value(1).toInt(),
                                                      QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()};
                               });
    if (!list)
        return list.status();
    QHash<QString, PackageBase> out;
    for (PackageBase& b : list.value())
        out.insert(b.uuid, std::move(b));
    return out;
}

Result<QJsonObject> PackageRepository::importSummary(const QString& returnPackageId) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT summary, created_at FROM package_imports WHERE uuid = ?"), {returnPackageId},
                          [](const QSqlQuery& q) {
                              QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                              o.insert(QStringLiteral("importedAt"), q.value(1).toString());
                              return o;
                          },
                          tr("The package was never imported."));
}

Result<qint64> PackageRepository::addImport(QSqlDatabase& conn, AuditRepository::Writer& audit, const QString& returnPackageId,
                                            qint64 issueId, const QString& providerCode) const
{
    QSqlQuery q(conn);
    const QString now = m_db.nowIso();
    if (!run(q, QStringLiteral("INSERT INTO package_imports (uuid, created_at, updated_at, updated_by, issue_id, provider_code) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
             {returnPackageId, now, now, m_db.user(), issueId, providerCode}))
        return failed(q);
    const qint64 id = q.lastInsertId().toLongLong();
    const Status s = audit.record(QStringLiteral("package_imports"), id, returnPackageId, QStringLiteral("create"),
                                  {{QStringLiteral("provider_code"), providerCode}}, now);
    return s ? Result<qint64>(id) : Result<qint64>(s);
}

Status PackageRepository::setImportSummary(QSqlDatabase& conn, qint64 importId, const QJsonObject& summary) const
{
    QSqlQuery q(conn);
    if (!run(q, QStringLiteral("UPDATE package_imports SET summary = ? WHERE id = ?"),
             {QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)), importId}))
        return failed(q);
    return Status::ok();
}

Status PackageRepository::addConflict(QSqlDatabase& conn, const PackageConflict& c) const
{
    QSqlQuery q(conn);
    const QString now = m_db.nowIso();
    if (!run(q, QStringLiteral("INSERT INTO package_conflicts (uuid, created_at, updated_at, updated_by, import_id, table_name, "
                               "record_uuid, field, base_value, bureau_value, field_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {newUuid(), now, now, m_db.user(), c.importId, c.table, c.recordUuid, c.field, valueText(c.base),
              valueText(c.bureau), valueText(c.fieldValue)}))
        return failed(q);
    return AuditRepository(m_db).record(conn, QStringLiteral("package_conflicts"), q.lastInsertId().toLongLong(), c.recordUuid,
                                        QStringLiteral("queue"),
                                        {{QStringLiteral("table"), c.table}, {QStringLiteral("field"), c.field},
                                         {QStringLiteral("bureau"), c.bureau}, {QStringLiteral("fieldValue"), c.fieldValue}});
}

Result<QVector<PackageConflict>> PackageRepository::conflicts(bool openOnly) const
{
    return sql::selectAll(m_db, kConflictSelect + (openOnly ? QStringLiteral("WHERE c.state = 0 ") : QString()) + QStringLiteral("ORDER BY c.id"),
                          {}, readConflict);
}

Result<PackageConflict> PackageRepository::conflict(qint64 id) const
{
    return sql::selectOne(m_db, kConflictSelect + QStringLiteral("WHERE c.id = ?"), {id}, readConflict,
                          tr("The conflict %1 does not exist.").arg(id));
}

Status PackageRepository::closeConflict(QSqlDatabase& conn, AuditRepository::Writer& audit, qint64 id, int state) const
{
    QSqlQuery q(conn);
    const QString now = m_db.nowIso();
    if (!run(q, QStringLiteral("UPDATE package_conflicts SET state = ?, resolved_at = ?, updated_at = ?, updated_by = ?, "
                               "version = version + 1 WHERE id = ? AND state = 0"),
             {state, now, now, m_db.user(), id}))
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, tr("This conflict was already resolved by someone else."));
    return audit.record(QStringLiteral("package_conflicts"), id, QString(), QStringLiteral("resolve"),
                        {{QStringLiteral("state"), QJsonArray{0, state}}}, now);
}

} // namespace dx
