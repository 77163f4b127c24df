#include "ClusterRepository.h"
#include "util/Uuid.h"

#include "AuditRepository.h"
#include "RowQuery.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("dx::ClusterRepository", text); }
const QString kTable = QStringLiteral("clusters");
const QString kColumns = QStringLiteral("id, uuid, version, name, industry_codes, sort_order, notes, archived, target");

Cluster readCluster(const QSqlQuery& q)
{
    Cluster c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.version = q.value(2).toInt();
    c.name = q.value(3).toString();
    c.industryCodes = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.sortOrder = q.value(5).toInt();
    c.notes = q.value(6).toString();
    c.archived = q.value(7).toBool();
    c.target = q.value(8).toInt();
    return c;
}

QVariantMap fields(const Cluster& c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("industry_codes"), c.industryCodes.join(QLatin1Char(','))},
            {QStringLiteral("sort_order"), c.sortOrder},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("archived"), c.archived},
            {QStringLiteral("target"), c.target}};
}

} // namespace

Result<QVector<Cluster>> ClusterRepository::list(bool includeArchived) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM clusters %2 ORDER BY sort_order, name")
                    .arg(kColumns, includeArchived ? QString() : QStringLiteral("WHERE archived = 0"))))
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    QVector<Cluster> out;
    while (q.next())
        out.push_back(readCluster(q));
    return out;
}

Result<Cluster> ClusterRepository::get(qint64 id) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM clusters WHERE id = ?").arg(kColumns), {id}, readCluster,
                          tr("The cluster no longer exists."));
}

Status ClusterRepository::validate(const Cluster& c) const
{
    if (c.name.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("A cluster needs a name."));
    if (c.target < 0)
        return Status::error(ErrorCode::Validation, tr("A cluster's target cannot be negative."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM clusters WHERE name = ? AND id <> ?"));
    q.addBindValue(c.name.trimmed());
    q.addBindValue(c.id);
    if (q.exec() && q.next())
        return Status::error(ErrorCode::Duplicate, tr("A cluster named \"%1\" already exists.").arg(c.name.trimmed()));
    return Status::ok();
}

Result<Cluster> ClusterRepository::create(const Cluster& input) const
{
    const Status valid = validate(input);
    if (!valid)
        return valid;
    Cluster c = input;
    c.name = c.name.trimmed();
    c.uuid = newUuid();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO clusters (uuid, created_at, updated_at, updated_by, name, industry_codes, "
                             "sort_order, notes, archived, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = m_db.nowIso();
    for (const QVariant& v : QVariantList{c.uuid, now, now, m_db.user(), c.name, c.industryCodes.join(QLatin1Char(',')),
                                          c.sortOrder, c.notes.isNull() ? QString::fromLatin1("") : c.notes, c.archived ? 1 : 0, c.target})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the cluster: %1").arg(sqlErrorText(q.lastError())));
    c.id = q.lastInsertId().toLongLong();
    c.version = 1;
    const Status audited = AuditRepository(m_db).record(conn, kTable, c.id, c.uuid, QStringLiteral("create"),
                                                        AuditRepository::diff({}, fields(c)));
    if (!audited)
        return audited;
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    return c;
}

Result<Cluster> ClusterRepository::update(const Cluster& input) const
{
    const Status valid = validate(input);
    if (!valid)
        return valid;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(input.id);
    if (!before)
        return before.status();
    if (before->version != input.version)
        return Status::error(ErrorCode::Conflict,
                             tr("The cluster \"%1\" was changed by someone else since you opened it. Reload it and make your change again.")
                                 .arg(before->name));
    Cluster c = input;
    c.name = c.name.trimmed();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE clusters SET name = ?, industry_codes = ?, sort_order = ?, notes = ?, archived = ?, target = ?, "
                             "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    for (const QVariant& v : QVariantList{c.name, c.industryCodes.join(QLatin1Char(',')), c.sortOrder, c.notes.isNull() ? QString::fromLatin1("") : c.notes,
                                          c.archived ? 1 : 0, c.target, m_db.nowIso(), m_db.user(), c.id, c.version})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the cluster: %1").arg(sqlErrorText(q.lastError())));
    const Status audited = AuditRepository(m_db).record(conn, kTable, c.id, c.uuid, QStringLiteral("update"),
                                                        AuditRepository::diff(fields(before.value()), fields(c)));
    if (!audited)
        return audited;
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    c.version += 1;
    return c;
}

Status ClusterRepository::saveAll(const QVector<Cluster>& clusters) const
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    for (const Cluster& c : clusters) {
        if (c.id == 0) {
            auto created = create(c);
            if (!created)
                return created.status();
            continue;
        }
        auto stored = get(c.id);
        if (!stored)
            return stored.status();
        const Cluster& s = stored.value();
        if (s.name == c.name.trimmed() && s.industryCodes == c.industryCodes && s.sortOrder == c.sortOrder &&
            s.notes == c.notes && s.archived == c.archived && s.target == c.target)
            continue;
        auto updated = update(c);
        if (!updated)
            return updated.status();
    }
    return tx.commit();
}

qint64 ClusterRepository::clusterForIndustry(const QVector<Cluster>& clusters, const QString& industryCode)
{
    const QString division = industryCode.left(2);
    for (const Cluster& c : clusters)
        if (!c.archived && (c.industryCodes.contains(industryCode) || c.industryCodes.contains(division)))
            return c.id;
    return 0;
}

} // namespace dx
