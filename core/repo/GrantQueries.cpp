// GrantRepository: reads, the paged list, the fund ledger and the invariant check.

#include "GrantRepository.h"

#include "EnterpriseRepository.h"
#include "FundRepository.h"
#include "GrantSql.h"
#include "RowQuery.h"
#include "db/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace dx {

using namespace sql;
using namespace grantsql;

namespace {

Status failed(const QSqlQuery& q)
{
    return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}

void grantWhere(Backend backend, const GrantFilter& f, QStringList& where, QVariantList& binds)
{
    const QString search = EnterpriseRepository::searchCondition(f.search, binds, backend);
    if (!search.isEmpty())
        where << search;
    const QPair<const char*, qint64> ids[] = {{"g.fund_id = ?", f.fundId},
                                              {"g.policy_id = ?", f.policyId},
                                              {"g.enterprise_id = ?", f.enterpriseId},
                                              {"g.project_id = ?", f.projectId}};
    for (const auto& id : ids) {
        if (id.second > 0) {
            where << QLatin1String(id.first);
            binds << id.second;
        }
    }
    if (f.state >= 0) {
        where << QStringLiteral("g.state = ?");
        binds << f.state;
    }
    if (f.clusterId == 0) {
        where << QStringLiteral("e.cluster_id IS NULL");
    } else if (f.clusterId > 0) {
        where << QStringLiteral("e.cluster_id = ?");
        binds << f.clusterId;
    }
}

QString whereClause(const QStringList& where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

Result<Grant> GrantRepository::get(qint64 id) const
{
    return selectOne(m_db, selectGrant() + QStringLiteral(" WHERE g.id = ?"), {id}, readGrant,
                     tr("The grant (id %1) does not exist.").arg(id));
}

Result<QVector<GrantTranche>> GrantRepository::tranches(qint64 grantId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, selectTranche() + QStringLiteral(" WHERE grant_id = ? ORDER BY number"), {grantId}))
        return failed(q);
    QVector<GrantTranche> out;
    while (q.next())
        out.push_back(readTranche(q));
    return out;
}

namespace {
const QString kPaidSql = QStringLiteral("(SELECT COALESCE(SUM(t.amount_fen), 0) FROM grant_payments t WHERE t.grant_id = g.id)");

// The expression each sort key orders by (every one NOT NULL, as keyset comparisons need).
QString grantSortExpression(int key)
{
    switch (GrantSortKey(key)) {
    case GrantSortKey::Enterprise: return QStringLiteral("e.name");
    case GrantSortKey::Cluster: return QStringLiteral("COALESCE(c.name, '')");
    case GrantSortKey::Project: return QStringLiteral("COALESCE(p.title, '')");
    case GrantSortKey::Fund: return QStringLiteral("f.name");
    case GrantSortKey::Policy: return QStringLiteral("po.name");
    case GrantSortKey::State: return QStringLiteral("g.state");
    case GrantSortKey::Applied: return QStringLiteral("g.applied_on");
    case GrantSortKey::Requested: return QStringLiteral("g.requested_fen");
    case GrantSortKey::Eligible: return QStringLiteral("g.eligible_fen");
    case GrantSortKey::Approved: return QStringLiteral("g.approved_fen");
    case GrantSortKey::Paid: return kPaidSql;
    }
    return QStringLiteral("g.id");
}
} // namespace

Result<QVector<GrantListRow>> GrantRepository::page(const GrantFilter& filter, const ListSort& sort,
                                                    const std::optional<PageCursor>& after, int limit) const
{
    QStringList where;
    QVariantList binds;
    grantWhere(m_db.backend(), filter, where, binds);
    // Newest first unless a column is chosen.
    const QString expression = grantSortExpression(sort.key);
    const Qt::SortOrder order = sort.key < 0 ? Qt::DescendingOrder : sort.order;
    const QString id = QStringLiteral("g.id");
    keyset::continueAfter(expression, id, order, after, where, binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT g.id, g.enterprise_id, e.name, e.credit_code, COALESCE(e.cluster_id, 0), COALESCE(c.name, ''), "
        "COALESCE(g.project_id, 0), COALESCE(p.title, ''), g.fund_id, f.name, g.policy_id, po.name, v.number, g.purpose, g.state, "
        "g.applied_on, g.state_changed_on, g.requested_fen, g.eligible_fen, g.approved_fen, %1, %2 "
        "FROM grants g JOIN enterprises e ON e.id = g.enterprise_id LEFT JOIN clusters c ON c.id = e.cluster_id "
        "LEFT JOIN projects p ON p.id = g.project_id JOIN funds f ON f.id = g.fund_id JOIN policies po ON po.id = g.policy_id "
        "JOIN policy_versions v ON v.id = g.policy_version_id%3 ORDER BY %4 LIMIT %5")
                            .arg(kPaidSql, expression, whereClause(where), keyset::orderBy(expression, id, order))
                            .arg(qMax(1, limit));
    if (!run(q, sql, binds))
        return Status::error(ErrorCode::Database, tr("Could not list the grants: %1").arg(sqlErrorText(q.lastError())));
    QVector<GrantListRow> rows;
    while (q.next()) {
        GrantListRow r;
        r.id = q.value(0).toLongLong();
        r.enterpriseId = q.value(1).toLongLong();
        r.enterpriseName = q.value(2).toString();
        r.creditCode = q.value(3).toString();
        r.clusterId = q.value(4).toLongLong();
        r.clusterName = q.value(5).toString();
        r.projectId = q.value(6).toLongLong();
        r.projectTitle = q.value(7).toString();
        r.fundId = q.value(8).toLongLong();
        r.fundName = q.value(9).toString();
        r.policyId = q.value(10).toLongLong();
        r.policyName = q.value(11).toString();
        r.policyVersionNumber = q.value(12).toInt();
        r.purpose = GrantPurpose(q.value(13).toInt());
        r.state = GrantState(q.value(14).toInt());
        r.appliedOn = date(q.value(15));
        r.stateChangedOn = date(q.value(16));
        r.requested = Money::fromFen(q.value(17).toLongLong());
        r.eligible = Money::fromFen(q.value(18).toLongLong());
        r.approved = Money::fromFen(q.value(19).toLongLong());
        r.paid = Money::fromFen(q.value(20).toLongLong());
        r.cursor = PageCursor{q.value(21), r.id};
        rows.push_back(r);
    }
    return rows;
}

Result<qint64> GrantRepository::count(const GrantFilter& filter) const
{
    QStringList where;
    QVariantList binds;
    grantWhere(m_db.backend(), filter, where, binds);
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM grants g JOIN enterprises e ON e.id = g.enterprise_id%1").arg(whereClause(where)),
             binds) ||
        !q.next())
        return failed(q);
    return q.value(0).toLongLong();
}

Result<FundCommitment> GrantRepository::fundCommitment(qint64 fundId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT COALESCE(SUM(approved_fen), 0), "
                               "COALESCE(SUM(CASE WHEN purpose = %1 THEN approved_fen ELSE 0 END), 0) "
                               "FROM grants WHERE fund_id = ? AND state IN %2")
                    .arg(int(GrantPurpose::PlatformProvider))
                    .arg(committedStates()),
             {fundId}) ||
        !q.next())
        return failed(q);
    return FundCommitment{Money::fromFen(q.value(0).toLongLong()), Money::fromFen(q.value(1).toLongLong())};
}

Result<QVector<FundLedgerRow>> GrantRepository::ledger(bool includeArchived) const
{
    auto funds = FundRepository(m_db).list(includeArchived);
    if (!funds)
        return funds.status();
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT fund_id, "
                               "COALESCE(SUM(CASE WHEN state IN %1 THEN approved_fen ELSE 0 END), 0), "
                               "COALESCE(SUM(CASE WHEN state IN %1 AND purpose = %3 THEN approved_fen ELSE 0 END), 0), "
                               "COALESCE(SUM(CASE WHEN state IN %2 THEN requested_fen ELSE 0 END), 0), "
                               "COUNT(CASE WHEN state IN %1 THEN 1 END), COUNT(CASE WHEN state IN %2 THEN 1 END) "
                               "FROM grants GROUP BY fund_id")
                    .arg(committedStates(), pendingStates())
                    .arg(int(GrantPurpose::PlatformProvider))))
        return failed(q);
    QHash<qint64, FundLedgerRow> sums;
    while (q.next()) {
        FundLedgerRow& r = sums[q.value(0).toLongLong()];
        r.committed = Money::fromFen(q.value(1).toLongLong());
        r.platformCommitted = Money::fromFen(q.value(2).toLongLong());
        r.pending = Money::fromFen(q.value(3).toLongLong());
        r.committedGrants = q.value(4).toInt();
        r.pendingGrants = q.value(5).toInt();
    }
    if (!run(q, QStringLiteral("SELECT g.fund_id, SUM(t.amount_fen) FROM grant_payments t JOIN grants g ON g.id = t.grant_id "
                               "GROUP BY g.fund_id")))
        return failed(q);
    while (q.next())
        sums[q.value(0).toLongLong()].paid = Money::fromFen(q.value(1).toLongLong());
    QVector<FundLedgerRow> out;
    for (const Fund& f : funds.value()) {
        FundLedgerRow r = sums.value(f.id);
        r.fund = f;
        r.remaining = f.total - r.committed;
        r.platformLimit = f.platformLimit();
        out.push_back(r);
    }
    return out;
}

Result<QVector<ClusterLedgerRow>> GrantRepository::clusterLedger(qint64 fundId) const
{
    const QString fundWhere = fundId > 0 ? QStringLiteral(" WHERE g.fund_id = ?") : QString();
    const QVariantList binds = fundId > 0 ? QVariantList{fundId} : QVariantList{};
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT COALESCE(e.cluster_id, 0), COALESCE(MAX(c.name), ''), "
                               "COALESCE(SUM(CASE WHEN g.state IN %1 THEN g.approved_fen ELSE 0 END), 0), "
                               "COALESCE(SUM(CASE WHEN g.state IN %2 THEN g.requested_fen ELSE 0 END), 0), "
                               "COUNT(CASE WHEN g.state IN %1 THEN 1 END), COALESCE(MAX(c.sort_order), 2147483647) "
                               "FROM grants g JOIN enterprises e ON e.id = g.enterprise_id LEFT JOIN clusters c ON c.id = e.cluster_id"
                               "%3 GROUP BY COALESCE(e.cluster_id, 0) ORDER BY 6, 2")
                    .arg(committedStates(), pendingStates(), fundWhere),
             binds))
        return failed(q);
    QVector<ClusterLedgerRow> out;
    QHash<qint64, int> at;
    while (q.next()) {
        ClusterLedgerRow r;
        r.clusterId = q.value(0).toLongLong();
        r.clusterName = q.value(1).toString();
        r.committed = Money::fromFen(q.value(2).toLongLong());
        r.pending = Money::fromFen(q.value(3).toLongLong());
        r.committedGrants = q.value(4).toInt();
        at.insert(r.clusterId, int(out.size()));
        out.push_back(r);
    }
    if (!run(q, QStringLiteral("SELECT COALESCE(e.cluster_id, 0), SUM(t.amount_fen) FROM grant_payments t "
                               "JOIN grants g ON g.id = t.grant_id JOIN enterprises e ON e.id = g.enterprise_id%1 "
                               "GROUP BY COALESCE(e.cluster_id, 0)")
                    .arg(fundWhere),
             binds))
        return failed(q);
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it != at.constEnd())
            out[*it].paid = Money::fromFen(q.value(1).toLongLong());
    }
    return out;
}

Result<int> GrantRepository::achievedLevel(qint64 enterpriseId, qint64 projectId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT COALESCE("
                               "(SELECT d.level FROM projects p JOIN diagnoses d ON d.id = p.acceptance_diagnosis_id WHERE p.id = ?), "
                               "(SELECT d.level FROM diagnoses d WHERE d.enterprise_id = ? AND d.kind = %1 AND d.status = %2 "
                               " AND d.superseded = 0 ORDER BY d.visit_date DESC, d.id DESC LIMIT 1), 0)")
                    .arg(int(DiagnosisKind::PostTransformation))
                    .arg(int(DiagnosisStatus::Confirmed)),
             {projectId, enterpriseId}) ||
        !q.next())
        return failed(q);
    return q.value(0).toInt();
}

Status GrantRepository::checkInvariants() const
{
    QSqlQuery q(m_db.connection());
    // Per grant: tranches within the approved amount, and a state that agrees with them.
    if (!run(q, QStringLiteral("SELECT g.id, g.state, g.approved_fen, g.eligible_fen, g.requested_fen, "
                               "COALESCE(SUM(t.amount_fen), 0), COUNT(t.id) "
                               "FROM grants g LEFT JOIN grant_payments t ON t.grant_id = g.id GROUP BY g.id, g.state, g.approved_fen, "
                               "g.eligible_fen, g.requested_fen")))
        return failed(q);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const GrantState state = GrantState(q.value(1).toInt());
        const Money approved = Money::fromFen(q.value(2).toLongLong());
        const Money eligible = Money::fromFen(q.value(3).toLongLong());
        const Money requested = Money::fromFen(q.value(4).toLongLong());
        const Money paid = Money::fromFen(q.value(5).toLongLong());
        const int tranches = q.value(6).toInt();
        if (approved.fen() < 0 || eligible < approved || requested < approved)
            return Status::error(ErrorCode::Validation, tr("Grant no. %1 approves %2, above its eligible %3 or requested %4.")
                                                            .arg(id)
                                                            .arg(yuanText(approved), yuanText(eligible), yuanText(requested)));
        if (tranches > 0 && !GrantWorkflow::commitsFunds(state))
            return Status::error(ErrorCode::Validation, tr("Grant no. %1 is %2 but has tranches paid.").arg(id).arg(grantStateName(state)));
        if (approved < paid)
            return Status::error(ErrorCode::Validation, tr("Grant no. %1 has paid %2, more than the approved %3.")
                                                            .arg(id)
                                                            .arg(yuanText(paid), yuanText(approved)));
        if (GrantWorkflow::commitsFunds(state) && approved.fen() <= 0)
            return Status::error(ErrorCode::Validation, tr("Grant no. %1 is %2 without an approved amount.").arg(id).arg(grantStateName(state)));
        const bool consistent = (state == GrantState::Approved && tranches == 0) ||
                                (state == GrantState::Paying && tranches > 0 && paid < approved) ||
                                (state == GrantState::Paid && paid == approved) || !GrantWorkflow::commitsFunds(state);
        if (!consistent)
            return Status::error(ErrorCode::Validation, tr("Grant no. %1 is %2 but has paid %3 of %4.")
                                                            .arg(id)
                                                            .arg(grantStateName(state), yuanText(paid), yuanText(approved)));
    }
    // Tranches tied to an acceptance: only on accepted projects, on or after the acceptance.
    if (!run(q, QStringLiteral("SELECT t.grant_id, t.number FROM grant_payments t JOIN grants g ON g.id = t.grant_id "
                               "LEFT JOIN projects p ON p.id = g.project_id WHERE t.basis = %1 "
                               "AND (p.id IS NULL OR p.state <> %2 OR t.paid_on < p.accepted_on) LIMIT 1")
                    .arg(int(TrancheBasis::Acceptance))
                    .arg(int(ProjectState::Accepted))))
        return failed(q);
    if (q.next())
        return Status::error(ErrorCode::Validation, tr("Tranche %2 of grant no. %1 is tied to an acceptance the project does not have.")
                                                        .arg(q.value(0).toLongLong())
                                                        .arg(q.value(1).toInt()));
    // Per fund, once every grant is consistent.
    auto rows = ledger(true);
    if (!rows)
        return rows.status();
    for (const FundLedgerRow& r : rows.value()) {
        if (r.fund.total < r.committed)
            return Status::error(ErrorCode::Validation, tr("The fund %1 commits %2, more than its total of %3.")
                                                            .arg(r.fund.name, yuanText(r.committed), yuanText(r.fund.total)));
        if (r.platformLimit < r.platformCommitted)
            return Status::error(ErrorCode::Validation,
                                 tr("The fund %1 commits %2 to platforms and providers, more than its split limit of %3.")
                                     .arg(r.fund.name, yuanText(r.platformCommitted), yuanText(r.platformLimit)));
        if (r.committed < r.paid)
            return Status::error(ErrorCode::Validation, tr("The fund %1 has paid %2, more than the %3 it committed.")
                                                            .arg(r.fund.name, yuanText(r.paid), yuanText(r.committed)));
    }
    return Status::ok();
}

} // namespace dx
