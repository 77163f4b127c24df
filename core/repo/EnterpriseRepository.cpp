#include "EnterpriseRepository.h"
#include "util/Uuid.h"

#include "AuditRepository.h"
#include "BulkWrite.h"
#include "EnterpriseSearch.h"
#include "RowQuery.h"
#include "SqlValues.h"
#include "db/BigramSchema.h"
#include "db/Database.h"
#include "db/ProgressSchema.h"
#include "db/SearchSchema.h"
#include "db/Transaction.h"
#include "domain/CreditCode.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

using namespace sql;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("dx::EnterpriseRepository", text); }

const QString kColumns = QStringLiteral(
    "id, uuid, version, created_at, updated_at, updated_by, name, credit_code, district_code, industry_code, "
    "cluster_id, above_scale, employees, revenue_fen, tier, tier_valid_until, contact_name, contact_phone, "
    "commissioner, notes, archived");

Enterprise readEnterprise(const QSqlQuery& q)
{
    Enterprise e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.version = q.value(2).toInt();
    e.createdAt = q.value(3).toString();
    e.updatedAt = q.value(4).toString();
    e.updatedBy = q.value(5).toString();
    e.name = q.value(6).toString();
    e.creditCode = q.value(7).toString();
    e.districtCode = q.value(8).toString();
    e.industryCode = q.value(9).toString();
    e.clusterId = q.value(10).toLongLong();
    e.aboveScale = q.value(11).toBool();
    e.employees = q.value(12).toInt();
    e.revenue = Money::fromFen(q.value(13).toLongLong());
    e.tier = Tier(qBound(0, q.value(14).toInt(), TierCount - 1));
    e.tierValidUntil = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    e.contactName = q.value(16).toString();
    e.contactPhone = q.value(17).toString();
    e.commissioner = q.value(18).toString();
    e.notes = q.value(19).toString();
    e.archived = q.value(20).toBool();
    return e;
}

// An optional foreign key: 0 in C++, NULL in the database.
struct OptionalId
{
    qint64 id;
};

// The editable values in column order of the INSERT/UPDATE statements below, each handed to
// `put` as a QString, qint64 or OptionalId (a QVariantList for QSqlQuery, or positions of a
// BulkStatement, without a QVariant per value).
template <typename Put>
void putEditable(const Enterprise& e, Put&& put)
{
    put(text(e.name));
    put(text(e.creditCode));
    put(text(e.districtCode));
    put(text(e.industryCode));
    put(OptionalId{e.clusterId});
    put(qint64(e.aboveScale ? 1 : 0));
    put(qint64(e.employees));
    put(e.revenue.fen());
    put(qint64(e.tier));
    put(iso(e.tierValidUntil));
    put(text(e.contactName));
    put(text(e.contactPhone));
    put(text(e.commissioner));
    put(text(e.notes));
    put(qint64(e.archived ? 1 : 0));
}

QVariant toVariant(const QString& v) { return v; }
QVariant toVariant(qint64 v) { return v; }
QVariant toVariant(OptionalId v) { return idOrNull(v.id); }
void bindValue(BulkStatement& s, int column, const QString& v) { s.bind(column, v); }
void bindValue(BulkStatement& s, int column, qint64 v) { s.bind(column, v); }
void bindValue(BulkStatement& s, int column, OptionalId v) { s.bindIdOrNull(column, v.id); }

QVariantList editableValues(const Enterprise& e)
{
    QVariantList values;
    putEditable(e, [&](const auto& v) { values << toVariant(v); });
    return values;
}

QString sortExpression(EnterpriseSortKey key)
{
    switch (key) {
    case EnterpriseSortKey::Name: return QStringLiteral("e.name");
    case EnterpriseSortKey::CreditCode: return QStringLiteral("e.credit_code");
    case EnterpriseSortKey::District: return QStringLiteral("e.district_code");
    case EnterpriseSortKey::Cluster: return QStringLiteral("COALESCE(e.cluster_id, 0)");
    case EnterpriseSortKey::Tier: return QStringLiteral("e.tier");
    case EnterpriseSortKey::Employees: return QStringLiteral("e.employees");
    case EnterpriseSortKey::Revenue: return QStringLiteral("e.revenue_fen");
    case EnterpriseSortKey::UpdatedAt: return QStringLiteral("e.updated_at");
    }
    return QStringLiteral("e.name");
}

// WHERE clause and its bound values for a filter. A search takes the index or the scan by how
// many enterprises match (EnterpriseSearch); `indexLimit` is the caller's break-even point.
void buildWhere(const QSqlDatabase& conn, const EnterpriseFilter& f, QStringList& where, QVariantList& binds, int indexLimit)
{
    bool byIndex = false;
    const QString search = EnterpriseSearch(f.search).condition(conn, indexLimit, binds, &byIndex);
    // When the search index hands over the matching ids, they are read by id and sorted; on
    // `archived` the planner would rather walk a list index through a million entries (0.3 s).
    const QString archived = byIndex ? QStringLiteral("+e.archived") : QStringLiteral("e.archived");
    switch (f.archived) {
    case ArchivedFilter::Active: where << archived + QStringLiteral(" = 0"); break;
    case ArchivedFilter::Archived: where << archived + QStringLiteral(" = 1"); break;
    case ArchivedFilter::All: break;
    }
    if (!search.isEmpty())
        where << search;
    if (f.clusterId == 0)
        where << QStringLiteral("e.cluster_id IS NULL");
    else if (f.clusterId > 0) {
        where << QStringLiteral("e.cluster_id = ?");
        binds << f.clusterId;
    }
    if (!f.districtCode.isEmpty()) {
        // 445200 (a prefecture) also matches 445202 …; 445202 matches itself.
        QString prefix = f.districtCode;
        while (prefix.endsWith(QLatin1String("00")))
            prefix.chop(2);
        where << QStringLiteral("e.district_code LIKE ?");
        binds << prefix + QLatin1Char('%');
    }
    if (f.tier >= 0) {
        where << QStringLiteral("e.tier = ?");
        binds << f.tier;
    }
    if (f.aboveScale >= 0) {
        where << QStringLiteral("e.above_scale = ?");
        binds << f.aboveScale;
    }
    if (f.stage != ProgressStage::Any || f.stageAsOf.isValid()) {
        // The stage dates of enterprise_progress (db/ProgressSchema.h), probed per row so a page
        // stops early; a NULL date (never reached) compares false.
        static const char* const conditions[ProgressStageCount] = {
            "1 = 1",
            "p.base_on IS NULL OR p.base_on > ?1",
            "p.base_on <= ?1",
            "p.base_on <= ?1 AND (p.filed_on IS NULL OR p.filed_on > ?1)",
            "p.filed_on <= ?1",
            "p.filed_on <= ?1 AND (p.accepted_on IS NULL OR p.accepted_on > ?1)",
            "p.accepted_on <= ?1",
            "p.level2_on <= ?1",
        };
        QString condition = QString::fromLatin1(conditions[qBound(0, int(f.stage), ProgressStageCount - 1)]);
        const QString day = f.stageAsOf.isValid() ? sql::iso(f.stageAsOf) : QStringLiteral("9999-12-31");
        // As of a past day, the register as it stood then: not yet archived on that day.
        if (f.stageAsOf.isValid())
            condition = QStringLiteral("(p.archived_on IS NULL OR p.archived_on > ?1) AND (%1)").arg(condition);
        condition.replace(QStringLiteral("?1"), QStringLiteral("'%1'").arg(day));   // an ISO date we made, not user text
        where << QStringLiteral("EXISTS (SELECT 1 FROM enterprise_progress p WHERE p.enterprise_id = e.id AND (%1))").arg(condition);
    }
}

Status sqlFailure(const QString& what, const QSqlQuery& q)
{
    return Status::error(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, sqlErrorText(q.lastError())));
}

} // namespace

QString EnterpriseRepository::searchCondition(const QString& text, QVariantList& binds, Backend backend)
{
    return EnterpriseSearch(text).condition(binds, backend);
}

const QString& EnterpriseRepository::tableName()
{
    static const QString name = QStringLiteral("enterprises");
    return name;
}

Result<QVector<EnterpriseListRow>> EnterpriseRepository::page(const EnterpriseFilter& filter, EnterpriseSortKey key,
                                                               Qt::SortOrder order, const std::optional<PageCursor>& after,
                                                               int limit) const
{
    QStringList where;
    QVariantList binds;
    buildWhere(m_db.connection(), filter, where, binds, EnterpriseSearch::PageIndexLimit);
    const QString sortExpr = sortExpression(key);
    keyset::continueAfter(sortExpr, QStringLiteral("e.id"), order, after, where, binds);
    const QString sql = QStringLiteral(
                            "SELECT e.id, e.name, e.credit_code, e.district_code, COALESCE(d.name, ''), e.industry_code, "
                            "COALESCE(c.name, ''), e.above_scale, e.employees, e.revenue_fen, e.tier, e.contact_name, "
                            "e.contact_phone, e.commissioner, e.archived, e.updated_at, %1, "
                            "(SELECT dg.level FROM diagnoses dg WHERE dg.enterprise_id = e.id AND dg.status = 2 "
                            "AND dg.superseded = 0 ORDER BY dg.visit_date DESC, dg.id DESC LIMIT 1) "
                            "FROM enterprises e LEFT JOIN districts d ON d.code = e.district_code "
                            "LEFT JOIN clusters c ON c.id = e.cluster_id %2 ORDER BY %3 LIMIT %4")
                            .arg(sortExpr,
                                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                                 keyset::orderBy(sortExpr, QStringLiteral("e.id"), order))
                            .arg(qMax(1, limit));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlFailure(tr("Could not list enterprises"), q);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(tr("Could not list enterprises"), q);
    QVector<EnterpriseListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        EnterpriseListRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.creditCode = q.value(2).toString();
        r.districtCode = q.value(3).toString();
        r.districtName = q.value(4).toString();
        r.industryCode = q.value(5).toString();
        r.clusterName = q.value(6).toString();
        r.aboveScale = q.value(7).toBool();
        r.employees = q.value(8).toInt();
        r.revenueFen = q.value(9).toLongLong();
        r.tier = q.value(10).toInt();
        r.contactName = q.value(11).toString();
        r.contactPhone = q.value(12).toString();
        r.commissioner = q.value(13).toString();
        r.archived = q.value(14).toBool();
        r.updatedAt = q.value(15).toString();
        r.cursor = PageCursor{q.value(16), r.id};
        r.level = q.value(17).isNull() ? -1 : q.value(17).toInt();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<qint64> EnterpriseRepository::count(const EnterpriseFilter& filter) const
{
    QStringList where;
    QVariantList binds;
    buildWhere(m_db.connection(), filter, where, binds, EnterpriseSearch::CountIndexLimit);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM enterprises e %1")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlFailure(tr("Could not count enterprises"), q);
    return q.value(0).toLongLong();
}

Result<Enterprise> EnterpriseRepository::get(qint64 id) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM enterprises WHERE id = ?").arg(kColumns), {id}, readEnterprise,
                          tr("The enterprise (id %1) does not exist.").arg(id), tr("Could not read the enterprise"));
}

Result<Enterprise> EnterpriseRepository::findByCreditCode(const QString& code) const
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM enterprises WHERE credit_code = ?").arg(kColumns),
                          {CreditCode::normalize(code)}, readEnterprise, tr("No enterprise has the credit code %1.").arg(code),
                          tr("Could not read the enterprise"));
}

Status EnterpriseRepository::checkFields(const Enterprise& e)
{
    if (e.name.trimmed().isEmpty())
        return Status::error(ErrorCode::Validation, tr("The enterprise name is required."));
    const CreditCode::Check code = CreditCode::check(e.creditCode);
    if (!code.isValid())
        return Status::error(ErrorCode::Validation, code.message());
    if (e.employees < 0)
        return Status::error(ErrorCode::Validation, tr("The number of employees cannot be negative."));
    if (e.revenue.fen() < 0)
        return Status::error(ErrorCode::Validation, tr("The annual revenue cannot be negative."));
    if (!e.contactPhone.isEmpty() && !isPhoneNumber(e.contactPhone))
        return Status::error(ErrorCode::Validation,
                             tr("The contact phone \"%1\" is not a phone number (digits, spaces, +, - and brackets only).")
                                 .arg(e.contactPhone));
    return Status::ok();
}

Status EnterpriseRepository::checkReferences(const Enterprise& e, const QSet<QString>& districts, const QSet<QString>& industries)
{
    if (!e.districtCode.isEmpty() && !districts.contains(e.districtCode))
        return Status::error(ErrorCode::Validation, tr("The district code %1 is not known.").arg(e.districtCode));
    if (!e.industryCode.isEmpty() && !industries.contains(e.industryCode))
        return Status::error(ErrorCode::Validation, tr("The industry code %1 is not known.").arg(e.industryCode));
    return Status::ok();
}

Result<QPair<QSet<QString>, QSet<QString>>> EnterpriseRepository::knownCodes() const
{
    QSqlQuery q(m_db.connection());
    QPair<QSet<QString>, QSet<QString>> codes;
    if (!q.exec(QStringLiteral("SELECT code FROM districts")))
        return sqlFailure(tr("Could not read the districts"), q);
    while (q.next())
        codes.first.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT code FROM industries")))
        return sqlFailure(tr("Could not read the industries"), q);
    while (q.next())
        codes.second.insert(q.value(0).toString());
    return codes;
}

Status EnterpriseRepository::validate(const Enterprise& e) const
{
    const Status fields = checkFields(e);
    if (!fields)
        return fields;
    auto codes = knownCodes();
    if (!codes)
        return codes.status();
    const Status refs = checkReferences(e, codes->first, codes->second);
    if (!refs)
        return refs;
    const QString normalized = CreditCode::normalize(e.creditCode);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM enterprises WHERE credit_code = ? AND id <> ?"));
    q.addBindValue(normalized);
    q.addBindValue(e.id);
    if (!q.exec())
        return sqlFailure(tr("Could not check the credit code"), q);
    if (q.next())
        return Status::error(ErrorCode::Duplicate,
                             tr("The credit code %1 is already registered for \"%2\".").arg(normalized, q.value(0).toString()));
    return Status::ok();
}

Status EnterpriseRepository::insertOne(AuditRepository::Writer& audit, BulkStatement& insert, Enterprise& e,
                                       const QString& now, const QJsonObject* auditChanges) const
{
    e.uuid = newUuid();
    e.createdAt = e.updatedAt = now;
    e.updatedBy = m_db.user();
    e.version = 1;
    int column = 0;
    for (const QString& v : {e.uuid, e.createdAt, e.updatedAt, e.updatedBy})
        insert.bind(column++, v);
    putEditable(e, [&](const auto& v) { bindValue(insert, column++, v); });
    const Result<qint64> id = insert.run();
    if (!id) {
        if (insert.failedOnUnique())
            return Status::error(ErrorCode::Duplicate, tr("The credit code %1 is already registered.").arg(e.creditCode));
        return Status::error(ErrorCode::Database,
                             QStringLiteral("%1: %2").arg(tr("Could not save the enterprise \"%1\"").arg(e.name), id.message()));
    }
    e.id = id.value();
    return audit.record(tableName(), e.id, e.uuid, QStringLiteral("create"),
                        auditChanges ? *auditChanges : AuditRepository::diff({}, e.auditFields()), now);
}

namespace {
const QString kInsertSql = QStringLiteral(
    "INSERT INTO enterprises (uuid, created_at, updated_at, updated_by, name, credit_code, district_code, industry_code, "
    "cluster_id, above_scale, employees, revenue_fen, tier, tier_valid_until, contact_name, contact_phone, commissioner, "
    "notes, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

Enterprise normalized(const Enterprise& input)
{
    Enterprise e = input;
    e.name = e.name.trimmed();
    e.creditCode = CreditCode::normalize(e.creditCode);
    e.contactName = e.contactName.trimmed();
    e.contactPhone = e.contactPhone.trimmed();
    e.commissioner = e.commissioner.trimmed();
    return e;
}
}

Result<Enterprise> EnterpriseRepository::create(const Enterprise& input) const
{
    Enterprise e = normalized(input);
    e.id = 0;
    const Status valid = validate(e);
    if (!valid)
        return valid;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    BulkStatement insert(conn, kInsertSql);
    AuditRepository::Writer audit(m_db, conn);
    const Status inserted = insertOne(audit, insert, e, m_db.nowIso(), nullptr);
    if (!inserted)
        return inserted;
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    return e;
}

Result<Enterprise> EnterpriseRepository::update(const Enterprise& input) const
{
    Enterprise e = normalized(input);
    const Status valid = validate(e);
    if (!valid)
        return valid;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(e.id);
    if (!before)
        return before.status();
    if (before->version != e.version)
        return Status::error(ErrorCode::Conflict,
                             tr("\"%1\" was changed by %2 at %3 after you opened it. Your edit was not saved; "
                                "reload the enterprise and make your change again.")
                                 .arg(before->name, before->updatedBy, before->updatedAt));
    const QJsonObject changes = AuditRepository::diff(before->auditFields(), e.auditFields());
    if (changes.isEmpty())
        return before.value();   // nothing changed: no new version, no audit noise
    e.updatedAt = m_db.nowIso();
    e.updatedBy = m_db.user();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE enterprises SET name = ?, credit_code = ?, district_code = ?, industry_code = ?, "
                             "cluster_id = ?, above_scale = ?, employees = ?, revenue_fen = ?, tier = ?, tier_valid_until = ?, "
                             "contact_name = ?, contact_phone = ?, commissioner = ?, notes = ?, archived = ?, "
                             "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    for (const QVariant& v : editableValues(e))
        q.addBindValue(v);
    q.addBindValue(e.updatedAt);
    q.addBindValue(e.updatedBy);
    q.addBindValue(e.id);
    q.addBindValue(e.version);
    if (!q.exec())
        return sqlFailure(tr("Could not save \"%1\"").arg(e.name), q);
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, tr("\"%1\" was changed by someone else while saving; nothing was saved.").arg(e.name));
    const QString action = before->archived != e.archived ? (e.archived ? QStringLiteral("archive") : QStringLiteral("restore"))
                                                          : QStringLiteral("update");
    e.uuid = before->uuid;
    const Status audited = AuditRepository(m_db).record(conn, tableName(), e.id, e.uuid, action, changes);
    if (!audited)
        return audited;
    const Status committed = tx.commit();
    if (!committed)
        return committed;
    e.version += 1;
    e.createdAt = before->createdAt;
    return e;
}

Result<Enterprise> EnterpriseRepository::setArchived(qint64 id, int expectedVersion, bool archived) const
{
    auto current = get(id);
    if (!current)
        return current.status();
    Enterprise e = current.value();
    e.version = expectedVersion;
    e.archived = archived;
    return update(e);
}

Status EnterpriseRepository::forEach(const EnterpriseFilter& filter, const std::function<bool(const Enterprise&)>& visit) const
{
    QStringList where;
    QVariantList binds;
    buildWhere(m_db.connection(), filter, where, binds, EnterpriseSearch::CountIndexLimit);
    // The columns of kColumns, qualified for the alias the filter conditions use.
    QStringList columns = kColumns.split(QLatin1Char(','));
    for (QString& c : columns)
        c = QStringLiteral("e.") + c.trimmed();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM enterprises e %2 ORDER BY e.name, e.id")
                       .arg(columns.join(QStringLiteral(", ")),
                            where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))))
        return sqlFailure(tr("Could not list enterprises"), q);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(tr("Could not list enterprises"), q);
    while (q.next())
        if (!visit(readEnterprise(q)))
            break;
    return Status::ok();
}

Result<QHash<QString, qint64>> EnterpriseRepository::idsByCreditCode() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT credit_code, id FROM enterprises")))
        return sqlFailure(tr("Could not read the credit codes"), q);
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Status EnterpriseRepository::logReveal(qint64 id) const
{
    auto e = get(id);
    if (!e)
        return e.status();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    const Status audited = AuditRepository(m_db).record(conn, tableName(), id, e->uuid, QStringLiteral("reveal"),
                                                        QJsonObject{{QStringLiteral("field"), QStringLiteral("contact_phone")}});
    if (!audited)
        return audited;
    return tx.commit();
}

Status EnterpriseRepository::insertMany(const QVector<Enterprise>& list, const QJsonObject& source,
                                        const std::function<void(int, int)>& progress, const std::atomic_bool* cancel,
                                        QVector<qint64>* insertedIds) const
{
    if (insertedIds)
        insertedIds->clear();
    // One timestamp for the whole batch, and an audit row per enterprise naming the batch's
    // source: the values themselves are the record's first version.
    const QString now = m_db.nowIso();
    const QJsonObject& auditChanges = source;
    auto codes = knownCodes();   // once, not a lookup per row
    if (!codes)
        return codes.status();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    // See ProgressSchema::Batch: the dashboard's stage rows of a big batch in a few statements.
    ProgressSchema::BatchScope progressBatch;
    if (const Status suspended = progressBatch.begin(conn, ProgressSchema::Batch::Enterprises, list.size()); !suspended)
        return suspended;
    // See SearchSchema and BigramSchema: the search indexes take the new rows in one statement
    // each instead of row by row.
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM enterprises")) || !q.next())
        return sqlFailure(tr("Could not save enterprises"), q);
    const qint64 lastIdBefore = q.value(0).toLongLong();
    q.finish();   // a statement still reading the table would keep its indexes from being dropped
    // See DeferredIndexes: a batch that at least triples the register builds its list indexes once.
    DeferredIndexes listIndexes;
    if (const Status dropped = listIndexes.begin(conn, tableName(), list.size(), lastIdBefore); !dropped)
        return Status::error(ErrorCode::Database, QStringLiteral("%1: %2").arg(tr("Could not save enterprises"), dropped.message()));
    const bool ftsIndexes = Dialect::of(conn) == Backend::Sqlite;   // PostgreSQL's GIN index follows by itself
    if (ftsIndexes && (!q.exec(SearchSchema::dropInsertTrigger()) || !q.exec(BigramSchema::dropInsertTrigger())))
        return sqlFailure(tr("Could not save enterprises"), q);
    BulkStatement insert(conn, kInsertSql);
    if (!insert.prepared())
        return Status::error(ErrorCode::Database, QStringLiteral("%1: %2").arg(tr("Could not save enterprises"), insert.prepared().message()));
    AuditRepository::Writer audit(m_db, conn);
    const int total = int(list.size());
    QVector<QPair<qint64, QString>> named;   // id and name of each new row, for the bigram index
    if (ftsIndexes)
        named.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            return Status::error(ErrorCode::Cancelled, tr("Cancelled; no enterprise was added."));
        Enterprise e = normalized(list.at(i));
        Status valid = checkFields(e);
        if (valid)
            valid = checkReferences(e, codes->first, codes->second);
        if (!valid)
            return Status::error(ErrorCode::Validation, tr("Row %1 (\"%2\"): %3").arg(i + 1).arg(e.name, valid.message()));
        const Status s = insertOne(audit, insert, e, now, &auditChanges);
        if (!s)
            return Status::error(s.code(), tr("Row %1: %2").arg(i + 1).arg(s.message()));
        if (insertedIds)
            insertedIds->push_back(e.id);
        if (ftsIndexes)
            named.push_back({e.id, e.name});
        if (progress && (i % 500 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    if (ftsIndexes) {
        q.prepare(SearchSchema::indexRowsAfter());
        q.addBindValue(lastIdBefore);
        if (!q.exec())
            return sqlFailure(tr("Could not index the new enterprises for search"), q);
        BulkStatement pieces(conn, BigramSchema::insertPiecesSql());
        for (const auto& [id, name] : std::as_const(named)) {
            pieces.bind(0, id);
            pieces.bind(1, BigramSchema::piecesOfName(name));
            if (auto indexed = pieces.run(); !indexed)
                return Status::error(ErrorCode::Database, QStringLiteral("%1: %2").arg(tr("Could not index the new enterprises for search"), indexed.message()));
        }
        if (!q.exec(SearchSchema::insertTrigger()) || !q.exec(BigramSchema::insertTrigger()))
            return sqlFailure(tr("Could not save enterprises"), q);
    }
    if (const Status ended = progressBatch.end(conn); !ended)
        return ended;
    if (const Status built = listIndexes.end(conn); !built)
        return Status::error(ErrorCode::Database, QStringLiteral("%1: %2").arg(tr("Could not save enterprises"), built.message()));
    return tx.commit();
}

} // namespace dx
