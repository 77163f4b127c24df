#pragma once

// Column lists and row readers shared by the GrantRepository source files (not a public header).

#include "SqlValues.h"
#include "domain/Grant.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace dx::grantsql {

// Committed states (GrantWorkflow::commitsFunds) and pending ones, for SQL.
inline QString committedStates()
{
    return QStringLiteral("(%1, %2, %3)").arg(int(GrantState::Approved)).arg(int(GrantState::Paying)).arg(int(GrantState::Paid));
}
inline QString pendingStates()
{
    return QStringLiteral("(%1, %2)").arg(int(GrantState::Applied)).arg(int(GrantState::Reviewed));
}

inline const QString& selectGrant()
{
    static const QString sql = QStringLiteral(
        "SELECT g.id, g.uuid, g.version, g.updated_at, g.updated_by, g.enterprise_id, COALESCE(g.project_id, 0), g.fund_id, "
        "g.policy_id, g.policy_version_id, v.number, g.purpose, g.applied_on, g.requested_fen, g.eligible_fen, g.explanation, "
        "g.achieved_level, g.state, g.state_changed_on, g.reviewed_on, g.review_note, g.approved_fen, g.approved_on, "
        "g.approval_note, g.close_reason, g.notes, "
        "(SELECT COALESCE(SUM(t.amount_fen), 0) FROM grant_payments t WHERE t.grant_id = g.id) "
        "FROM grants g JOIN policy_versions v ON v.id = g.policy_version_id");
    return sql;
}

inline Grant readGrant(const QSqlQuery& q)
{
    Grant g;
    g.id = q.value(0).toLongLong();
    g.uuid = q.value(1).toString();
    g.version = q.value(2).toInt();
    g.updatedAt = q.value(3).toString();
    g.updatedBy = q.value(4).toString();
    g.enterpriseId = q.value(5).toLongLong();
    g.projectId = q.value(6).toLongLong();
    g.fundId = q.value(7).toLongLong();
    g.policyId = q.value(8).toLongLong();
    g.policyVersionId = q.value(9).toLongLong();
    g.policyVersionNumber = q.value(10).toInt();
    g.purpose = GrantPurpose(q.value(11).toInt());
    g.appliedOn = sql::date(q.value(12));
    g.requested = Money::fromFen(q.value(13).toLongLong());
    g.eligible = Money::fromFen(q.value(14).toLongLong());
    auto explanation = Eligibility::fromJson(QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object());
    if (explanation)
        g.eligibility = explanation.value();
    g.eligibility.amount = g.eligible;
    g.achievedLevel = q.value(16).toInt();
    g.state = GrantState(q.value(17).toInt());
    g.stateChangedOn = sql::date(q.value(18));
    g.reviewedOn = sql::date(q.value(19));
    g.reviewNote = q.value(20).toString();
    g.approved = Money::fromFen(q.value(21).toLongLong());
    g.approvedOn = sql::date(q.value(22));
    g.approvalNote = q.value(23).toString();
    g.closeReason = q.value(24).toString();
    g.notes = q.value(25).toString();
    g.paid = Money::fromFen(q.value(26).toLongLong());
    return g;
}

// The columns a state change or recalculation rewrites, in order.
inline const QString& mutableColumns()
{
    static const QString columns = QStringLiteral(
        "policy_version_id, eligible_fen, explanation, achieved_level, state, state_changed_on, reviewed_on, review_note, "
        "approved_fen, approved_on, approval_note, close_reason, notes");
    return columns;
}

inline QVariantList mutableValues(const Grant& g)
{
    return {g.policyVersionId, g.eligible.fen(),
            QString::fromUtf8(QJsonDocument(g.eligibility.toJson()).toJson(QJsonDocument::Compact)), g.achievedLevel,
            int(g.state), sql::iso(g.stateChangedOn), sql::iso(g.reviewedOn), sql::text(g.reviewNote), g.approved.fen(),
            sql::iso(g.approvedOn), sql::text(g.approvalNote), sql::text(g.closeReason), sql::text(g.notes)};
}

// The fields the audit trail compares (the explanation is summed up by eligible_fen).
inline QVariantMap auditFields(const Grant& g)
{
    return {{QStringLiteral("enterprise_id"), g.enterpriseId},
            {QStringLiteral("project_id"), g.projectId},
            {QStringLiteral("policy_id"), g.policyId},
            {QStringLiteral("policy_version_id"), g.policyVersionId},
            {QStringLiteral("applied_on"), sql::iso(g.appliedOn)},
            {QStringLiteral("requested_fen"), g.requested.fen()},
            {QStringLiteral("eligible_fen"), g.eligible.fen()},
            {QStringLiteral("achieved_level"), g.achievedLevel},
            {QStringLiteral("state"), int(g.state)},
            {QStringLiteral("reviewed_on"), sql::iso(g.reviewedOn)},
            {QStringLiteral("review_note"), g.reviewNote},
            {QStringLiteral("approved_fen"), g.approved.fen()},
            {QStringLiteral("approved_on"), sql::iso(g.approvedOn)},
            {QStringLiteral("approval_note"), g.approvalNote},
            {QStringLiteral("close_reason"), g.closeReason},
            {QStringLiteral("notes"), g.notes}};
}

inline const QString& selectTranche()
{
    static const QString sql = QStringLiteral(
        "SELECT id, uuid, grant_id, number, amount_fen, paid_on, voucher, basis, COALESCE(milestone_id, 0), notes, created_at, "
        "updated_by FROM grant_payments");
    return sql;
}

inline GrantTranche readTranche(const QSqlQuery& q)
{
    GrantTranche t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.grantId = q.value(2).toLongLong();
    t.number = q.value(3).toInt();
    t.amount = Money::fromFen(q.value(4).toLongLong());
    t.paidOn = sql::date(q.value(5));
    t.voucher = q.value(6).toString();
    t.basis = TrancheBasis(q.value(7).toInt());
    t.milestoneId = q.value(8).toLongLong();
    t.notes = q.value(9).toString();
    t.createdAt = q.value(10).toString();
    t.createdBy = q.value(11).toString();
    return t;
}

} // namespace dx::grantsql
