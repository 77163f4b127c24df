#include "FundRepository.h"
#include "util/Uuid.h"

#include "ArchiveRecord.h"
#include "AuditRepository.h"
#include "GrantRepository.h"
#include "RowQuery.h"
#include "SqlValues.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx {

using namespace sql;

namespace {

const QString kColumns = QStringLiteral("id, uuid, version, updated_at, updated_by, name, source, total_fen, period_from, period_to, "
                                        "min_upgrade_share_bp, max_platform_share_bp, notes, archived");
const QString kWriteColumns = QStringLiteral("name, source, total_fen, period_from, period_to, min_upgrade_share_bp, "
                                             "max_platform_share_bp, notes, archived");

Fund readFund(const QSqlQuery& q)
{
    Fund f;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.version = q.value(2).toInt();
    f.updatedAt = q.value(3).toString();
    f.updatedBy = q.value(4).toString();
    f.name = q.value(5).toString();
    f.source = FundSource(q.value(6).toInt());
    f.total = Money::fromFen(q.value(7).toLongLong());
    f.periodFrom = date(q.value(8));
    f.periodTo = date(q.value(9));
    f.minUpgradeShareBp = q.value(10).toInt();
    f.maxPlatformShareBp = q.value(11).toInt();
    f.notes = q.value(12).toString();
    f.archived = q.value(13).toBool();
    return f;
}

QVariantList writeValues(const Fund& f)
{
    return {f.name, int(f.source), f.total.fen(), iso(f.periodFrom), iso(f.periodTo), f.minUpgradeShareBp, f.maxPlatformShareBp,
            text(f.notes), f.archived ? 1 : 0};
}

QVariantMap auditFields(const Fund& f)
{
    QVariantMap m;
    const QStringList columns = kWriteColumns.split(QStringLiteral(", "));
    const QVariantList values = writeValues(f);
    for (int i = 0; i < columns.size(); ++i)
        m.insert(columns.at(i), values.at(i));
    return m;
}

} // namespace

const QString& FundRepository::tableName()
{
    static const QString name = QStringLiteral("funds");
    return name;
}

Status FundRepository::check(const Fund& f)
{
    if (f.name.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("A fund needs a name."));
    if (f.total.fen() <= 0)
        return Status::error(ErrorCode::Validation, tr("A fund needs a positive total."));
    if (int(f.source) < 0 || int(f.source) >= FundSourceCount)
        return Status::error(ErrorCode::Validation, tr("Unknown fund source."));
    if (f.periodFrom.isValid() && f.periodTo.isValid() && f.periodTo < f.periodFrom)
        return Status::error(ErrorCode::Validation, tr("The fund's period ends (%2) before it starts (%1).")
                                                        .arg(iso(f.periodFrom), iso(f.periodTo)));
    for (int share : {f.minUpgradeShareBp, f.maxPlatformShareBp})
        if (share < 0 || share > BasisPointsWhole)
            return Status::error(ErrorCode::Validation, tr("A share of the fund must be between 0% and 100%."));
    return Status::ok();
}

Result<QVector<Fund>> FundRepository::list(bool includeArchived) const
{
    return sql::selectAll(m_db,
                          QStringLiteral("SELECT %1 FROM funds %2 ORDER BY period_from DESC, name, id")
                              .arg(kColumns, includeArchived ? QString() : QStringLiteral("WHERE archived = 0")),
                          {}, readFund);
}

Result<Fund> FundRepository::get(qint64 id) const
{
    return selectOne(m_db, QStringLiteral("SELECT %1 FROM funds WHERE id = ?").arg(kColumns), {id}, readFund,
                     tr("The fund (id %1) does not exist.").arg(id));
}

Result<Fund> FundRepository::create(const Fund& input) const
{
    Fund f = input;
    f.name = f.name.trimmed();
    f.archived = false;
    Status s = check(f);
    if (!s)
        return s;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    f.uuid = newUuid();
    f.updatedAt = m_db.nowIso();
    f.updatedBy = m_db.user();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO funds (uuid, created_at, updated_at, updated_by, %1) VALUES (?, ?, ?, ?, %2)")
                  .arg(kWriteColumns, placeholders(int(writeValues(f).size()))));
    for (const QVariant& v : QVariantList{f.uuid, f.updatedAt, f.updatedAt, f.updatedBy} + writeValues(f))
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the fund: %1").arg(sqlErrorText(q.lastError())));
    f.id = q.lastInsertId().toLongLong();
    f.version = 1;
    s = AuditRepository(m_db).record(conn, tableName(), f.id, f.uuid, QStringLiteral("create"), AuditRepository::diff({}, auditFields(f)));
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return f;
}

Result<Fund> FundRepository::update(const Fund& input) const
{
    Fund f = input;
    f.name = f.name.trimmed();
    Status s = check(f);
    if (!s)
        return s;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(f.id);
    if (!before)
        return before.status();
    if (before->version != f.version)
        return Status::error(ErrorCode::Conflict, tr("The fund was changed by %1 at %2 after you opened it; your edit was not saved.")
                                                      .arg(before->updatedBy, before->updatedAt));
    f.uuid = before->uuid;
    f.archived = before->archived;
    const QJsonObject changes = AuditRepository::diff(auditFields(before.value()), auditFields(f));
    if (changes.isEmpty())
        return before.value();
    // The version-checked UPDATE locks the fund row first (approvals lock it too), so the sums
    // below cannot change before this transaction ends.
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE funds SET %1, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                  .arg(assignments(kWriteColumns)));
    for (const QVariant& v : writeValues(f) + QVariantList{m_db.nowIso(), m_db.user(), f.id, f.version})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the fund: %1").arg(sqlErrorText(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, tr("The fund was changed by someone else; nothing was saved."));
    auto committed = GrantRepository(m_db).fundCommitment(f.id);
    if (!committed)
        return committed.status();
    if (f.total < committed->total)
        return Status::error(ErrorCode::Validation,
                             tr("Approved grants already commit %1 of the fund %2; its total cannot be lowered to %3.")
                                 .arg(yuanText(committed->total), f.name, yuanText(f.total)));
    if (f.platformLimit() < committed->platform)
        return Status::error(ErrorCode::Validation,
                             tr("Approved grants to platforms and providers already commit %1 of the fund %2; the new split "
                                "limits would allow only %3.")
                                 .arg(yuanText(committed->platform), f.name, yuanText(f.platformLimit())));
    s = AuditRepository(m_db).record(conn, tableName(), f.id, f.uuid, QStringLiteral("update"), changes);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return get(f.id);
}

Result<Fund> FundRepository::setArchived(qint64 id, int expectedVersion, bool archived) const
{
    return sql::setArchived(
        m_db, tableName(), id, expectedVersion, archived, [this](qint64 i) { return get(i); },
        [](const Fund& current) -> Result<Fund> {
            return Status::error(ErrorCode::Conflict, tr("The fund was changed by %1 at %2 after you opened it.")
                                                          .arg(current.updatedBy, current.updatedAt));
        },
        tr("The fund was changed by someone else; nothing was saved."));
}

} // namespace dx
