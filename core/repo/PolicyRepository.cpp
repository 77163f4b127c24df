#include "PolicyRepository.h"
#include "util/Uuid.h"

#include "ArchiveRecord.h"
#include "AuditRepository.h"
#include "FundRepository.h"
#include "RowQuery.h"
#include "SqlValues.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx {

using namespace sql;

namespace {

const QString kInfoSelect = QStringLiteral(
    "SELECT p.id, p.uuid, p.version, p.updated_at, p.updated_by, p.fund_id, p.name, p.kind, p.purpose, "
    "COALESCE(p.latest_version_id, 0), COALESCE(v.number, 0), p.archived "
    "FROM policies p LEFT JOIN policy_versions v ON v.id = p.latest_version_id");

PolicyInfo readInfo(const QSqlQuery& q)
{
    PolicyInfo p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.version = q.value(2).toInt();
    p.updatedAt = q.value(3).toString();
    p.updatedBy = q.value(4).toString();
    p.fundId = q.value(5).toLongLong();
    p.name = q.value(6).toString();
    p.kind = q.value(7).toString() == QLatin1String("fixed") ? SubsidyPolicy::Kind::Fixed : SubsidyPolicy::Kind::Rate;
    p.purpose = GrantPurpose(q.value(8).toInt());
    p.latestVersionId = q.value(9).toLongLong();
    p.latestVersionNumber = q.value(10).toInt();
    p.archived = q.value(11).toBool();
    return p;
}

const QString kVersionSelect = QStringLiteral(
    "SELECT id, policy_id, number, document, note, created_at, updated_by FROM policy_versions");

PolicyVersion readVersion(const QSqlQuery& q)
{
    PolicyVersion v;
    v.id = q.value(0).toLongLong();
    v.policyId = q.value(1).toLongLong();
    v.number = q.value(2).toInt();
    v.document = q.value(3).toString().toUtf8();
    v.note = q.value(4).toString();
    v.createdAt = q.value(5).toString();
    v.createdBy = q.value(6).toString();
    // Stored documents were validated when written; a document that no longer parses (edited
    // outside the application) leaves the policy empty and is reported by its name.
    auto parsed = SubsidyPolicy::fromJson(v.document);
    if (parsed)
        v.policy = parsed.value();
    return v;
}

// Inserts version `number` of a policy and points the policy at it.
Result<qint64> insertVersion(QSqlDatabase& conn, const Database& db, qint64 policyId, int number, const SubsidyPolicy& policy,
                             const QString& note)
{
    const QString now = db.nowIso();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO policy_versions (uuid, created_at, updated_at, updated_by, policy_id, number, document, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{newUuid(), now, now, db.user(), policyId, number,
                                          QString::fromUtf8(policy.toJsonBytes()), text(note.trimmed())})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    return q.lastInsertId().toLongLong();
}

} // namespace

const QString& PolicyRepository::tableName()
{
    static const QString name = QStringLiteral("policies");
    return name;
}

Result<PolicyInfo> PolicyRepository::create(qint64 fundId, const QByteArray& documentJson, const QString& note) const
{
    auto policy = SubsidyPolicy::fromJson(documentJson);
    if (!policy)
        return policy.status();
    return create(fundId, policy.value(), note);
}

Result<PolicyInfo> PolicyRepository::create(qint64 fundId, const SubsidyPolicy& input, const QString& note) const
{
    // Round trip through the document so what is stored is exactly what fromJson accepts.
    auto policy = SubsidyPolicy::fromJson(input.toJson());
    if (!policy)
        return policy.status();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto fund = FundRepository(m_db).get(fundId);
    if (!fund)
        return fund.status();
    if (fund->archived)
        return Status::error(ErrorCode::Validation, tr("The fund %1 is archived; it takes no new policies.").arg(fund->name));
    const QString uuid = newUuid();
    const QString now = m_db.nowIso();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO policies (uuid, created_at, updated_at, updated_by, fund_id, name, kind, purpose) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{uuid, now, now, m_db.user(), fundId, policy->name, policyKindKey(policy->kind),
                                          int(policy->purpose)})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the policy: %1").arg(sqlErrorText(q.lastError())));
    const qint64 id = q.lastInsertId().toLongLong();
    auto versionId = insertVersion(conn, m_db, id, 1, policy.value(), note);
    if (!versionId)
        return versionId.status();
    q.prepare(QStringLiteral("UPDATE policies SET latest_version_id = ? WHERE id = ?"));
    q.addBindValue(versionId.value());
    q.addBindValue(id);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    Status s = AuditRepository(m_db).record(conn, tableName(), id, uuid, QStringLiteral("create"),
                                            AuditRepository::diff({}, {{QStringLiteral("fund_id"), fundId},
                                                                       {QStringLiteral("name"), policy->name},
                                                                       {QStringLiteral("policy_version"), 1},
                                                                       {QStringLiteral("note"), note.trimmed()}}));
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return get(id);
}

Result<PolicyVersion> PolicyRepository::addVersion(qint64 policyId, int expectedVersion, const QByteArray& documentJson,
                                                   const QString& note) const
{
    auto policy = SubsidyPolicy::fromJson(documentJson);
    if (!policy)
        return policy.status();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(policyId);
    if (!before)
        return before.status();
    if (before->version != expectedVersion)
        return Status::error(ErrorCode::Conflict, tr("The policy was changed by %1 at %2 after you opened it; your version was not saved.")
                                                      .arg(before->updatedBy, before->updatedAt));
    if (before->archived)
        return Status::error(ErrorCode::Validation, tr("The policy %1 is archived; restore it before changing it.").arg(before->name));
    auto latest = latestVersion(policyId);
    if (!latest)
        return latest.status();
    if (latest->document == policy->toJsonBytes())
        return latest.value();
    const int number = latest->number + 1;
    auto versionId = insertVersion(conn, m_db, policyId, number, policy.value(), note);
    if (!versionId)
        return versionId.status();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE policies SET name = ?, kind = ?, purpose = ?, latest_version_id = ?, version = version + 1, "
                             "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    for (const QVariant& v : QVariantList{policy->name, policyKindKey(policy->kind), int(policy->purpose), versionId.value(),
                                          m_db.nowIso(), m_db.user(), policyId, expectedVersion})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, tr("The policy was changed by someone else; nothing was saved."));
    QJsonObject changes = AuditRepository::diff(
        {{QStringLiteral("name"), before->name}, {QStringLiteral("policy_version"), latest->number}},
        {{QStringLiteral("name"), policy->name}, {QStringLiteral("policy_version"), number}});
    changes.insert(QStringLiteral("note"), note.trimmed());
    Status s = AuditRepository(m_db).record(conn, tableName(), policyId, before->uuid, QStringLiteral("new version"), changes);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return getVersion(versionId.value());
}

Result<QVector<PolicyInfo>> PolicyRepository::list(qint64 fundId, bool includeArchived) const
{
    QStringList where;
    if (fundId > 0)
        where << QStringLiteral("p.fund_id = ?");
    if (!includeArchived)
        where << QStringLiteral("p.archived = 0");
    return selectAll(m_db,
                     kInfoSelect + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
                         QStringLiteral(" ORDER BY p.fund_id, p.name, p.id"),
                     fundId > 0 ? QVariantList{fundId} : QVariantList{}, readInfo);
}

Result<PolicyInfo> PolicyRepository::get(qint64 id) const
{
    return selectOne(m_db, kInfoSelect + QStringLiteral(" WHERE p.id = ?"), {id}, readInfo,
                     tr("The policy (id %1) does not exist.").arg(id));
}

Result<PolicyVersion> PolicyRepository::latestVersion(qint64 policyId) const
{
    return selectOne(m_db, kVersionSelect + QStringLiteral(" WHERE policy_id = ? ORDER BY number DESC LIMIT 1"), {policyId},
                     readVersion, tr("The policy (id %1) has no version.").arg(policyId));
}

Result<PolicyVersion> PolicyRepository::getVersion(qint64 versionId) const
{
    return selectOne(m_db, kVersionSelect + QStringLiteral(" WHERE id = ?"), {versionId}, readVersion,
                     tr("The policy version (id %1) does not exist.").arg(versionId));
}

Result<QVector<PolicyVersion>> PolicyRepository::versions(qint64 policyId) const
{
    return selectAll(m_db, kVersionSelect + QStringLiteral(" WHERE policy_id = ? ORDER BY number DESC"), {policyId}, readVersion);
}

Result<PolicyInfo> PolicyRepository::setArchived(qint64 id, int expectedVersion, bool archived) const
{
    return sql::setArchived(
        m_db, tableName(), id, expectedVersion, archived, [this](qint64 i) { return get(i); },
        [](const PolicyInfo& current) -> Result<PolicyInfo> {
            return Status::error(ErrorCode::Conflict, tr("The policy was changed by %1 at %2 after you opened it.")
                                                          .arg(current.updatedBy, current.updatedAt));
        },
        tr("The policy was changed by someone else; nothing was saved."));
}

} // namespace dx
