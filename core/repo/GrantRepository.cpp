// GrantRepository: applications, state changes and tranches (the writes). Queries and the
// ledger are in GrantQueries.cpp, the bulk path in GrantBulk.cpp.

#include "GrantRepository.h"
#include "util/Uuid.h"

#include "AuditRepository.h"
#include "EnterpriseRepository.h"
#include "FundRepository.h"
#include "GrantSql.h"
#include "VersionedChange.h"
#include "PolicyRepository.h"
#include "ProjectRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dx {

using namespace sql;
using namespace grantsql;

struct GrantRepository::Inputs
{
    PolicyInfo policy;
    PolicyVersion version;
    Fund fund;
    Enterprise enterprise;
    Project project;
    QVector<CostLine> costLines;
    QVector<Invoice> invoices;
    QVector<Payment> payments;
    int achievedLevel = 0;

    Eligibility evaluate(const QDate& asOf) const
    {
        return evaluateEligibility(version.policy, enterprise, project, costLines, invoices, payments, achievedLevel, asOf);
    }
};

const QString& GrantRepository::tableName()
{
    static const QString name = QStringLiteral("grants");
    return name;
}

Result<GrantRepository::Inputs> GrantRepository::loadInputs(qint64 policyId, qint64 enterpriseId, qint64 projectId) const
{
    Inputs in;
    PolicyRepository policies(m_db);
    auto policy = policies.get(policyId);
    if (!policy)
        return policy.status();
    if (policy->archived)
        return Status::error(ErrorCode::Validation, tr("The policy %1 is archived; it takes no new applications.").arg(policy->name));
    auto version = policies.latestVersion(policyId);
    if (!version)
        return version.status();
    if (version->policy.name.isEmpty())
        return Status::error(ErrorCode::Validation, tr("The stored document of the policy %1 (version %2) is not valid any more.")
                                                        .arg(policy->name)
                                                        .arg(version->number));
    auto fund = FundRepository(m_db).get(policy->fundId);
    if (!fund)
        return fund.status();
    if (fund->archived)
        return Status::error(ErrorCode::Validation, tr("The fund %1 is archived; it takes no new applications.").arg(fund->name));
    auto enterprise = EnterpriseRepository(m_db).get(enterpriseId);
    if (!enterprise)
        return enterprise.status();
    if (enterprise->archived)
        return Status::error(ErrorCode::Validation, tr("%1 is archived; restore it before applying for a grant.").arg(enterprise->name));
    in.policy = policy.value();
    in.version = version.value();
    in.fund = fund.value();
    in.enterprise = enterprise.value();
    if (projectId > 0) {
        ProjectRepository projects(m_db);
        auto project = projects.get(projectId);
        if (!project)
            return project.status();
        if (project->enterpriseId != enterpriseId)
            return Status::error(ErrorCode::Validation, tr("The project belongs to another enterprise."));
        auto costs = projects.costLines(projectId);
        auto invoices = projects.invoices(projectId);
        auto payments = projects.payments(projectId);
        for (const Status* s : {&costs.status(), &invoices.status(), &payments.status()})
            if (!*s)
                return *s;
        in.project = project.value();
        in.costLines = costs.value();
        in.invoices = invoices.value();
        in.payments = payments.value();
    }
    auto level = achievedLevel(enterpriseId, projectId);
    if (!level)
        return level.status();
    in.achievedLevel = level.value();
    return in;
}

Result<Eligibility> GrantRepository::preview(const GrantApplication& a) const
{
    auto in = loadInputs(a.policyId, a.enterpriseId, a.projectId);
    if (!in)
        return in.status();
    return in->evaluate(a.appliedOn.isValid() ? a.appliedOn : m_db.clock().today());
}

Result<Grant> GrantRepository::apply(const GrantApplication& a) const
{
    if (a.requested.fen() <= 0)
        return Status::error(ErrorCode::Validation, tr("An application needs the amount applied for."));
    const QDate today = m_db.clock().today();
    if (a.appliedOn.isValid() && a.appliedOn > today)
        return Status::error(ErrorCode::Validation, tr("The application date cannot be in the future."));
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto in = loadInputs(a.policyId, a.enterpriseId, a.projectId);
    if (!in)
        return in.status();
    // One live application per project (or per enterprise, without a project) and policy: the
    // same costs must not be subsidised twice. Rejected and withdrawn ones do not count.
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT id, state FROM grants WHERE policy_id = ? AND enterprise_id = ? AND COALESCE(project_id, 0) = ? "
                             "AND state NOT IN (%1, %2)")
                  .arg(int(GrantState::Rejected))
                  .arg(int(GrantState::Withdrawn)));
    for (const QVariant& v : QVariantList{a.policyId, a.enterpriseId, a.projectId})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (q.next())
        return Status::error(ErrorCode::Duplicate, tr("Grant no. %1 (%2) already applies under %3 for this %4.")
                                                       .arg(q.value(0).toLongLong())
                                                       .arg(grantStateName(GrantState(q.value(1).toInt())), in->policy.name,
                                                            a.projectId > 0 ? tr("project") : tr("enterprise")));

    Grant g;
    g.uuid = newUuid();
    g.enterpriseId = a.enterpriseId;
    g.projectId = a.projectId;
    g.fundId = in->fund.id;
    g.policyId = in->policy.id;
    g.policyVersionId = in->version.id;
    g.policyVersionNumber = in->version.number;
    g.purpose = in->version.policy.purpose;
    g.appliedOn = a.appliedOn.isValid() ? a.appliedOn : today;
    g.requested = a.requested;
    g.eligibility = in->evaluate(g.appliedOn);
    g.eligible = g.eligibility.amount;
    g.achievedLevel = in->achievedLevel;
    g.state = GrantState::Applied;
    g.stateChangedOn = today;
    g.notes = a.notes.trimmed();
    const QString now = m_db.nowIso();
    q.prepare(QStringLiteral("INSERT INTO grants (uuid, created_at, updated_at, updated_by, enterprise_id, project_id, fund_id, policy_id, "
                             "purpose, applied_on, requested_fen, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
                  .arg(mutableColumns(), placeholders(int(mutableValues(g).size()))));
    for (const QVariant& v : QVariantList{g.uuid, now, now, m_db.user(), g.enterpriseId, idOrNull(g.projectId), g.fundId, g.policyId,
                                          int(g.purpose), iso(g.appliedOn), g.requested.fen()} +
                                 mutableValues(g))
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the application: %1").arg(sqlErrorText(q.lastError())));
    g.id = q.lastInsertId().toLongLong();
    Status s = AuditRepository(m_db).record(conn, tableName(), g.id, g.uuid, QStringLiteral("create"),
                                            AuditRepository::diff({}, auditFields(g)));
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return get(g.id);
}

// Rewrites the mutable columns if the grant is still at `before.version`; audited as `action`.
Status GrantRepository::write(QSqlDatabase& conn, const Grant& before, const Grant& after, const QString& action) const
{
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE grants SET %1, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                  .arg(assignments(mutableColumns())));
    for (const QVariant& v : mutableValues(after) + QVariantList{m_db.nowIso(), m_db.user(), before.id, before.version})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the grant: %1").arg(sqlErrorText(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, tr("The grant was changed by someone else; nothing was saved."));
    return AuditRepository(m_db).record(conn, tableName(), before.id, before.uuid, action,
                                        AuditRepository::diff(auditFields(before), auditFields(after)));
}

namespace {
Status staleGrant(const Grant& current)
{
    return Status::error(ErrorCode::Conflict, QCoreApplication::translate("dx::GrantRepository",
                                                                          "The grant was changed by %1 at %2 after you opened it; "
                                                                          "nothing was saved.")
                                                  .arg(current.updatedBy, current.updatedAt));
}
}

Result<Grant> GrantRepository::recalculate(qint64 id, int expectedVersion) const
{
    return sql::versionedChange(m_db, id, expectedVersion, [this](qint64 i) { return get(i); }, staleGrant,
                                [&](QSqlDatabase& conn, const Grant& before) -> Status {
        if (before.state != GrantState::Applied && before.state != GrantState::Reviewed)
            return Status::error(ErrorCode::Validation, tr("The grant is %1; its eligible amount is fixed once it is decided.")
                                                            .arg(grantStateName(before.state)));
        auto in = loadInputs(before.policyId, before.enterpriseId, before.projectId);
        if (!in)
            return in.status();
        Grant g = before;
        g.policyVersionId = in->version.id;
        g.eligibility = in->evaluate(g.appliedOn);
        g.eligible = g.eligibility.amount;
        g.achievedLevel = in->achievedLevel;
        return write(conn, before, g, QStringLiteral("recalculate"));
    });
}

Result<Grant> GrantRepository::changeState(qint64 id, int expectedVersion, GrantState to, const QString& text) const
{
    return sql::versionedChange(m_db, id, expectedVersion, [this](qint64 i) { return get(i); }, staleGrant,
                                [&](QSqlDatabase& conn, const Grant& before) -> Status {
        Status s = GrantWorkflow::checkTransition(before.state, to, text);
        if (!s)
            return s;
        Grant g = before;
        const QDate today = m_db.clock().today();
        g.state = to;
        g.stateChangedOn = today;
        if (to == GrantState::Reviewed) {
            g.reviewedOn = today;
            g.reviewNote = text.trimmed();
        } else {
            g.closeReason = text.trimmed();
        }
        return write(conn, before, g, to == GrantState::Reviewed   ? QStringLiteral("review")
                                           : to == GrantState::Rejected ? QStringLiteral("reject")
                                                                        : QStringLiteral("withdraw"));
    });
}

Result<Grant> GrantRepository::review(qint64 id, int expectedVersion, const QString& note) const
{
    return changeState(id, expectedVersion, GrantState::Reviewed, note);
}

Result<Grant> GrantRepository::reject(qint64 id, int expectedVersion, const QString& reason) const
{
    return changeState(id, expectedVersion, GrantState::Rejected, reason);
}

Result<Grant> GrantRepository::withdraw(qint64 id, int expectedVersion, const QString& reason) const
{
    return changeState(id, expectedVersion, GrantState::Withdrawn, reason);
}

Result<Grant> GrantRepository::approve(qint64 id, int expectedVersion, Money amount, const QString& note) const
{
    return sql::versionedChange(m_db, id, expectedVersion, [this](qint64 i) { return get(i); }, staleGrant,
                                [&](QSqlDatabase& conn, const Grant& before) -> Status {
        Status s = GrantWorkflow::checkTransition(before.state, GrantState::Approved);
        if (!s)
            return s;
        if (amount.fen() <= 0)
            return Status::error(ErrorCode::Validation, tr("The approved amount must be positive."));
        if (before.eligible < amount)
            return Status::error(ErrorCode::Validation, tr("Approving %1 is more than the eligible amount of %2.")
                                                            .arg(yuanText(amount), yuanText(before.eligible)));
        if (before.requested < amount)
            return Status::error(ErrorCode::Validation, tr("Approving %1 is more than the %2 applied for.")
                                                            .arg(yuanText(amount), yuanText(before.requested)));
        // Lock the fund row before summing its commitments. On SQLite BEGIN IMMEDIATE already
        // serialises writers; on PostgreSQL this UPDATE makes a second approval on the same fund wait
        // here until the first commits, and its sums then include the first. The value is left as it
        // is so an officer's open fund editor does not see a false conflict.
        QSqlQuery lock(conn);
        lock.prepare(QStringLiteral("UPDATE funds SET version = version WHERE id = ?"));
        lock.addBindValue(before.fundId);
        if (!lock.exec())
            return Status::error(ErrorCode::Database, sqlErrorText(lock.lastError()));
        if (lock.numRowsAffected() != 1)
            return Status::error(ErrorCode::NotFound, tr("The grant's fund no longer exists."));
        auto fund = FundRepository(m_db).get(before.fundId);
        if (!fund)
            return fund.status();
        if (fund->archived)
            return Status::error(ErrorCode::Validation, tr("The fund %1 is archived; it commits no new grants.").arg(fund->name));
        auto committed = fundCommitment(before.fundId);
        if (!committed)
            return committed.status();
        const Money after = committed->total + amount;
        if (fund->total < after)
            return Status::error(ErrorCode::Validation,
                                 tr("Approving %1 would commit %2 of the fund %3's %4 (%5 already committed, %6 remaining).")
                                     .arg(yuanText(amount), yuanText(after), fund->name, yuanText(fund->total),
                                          yuanText(committed->total), yuanText(fund->total - committed->total)));
        if (before.purpose == GrantPurpose::PlatformProvider) {
            const Money platformAfter = committed->platform + amount;
            const Money limit = fund->platformLimit();
            if (limit < platformAfter) {
                // Name the limit that binds: the maximum for platforms or the minimum kept for upgrades.
                const bool byMax = shareRoundedDown(fund->total, fund->maxPlatformShareBp) == limit;
                const QString rule = byMax ? tr("at most %1 to platforms and providers").arg(percentText(fund->maxPlatformShareBp))
                                           : tr("at least %1 kept for enterprise upgrades").arg(percentText(fund->minUpgradeShareBp));
                return Status::error(ErrorCode::Validation,
                                     tr("Approving %1 would bring the grants to platforms and providers to %2; the fund %3 allows "
                                        "them %4 (%5 of %6).")
                                         .arg(yuanText(amount), yuanText(platformAfter), fund->name, yuanText(limit), rule,
                                              yuanText(fund->total)));
            }
        }
        Grant g = before;
        const QDate today = m_db.clock().today();
        g.state = GrantState::Approved;
        g.stateChangedOn = today;
        g.approved = amount;
        g.approvedOn = today;
        g.approvalNote = note.trimmed();
        return write(conn, before, g, QStringLiteral("approve"));
    });
}

Result<GrantTranche> GrantRepository::addTranche(qint64 grantId, int expectedVersion, const GrantTranche& input) const
{
    GrantTranche t = input;
    t.voucher = t.voucher.trimmed();
    t.notes = t.notes.trimmed();
    const QDate today = m_db.clock().today();
    if (t.amount.fen() <= 0 || !t.paidOn.isValid() || t.voucher.isEmpty())
        return Status::error(ErrorCode::Validation, tr("A tranche needs a positive amount, the payment date and the voucher number."));
    if (t.paidOn > today)
        return Status::error(ErrorCode::Validation, tr("A tranche cannot be dated in the future (%1).").arg(iso(t.paidOn)));
    if (t.basis != TrancheBasis::Milestone)
        t.milestoneId = 0;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.status())
        return tx.status();
    auto before = get(grantId);
    if (!before)
        return before.status();
    if (before->version != expectedVersion)
        return staleGrant(before.value());
    Status s = GrantWorkflow::checkPayment(before->state);
    if (!s)
        return s;
    if (t.paidOn < before->approvedOn)
        return Status::error(ErrorCode::Validation, tr("A tranche cannot be paid before the grant was approved (%1).")
                                                        .arg(iso(before->approvedOn)));
    if (t.basis != TrancheBasis::None && before->projectId == 0)
        return Status::error(ErrorCode::Validation, tr("This grant has no project; its tranches cannot be tied to a milestone or an acceptance."));
    ProjectRepository projects(m_db);
    if (t.basis == TrancheBasis::Acceptance) {
        auto project = projects.get(before->projectId);
        if (!project)
            return project.status();
        if (project->state != ProjectState::Accepted)
            return Status::error(ErrorCode::Validation, tr("The project is %1, not accepted; a tranche tied to the acceptance cannot be "
                                                           "paid before the project is accepted.")
                                                            .arg(projectStateName(project->state)));
        if (t.paidOn < project->acceptedOn)
            return Status::error(ErrorCode::Validation, tr("The project was accepted on %1; a tranche tied to the acceptance cannot be "
                                                           "paid before that.")
                                                            .arg(iso(project->acceptedOn)));
    } else if (t.basis == TrancheBasis::Milestone) {
        auto milestones = projects.milestones(before->projectId);
        if (!milestones)
            return milestones.status();
        const Milestone* m = nullptr;
        for (const Milestone& candidate : milestones.value())
            if (candidate.id == t.milestoneId)
                m = &candidate;
        if (!m)
            return Status::error(ErrorCode::Validation, tr("The tranche is tied to a milestone that is not one of the project's."));
        if (!m->doneOn.isValid())
            return Status::error(ErrorCode::Validation, tr("The milestone \"%1\" is not done yet; a tranche tied to it cannot be paid.")
                                                            .arg(m->title));
        if (t.paidOn < m->doneOn)
            return Status::error(ErrorCode::Validation, tr("The milestone \"%1\" was done on %2; a tranche tied to it cannot be paid "
                                                           "before that.")
                                                            .arg(m->title, iso(m->doneOn)));
    }
    // Lock the grant row (and check its version) before summing its tranches: a second payment
    // of the same grant waits here, then sees this one.
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE grants SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    for (const QVariant& v : QVariantList{m_db.nowIso(), m_db.user(), grantId, expectedVersion})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::error(ErrorCode::Conflict, tr("The grant was changed by someone else; nothing was saved."));
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_fen), 0), COALESCE(MAX(number), 0) FROM grant_payments WHERE grant_id = ?"));
    q.addBindValue(grantId);
    if (!q.exec() || !q.next())
        return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    const Money paid = Money::fromFen(q.value(0).toLongLong());
    const int last = q.value(1).toInt();
    const Money paidAfter = paid + t.amount;
    if (before->approved < paidAfter)
        return Status::error(ErrorCode::Validation,
                             tr("Paying %1 would bring the payments of this grant to %2, above the approved %3 (%4 still to pay).")
                                 .arg(yuanText(t.amount), yuanText(paidAfter), yuanText(before->approved),
                                      yuanText(before->approved - paid)));
    const GrantState next = paidAfter == before->approved ? GrantState::Paid : GrantState::Paying;
    if (next != before->state) {
        s = GrantWorkflow::checkTransition(before->state, next);
        if (!s)
            return s;
    }
    t.grantId = grantId;
    t.number = last + 1;
    t.uuid = newUuid();
    t.createdAt = m_db.nowIso();
    t.createdBy = m_db.user();
    q.prepare(QStringLiteral("INSERT INTO grant_payments (uuid, created_at, updated_at, updated_by, grant_id, number, amount_fen, paid_on, "
                             "voucher, basis, milestone_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList{t.uuid, t.createdAt, t.createdAt, t.createdBy, grantId, t.number, t.amount.fen(),
                                          iso(t.paidOn), t.voucher, int(t.basis), idOrNull(t.milestoneId), text(t.notes)})
        q.addBindValue(v);
    if (!q.exec())
        return Status::error(ErrorCode::Database, tr("Could not save the tranche: %1").arg(sqlErrorText(q.lastError())));
    t.id = q.lastInsertId().toLongLong();
    if (next != before->state) {
        q.prepare(QStringLiteral("UPDATE grants SET state = ?, state_changed_on = ? WHERE id = ?"));
        for (const QVariant& v : QVariantList{int(next), iso(today), grantId})
            q.addBindValue(v);
        if (!q.exec())
            return Status::error(ErrorCode::Database, sqlErrorText(q.lastError()));
    }
    QJsonObject changes = AuditRepository::diff({{QStringLiteral("paid_fen"), paid.fen()}, {QStringLiteral("state"), int(before->state)}},
                                                {{QStringLiteral("paid_fen"), paidAfter.fen()}, {QStringLiteral("state"), int(next)}});
    changes.insert(QStringLiteral("tranche"), t.number);
    changes.insert(QStringLiteral("amount_fen"), t.amount.fen());
    changes.insert(QStringLiteral("paid_on"), iso(t.paidOn));
    changes.insert(QStringLiteral("voucher"), t.voucher);
    changes.insert(QStringLiteral("basis"), int(t.basis));
    if (t.milestoneId)
        changes.insert(QStringLiteral("milestone_id"), t.milestoneId);
    s = AuditRepository(m_db).record(conn, tableName(), grantId, before->uuid, QStringLiteral("payment"), changes);
    if (!s)
        return s;
    s = tx.commit();
    if (!s)
        return s;
    return t;
}

} // namespace dx
